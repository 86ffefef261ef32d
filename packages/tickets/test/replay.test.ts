import { isMeridianError, ValidationError } from '@meridian-cx/core';
import {
  autoClose,
  decideTransition,
  followUp,
  orderEvents,
  parseTicketEvent,
  replayTicket,
  statusCategory,
  type TicketEvent,
  ticketsMessage,
} from '@meridian-cx/tickets';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/events/orderEvents.js';
import { builder } from './fixtures.js';

describe('parseTicketEvent', () => {
  it('canonicalises the instant and keeps the payload', () => {
    const e = parseTicketEvent({
      id: 'e1',
      ticketId: 't1',
      type: 'message',
      at: '2026-03-02T10:00:00+01:00',
      from: 'customer',
      channel: 'whatsapp',
      text: 'Cześć',
    });
    expect(e.at).toBe('2026-03-02T09:00:00.000Z');
    expect(e.type === 'message' && e.text).toBe('Cześć');
  });

  it('names every wrong path', () => {
    try {
      parseTicketEvent({
        id: '',
        ticketId: 't1',
        type: 'message',
        at: '2026-03-02 10:00',
        from: 'alien',
        channel: 'fax',
        text: 1,
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['id', 'at', 'from', 'channel', 'text']));
      expect((e as ValidationError).code).toBe('tickets/invalid-ticket-event');
    }
  });

  it('refuses an unknown event type', () => {
    expect(() =>
      parseTicketEvent({ id: 'x', ticketId: 't', type: 'teleported', at: '2026-03-02T10:00:00Z' }),
    ).toThrow(ValidationError);
  });
});

describe('orderEvents', () => {
  it('orders by time, then sequence, and keeps one copy of a duplicate', () => {
    const b = builder('t');
    const c = b.created(0);
    const m1 = b.raw(5, {
      type: 'message',
      from: 'customer',
      channel: 'email',
      text: 'a',
      sequence: 2,
    });
    const m2 = b.raw(5, {
      type: 'message',
      from: 'customer',
      channel: 'email',
      text: 'b',
      sequence: 1,
    });
    const out = orderEvents([m1, c, m2, m1]);
    expect(out.events.map((e) => e.id)).toEqual([c.id, m2.id, m1.id]);
    expect(out.duplicates).toEqual([m1.id]);
  });

  it('sets apart a different event that reuses an id', () => {
    const b = builder('t');
    const c = b.created(0);
    const m = b.customer(5, 'first');
    const clash = { ...m, text: 'second' } as typeof m;
    const out = orderEvents([clash, c, m]);
    expect(out.events).toHaveLength(2);
    expect(out.idClashes).toHaveLength(1);
  });
});

describe('status machine', () => {
  it('opens a new ticket on assignment and reopens pending on a customer message', () => {
    const b = builder('t');
    const s = replayTicket([b.created(0), b.assign(1), b.status(2, 'pending'), b.customer(3)]);
    expect(s.status).toBe('open');
    expect(s.transitions.map((t) => t.reason.code)).toEqual([
      'status.opened-by-assignment',
      'status.reopened-by-requester',
    ]);
  });

  it.each(['on-hold', 'solved'])('a customer message reopens %s', (status) => {
    const b = builder('t');
    const s = replayTicket([b.created(0), b.assign(1), b.status(2, status), b.customer(3)]);
    expect(s.status).toBe('open');
  });

  it('never goes back to new', () => {
    const b = builder('t');
    const s = replayTicket([b.created(0), b.assign(1), b.status(2, 'new')]);
    expect(s.status).toBe('open');
    expect(s.refused[0]?.reasons[0]?.code).toBe('status.never-back-to-new');
  });

  it('refuses solved without an assignee, and unassigning a solved ticket', () => {
    const b = builder('t');
    const s = replayTicket([b.created(0), b.status(1, 'open'), b.status(2, 'solved')]);
    expect(s.status).toBe('open');
    expect(s.refused[0]?.reasons[0]?.code).toBe('status.solved-needs-assignee');
    const s2 = replayTicket([b.created(0), b.assign(1), b.status(2, 'solved'), b.assign(3, null)]);
    expect(s2.status).toBe('solved');
    expect(s2.assigneeId).toBe('agent-1');
    expect(s2.refused[0]?.reasons[0]?.code).toBe('status.solved-needs-assignee');
  });

  it('closes only from solved, and refuses everything after, reporting the customer message', () => {
    const b = builder('t');
    const early = replayTicket([b.created(0), b.assign(1), b.status(2, 'closed')]);
    expect(early.refused[0]?.reasons[0]?.code).toBe('status.close-needs-solved');
    const late = b.customer(100, 'It broke again');
    const s = replayTicket([
      b.created(0),
      b.assign(1),
      b.status(2, 'solved'),
      b.status(3, 'closed'),
      late,
    ]);
    expect(s.status).toBe('closed');
    expect(s.closedAt).toBe(b.at(3));
    expect(s.refused).toHaveLength(1);
    expect(s.refused[0]?.reasons.map((r) => r.code)).toEqual([
      'ticket.closed',
      'ticket.follow-up-needed',
    ]);
    const [created, message] = followUp({
      closed: s,
      refused: s.refused[0] as (typeof s.refused)[0],
      ticketId: 't2',
    });
    expect(created.type === 'created' && created.followUpOf).toBe('t');
    const next = replayTicket([created, message]);
    expect(next.followUpOf).toBe('t');
    expect(next.messages.customer).toBe(1);
  });

  it('refuses a follow-up from anything but a customer message on a closed ticket', () => {
    const b = builder('t');
    const s = replayTicket([b.created(0), b.status(2, 'new'), b.status(3, 'solved')]);
    expect(() =>
      followUp({ closed: s, refused: s.refused[0] as (typeof s.refused)[0], ticketId: 'x' }),
    ).toThrow(/not a customer message refused on a closed ticket/);
  });

  it('maps custom statuses onto categories', () => {
    const statuses = [
      { id: 'awaiting-parts', label: 'Awaiting parts', category: 'on-hold' as const },
    ];
    expect(statusCategory('awaiting-parts', statuses)).toBe('on-hold');
    expect(statusCategory('pending')).toBe('pending');
    expect(statusCategory('mystery')).toBeNull();
    const b = builder('t');
    const s = replayTicket(
      [b.created(0), b.assign(1), b.status(2, 'awaiting-parts'), b.customer(3)],
      { statuses },
    );
    expect(s.status).toBe('open');
    expect(s.transitions[1]?.from).toBe('awaiting-parts');
    const unknown = replayTicket([b.created(0), b.status(1, 'awaiting-parts')]);
    expect(unknown.refused[0]?.reasons[0]?.code).toBe('status.unknown');
  });

  it('explains allowed transitions too', () => {
    expect(decideTransition({ from: 'open', to: 'pending', assigneeId: null })).toMatchObject({
      verdict: true,
      reasons: [{ code: 'status.allowed', params: { from: 'open', to: 'pending' } }],
    });
  });

  it('refuses events before creation and a second creation, and reports id clashes', () => {
    const b = builder('t');
    const before = b.customer(-5, 'hello early');
    const c = b.created(0);
    const again = b.created(1);
    const s = replayTicket([again, before, c]);
    expect(s.refused.map((r) => r.reasons[0]?.code).sort()).toEqual([
      'ticket.already-created',
      'ticket.event-before-created',
    ]);
  });

  it('merging closes the ticket and records where it went', () => {
    const b = builder('t');
    const s = replayTicket([b.created(0), b.raw(5, { type: 'merged', intoTicketId: 't9' })]);
    expect(s).toMatchObject({ status: 'closed', mergedInto: 't9' });
  });

  it('tracks tags, priority, channels, bot hand-offs and satisfaction', () => {
    const b = builder('t');
    const s = replayTicket([
      b.created(0, { priority: 'high' }),
      b.raw(1, { type: 'tagged', add: ['refund', 'vip'] }),
      b.raw(2, { type: 'tagged', remove: ['vip'] }),
      b.raw(3, { type: 'channel-switched', to: 'live-chat' }),
      b.customer(4, 'hi', 'whatsapp'),
      b.raw(5, { type: 'priority-changed', priority: 'urgent' }),
      b.raw(6, { type: 'bot-handoff', reason: 'human-requested', transcript: [] }),
      b.raw(7, { type: 'satisfaction', rating: 'good' }),
      b.raw(8, { type: 'internal-note', authorId: 'a', text: 'vip' }),
    ]);
    expect(s).toMatchObject({
      tags: ['refund'],
      priority: 'urgent',
      channels: ['email', 'live-chat', 'whatsapp'],
      channel: 'whatsapp',
      botHandoffs: 1,
      satisfaction: 'good',
    });
    expect(s.applied).toHaveLength(9);
  });

  it('refuses to mix tickets, with a message that says what to do', () => {
    const a = builder('a');
    const b = builder('b');
    try {
      replayTicket([a.created(0), b.created(0)]);
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'tickets/mixed-tickets')).toBe(true);
      expect((e as Error).message).toBe(
        ticketsMessage('tickets/mixed-tickets', { first: 'a', other: 'b' }),
      );
    }
  });
});

describe('decideTransition and canonicalJson', () => {
  it('refuses with the rule that applies', () => {
    expect(decideTransition({ from: 'pending', to: 'new', assigneeId: 'a' }).reasons[0]?.code).toBe(
      'status.never-back-to-new',
    );
    expect(decideTransition({ from: 'closed', to: 'open', assigneeId: 'a' }).verdict).toBe(false);
    expect(decideTransition({ from: 'open', to: 'closed', assigneeId: 'a' }).reasons[0]?.code).toBe(
      'status.close-needs-solved',
    );
    expect(decideTransition({ from: 'solved', to: 'closed', assigneeId: 'a' }).verdict).toBe(true);
    // A current status nobody defined is the caller's mistake, not a ticket that may go anywhere.
    expect(() => decideTransition({ from: 'bogus', to: 'open', assigneeId: 'a' })).toThrow(
      /"bogus" is not a status/,
    );
    expect(
      decideTransition({
        from: 'awaiting-parts',
        to: 'open',
        assigneeId: 'a',
        statuses: [{ id: 'awaiting-parts', label: 'Awaiting parts', category: 'on-hold' }],
      }).verdict,
    ).toBe(true);
  });

  it('gives the same key whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});

describe('autoClose', () => {
  const b = builder('t');
  const solved = replayTicket([b.created(0), b.assign(1), b.status(60, 'solved')]);

  it('closes a solved ticket after 4 days by default, with the event to append', () => {
    expect(autoClose({ state: solved, now: b.at(60 + 3 * 1440) })).toMatchObject({
      event: null,
      closesAt: b.at(60 + 4 * 1440),
    });
    const due = autoClose({ state: solved, now: b.at(60 + 5 * 1440) });
    expect(due.reasons[0]?.code).toBe('close.due');
    const closed = replayTicket([
      b.created(0),
      b.assign(1),
      b.status(60, 'solved'),
      due.event as TicketEvent,
    ]);
    expect(closed.status).toBe('closed');
    expect(
      autoClose({ state: solved, now: b.at(60 + 2 * 1440), afterDays: 2 }).event,
    ).not.toBeNull();
  });

  it('leaves unsolved tickets alone and refuses delays the help desks do not allow', () => {
    expect(
      autoClose({ state: replayTicket([b.created(0)]), now: b.at(99_999) }).reasons[0]?.code,
    ).toBe('close.not-solved');
    expect(() => autoClose({ state: solved, now: b.at(0), afterDays: 30 })).toThrow(
      ticketsMessage('tickets/invalid-auto-close', { afterDays: '30' }),
    );
  });
});
