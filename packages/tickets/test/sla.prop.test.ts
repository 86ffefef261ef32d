import { fc, test } from '@fast-check/vitest';
import { alwaysOpenCalendar, type BusinessCalendar } from '@meridian-cx/core';
import {
  computeSla,
  replayTicket,
  SLA_METRICS,
  type SlaPolicy,
  statusCategory,
  type TicketEvent,
} from '@meridian-cx/tickets';
import { describe, expect } from 'vitest';
import { arrival, minuteAt, STATUSES, ticketEvents } from './arbitraries.js';
import { berlinCalendar } from './berlinCalendar.js';

const policy = (hours: 'business' | 'calendar', minutes = 240): SlaPolicy => ({
  id: 'p',
  targets: Object.fromEntries(SLA_METRICS.map((m) => [m, { minutes, hours }])),
});
const now = fc.integer({ min: 0, max: 4500 }).map(minuteAt);
const hours = fc.constantFrom('business' as const, 'calendar' as const);

const DEFAULT_PAUSE: Record<string, readonly string[]> = {
  'pausable-update': ['pending'],
  'requester-wait': ['pending'],
  'agent-work': ['pending', 'on-hold'],
};

const openCache = new Map<number, boolean>();
function isOpenCached(cal: BusinessCalendar, t: number): boolean {
  const hit = openCache.get(t);
  if (hit !== undefined) return hit;
  const v = cal.isOpen(new Date(t).toISOString());
  openCache.set(t, v);
  return v;
}

/**
 * Brute-force oracle: walk the cycle minute by minute; a minute counts when the clock runs in the
 * status the ticket had at that minute and, for business hours, the calendar is open. The status
 * timeline comes from replaying every prefix of the applied events (slow on purpose).
 */
function oracle(events: readonly TicketEvent[]) {
  const state = replayTicket(events, { statuses: STATUSES });
  const byId = new Map(events.map((e) => [e.id, e]));
  const timeline: { ms: number; status: string }[] = [];
  for (let i = 1; i <= state.applied.length; i++) {
    const prefix = state.applied.slice(0, i).map((id) => byId.get(id) as TicketEvent);
    const s = replayTicket(prefix, { statuses: STATUSES });
    timeline.push({ ms: Date.parse((prefix[i - 1] as TicketEvent).at), status: s.status });
  }
  return (
    metric: string,
    start: string,
    end: string,
    open: ((t: number) => boolean) | null,
    keepRunning = false,
  ): number => {
    const pause = new Set(DEFAULT_PAUSE[metric] ?? []);
    const reply = metric === 'first-reply' || metric === 'next-reply';
    let count = 0;
    for (let t = Date.parse(start); t < Date.parse(end); t += 60_000) {
      let status = 'new';
      for (const p of timeline) if (p.ms <= t) status = p.status;
      const cat = statusCategory(status, STATUSES) ?? 'new';
      const stopped =
        metric !== 'total-resolution' &&
        (cat === 'closed' || (cat === 'solved' && !(keepRunning && reply)));
      const running = !pause.has(status) && !pause.has(cat) && !stopped;
      if (running && (open === null || open(t))) count++;
    }
    return count;
  };
}

describe('SLA properties', () => {
  test.prop([ticketEvents, now, hours], { numRuns: 60 })(
    'for every clock, elapsed plus paused equals the wall time',
    (events, at, h) => {
      const r = computeSla({
        policy: policy(h),
        events,
        calendar: berlinCalendar,
        now: at,
        statuses: STATUSES,
      });
      for (const clock of Object.values(r.metrics)) {
        for (const c of clock.cycles) {
          expect(c.elapsedMinutes + c.pausedMinutes).toBeCloseTo(c.wallMinutes, 6);
          expect(c.elapsedMinutes).toBeGreaterThanOrEqual(0);
          expect(c.pausedMinutes).toBeGreaterThanOrEqual(0);
        }
      }
    },
  );

  test.prop([ticketEvents.chain((e) => fc.tuple(fc.constant(e), arrival(e))), now], {
    numRuns: 60,
  })('the clocks do not depend on arrival order', ([events, arrived], at) => {
    const a = computeSla({
      policy: policy('business'),
      events,
      calendar: berlinCalendar,
      now: at,
      statuses: STATUSES,
    });
    const b = computeSla({
      policy: policy('business'),
      events: arrived,
      calendar: berlinCalendar,
      now: at,
      statuses: STATUSES,
    });
    expect(b).toEqual(a);
  });

  // A schedule change at a generated minute: the Berlin calendar until then, always open after.
  const schedule = fc.option(fc.integer({ min: 0, max: 4500 }), { nil: null });
  const solve = fc.constantFrom('fulfil' as const, 'keep-running' as const);
  test.prop([ticketEvents, now, hours, schedule, solve], { numRuns: 25 })(
    'elapsed minutes agree with a minute-by-minute oracle (schedule changes and solve options too)',
    (events, at, h, switchAt, solveOption) => {
      const switchMs = switchAt === null ? null : Date.parse(minuteAt(switchAt));
      const cal =
        h === 'calendar'
          ? alwaysOpenCalendar
          : switchAt === null
            ? berlinCalendar
            : [
                { from: minuteAt(-1440), calendar: berlinCalendar },
                { from: minuteAt(switchAt), calendar: alwaysOpenCalendar },
              ];
      const open =
        h === 'calendar'
          ? null
          : (t: number) => (switchMs !== null && t >= switchMs) || isOpenCached(berlinCalendar, t);
      const r = computeSla({
        policy: { ...policy(h), fulfilment: { solve: solveOption } },
        events,
        calendar: cal,
        now: at,
        statuses: STATUSES,
      });
      const count = oracle(events);
      for (const clock of Object.values(r.metrics)) {
        for (const c of clock.cycles) {
          const expected = count(
            clock.metric,
            c.startedAt,
            c.fulfilledAt ?? r.now,
            open,
            solveOption === 'keep-running',
          );
          expect(c.elapsedMinutes).toBeCloseTo(expected, 6);
        }
      }
    },
    120_000,
  );

  // Policies by priority: each cycle is measured under the policy the selector gives for the
  // ticket as replayTicket sees it when the cycle ends (or now).
  const byPriority: SlaPolicy[] = [
    {
      id: 'fast',
      conditions: { priority: ['urgent', 'high'] },
      targets: {
        'first-reply': { minutes: 30, hours: 'calendar' },
        'next-reply': { minutes: 30, hours: 'calendar' },
      },
    },
    {
      id: 'slow',
      conditions: { priority: ['normal'] },
      targets: {
        'first-reply': { minutes: 240, hours: 'calendar' },
        'total-resolution': { minutes: 600, hours: 'calendar' },
      },
    },
  ];
  test.prop([ticketEvents, now], { numRuns: 60 })(
    'each cycle is measured under the policy in force when it ends',
    (events, at) => {
      const r = computeSla({ policies: byPriority, events, now: at, statuses: STATUSES });
      const nowMs = Date.parse(r.now);
      for (const clock of Object.values(r.metrics)) {
        for (const c of clock.cycles) {
          const endMs = Date.parse(c.fulfilledAt ?? r.now);
          const known = events.filter((e) => Date.parse(e.at) <= Math.min(endMs, nowMs));
          const priority = replayTicket(known, { statuses: STATUSES }).priority;
          const expected = priority === 'low' ? undefined : priority === 'normal' ? 'slow' : 'fast';
          expect(c.policyId).toBe(expected);
          expect(c.target).toEqual(
            byPriority.find((p) => p.id === expected)?.targets[clock.metric],
          );
        }
      }
    },
  );

  test.prop([ticketEvents, now], { numRuns: 60 })(
    'a breached clock was due no later than now',
    (events, at) => {
      const r = computeSla({
        policy: policy('calendar', 60),
        events,
        calendar: alwaysOpenCalendar,
        now: at,
        statuses: STATUSES,
      });
      for (const clock of Object.values(r.metrics)) {
        for (const c of clock.cycles) {
          if (c.state === 'breached') {
            expect(c.dueAt).not.toBeNull();
            expect(Date.parse(c.dueAt as string)).toBeLessThanOrEqual(
              Date.parse(c.fulfilledAt ?? r.now),
            );
            expect(c.remainingMinutes).toBeLessThan(0);
          }
        }
      }
    },
  );
});
