import type { Instant } from '../time/instant.js';

/**
 * The one interface between "when are we working?" and everything that measures time in
 * working minutes (SLA clocks, refund-timing promises, contact windows).
 *
 * Instants come in as ISO strings or `Date`s and go out as canonical UTC ISO strings. Minutes
 * may be fractional; implementations must be exact to the millisecond and must satisfy, for any
 * instant `t` and any `m`:
 * - `workingMinutesBetween(t, addWorkingMinutes(t, m)) === m` (adding then measuring gives `m` back);
 * - `workingMinutesBetween(a, c) === workingMinutesBetween(a, b) + workingMinutesBetween(b, c)`;
 * - `workingMinutesBetween(a, b) === -workingMinutesBetween(b, a)`.
 *
 * `core` ships {@link alwaysOpenCalendar}; `@meridian-cx/coverage` builds real ones from team
 * schedules, zones, DST and holidays. Write your own by implementing these four functions, and
 * optionally `cumulativeWorkingMinutes` when your calendar can answer many instants at once.
 */
export interface BusinessCalendar {
  /** Whether `at` falls in working time (intervals are half-open: open at the start, closed at the end). */
  isOpen(at: Instant): boolean;
  /** `at` itself if open, else the next instant the calendar opens; `null` if it never opens again. */
  nextOpen(at: Instant): string | null;
  /**
   * The instant reached after `minutes` of working time from `from`; negative minutes go back.
   * Adding 0 returns `from` unchanged, even if closed.
   */
  addWorkingMinutes(from: Instant, minutes: number): string;
  /** Working minutes in `[from, to)`; negative when `to` is before `from`. */
  workingMinutesBetween(from: Instant, to: Instant): number;
  /**
   * Optional bulk form of `workingMinutesBetween` for callers that measure many instants of one
   * timeline (the SLA clocks of a ticket): given whole epoch milliseconds in any order, the
   * working minutes from the first instant to each one, so the result starts with `0`. It must
   * equal `workingMinutesBetween(instants[0], instants[k])` for every `k`, exact to the
   * millisecond. Call it through {@link cumulativeWorkingMinutes}, which checks the input and
   * falls back to `workingMinutesBetween` for calendars without it.
   */
  cumulativeWorkingMinutes?(epochMillis: readonly number[]): number[];
}
