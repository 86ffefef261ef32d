import { localToUtc } from '../zone/localToUtc.js';
import { offsetAt } from '../zone/offsetAt.js';
import type { CompiledSchedule } from './compileSchedule.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The open intervals of a compiled schedule that meet `[fromMs, toMs)`, in epoch ms, sorted,
 * merged where they touch, and clipped to the range. Each shift boundary is resolved in the
 * team's zone on its own, so a shift spanning a DST change counts its real minutes.
 *
 * @returns Parallel arrays of starts and ends.
 */
export function intervalsInRange(
  compiled: CompiledSchedule,
  fromMs: number,
  toMs: number,
): { starts: number[]; ends: number[] } {
  const { zone, ambiguous } = compiled;
  const localDay = (ms: number) => Math.floor((ms + offsetAt(zone, ms) * MINUTE) / DAY);
  // A shift starting two local days before `from` can still be running (overnight + DST).
  const firstDay = localDay(fromMs) - 2;
  const lastDay = localDay(toMs) + 1;
  const raw: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const spans = compiled.plan(day);
    for (const [s, e] of spans) {
      const base = day * DAY;
      const start = localToUtc(zone, base + s * MINUTE, ambiguous);
      const end = localToUtc(zone, base + e * MINUTE, ambiguous);
      // A shift inside a spring-forward gap can collapse: both ends move past each other.
      if (end > start && end > fromMs && start < toMs) raw.push([start, end]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s0, e0] of raw) {
    const s = Math.max(s0, fromMs);
    const e = Math.min(e0, toMs);
    const last = ends.length - 1;
    if (last >= 0 && s <= (ends[last] as number)) {
      if (e > (ends[last] as number)) ends[last] = e;
    } else {
      starts.push(s);
      ends.push(e);
    }
  }
  return { starts, ends };
}
