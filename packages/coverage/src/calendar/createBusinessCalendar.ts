import type { BusinessCalendar, Instant } from '@meridian-cx/core';
import { compileSchedule, type ScheduleOptions } from '../schedule/compileSchedule.js';
import { intervalsInRange } from '../schedule/intervalsInRange.js';
import type { Schedule } from '../schedule/types.js';
import type { UtcInterval } from '../types.js';
import { calendarFromIndex } from './calendarFromIndex.js';
import { IntervalIndex } from './IntervalIndex.js';

/** A {@link BusinessCalendar} built from a schedule, with the schedule and its intervals at hand. */
export type ScheduleCalendar = BusinessCalendar & {
  /** The validated schedule. */
  readonly schedule: Schedule;
  /** The open intervals meeting `[from, to)`, clipped to it, in UTC. */
  intervals(from: Instant, to: Instant): readonly UtcInterval[];
  /**
   * Working minutes from the first instant (epoch ms) to each, answered from the precomputed
   * running sum in one call (see core's `cumulativeWorkingMinutes`).
   */
  cumulativeWorkingMinutes(epochMillis: readonly number[]): number[];
};

/**
 * A business calendar from a team schedule: weekly shifts in the team's IANA zone, overnight
 * shifts, date exceptions and holidays, exact across DST. Open intervals are precomputed per UTC
 * year (grown on demand) with a running sum, so every call is a binary search.
 *
 * DST: each shift boundary is a local time resolved on its own, so a shift spanning a change
 * counts its real minutes (a 22:00–06:00 shift is 7 h on spring-forward night and 9 h on
 * fall-back night). A boundary in a spring-forward gap moves forward by the gap; a boundary that
 * happens twice follows the schedule's `ambiguous` ('earlier' by default, 'later', or 'reject').
 *
 * Minutes are exact to the millisecond: `minutes * 60000` is rounded to a whole millisecond.
 * Adding lands on the instant closest to `from`: an interval's end going forward, its start
 * going back.
 *
 * @param schedule - A schedule (validated with {@link parseSchedule}).
 * @param options - Extra holidays; they win over the schedule's date-holidays country.
 * @returns A {@link ScheduleCalendar}.
 * @throws {ValidationError} `coverage/invalid-schedule` for a bad schedule,
 *   `coverage/invalid-calendar-options` when `options.holidays` is not a holiday calendar.
 * @throws {MeridianError} from its methods: `coverage/never-open` when adding minutes to a
 *   schedule with no working time within 50 years; `coverage/invalid-minutes` for NaN or ±Infinity; `coverage/ambiguous-local-time` with
 *   `ambiguous: 'reject'`; `core/invalid-instant`.
 * @example
 * const berlin = createBusinessCalendar({ id: 'emea', zone: 'Europe/Berlin', weekly: { mon: [{ start: '09:00', end: '17:00' }] } });
 * berlin.addWorkingMinutes('2026-03-02T15:00:00Z', 120); // '2026-03-09T09:00:00.000Z'
 * @since 0.1.0
 */
export function createBusinessCalendar(
  schedule: Schedule,
  options: ScheduleOptions = {},
): ScheduleCalendar {
  const compiled = compileSchedule(schedule, options);
  const index = new IntervalIndex({
    id: compiled.schedule.id,
    intervals: (a, b) => intervalsInRange(compiled, a, b),
  });
  return { schedule: compiled.schedule, ...calendarFromIndex(index) };
}
