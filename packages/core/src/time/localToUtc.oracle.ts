// The brute-force reading of a wall time that localToUtc's tests hold it to: no buckets, no
// probes a day apart, no assumption about how often a zone changes its offset (only that none
// lasts less than `stepMinutes`). Every offset that luxon (its own reading of Intl) reports every
// `stepMinutes` within 17 hours of the wall time is tried; the instants that show the wall time are the answers; when there is none, the wall time
// is in a gap and is read with the offset of the last minute that showed an earlier wall time.
// Test code only: not exported from the package.
import { IANAZone } from 'luxon';

const MINUTE = 60_000;
const SPAN = 17 * 60;

/** Every instant (epoch ms) at which `zone`'s clocks show `wallMs`, and the gap reading if none. */
export function bruteForceLocalToUtc(
  zone: string,
  wallMs: number,
  stepMinutes = 10,
): { readonly instants: readonly number[]; readonly forward: number } {
  const z = IANAZone.create(zone);
  const offsetMs = (ms: number) => Math.round(z.offset(ms) * MINUTE);
  const offsets = new Set<number>();
  let lastEarlier: number | undefined;
  for (let m = -SPAN; m <= SPAN; m += stepMinutes) {
    const u = wallMs + m * MINUTE;
    const o = offsetMs(u);
    offsets.add(o);
    if (u + o < wallMs) lastEarlier = o;
  }
  const instants = [...offsets]
    .map((o) => wallMs - o)
    .filter((u) => u + offsetMs(u) === wallMs)
    .sort((a, b) => a - b);
  const forward = instants[0] ?? wallMs - (lastEarlier as number);
  return { instants, forward };
}
