import { alwaysOpenCalendar, type ValidationError } from '@meridian-cx/core';
import {
  computeSla,
  DEFAULT_PAUSES,
  parseSlaPolicy,
  type SlaPolicy,
  selectSlaPolicy,
} from '@meridian-cx/tickets';
import { describe, expect, it } from 'vitest';
import { berlinCalendar } from './berlinCalendar.js';
import { builder } from './fixtures.js';

const cal = (minutes: number) => ({ minutes, hours: 'calendar' as const });
const biz = (minutes: number) => ({ minutes, hours: 'business' as const });
const all = (minutes: number, hours: 'business' | 'calendar' = 'calendar'): SlaPolicy => ({
  id: 'all',
  targets: {
    'first-reply': { minutes, hours },
    'next-reply': { minutes, hours },
    'periodic-update': { minutes, hours },
    'pausable-update': { minutes, hours },
    'requester-wait': { minutes, hours },
    'agent-work': { minutes, hours },
    'total-resolution': { minutes, hours },
  },
});

describe('first reply', () => {
  it('runs from creation to the first public agent reply; internal notes and bots do not count', () => {
    const b = builder('t');
    const events = [
      b.created(0),
      b.customer(0),
      b.raw(10, { type: 'internal-note', authorId: 'a', text: 'looking' }),
      b.raw(15, { type: 'message', from: 'bot', channel: 'email', text: 'Auto-reply' }),
      b.agent(20, 'private', 'email', { public: false }),
      b.agent(45),
    ];
    const r = computeSla({
      policy: { id: 'p', targets: { 'first-reply': cal(60) } },
      events,
      calendar: alwaysOpenCalendar,
      now: b.at(500),
    });
    const fr = r.metrics['first-reply'];
    expect(fr?.state).toBe('achieved');
    expect(fr?.current).toMatchObject({
      elapsedMinutes: 45,
      remainingMinutes: 15,
      fulfilledAt: b.at(45),
    });
    expect(fr?.current?.events).toEqual({
      started: events[0]?.id,
      paused: [],
      resumed: [],
      fulfilled: events[5]?.id,
    });
  });

  it('breaches at the due instant and stays breached when the reply comes late', () => {
    const b = builder('t');
    const events = [b.created(0), b.agent(90)];
    const r = computeSla({
      policy: { id: 'p', targets: { 'first-reply': cal(60) } },
      events,
      calendar: alwaysOpenCalendar,
      now: b.at(100),
    });
    expect(r.metrics['first-reply']?.current).toMatchObject({
      state: 'breached',
      dueAt: b.at(60),
      remainingMinutes: -30,
    });
    expect(r.breached).toEqual(['first-reply']);
  });

  it('is active with time left, and waits for the customer on a ticket opened for them', () => {
    const b = builder('t');
    const r = computeSla({
      policy: all(60),
      events: [b.created(0)],
      calendar: alwaysOpenCalendar,
      now: b.at(25),
    });
    expect(r.metrics['first-reply']?.current).toMatchObject({
      state: 'active',
      dueAt: b.at(60),
      remainingMinutes: 35,
    });
    const forCustomer = computeSla({
      policy: all(60),
      events: [b.created(0, { createdBy: 'agent', opening: 'private' })],
      calendar: alwaysOpenCalendar,
      now: b.at(25),
    });
    expect(forCustomer.metrics['first-reply']?.state).toBe('not-started');
  });

  it('counts business minutes across the spring-forward night (DST)', () => {
    // Saturday 28 March 2026, 19:00 in Berlin (18:00Z): one working hour left on Saturday, then the
    // Sunday night shift 01:00–05:00 local, which loses 02:00–03:00 to the clock change.
    const b = builder('t', '2026-03-28T18:00:00Z');
    const r = computeSla({
      policy: { id: 'p', targets: { 'first-reply': biz(120) } },
      events: [b.created(0)],
      calendar: berlinCalendar,
      now: b.at(30),
    });
    // 60 minutes on Saturday, then Sunday 01:00 CET (00:00Z) + 60 minutes = 03:00 CEST = 01:00Z.
    expect(r.metrics['first-reply']?.current?.dueAt).toBe('2026-03-29T01:00:00.000Z');
    const later = computeSla({
      policy: { id: 'p', targets: { 'first-reply': biz(300) } },
      events: [b.created(0)],
      calendar: berlinCalendar,
      now: b.at(30),
    });
    // 60 on Saturday + 180 in the shortened Sunday shift + 60 from Monday 08:00 CEST (06:00Z).
    expect(later.metrics['first-reply']?.current?.dueAt).toBe('2026-03-30T07:00:00.000Z');
  });
});

describe('next reply', () => {
  it('starts at the oldest unanswered customer message after the first reply, once per exchange', () => {
    const b = builder('t');
    const events = [
      b.created(0),
      b.agent(10),
      b.customer(100, 'first'),
      b.customer(130, 'second'),
      b.agent(150),
      b.customer(400),
    ];
    const r = computeSla({
      policy: { id: 'p', targets: { 'next-reply': cal(60) } },
      events,
      calendar: alwaysOpenCalendar,
      now: b.at(420),
    });
    const nr = r.metrics['next-reply'];
    expect(nr?.cycles).toHaveLength(2);
    expect(nr?.cycles[0]).toMatchObject({
      state: 'achieved',
      startedAt: b.at(100),
      elapsedMinutes: 50,
    });
    expect(nr?.current).toMatchObject({ state: 'active', elapsedMinutes: 20, dueAt: b.at(460) });
  });
});

describe('periodic and pausable update', () => {
  it('periodic update never pauses; pausable update pauses while pending', () => {
    const b = builder('t');
    const events = [
      b.created(0),
      b.assign(1),
      b.agent(10),
      b.status(11, 'pending'),
      b.customer(71),
      b.agent(100),
    ];
    const r = computeSla({
      policy: { id: 'p', targets: { 'periodic-update': cal(60), 'pausable-update': cal(60) } },
      events,
      calendar: alwaysOpenCalendar,
      now: b.at(110),
    });
    const periodic = r.metrics['periodic-update'];
    const pausable = r.metrics['pausable-update'];
    expect(periodic?.cycles[0]).toMatchObject({
      state: 'breached',
      elapsedMinutes: 90,
      pausedMinutes: 0,
    });
    expect(pausable?.cycles[0]).toMatchObject({
      state: 'achieved',
      elapsedMinutes: 30,
      pausedMinutes: 60,
    });
    expect(pausable?.cycles[0]?.events).toMatchObject({
      paused: [events[3]?.id],
      resumed: [events[4]?.id],
      fulfilled: events[5]?.id,
    });
    expect(pausable?.current).toMatchObject({ state: 'active', startedAt: b.at(100) });
    expect(periodic?.breachedCycles).toBe(1);
  });

  it('solving fulfils the open update cycle', () => {
    const b = builder('t');
    const events = [b.created(0), b.assign(1), b.agent(10), b.status(30, 'solved')];
    const r = computeSla({ policy: all(60), events, calendar: alwaysOpenCalendar, now: b.at(300) });
    expect(r.metrics['periodic-update']?.current).toMatchObject({
      state: 'achieved',
      fulfilledAt: b.at(30),
    });
  });
});

describe('requester wait, agent work, total resolution', () => {
  const b = builder('t');
  const events = [
    b.created(0),
    b.assign(10),
    b.agent(20),
    b.status(20, 'pending'),
    b.customer(80),
    b.status(100, 'on-hold'),
    b.status(160, 'open'),
    b.status(200, 'solved'),
  ];

  it('requester wait pauses in pending only; agent work in pending and on-hold; total never', () => {
    const r = computeSla({
      policy: all(1000),
      events,
      calendar: alwaysOpenCalendar,
      now: b.at(500),
    });
    expect(r.metrics['requester-wait']?.current).toMatchObject({
      state: 'achieved',
      elapsedMinutes: 140,
      pausedMinutes: 60,
      wallMinutes: 200,
    });
    expect(r.metrics['agent-work']?.current).toMatchObject({
      state: 'achieved',
      elapsedMinutes: 80,
      pausedMinutes: 120,
    });
    expect(r.metrics['total-resolution']?.current).toMatchObject({
      state: 'achieved',
      elapsedMinutes: 200,
      pausedMinutes: 0,
    });
    expect(r.metrics['agent-work']?.current?.events).toMatchObject({
      paused: [events[3]?.id, events[5]?.id],
      resumed: [events[4]?.id, events[6]?.id],
      fulfilled: events[7]?.id,
    });
  });

  it('paused clocks have no due instant and keep their time left', () => {
    const r = computeSla({
      policy: all(1000),
      events,
      calendar: alwaysOpenCalendar,
      now: b.at(50),
    });
    expect(r.metrics['agent-work']?.current).toMatchObject({
      state: 'paused',
      dueAt: null,
      elapsedMinutes: 20,
      remainingMinutes: 980,
    });
    expect(r.metrics['requester-wait']?.state).toBe('paused');
    expect(r.metrics['total-resolution']?.state).toBe('active');
  });

  it('a reopened ticket resumes the cumulative clocks', () => {
    const reopened = [...events, b.customer(300, 'still broken')];
    const r = computeSla({
      policy: all(1000),
      events: reopened,
      calendar: alwaysOpenCalendar,
      now: b.at(320),
    });
    expect(r.metrics['agent-work']?.current).toMatchObject({
      state: 'active',
      elapsedMinutes: 100,
    });
    expect(r.metrics['total-resolution']?.current).toMatchObject({
      state: 'active',
      elapsedMinutes: 320,
    });
  });

  it('pause rules are configurable per metric and per custom status', () => {
    const statuses = [
      { id: 'awaiting-parts', label: 'Awaiting parts', category: 'on-hold' as const },
    ];
    const b2 = builder('u');
    const evs = [
      b2.created(0),
      b2.assign(0),
      b2.status(10, 'awaiting-parts'),
      b2.status(70, 'open'),
    ];
    const base = computeSla({
      policy: all(1000),
      events: evs,
      calendar: alwaysOpenCalendar,
      now: b2.at(100),
      statuses,
    });
    expect(base.metrics['requester-wait']?.current?.elapsedMinutes).toBe(100);
    expect(base.metrics['agent-work']?.current?.elapsedMinutes).toBe(40);
    const custom = computeSla({
      policy: { ...all(1000), pauseIn: { 'requester-wait': ['awaiting-parts'], 'agent-work': [] } },
      events: evs,
      calendar: alwaysOpenCalendar,
      now: b2.at(100),
      statuses,
    });
    expect(custom.metrics['requester-wait']?.current?.elapsedMinutes).toBe(40);
    expect(custom.metrics['agent-work']?.current?.elapsedMinutes).toBe(100);
    expect(custom.metrics['agent-work']?.pauseIn).toEqual([]);
  });

  it('measures business minutes through the autumn DST night', () => {
    // Sunday 25 October 2026: the 01:00–05:00 night shift lasts 5 hours (02:00–03:00 twice).
    const b3 = builder('v', '2026-10-24T23:00:00Z'); // 01:00 CEST
    const r = computeSla({
      policy: { id: 'p', targets: { 'requester-wait': biz(600) } },
      events: [b3.created(0)],
      calendar: berlinCalendar,
      now: '2026-10-25T05:00:00Z',
    });
    expect(r.metrics['requester-wait']?.current?.elapsedMinutes).toBe(300);
    expect(r.metrics['requester-wait']?.current?.wallMinutes).toBe(300);
  });
});

describe('policies', () => {
  const vip: SlaPolicy = {
    id: 'vip',
    conditions: { tier: ['vip'] },
    targets: { 'first-reply': biz(30) },
  };
  const urgent: SlaPolicy = {
    id: 'urgent',
    conditions: { priority: ['urgent', 'high'], language: ['pl'] },
    targets: { 'first-reply': cal(60) },
  };
  const standard: SlaPolicy = { id: 'standard', targets: { 'first-reply': biz(480) } };

  it('chooses the first policy whose conditions all hold, and says why', () => {
    const choice = selectSlaPolicy([vip, urgent, standard], {
      priority: 'high',
      language: 'pl-PL',
      tier: 'gold',
    });
    expect(choice.policy?.id).toBe('urgent');
    expect(choice.reasons.map((r) => r.code)).toEqual(['sla.policy-skipped', 'sla.policy-matched']);
    expect(choice.reasons[0]?.params).toMatchObject({ key: 'tier', value: 'gold' });
    expect(selectSlaPolicy([vip, urgent], { priority: 'low' }).policy).toBeNull();
  });

  it('validates a policy from outside', () => {
    expect(parseSlaPolicy({ id: 'x', targets: { 'first-reply': biz(10) } }).id).toBe('x');
    try {
      parseSlaPolicy({ id: 'x', targets: { 'first-reply': { minutes: -1, hours: 'weekly' } } });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path.join('.'))).toEqual([
        'targets.first-reply.minutes',
        'targets.first-reply.hours',
      ]);
    }
  });

  it('the default pause rules are the leading help desk table', () => {
    expect(DEFAULT_PAUSES['requester-wait'].pauseIn).toEqual(['pending']);
    expect(DEFAULT_PAUSES['agent-work'].pauseIn).toEqual(['pending', 'on-hold']);
    expect(DEFAULT_PAUSES['pausable-update'].pauseIn).toEqual(['pending']);
    expect(DEFAULT_PAUSES['first-reply'].pauseIn).toEqual([]);
  });

  it('ignores events after now', () => {
    const b = builder('t');
    const r = computeSla({
      policy: all(60),
      events: [b.created(0), b.agent(30)],
      calendar: alwaysOpenCalendar,
      now: b.at(20),
    });
    expect(r.metrics['first-reply']?.state).toBe('active');
  });
});
