import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { ValidationError } from '../errors/ValidationError.js';
import { offsetAt } from './zoneOffset.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const LIMIT = 8.64e15;

/**
 * How {@link localToUtc} resolves a wall time that the zone's clocks show twice (`ambiguous`,
 * when clocks go back) or never (`gap`, when clocks go forward).
 */
export type LocalToUtcOptions = {
  /**
   * A wall time shown twice: `'earlier'` (the first pass, the default; the start of a day or of
   * a shift) or `'later'` (the second pass).
   */
  readonly ambiguous?: 'earlier' | 'later';
  /**
   * A wall time never shown: `'forward'` (the default) reads it with the offset in force before
   * the gap, so it moves forward by the gap's length (02:30 in a 02:00→03:00 gap is 03:30), as
   * RFC 5545 and Temporal's `'compatible'` do; a day whose midnight falls in a gap starting at
   * midnight then starts at the end of the gap. `'next'` answers the instant the gap ends (the
   * first wall time the clocks show after it): the start of a day whose midnight is skipped, even
   * when the gap began before midnight (Toronto, 30 March 1919, 23:30 → 00:30: the day began at
   * 00:30, where `'forward'` reads 01:00). `'reject'` throws.
   */
  readonly gap?: 'forward' | 'next' | 'reject';
};

/** The zone's offset in whole milliseconds (before standard time, offsets have seconds). */
function offsetMs(zone: string, ms: number): number {
  return Math.round(offsetAt(zone, Math.min(Math.max(ms, -LIMIT), LIMIT)) * MINUTE);
}

function refuse(option: string, value: unknown, message: string): never {
  throw new ValidationError('core', 'local-time-options', [
    { path: [option], message: `${message}; got ${describeValue(value)}`, code: 'invalid_value' },
  ]);
}

/**
 * The instant (epoch ms) at which the clocks of an IANA zone show a local wall time: the one rule
 * Meridian uses for the start of a local day, the end of a deadline's last day, and the ends of
 * a shift. A wall time shown twice (clocks go back: 02:30 on Berlin's last Sunday of October)
 * follows `ambiguous`; a wall time never shown (clocks go forward: 02:30 on Berlin's last Sunday
 * of March, or any time of 30 December 2011 in Apia) follows `gap`. The offsets are core's
 * `zoneOffset` (the runtime's tz data), read a day either side of the wall time: when both
 * agree and the reading checks out, that is the answer (three reads, nearly always); otherwise
 * every offset in force within 18 hours is tried. Assumed: a zone does not change its offset and
 * back within a day either side of a wall time that checks out (an ambiguity would go unseen).
 * The tests hold it to a brute-force scan with luxon across real changes.
 *
 * @param zone - An IANA zone name the runtime knows.
 * @param wallMs - The wall time written as if it were UTC: days since 1970-01-01 (local) times
 *   86,400,000 plus the milliseconds since local midnight (`daysFromCivil(y, m, d) * 86_400_000 +
 *   minutes * 60_000`), within the range of `Date`.
 * @param options - `{ ambiguous: 'earlier' | 'later', gap: 'forward' | 'next' | 'reject' }`,
 *   defaults `'earlier'` and `'forward'`. The first instant of a local day is
 *   `localToUtc(zone, day * 86_400_000, { gap: 'next' })`, its last that of the next day minus 1.
 * @returns Epoch milliseconds (a whole number).
 * @throws {MeridianError} `core/invalid-time-zone`; `core/invalid-epoch-millis` for a wall time
 *   that is not a number within the range of `Date`; `core/invalid-local-time-options` for an
 *   unknown option value; `core/skipped-local-time` (with `gap: 'reject'`) for a wall time the
 *   clocks never show.
 * @example
 * const wall = daysFromCivil(2026, 10, 25) * 86_400_000 + 150 * 60_000; // 2026-10-25 02:30
 * localToUtc('Europe/Berlin', wall); // Date.UTC(2026, 9, 25, 0, 30): 02:30 CEST, the first pass
 * localToUtc('Europe/Berlin', wall, { ambiguous: 'later' }); // Date.UTC(2026, 9, 25, 1, 30): CET
 * @since 0.1.0
 */
export function localToUtc(zone: string, wallMs: number, options?: LocalToUtcOptions): number {
  if (typeof wallMs !== 'number' || !(wallMs >= -LIMIT && wallMs <= LIMIT)) {
    fail('core/invalid-epoch-millis', { value: describeValue(wallMs) });
  }
  const ambiguous = options?.ambiguous ?? 'earlier';
  const gap = options?.gap ?? 'forward';
  if (ambiguous !== 'earlier' && ambiguous !== 'later') {
    refuse('ambiguous', ambiguous, 'Use "earlier" or "later"');
  }
  if (gap !== 'forward' && gap !== 'next' && gap !== 'reject') {
    refuse('gap', gap, 'Use "forward", "next" or "reject"');
  }
  // The reads below skip zoneOffset's checks: an unknown zone still fails at its first read.
  if (typeof zone !== 'string') fail('core/invalid-time-zone', { value: describeValue(zone) });
  const wall = Math.round(wallMs);
  const before = offsetMs(zone, wall - DAY);
  const after = offsetMs(zone, wall + DAY);
  if (before === after) {
    // No change of offset within a day either side (nearly always): one reading, checked.
    const utc = wall - before;
    if (offsetMs(zone, utc) === before) return utc;
    return resolveAmong(zone, wall, stretchOffsets(zone, wall), ambiguous, gap);
  }
  return resolveAmong(zone, wall, [before, after], ambiguous, gap);
}

/**
 * Every offset in force within 18 hours of the wall time read as UTC: an instant showing the wall
 * time lies within 16 hours of it (no zone's offset has reached ±16:00), and an offset lasts at
 * least 6 hours (zoneOffset's assumption), so reading every 6 hours misses none.
 */
function stretchOffsets(zone: string, wall: number): number[] {
  const seen: number[] = [];
  for (let k = -3; k <= 3; k++) {
    const o = offsetMs(zone, wall + k * 6 * HOUR);
    if (!seen.includes(o)) seen.push(o);
  }
  return seen;
}

/** The wall time resolved among candidate offsets (sorted from the earliest instant). */
function resolveAmong(
  zone: string,
  wall: number,
  offsets: readonly number[],
  ambiguous: 'earlier' | 'later',
  gap: 'forward' | 'next' | 'reject',
): number {
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  for (const o of offsets) {
    const utc = wall - o;
    if (offsetMs(zone, utc) !== o) continue;
    if (utc < earliest) earliest = utc;
    if (utc > latest) latest = utc;
  }
  if (earliest !== Number.POSITIVE_INFINITY) return ambiguous === 'earlier' ? earliest : latest;
  if (gap === 'reject') {
    fail('core/skipped-local-time', { wall: new Date(wall).toISOString().slice(0, 23), zone });
  }
  // In a gap: the offset in force just before it is the one at the instant the wall time would
  // be with the largest offset (clocks went forward, so that instant is before the change).
  let largest = Number.NEGATIVE_INFINITY;
  for (const o of offsets) if (o > largest) largest = o;
  let a = wall - largest;
  const before = offsetMs(zone, a);
  // 'forward': read with that offset, which moves the wall time on by the gap's length.
  let b = wall - before;
  if (gap === 'forward') return b;
  // 'next': the instant the gap ends, between a (before the change) and b (after it).
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetMs(zone, mid) === before) a = mid;
    else b = mid;
  }
  return b;
}
