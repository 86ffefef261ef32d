import { zoneOffset as offsetAt } from '@meridian-cx/core';
import { localToUtc } from '../zone/localToUtc.js';
import type { CompiledSchedule } from './compileSchedule.js';
import { mergeIntervals } from './mergeIntervals.js';

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
  // A local date that the zone's clocks never show has no shifts: Samoa went from Thursday
  // 2011-12-29 to Saturday 2011-12-31 (and Kiribati's Line Islands skipped 1994-12-31). The day
  // exists if the last instant before the next local midnight still reads that day.
  const dayExists = (day: number) =>
    localDay(localToUtc(zone, (day + 1) * DAY, 'earlier') - 1) === day;
  const raw: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const spans = compiled.plan(day);
    if (spans.length === 0 || !dayExists(day)) continue;
    for (const [s, e] of spans) {
      const base = day * DAY;
      const start = localToUtc(zone, base + s * MINUTE, ambiguous);
      const end = localToUtc(zone, base + e * MINUTE, ambiguous);
      // A shift inside a spring-forward gap can collapse: both ends move past each other.
      if (end > start && end > fromMs && start < toMs) raw.push([start, end]);
    }
  }
  return mergeIntervals(raw, fromMs, toMs);
}
