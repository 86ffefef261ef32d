import {
  type BusinessCalendar,
  describeValue,
  type Instant,
  LruCache,
  toEpochMillis,
} from '@meridian-cx/core';
import { DateTime } from 'luxon';
import { fail } from '../failures.js';
import type { ScheduleOptions } from '../schedule/compileSchedule.js';
import { compileSchedule } from '../schedule/compileSchedule.js';
import type { Schedule } from '../schedule/types.js';
import { minutesOf } from '../schemas.js';
import { WEEKDAYS, type Weekday } from '../types.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Room around a window: a shift of a local day three days back can still be running (overnight, plus a skipped day). */
const BEFORE = 3 * DAY;
const AFTER = 2 * DAY;
/** How far nextOpen and addWorkingMinutes look before giving up: two years. */
const HORIZON = 2 * 366 * DAY;

/** One stepped minute: its instant and the local wall clock luxon reads there. */
type Minute = {
  readonly t: number;
  readonly date: string;
  readonly wall: number;
  readonly weekday: Weekday;
};

// luxon's reading of each stepped minute, per zone: the slow part, memoised (bounded) because
// the properties ask about the same days many times.
const readings = new Map<string, LruCache<number, Minute>>();

function reading(zone: string, t: number): Minute {
  let cache = readings.get(zone);
  if (cache === undefined) {
    cache = new LruCache(200_000);
    readings.set(zone, cache);
  }
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  const local = DateTime.fromMillis(t, { zone });
  const date = local.toISODate() as string;
  const m: Minute = {
    t,
    date,
    wall: dayOf(date) * 1440 + local.hour * 60 + local.minute,
    weekday: WEEKDAYS[local.weekday - 1] as Weekday,
  };
  cache.set(t, m);
  return m;
}

// A local date's day number, from its year, month and day alone (Date's UTC calendar is the
// proleptic Gregorian one; setUTCFullYear keeps years 0–99 as they are).
function dayOf(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(
    Number(date.slice(0, -6)),
    Number(date.slice(-5, -3)) - 1,
    Number(date.slice(-2)),
  );
  return Math.round(d.getTime() / DAY);
}

/**
 * The brute-force twin of {@link createBusinessCalendar}, sharing nothing with it but the schedule
 * and its holiday data: it steps instants minute by minute and asks luxon only for the local date,
 * time and weekday of each. A shift of a local date exists only if that date occurs on the stepped
 * clock (Samoa's 2011-12-30 never did, so it has no shifts); a boundary is the first stepped minute
 * whose wall clock reads it (the last with `ambiguous: 'later'`), or, when the clock jumps over it
 * (spring forward), the reading of the minute before the jump carried on by the difference: the
 * gap's length later, as RFC 5545 says. Slow and obviously right: the oracle the property tests
 * and the bench compare the fast calendar against. Whole minutes only.
 *
 * @param schedule - A schedule.
 * @param options - Extra holidays.
 * @returns A {@link BusinessCalendar}.
 * @throws {MeridianError} `coverage/not-minute-aligned` for instants or amounts off whole minutes;
 *   `coverage/ambiguous-local-time` for a repeated boundary with `ambiguous: 'reject'`.
 * @example
 * const oracle = createSteppingCalendar({ id: 't', zone: 'UTC', weekly: { mon: [{ start: '09:00', end: '10:00' }] } });
 * oracle.workingMinutesBetween('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'); // 60
 * @since 0.1.0
 */
export function createSteppingCalendar(
  schedule: Schedule,
  options: ScheduleOptions = {},
): BusinessCalendar {
  // Validation and the holiday calendar only; the day plan is read below, from the schedule.
  const { schedule: s, holidays } = compileSchedule(schedule, options);
  const zone = s.zone;
  const ambiguous = s.ambiguous ?? 'earlier';
  const exceptions = new Map((s.exceptions ?? []).map((x) => [x.date, x]));

  const shiftsOf = (date: string, weekday: Weekday) => {
    const exception = exceptions.get(date);
    if (exception !== undefined) return exception.closed === true ? [] : (exception.shifts ?? []);
    const entry = holidays?.lookup(date);
    if (entry?.kind === 'holiday') return [];
    return s.weekly[entry?.kind === 'working-day' ? (entry.worksAs ?? 'mon') : weekday] ?? [];
  };

  /** The open instants of [lo, hi) as sorted disjoint pairs, read from a stepped clock. */
  const openIn = (lo: number, hi: number): [number, number][] => {
    const minutes: Minute[] = [];
    // Every wall reading with the stepped minutes that show it, in order.
    const byWall = new Map<number, Minute[]>();
    for (let t = lo - BEFORE; t < hi + AFTER; t += MINUTE) {
      const m = reading(zone, t);
      minutes.push(m);
      const list = byWall.get(m.wall);
      if (list === undefined) byWall.set(m.wall, [m]);
      else list.push(m);
    }
    const instant = (wall: number): number => {
      const hits = byWall.get(wall) ?? [];
      if (hits.length > 1 && ambiguous === 'reject') {
        const d = Math.floor(wall / 1440);
        const label = `${(hits[0] as Minute).date}T${String(Math.floor((wall - d * 1440) / 60)).padStart(2, '0')}:${String(wall % 60).padStart(2, '0')}`;
        fail('coverage/ambiguous-local-time', { local: label, zone });
      }
      if (hits.length > 0)
        return (ambiguous === 'later' ? hits[hits.length - 1] : hits[0])?.t as number;
      for (let k = 0; k + 1 < minutes.length; k++) {
        const a = minutes[k] as Minute;
        const b = minutes[k + 1] as Minute;
        if (a.wall < wall && b.wall > wall) return a.t + (wall - a.wall) * MINUTE;
      }
      // Beyond the stepped clock: far from [lo, hi), either side.
      return wall < (minutes[0] as Minute).wall ? -Infinity : Infinity;
    };
    const pairs: [number, number][] = [];
    const seen = new Set<string>();
    for (const m of minutes) {
      if (seen.has(m.date)) continue;
      seen.add(m.date);
      const base = dayOf(m.date) * 1440;
      for (const shift of shiftsOf(m.date, m.weekday)) {
        const start = instant(base + minutesOf(shift.start));
        const endMinutes =
          shift.overnight === true ? 1440 + minutesOf(shift.end) : minutesOf(shift.end);
        const end = instant(base + endMinutes);
        if (end > start) pairs.push([start, end]);
      }
    }
    return pairs;
  };

  // The open pairs around each UTC day, read once per day and calendar (bounded).
  const byDay = new LruCache<number, [number, number][]>(64);
  const pairsOn = (day: number) => {
    let pairs = byDay.get(day);
    if (pairs === undefined) {
      pairs = openIn(day * DAY, (day + 1) * DAY);
      byDay.set(day, pairs);
    }
    return pairs;
  };
  const open = (t: number) => pairsOn(Math.floor(t / DAY)).some(([a, b]) => a <= t && t < b);
  const aligned = (ms: number, label: string): number => {
    if (ms % MINUTE !== 0) fail('coverage/not-minute-aligned', { value: label });
    return ms;
  };
  const at = (i: Instant) => aligned(toEpochMillis(i), describeValue(i));
  const iso = (t: number) => new Date(t).toISOString();

  return {
    isOpen: (i) => open(at(i)),
    nextOpen(i) {
      const from = at(i);
      for (let t = from; t < from + HORIZON; t += MINUTE) if (open(t)) return iso(t);
      return null;
    },
    addWorkingMinutes(from, minutes) {
      const start = at(from);
      if (!Number.isInteger(minutes)) aligned(0.5, describeValue(minutes));
      let t = start;
      let left = Math.abs(minutes);
      while (left > 0) {
        if (minutes > 0) {
          if (open(t)) left--;
          t += MINUTE;
        } else {
          t -= MINUTE;
          if (open(t)) left--;
        }
        if (Math.abs(t - start) > HORIZON) fail('coverage/never-open', { schedule: s.id });
      }
      return iso(t);
    },
    workingMinutesBetween(from, to) {
      const a = at(from);
      const b = at(to);
      let n = 0;
      for (let t = Math.min(a, b); t < Math.max(a, b); t += MINUTE) if (open(t)) n++;
      return b >= a ? n : -n;
    },
  };
}
