// The help desk's own rules, a scenario per documented sentence. Each test quotes its source.
import { alwaysOpenCalendar, type BusinessCalendar } from '@meridian-cx/core';
import { computeSla, type SlaPolicy } from '@meridian-cx/tickets';
import { describe, expect, it } from 'vitest';
import { builder } from './fixtures.js';

const cal = (minutes: number) => ({ minutes, hours: 'calendar' as const });
const FRT = 'https://support.zendesk.com/hc/en-us/articles/4408821871642';
const EVENTS =
  'https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_metric_events/';
const TYPES =
  'https://developer.zendesk.com/documentation/ticketing/reference-guides/ticket-metric-event-types-reference';
const TROUBLE = 'https://support.zendesk.com/hc/en-us/articles/4408885881498';

const policy = (targets: SlaPolicy['targets'], extra: Partial<SlaPolicy> = {}): SlaPolicy => ({
  id: 'p',
  targets,
  ...extra,
});

describe(`first reply, as the help desk calculates it (${FRT})`, () => {
  it('"A customer email creates a ticket. Timing starts when the ticket is created and ends at the first public agent comment."', () => {
    const b = builder('t');
    const events = [
      b.created(0),
      b.customer(0),
      b.agent(20, 'private', 'email', { public: false }),
      b.agent(45),
    ];
    const fr = computeSla({ policy: policy({ 'first-reply': cal(60) }), events, now: b.at(90) })
      .metrics['first-reply'];
    expect(fr?.current).toMatchObject({
      startedAt: b.at(0),
      fulfilledAt: b.at(45),
      elapsedMinutes: 45,
    });
  });

  it('"An agent creates a ticket. Timing starts when the ticket is created and ends at the agent\'s next public comment."', () => {
    const b = builder('t');
    const events = [b.created(0, { createdBy: 'agent' }), b.customer(30), b.agent(50)];
    const fr = computeSla({ policy: policy({ 'first-reply': cal(60) }), events, now: b.at(90) })
      .metrics['first-reply'];
    expect(fr?.current).toMatchObject({
      state: 'achieved',
      startedAt: b.at(0),
      fulfilledAt: b.at(50),
    });
    // Before that next comment the clock runs from creation.
    const running = computeSla({
      policy: policy({ 'first-reply': cal(60) }),
      events: events.slice(0, 2),
      now: b.at(70),
    });
    expect(running.metrics['first-reply']?.current).toMatchObject({
      state: 'breached',
      dueAt: b.at(60),
    });
  });

  it("a ticket opened on the customer's behalf with a private note starts first reply at the customer's first public comment", () => {
    const b = builder('t');
    const events = [
      b.created(0, { createdBy: 'agent', opening: 'private' }),
      b.raw(5, { type: 'internal-note', authorId: 'a', text: 'called us about order 1042' }),
      b.customer(100),
      b.customer(110),
      b.agent(130),
    ];
    const fr = computeSla({ policy: policy({ 'first-reply': cal(60) }), events, now: b.at(200) })
      .metrics['first-reply'];
    expect(fr?.cycles).toHaveLength(1);
    expect(fr?.current).toMatchObject({
      startedAt: b.at(100),
      fulfilledAt: b.at(130),
      elapsedMinutes: 30,
    });
    const before = computeSla({
      policy: policy({ 'first-reply': cal(60) }),
      events: events.slice(0, 2),
      now: b.at(50),
    });
    expect(before.metrics['first-reply']?.state).toBe('not-started');
  });

  it('"An agent takes a phone call that creates a ticket and solves the ticket with no new comment. The customer later re-opens the ticket, and the agent then responds with a public comment. First reply time ends when that comment is posted." (the reporting view: solve "keep-running")', () => {
    const b = builder('t');
    const events = [
      b.created(0, { channel: 'phone' }),
      b.assign(1),
      b.status(10, 'solved'),
      b.customer(200, 'It is broken again'),
      b.agent(230),
    ];
    const reporting = computeSla({
      policy: policy({ 'first-reply': cal(600) }, { fulfilment: { solve: 'keep-running' } }),
      events,
      now: b.at(300),
    }).metrics['first-reply'];
    expect(reporting?.current).toMatchObject({ fulfilledAt: b.at(230), elapsedMinutes: 230 });
    // The SLA view (the default): the solve fulfils first reply; the later exchange is next reply.
    const sla = computeSla({
      policy: policy({ 'first-reply': cal(600), 'next-reply': cal(60) }),
      events,
      now: b.at(300),
    });
    expect(sla.metrics['first-reply']?.current).toMatchObject({ fulfilledAt: b.at(10) });
    expect(sla.metrics['next-reply']?.current).toMatchObject({
      startedAt: b.at(200),
      fulfilledAt: b.at(230),
    });
  });

  it('"First reply time is calculated exclusively based on agent replies … automated or bot-related actions in conversations aren\'t considered"; "Across all channels, ticket creation starts the first reply timer. Live conversation channels are no exception."', () => {
    const b = builder('t');
    const events = [
      b.created(0, { channel: 'live-chat', createdBy: 'bot' }),
      b.customer(0, 'hi', 'live-chat'),
      b.raw(1, { type: 'message', from: 'bot', channel: 'live-chat', text: 'How can I help?' }),
      b.agent(4, 'Hello, Ana here', 'live-chat'),
    ];
    const fr = computeSla({ policy: policy({ 'first-reply': cal(3) }), events, now: b.at(10) })
      .metrics['first-reply'];
    expect(fr?.current).toMatchObject({
      startedAt: b.at(0),
      fulfilledAt: b.at(4),
      state: 'breached',
    });
  });
});

describe(`metric events (${EVENTS}, ${TYPES})`, () => {
  const b = builder('t');
  const events = [
    b.created(0),
    b.assign(5),
    b.agent(10),
    b.status(11, 'pending'),
    b.customer(71),
    b.status(80, 'on-hold'),
    b.status(120, 'open'),
    b.status(150, 'solved'),
  ];
  const r = computeSla({
    policy: policy({
      'requester-wait': cal(1000),
      'agent-work': cal(1000),
      'total-resolution': cal(1000),
    }),
    events,
    now: b.at(300),
  });

  it('"A solved status change also fulfills the requester_wait_time metric"; solving fulfils resolution time', () => {
    expect(r.metrics['requester-wait']?.current?.fulfilledAt).toBe(b.at(150));
    expect(r.metrics['total-resolution']?.current?.fulfilledAt).toBe(b.at(150));
  });

  it('"the requester_wait_time metric is paused when the ticket status is pending"', () => {
    expect(r.metrics['requester-wait']?.current).toMatchObject({
      pausedMinutes: 60,
      elapsedMinutes: 90,
    });
  });

  it('"the agent_work_time metric is paused when the ticket status is pending or on-hold"; "When a ticket metric is un-paused … another activate event is created"', () => {
    expect(r.metrics['agent-work']?.current).toMatchObject({
      pausedMinutes: 100,
      elapsedMinutes: 50,
    });
    expect(r.metrics['agent-work']?.current?.events).toMatchObject({
      paused: [events[3]?.id, events[5]?.id],
      resumed: [events[4]?.id, events[6]?.id],
    });
  });
});

describe(`policy history: "apply_sla events, such as when a SLA policy is applied to a ticket or when an SLA policy or target is changed on a ticket" (${EVENTS}); "SLAs are based on ticket events" (${TROUBLE})`, () => {
  const normal: SlaPolicy = {
    id: 'normal',
    conditions: { priority: ['low', 'normal'] },
    targets: { 'first-reply': cal(120), 'next-reply': cal(120) },
  };
  const urgent: SlaPolicy = {
    id: 'urgent',
    conditions: { priority: ['high', 'urgent'] },
    targets: { 'first-reply': cal(30), 'next-reply': cal(30) },
  };
  const policies = [urgent, normal];

  it('a target met under the policy in force is not rewritten when the priority later changes', () => {
    const b = builder('t');
    const events = [
      b.created(0),
      b.agent(60),
      b.raw(90, { type: 'priority-changed', priority: 'urgent' }),
    ];
    const r = computeSla({ policies, events, now: b.at(100) });
    expect(r.metrics['first-reply']?.current).toMatchObject({
      state: 'achieved',
      policyId: 'normal',
      elapsedMinutes: 60,
    });
    expect(r.metrics['first-reply']?.policyId).toBe('normal');
    expect(r.policyId).toBe('urgent');
    expect(r.policyHistory.map((c) => c.policyId)).toEqual(['normal', 'urgent']);
    expect(r.breach.verdict).toBe(false);
  });

  it('a target still running when the priority changes is re-measured from its start under the new policy', () => {
    const b = builder('t');
    const events = [b.created(0), b.raw(40, { type: 'priority-changed', priority: 'high' })];
    const r = computeSla({ policies, events, now: b.at(50) });
    expect(r.metrics['first-reply']?.current).toMatchObject({
      state: 'breached',
      policyId: 'urgent',
      startedAt: b.at(0),
      dueAt: b.at(30),
    });
    expect(r.breach.verdict).toBe(true);
    expect(r.breach.reasons[0]).toMatchObject({
      code: 'sla.breached',
      params: { metric: 'first-reply', policy: 'urgent' },
    });
    // Lowered again before the reply: measured under the policy in force when it ends.
    const lowered = computeSla({
      policies,
      events: [...events, b.raw(45, { type: 'priority-changed', priority: 'low' }), b.agent(60)],
      now: b.at(70),
    });
    expect(lowered.metrics['first-reply']?.current).toMatchObject({
      state: 'achieved',
      policyId: 'normal',
    });
  });

  it('a policy applies from the event that makes it match, and each metric shows the policy behind it', () => {
    const chat: SlaPolicy = {
      id: 'chat',
      conditions: { channel: ['live-chat'] },
      targets: { 'next-reply': cal(5) },
    };
    const b = builder('t');
    const events = [
      b.created(0),
      b.agent(10),
      b.customer(20, 'chat now', 'live-chat'),
      b.agent(24, 'yes', 'live-chat'),
    ];
    const r = computeSla({ policies: [chat, normal], events, now: b.at(30) });
    expect(r.metrics['first-reply']?.policyId).toBe('normal');
    expect(r.metrics['next-reply']?.current).toMatchObject({ policyId: 'chat', state: 'achieved' });
    expect(r.policyHistory.map((c) => [c.eventId, c.policyId])).toEqual([
      [events[0]?.id, 'normal'],
      [events[2]?.id, 'chat'],
    ]);
  });

  it('without a matching policy no clock is measured, and the report says so', () => {
    const b = builder('t');
    const r = computeSla({ policies: [urgent], events: [b.created(0)], now: b.at(10) });
    expect(r.policyId).toBeNull();
    expect(r.metrics).toEqual({});
    expect(r.breach.reasons[0]?.code).toBe('sla.within-targets');
  });
});

describe('per-policy fulfilment options', () => {
  it('internal notes may count as periodic updates', () => {
    const b = builder('t');
    const events = [
      b.created(0),
      b.assign(1),
      b.agent(10),
      b.raw(50, { type: 'internal-note', authorId: 'a', text: 'asked the warehouse' }),
      b.agent(90),
    ];
    const targets = { 'periodic-update': cal(60) };
    const strict = computeSla({ policy: policy(targets), events, now: b.at(95) });
    expect(strict.metrics['periodic-update']?.cycles[0]).toMatchObject({
      state: 'breached',
      elapsedMinutes: 80,
    });
    const notes = computeSla({
      policy: policy(targets, { fulfilment: { internalNotesAreUpdates: true } }),
      events,
      now: b.at(95),
    });
    expect(notes.metrics['periodic-update']?.cycles.map((c) => c.state)).toEqual([
      'achieved',
      'achieved',
      'active',
    ]);
  });

  it('a schedule that changes during the ticket: the calendar in force at each instant', () => {
    // Open 24/7, closed from 10:00 to 12:00 (a team that changed its hours), then open again.
    const closed: BusinessCalendar = {
      isOpen: () => false,
      nextOpen: () => null,
      addWorkingMinutes: (from, m) => {
        if (m === 0) return new Date(from).toISOString();
        throw new Error('never open');
      },
      workingMinutesBetween: () => 0,
    };
    const b = builder('t', '2026-03-02T09:00:00Z');
    const r = computeSla({
      policy: policy({ 'first-reply': { minutes: 240, hours: 'business' } }),
      events: [b.created(0)],
      calendar: [
        { from: '2026-03-01T00:00:00Z', calendar: alwaysOpenCalendar },
        { from: '2026-03-02T10:00:00Z', calendar: closed },
        { from: '2026-03-02T12:00:00Z', calendar: alwaysOpenCalendar },
      ],
      now: b.at(300),
    });
    expect(r.metrics['first-reply']?.current).toMatchObject({
      elapsedMinutes: 180,
      wallMinutes: 180,
      remainingMinutes: 60,
      dueAt: '2026-03-02T15:00:00.000Z',
    });
    const before = computeSla({
      policy: policy({ 'first-reply': { minutes: 90, hours: 'business' } }),
      events: [b.created(0)],
      calendar: [
        { from: '2026-03-02T12:00:00Z', calendar: alwaysOpenCalendar },
        { from: '2026-03-02T10:00:00Z', calendar: closed },
      ],
      now: b.at(120),
    });
    // The periods may come in any order; the earliest also applies before its own start.
    expect(before.metrics['first-reply']?.current).toMatchObject({
      elapsedMinutes: 0,
      dueAt: '2026-03-02T13:30:00.000Z',
    });
  });
});
