import { zoneOffset as offsetAt } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { AmbiguousTime } from '../types.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The UTC instant (epoch ms) of a local wall-clock time in `zone`, decided explicitly:
 * a time that happens twice follows `ambiguous`; a time that does not exist (clocks go forward)
 * moves forward by the length of the gap (02:30 in a 02:00→03:00 gap becomes 03:30), as
 * RFC 5545 and Temporal's `compatible` do.
 *
 * @param zone - An IANA zone name.
 * @param wallMs - The local wall-clock time written as if it were UTC (`Date.UTC(y, m - 1, d, h, min)`).
 * @param ambiguous - `'earlier'`, `'later'` or `'reject'` for a repeated local time.
 * @returns Epoch milliseconds.
 * @throws {MeridianError} `coverage/ambiguous-local-time` when ambiguous is `'reject'` and the time repeats.
 * @example
 * localToUtc('America/New_York', Date.UTC(2026, 10, 1, 1, 30), 'later');
 * @since 0.1.0
 */
export function localToUtc(zone: string, wallMs: number, ambiguous: AmbiguousTime): number {
  // The offsets in force a day either side bracket any single transition near this time.
  const before = offsetAt(zone, wallMs - DAY);
  const after = offsetAt(zone, wallMs + DAY);
  const candidates: number[] = [];
  for (const o of before === after ? [before] : [before, after]) {
    const utc = wallMs - o * MINUTE;
    if (offsetAt(zone, utc) === o) candidates.push(utc);
  }
  if (candidates.length === 1) return candidates[0] as number;
  if (candidates.length === 0) {
    if (before === after) {
      // Two transitions within two days (rare, historic): take the offset in force at the wall time.
      return wallMs - offsetAt(zone, wallMs - offsetAt(zone, wallMs) * MINUTE) * MINUTE;
    }
    // In a gap: read the time with the offset from before the gap, which moves it forward.
    return wallMs - before * MINUTE;
  }
  const earlier = Math.min(...candidates);
  const later = Math.max(...candidates);
  if (ambiguous === 'earlier') return earlier;
  if (ambiguous === 'later') return later;
  const local = new Date(wallMs).toISOString().slice(0, 16);
  return fail('coverage/ambiguous-local-time', { local, zone });
}
