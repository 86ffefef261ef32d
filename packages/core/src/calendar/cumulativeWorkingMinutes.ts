import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { fromEpochMillis } from '../time/fromEpochMillis.js';
import type { BusinessCalendar } from './BusinessCalendar.js';

const MINUTE = 60_000;
/** The range of `Date`: ±100,000,000 days from the epoch. */
const LIMIT = 8.64e15;

/**
 * Check instants given as epoch milliseconds: every value must be a whole millisecond within the
 * range of `Date`. For calendars that implement `cumulativeWorkingMinutes` themselves.
 *
 * @param values - Epoch milliseconds.
 * @throws {MeridianError} `core/invalid-epoch-millis`, naming the first bad index and value.
 * @example
 * checkEpochMillis([Date.UTC(2026, 2, 2)]); // passes
 * checkEpochMillis([1.5]); // throws core/invalid-epoch-millis
 * @since 0.1.0
 */
export function checkEpochMillis(values: readonly number[]): void {
  if (!Array.isArray(values)) {
    fail('core/not-a-list', { op: 'cumulativeWorkingMinutes', value: describeValue(values) });
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(Number.isInteger(v) && v >= -LIMIT && v <= LIMIT)) {
      fail('core/invalid-epoch-millis', { index: i, value: describeValue(v) });
    }
  }
}

/**
 * Working minutes from the first of many instants to each of them, in one call: the bulk form of
 * `workingMinutesBetween` for measuring a whole timeline (a ticket's events against its SLA
 * clocks). Uses the calendar's own `cumulativeWorkingMinutes` when it has one (coverage's
 * calendars answer from a prefix sum); otherwise adds `workingMinutesBetween` over consecutive
 * instants, summed in whole milliseconds so that the result does not drift.
 *
 * @param calendar - Any {@link BusinessCalendar}.
 * @param epochMillis - Instants as whole epoch milliseconds, in any order (use `toEpochMillis`).
 * @returns One number per instant: working minutes from `epochMillis[0]` to it (negative when it
 *   is earlier); `[]` for no instants.
 * @throws {MeridianError} `core/invalid-epoch-millis` for a value that is not a whole millisecond
 *   within the range of `Date`; whatever the calendar throws.
 * @example
 * cumulativeWorkingMinutes(alwaysOpenCalendar, [Date.UTC(2026, 2, 2, 9), Date.UTC(2026, 2, 2, 10, 30)]); // [0, 90]
 * @since 0.1.0
 */
export function cumulativeWorkingMinutes(
  calendar: BusinessCalendar,
  epochMillis: readonly number[],
): number[] {
  checkEpochMillis(epochMillis);
  if (epochMillis.length === 0) return [];
  if (calendar.cumulativeWorkingMinutes !== undefined) {
    return calendar.cumulativeWorkingMinutes(epochMillis);
  }
  const out: number[] = [0];
  let total = 0;
  let prev = epochMillis[0] as number;
  let prevIso = fromEpochMillis(prev);
  for (let k = 1; k < epochMillis.length; k++) {
    const t = epochMillis[k] as number;
    if (t !== prev) {
      const iso = fromEpochMillis(t);
      total += Math.round(calendar.workingMinutesBetween(prevIso, iso) * MINUTE);
      prev = t;
      prevIso = iso;
    }
    out.push(total === 0 ? 0 : total / MINUTE);
  }
  return out;
}
