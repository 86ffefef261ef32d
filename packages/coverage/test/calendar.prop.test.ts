// Properties of the fast business calendar, against the minute-stepping oracle, in DST-heavy zones.
// tz.test.ts re-runs this file under TZ=UTC, Pacific/Chatham and America/St_Johns.
import { fc, test } from '@fast-check/vitest';
import { cumulativeWorkingMinutes } from '@meridian-cx/core';
import {
  createBusinessCalendar,
  createSteppingCalendar,
  createTeamsCalendar,
} from '@meridian-cx/coverage/date-holidays';
import { describe, expect } from 'vitest';
import { instantNear, iso, scheduleArb } from './arbitraries.js';

const MINUTE = 60_000;
const runs = { numRuns: Number(process.env.COVERAGE_PROP_RUNS ?? 40) };
// The oracle steps minute by minute: give it room on a loaded machine.
const timeout = 120_000;

const withInstants = scheduleArb.chain((schedule) =>
  fc.record({
    schedule: fc.constant(schedule),
    a: instantNear(schedule.zone),
    span: fc.integer({ min: 0, max: 3 * 1440 }),
    minutes: fc.integer({ min: -120, max: 120 }),
  }),
);

describe('fast calendar == minute-stepping oracle', () => {
  test.prop([withInstants], runs)(
    'isOpen, nextOpen, workingMinutesBetween and addWorkingMinutes agree',
    ({ schedule, a, span, minutes }) => {
      const fast = createBusinessCalendar(schedule);
      const slow = createSteppingCalendar(schedule);
      const b = a + span * MINUTE;
      expect(fast.isOpen(iso(a))).toBe(slow.isOpen(iso(a)));
      expect(fast.workingMinutesBetween(iso(a), iso(b))).toBe(
        slow.workingMinutesBetween(iso(a), iso(b)),
      );
      expect(fast.addWorkingMinutes(iso(a), minutes)).toBe(slow.addWorkingMinutes(iso(a), minutes));
      if (fast.isOpen(iso(a)) || span > 0) {
        const next = fast.nextOpen(iso(a));
        expect(next).not.toBeNull();
        expect(slow.isOpen(next as string)).toBe(true);
        if (next !== null && Date.parse(next) > a) {
          expect(slow.workingMinutesBetween(iso(a), next)).toBe(0);
          expect(slow.isOpen(iso(Date.parse(next) - MINUTE))).toBe(false);
        }
      }
    },
    timeout,
  );
});

const withTimeline = scheduleArb.chain((schedule) =>
  fc.record({
    schedule: fc.constant(schedule),
    a: instantNear(schedule.zone),
    // Minutes from `a`, in any order, repeats allowed: a ticket's events and its `now`.
    steps: fc.array(fc.integer({ min: -1440, max: 3 * 1440 }), { minLength: 1, maxLength: 12 }),
  }),
);

describe('bulk working minutes', () => {
  test.prop([withTimeline], runs)(
    'cumulativeWorkingMinutes (interval index) == the oracle measured pairwise',
    ({ schedule, a, steps }) => {
      const times = [a, ...steps.map((s) => a + s * MINUTE)];
      const fast = createBusinessCalendar(schedule);
      const teams = createTeamsCalendar([schedule]);
      // The stepping oracle has no bulk method: core falls back to workingMinutesBetween.
      const slow = createSteppingCalendar(schedule);
      expect(slow.cumulativeWorkingMinutes).toBeUndefined();
      const expected = cumulativeWorkingMinutes(slow, times);
      expect(cumulativeWorkingMinutes(fast, times)).toEqual(expected);
      expect(teams.cumulativeWorkingMinutes(times)).toEqual(expected);
      for (let k = 0; k < times.length; k++) {
        // (+ 0: the oracle may say -0 for no working time going back.)
        expect(expected[k]).toBe(slow.workingMinutesBetween(iso(a), iso(times[k] as number)) + 0);
      }
    },
    timeout,
  );
});

describe('laws of business time', () => {
  test.prop([withInstants, fc.integer({ min: -100_000, max: 100_000 })], runs)(
    'adding then measuring gives the minutes back (also fractional, to the millisecond)',
    ({ schedule, a }, ms) => {
      const cal = createBusinessCalendar(schedule);
      const minutes = ms / MINUTE;
      const reached = cal.addWorkingMinutes(iso(a), minutes);
      expect(cal.workingMinutesBetween(iso(a), reached)).toBeCloseTo(minutes, 9);
      expect(Math.sign(Date.parse(reached) - a)).toBe(Math.sign(ms) === 0 ? 0 : Math.sign(ms));
    },
    timeout,
  );

  test.prop([withInstants, fc.integer({ min: -2 * 1440, max: 2 * 1440 })], runs)(
    'measuring is additive over adjacent intervals, and antisymmetric',
    ({ schedule, a, span }, more) => {
      const cal = createBusinessCalendar(schedule);
      const b = a + span * MINUTE;
      const c = b + more * MINUTE;
      const ab = cal.workingMinutesBetween(iso(a), iso(b));
      const bc = cal.workingMinutesBetween(iso(b), iso(c));
      expect(cal.workingMinutesBetween(iso(a), iso(c))).toBe(ab + bc);
      expect(cal.workingMinutesBetween(iso(b), iso(a))).toBe(ab === 0 ? 0 : -ab);
      expect(ab).toBeLessThanOrEqual(span);
    },
    timeout,
  );

  test.prop([withInstants], runs)(
    'a calendar answers the same in any order of questions',
    ({ schedule, a, span }) => {
      const first = createBusinessCalendar(schedule);
      const far = first.addWorkingMinutes(iso(a), 60 * 24 * 40);
      const second = createBusinessCalendar(schedule);
      const b = a + span * MINUTE;
      expect(first.workingMinutesBetween(iso(a), iso(b))).toBe(
        second.workingMinutesBetween(iso(a), iso(b)),
      );
      expect(second.addWorkingMinutes(iso(a), 60 * 24 * 40)).toBe(far);
    },
    timeout,
  );
});

describe('a calendar of several teams', () => {
  const teams = fc
    .tuple(scheduleArb, scheduleArb, fc.integer({ min: 0, max: 3 * 1440 }))
    .chain(([x, y, span]) =>
      fc.record({
        x: fc.constant(x),
        y: fc.constant({ ...y, id: 'other' }),
        a: instantNear(x.zone),
        span: fc.constant(span),
      }),
    );

  test.prop([teams], runs)(
    'is open exactly when one of its teams is, and obeys the laws',
    ({ x, y, a, span }) => {
      const org = createTeamsCalendar([x, y]);
      const cx = createBusinessCalendar(x);
      const cy = createBusinessCalendar(y);
      const b = a + span * MINUTE;
      for (let t = a; t <= b; t += 97 * MINUTE) {
        expect(org.isOpen(iso(t))).toBe(cx.isOpen(iso(t)) || cy.isOpen(iso(t)));
      }
      const measured = org.workingMinutesBetween(iso(a), iso(b));
      expect(measured).toBeGreaterThanOrEqual(
        Math.max(
          cx.workingMinutesBetween(iso(a), iso(b)),
          cy.workingMinutesBetween(iso(a), iso(b)),
        ),
      );
      expect(measured).toBeLessThanOrEqual(
        cx.workingMinutesBetween(iso(a), iso(b)) + cy.workingMinutesBetween(iso(a), iso(b)),
      );
      const reached = org.addWorkingMinutes(iso(a), span / 3);
      expect(org.workingMinutesBetween(iso(a), reached)).toBeCloseTo(span / 3, 9);
    },
    timeout,
  );
});
