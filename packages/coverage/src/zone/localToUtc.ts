import { localToUtc as coreLocalToUtc } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { AmbiguousTime } from '../types.js';

// The rule itself is core's (one copy for coverage, returns and privacy); this file only adds
// coverage's third policy for a repeated wall time, 'reject', with coverage's own error.
const EARLIER = { ambiguous: 'earlier' } as const;
const LATER = { ambiguous: 'later' } as const;

/**
 * The UTC instant (epoch ms) of a local wall-clock time in `zone`, decided explicitly:
 * a time that happens twice follows `ambiguous`; a time that does not exist (clocks go forward)
 * moves forward by the length of the gap (02:30 in a 02:00→03:00 gap becomes 03:30), as
 * RFC 5545 and Temporal's `compatible` do. core's `localToUtc` with `gap: 'forward'`.
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
  if (ambiguous === 'later') return coreLocalToUtc(zone, wallMs, LATER);
  const earlier = coreLocalToUtc(zone, wallMs, EARLIER);
  if (ambiguous === 'earlier' || earlier === coreLocalToUtc(zone, wallMs, LATER)) return earlier;
  const local = new Date(wallMs).toISOString().slice(0, 16);
  return fail('coverage/ambiguous-local-time', { local, zone });
}
