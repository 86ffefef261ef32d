// A fixed, hand-written BusinessCalendar for tests: Europe/Berlin, Monday–Saturday 08:00–20:00
// and a Sunday night shift 01:00–05:00. On Sunday 29 March 2026 clocks jump from 02:00 to 03:00,
// so that shift has 3 hours, not 4; on Sunday 25 October 2026 02:00–03:00 happens twice, so it
// has 5. Luxon moves the nonexistent 02:00 forward, which is what we want for an opening time.
import { type BusinessCalendar, type Instant, toEpochMillis } from '@meridian-cx/core';
import { DateTime } from 'luxon';

const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Opening hours per ISO weekday (1 = Monday), as [start hour, end hour) local. */
const HOURS: Record<number, readonly (readonly [number, number])[]> = {
  1: [[8, 20]],
  2: [[8, 20]],
  3: [[8, 20]],
  4: [[8, 20]],
  5: [[8, 20]],
  6: [[8, 20]],
  7: [[1, 5]],
};

const cache = new Map<number, readonly (readonly [number, number])[]>();

/** The open intervals, in epoch ms, of the local day containing `dayStartMs` (a UTC noon anchor). */
function intervalsOfLocalDay(localDay: DateTime): readonly (readonly [number, number])[] {
  const key = localDay.toMillis();
  const hit = cache.get(key);
  if (hit) return hit;
  const out = (HOURS[localDay.weekday] ?? []).map(([s, e]) => {
    const start = DateTime.fromObject(
      { year: localDay.year, month: localDay.month, day: localDay.day, hour: s },
      { zone: ZONE },
    ).toMillis();
    const end = DateTime.fromObject(
      { year: localDay.year, month: localDay.month, day: localDay.day, hour: e },
      { zone: ZONE },
    ).toMillis();
    return [start, end] as const;
  });
  cache.set(key, out);
  return out;
}

function localDayOf(ms: number): DateTime {
  return DateTime.fromMillis(ms, { zone: ZONE }).startOf('day');
}

/** Intervals of every local day overlapping [fromMs − 1 day, toMs + 1 day], in order. */
function intervals(fromMs: number, toMs: number): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  let day = localDayOf(fromMs - DAY);
  const last = localDayOf(toMs + DAY);
  while (day <= last) {
    out.push(...intervalsOfLocalDay(day));
    day = day.plus({ days: 1 });
  }
  return out;
}

const iso = (ms: number) => new Date(ms).toISOString();

function between(a: number, b: number): number {
  if (b < a) return -between(b, a);
  let total = 0;
  for (const [s, e] of intervals(a, b)) {
    const lo = Math.max(s, a);
    const hi = Math.min(e, b);
    if (hi > lo) total += hi - lo;
  }
  return total / MINUTE;
}

export const berlinCalendar: BusinessCalendar = {
  isOpen(at: Instant) {
    const ms = toEpochMillis(at);
    return intervals(ms, ms).some(([s, e]) => s <= ms && ms < e);
  },
  nextOpen(at: Instant) {
    const ms = toEpochMillis(at);
    for (const [s, e] of intervals(ms, ms + 14 * DAY)) {
      if (ms < e) return iso(Math.max(s, ms));
    }
    return null;
  },
  addWorkingMinutes(from: Instant, minutes: number) {
    const ms = toEpochMillis(from);
    if (minutes === 0) return iso(ms);
    let left = Math.abs(minutes) * MINUTE;
    const step = minutes > 0 ? 1 : -1;
    let day = localDayOf(ms);
    for (let i = 0; i < 3660; i++, day = day.plus({ days: step })) {
      const list = [...intervalsOfLocalDay(day)];
      if (step < 0) list.reverse();
      for (const [s, e] of list) {
        const lo = step > 0 ? Math.max(s, ms) : s;
        const hi = step > 0 ? e : Math.min(e, ms);
        if (hi <= lo) continue;
        if (hi - lo >= left) return iso(step > 0 ? lo + left : hi - left);
        left -= hi - lo;
      }
    }
    throw new Error('berlinCalendar: no working time within ten years');
  },
  workingMinutesBetween(from: Instant, to: Instant) {
    return between(toEpochMillis(from), toEpochMillis(to));
  },
};
