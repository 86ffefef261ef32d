// Cycle boundaries against an independent statement of the metric definitions. computeSla builds
// its cycles incrementally in one pass (slaMarks); the oracle asks, minute by minute, "is a cycle
// of this metric open now?" from the replayed events alone (replayTicket's applied events and the
// status after each of them), with no bookkeeping carried from one event to the next.
import { fc, test } from '@fast-check/vitest';
import { alwaysOpenCalendar } from '@meridian-cx/core';
import {
  computeSla,
  replayTicket,
  SLA_METRICS,
  type SlaMetric,
  statusCategory,
  type TicketEvent,
} from '@meridian-cx/tickets';
import { describe, expect } from 'vitest';
import { minuteAt, STATUSES, ticketEvents } from './arbitraries.js';

const MINUTE = 60_000;
type Family = 'first' | 'next' | 'update' | 'whole';
const FAMILY: Record<SlaMetric, Family> = {
  'first-reply': 'first',
  'next-reply': 'next',
  'periodic-update': 'update',
  'pausable-update': 'update',
  'requester-wait': 'whole',
  'agent-work': 'whole',
  'total-resolution': 'whole',
};
const stopped = (c: string) => c === 'solved' || c === 'closed';

type Options = { solve: 'fulfil' | 'keep-running'; notes: boolean };

/**
 * The definitions, restated over the replayed ticket: which cycle of each family is open at a
 * minute, asked afresh each time from the applied events and the status after each of them.
 */
function oracle(events: readonly TicketEvent[], nowMs: number, options: Options) {
  const state = replayTicket(events, { statuses: STATUSES });
  const byId = new Map(events.map((e) => [e.id, e]));
  const all = state.applied.map((id) => byId.get(id) as TicketEvent);
  // Events after `now` are not known yet.
  const applied = all.filter((e) => Date.parse(e.at) <= nowMs);
  const cats = applied.map((_, i) => {
    const prefix = replayTicket(applied.slice(0, i + 1), { statuses: STATUSES });
    return statusCategory(prefix.status, STATUSES) ?? prefix.status;
  });
  const ms = applied.map((e) => Date.parse(e.at));
  const created = applied[0];
  const mode =
    created?.type !== 'created' || created.createdBy !== 'agent'
      ? 'customer'
      : created.opening === 'private'
        ? 'for-customer'
        : 'agent';
  const agentReply = (i: number) => {
    const e = applied[i] as TicketEvent;
    return e.type === 'message' && e.from === 'agent' && e.public !== false;
  };
  const update = (i: number) => {
    const e = applied[i] as TicketEvent;
    if (i === 0) return mode === 'agent'; // an agent's public opening comment
    return (
      agentReply(i) ||
      (options.notes &&
        (e.type === 'internal-note' || (e.type === 'message' && e.from === 'agent')))
    );
  };
  const customerMessage = (i: number) => {
    const e = applied[i] as TicketEvent;
    return e.type === 'message' && e.from === 'customer' && e.public !== false;
  };
  const stopsAt = (i: number) =>
    stopped(cats[i] as string) && (i === 0 || !stopped(cats[i - 1] as string));
  const closesAt = (i: number) => cats[i] === 'closed' && (i === 0 || cats[i - 1] !== 'closed');
  const endsReplies = (i: number) =>
    agentReply(i) || (options.solve === 'fulfil' ? stopsAt(i) : closesAt(i));
  // The event that starts first reply: creation, or (opened for the customer) their first public
  // comment, unless an agent commented publicly before it.
  let firstStart: number | null = 0;
  if (mode === 'for-customer') {
    firstStart = null;
    for (let i = 1; i < applied.length; i++) {
      if (agentReply(i)) break;
      if (customerMessage(i)) {
        firstStart = i;
        break;
      }
    }
  }
  // The whole-ticket cycle ends at the stop after which the ticket stays solved or closed.
  let finalStop = Number.POSITIVE_INFINITY;
  const last = cats.length - 1;
  if (last >= 0 && stopped(cats[last] as string)) {
    let i = last;
    while (i > 0 && stopped(cats[i - 1] as string)) i--;
    finalStop = ms[i] as number;
  }
  return (t: number): Record<Family, boolean> => {
    let k = 0;
    while (k < applied.length && (ms[k] as number) <= t) k++;
    if (k === 0) return { first: false, next: false, update: false, whole: false };
    let closer = -1; // the last event that ended the reply clocks
    let reply = -1; // the last update
    for (let j = 0; j < k; j++) {
      if (endsReplies(j)) closer = j;
      if (update(j)) reply = j;
    }
    const first = firstStart !== null && firstStart < k && closer < firstStart;
    let next = false;
    for (let m = closer + 1; m < k; m++) if (customerMessage(m) && m !== firstStart) next = true;
    let stoppedSinceReply = reply >= 0 && stopped(cats[reply] as string);
    for (let j = reply + 1; j < k && reply >= 0; j++) if (stopsAt(j)) stoppedSinceReply = true;
    return {
      first,
      next: next && !first,
      update: reply >= 0 && !stoppedSinceReply,
      whole: t < finalStop,
    };
  };
}

describe('SLA cycle boundaries', () => {
  const options = fc.record({
    solve: fc.constantFrom('fulfil' as const, 'keep-running' as const),
    notes: fc.boolean(),
  });
  test.prop([ticketEvents, fc.integer({ min: 0, max: 4500 }), options], { numRuns: 400 })(
    'every metric has a cycle open exactly when the definitions say so, minute by minute, for every creation mode and fulfilment option',
    (events, nowMinute, opts) => {
      const now = minuteAt(nowMinute);
      const nowMs = Date.parse(now);
      const r = computeSla({
        policy: {
          id: 'all',
          targets: Object.fromEntries(
            SLA_METRICS.map((m) => [m, { minutes: 60, hours: 'calendar' as const }]),
          ),
          fulfilment: { solve: opts.solve, internalNotesAreUpdates: opts.notes },
        },
        events,
        calendar: alwaysOpenCalendar,
        now,
        statuses: STATUSES,
      });
      const open = oracle(events, nowMs, opts);
      const start = Date.parse(minuteAt(0));
      for (let t = start; t < nowMs; t += MINUTE) {
        const expected = open(t);
        for (const metric of SLA_METRICS) {
          const cycles = r.metrics[metric]?.cycles ?? [];
          const actual = cycles.some(
            (c) => Date.parse(c.startedAt) <= t && t < Date.parse(c.fulfilledAt ?? r.now),
          );
          if (actual !== expected[FAMILY[metric]]) {
            expect({ metric, at: new Date(t).toISOString(), actual }).toEqual({
              metric,
              at: new Date(t).toISOString(),
              actual: expected[FAMILY[metric]],
            });
          }
        }
      }
    },
    120_000,
  );
});
