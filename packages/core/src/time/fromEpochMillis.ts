import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { civilFromDays } from './civil.js';

const DAY = 86_400_000;
/** 9999-12-31T23:59:59.999Z: beyond it `Date` writes six-digit years. */
const LAST = 253_402_300_799_999;
/** The range of `Date`: ±100,000,000 days from the epoch. */
const LIMIT = 8.64e15;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * The canonical UTC ISO string of an instant given as epoch milliseconds: the same text as
 * `new Date(ms).toISOString()` (fractions of a millisecond are dropped, as `Date` does), written
 * without a `Date` for 1970–9999 because SLA clocks and calendars format many instants. The
 * inverse of {@link toEpochMillis} for canonical strings.
 *
 * @param ms - Milliseconds since the Unix epoch.
 * @returns Such as `'2026-03-02T10:00:00.000Z'`.
 * @throws {MeridianError} `core/invalid-epoch-millis` for NaN, ±Infinity or beyond the range of
 *   `Date` (±8.64e15).
 * @example
 * fromEpochMillis(1772445600000); // '2026-03-02T10:00:00.000Z'
 * @since 0.1.0
 */
export function fromEpochMillis(ms: number): string {
  if (typeof ms !== 'number') fail('core/invalid-epoch-millis', { value: describeValue(ms) });
  if (!(ms >= 0 && ms <= LAST && ms === Math.floor(ms))) {
    if (!(ms >= -LIMIT && ms <= LIMIT)) {
      fail('core/invalid-epoch-millis', { value: describeValue(ms) });
    }
    return new Date(ms).toISOString();
  }
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  // The date part is core's one civil_from_days (civil.ts); only the formatting is written here.
  const { year: y, month: m, day: d } = civilFromDays(days);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  const yy = y < 1000 ? `${y}`.padStart(4, '0') : `${y}`;
  const mmm = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
  return `${yy}-${pad2(m)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}.${mmm}Z`;
}
