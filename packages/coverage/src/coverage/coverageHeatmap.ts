import { parseWith, toEpochMillis, zoneOffset } from '@meridian-cx/core';
import { SegmentsSchema } from '../inputs.js';
import { ZoneSchema } from '../schemas.js';
import { WEEKDAYS, type Weekday } from '../types.js';
import { weekdayOfDay } from '../zone/days.js';
import type { CoverageSegment } from './types.js';

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const DAY = 86_400_000;

/** A 7×24 matrix of coverage by local weekday (Monday first) and hour, in one zone. */
export type CoverageHeatmap = {
  readonly zone: string;
  readonly days: readonly Weekday[];
  /** Mean number of teams on, per [day][hour]. */
  readonly teams: readonly (readonly number[])[];
  /** Share of the minutes with at least one team on, per [day][hour], 0–1. */
  readonly covered: readonly (readonly number[])[];
  /** Minutes of the horizon that fell in each cell (0 where the horizon never reached it). */
  readonly minutes: readonly (readonly number[])[];
};

/**
 * Fold coverage segments into a 7×24 heatmap in any zone: for each local weekday and hour, the
 * mean number of teams on and the share of minutes covered. DST is honoured: the 02:00 hour of a
 * spring-forward day gets no minutes, the 01:00 hour of a fall-back day gets two hours' worth.
 *
 * @param segments - Segments from {@link analyzeCoverage} (`report.segments`).
 * @param zone - The IANA zone to read local weekdays and hours in.
 * @returns A {@link CoverageHeatmap}.
 * @throws {ValidationError} `coverage/invalid-zone` for an unknown zone, `coverage/invalid-segments`
 *   for segments without valid instants or team lists.
 * @example
 * const map = coverageHeatmap(report.segments, 'Europe/Berlin');
 * map.covered[0][10]; // share of Monday 10:00–11:00 Berlin time that was covered
 * @since 0.1.0
 */
export function coverageHeatmap(
  segments: readonly CoverageSegment[],
  zone: string,
): CoverageHeatmap {
  const name = parseWith(ZoneSchema, zone, { package: 'coverage', what: 'zone' });
  const checked = parseWith(SegmentsSchema, segments, { package: 'coverage', what: 'segments' });
  const teamMs = WEEKDAYS.map(() => new Array<number>(24).fill(0));
  const coveredMs = WEEKDAYS.map(() => new Array<number>(24).fill(0));
  const totalMs = WEEKDAYS.map(() => new Array<number>(24).fill(0));
  for (const seg of checked) {
    const start = toEpochMillis(seg.start);
    const end = toEpochMillis(seg.end);
    // Every UTC offset in use is a multiple of 15 minutes, so a local hour never straddles a
    // 15-minute UTC step.
    let a = start;
    while (a < end) {
      const b = Math.min(end, (Math.floor(a / QUARTER) + 1) * QUARTER);
      const local = a + zoneOffset(name, a) * MINUTE;
      const day = Math.floor(local / DAY);
      const row = WEEKDAYS.indexOf(weekdayOfDay(day));
      const hour = Math.floor((local - day * DAY) / 3_600_000);
      const len = b - a;
      (totalMs[row] as number[])[hour] = ((totalMs[row] as number[])[hour] as number) + len;
      (teamMs[row] as number[])[hour] =
        ((teamMs[row] as number[])[hour] as number) + len * seg.on.length;
      if (seg.on.length > 0) {
        (coveredMs[row] as number[])[hour] = ((coveredMs[row] as number[])[hour] as number) + len;
      }
      a = b;
    }
  }
  const ratio = (num: number[][]) =>
    num.map((r, i) =>
      r.map((v, h) => {
        const total = (totalMs[i] as number[])[h] as number;
        return total === 0 ? 0 : v / total;
      }),
    );
  return {
    zone: name,
    days: WEEKDAYS,
    teams: ratio(teamMs),
    covered: ratio(coveredMs),
    minutes: totalMs.map((r) => r.map((v) => v / MINUTE)),
  };
}
