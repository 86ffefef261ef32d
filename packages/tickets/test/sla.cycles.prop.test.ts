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

function oracle(events: readonly TicketEvent[], nowMs: number) {
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
  const agentReply = (i: number) => {
    const e = applied[i] as TicketEvent;
    return e.type === 'message' && e.from === 'agent' && e.public !== false;
  };
  const customerMessage = (i: number) => {
    const e = applied[i] as TicketEvent;
    return e.type === 'message' && e.from === 'customer' && e.public !== false;
  };
  const stopsAt = (i: number) =>
    stopped(cats[i] as string) && (i === 0 || !stopped(cats[i - 1] as string));
  const created = applied[0];
  const firstEver = created?.type === 'created' && created.createdBy !== 'agent';
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
    let closer = -1; // the last public agent reply or stop
    let reply = -1; // the last public agent reply
    for (let j = 0; j < k; j++) {
      if (agentReply(j) || stopsAt(j)) closer = j;
      if (agentReply(j)) reply = j;
    }
    let waiting = false;
    for (let m = closer + 1; m < k; m++) if (customerMessage(m)) waiting = true;
    let stoppedSinceReply = reply >= 0 && stopped(cats[reply] as string);
    for (let j = reply + 1; j < k && reply >= 0; j++) if (stopsAt(j)) stoppedSinceReply = true;
    return {
      first: firstEver && closer === -1,
      next: waiting && (closer >= 0 || !firstEver),
      update: reply >= 0 && !stoppedSinceReply,
      whole: t < finalStop,
    };
  };
}

describe('SLA cycle boundaries', () => {
  test.prop([ticketEvents, fc.integer({ min: 0, max: 4500 })], { numRuns: 500, timeout: 60_000 })(
    'every metric has a cycle open exactly when the definitions say so, minute by minute',
    (events, nowMinute) => {
      const now = minuteAt(nowMinute);
      const nowMs = Date.parse(now);
      const r = computeSla({
        policy: {
          id: 'all',
          targets: Object.fromEntries(
            SLA_METRICS.map((m) => [m, { minutes: 60, hours: 'calendar' as const }]),
          ),
        },
        events,
        calendar: alwaysOpenCalendar,
        now,
        statuses: STATUSES,
      });
      const open = oracle(events, nowMs);
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
