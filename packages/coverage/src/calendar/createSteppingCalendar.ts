import {
  type BusinessCalendar,
  type Instant,
  MeridianError,
  toEpochMillis,
} from '@meridian-cx/core';
import { DateTime } from 'luxon';
import { coverageMessages } from '../messages.js';
import { compileSchedule, type ScheduleOptions } from '../schedule/compileSchedule.js';
import type { Schedule } from '../schedule/types.js';
import type { AmbiguousTime } from '../types.js';
import { dateOfDay } from '../zone/days.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

// Resolve a local time with luxon's own tools, independently of localToUtc: a nonexistent time is
// what luxon builds (moved forward by the gap), an ambiguous one is picked from getPossibleOffsets.
function resolve(zone: string, day: number, minutes: number, ambiguous: AmbiguousTime): number {
  const date = dateOfDay(day + Math.floor(minutes / 1440));
  const m = minutes % 1440;
  const dt = DateTime.fromObject(
    {
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      day: Number(date.slice(8, 10)),
      hour: Math.floor(m / 60),
      minute: m % 60,
    },
    { zone },
  );
  const options = dt.getPossibleOffsets();
  if (options.length < 2) return dt.toMillis();
  const ms = options.map((o) => o.toMillis()).sort((a, b) => a - b);
  if (ambiguous === 'reject') {
    const local = `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    throw new MeridianError(
      'coverage',
      'coverage/ambiguous-local-time',
      coverageMessages.ambiguousLocalTime(local, zone),
      { local, zone },
    );
  }
  return (ambiguous === 'earlier' ? ms[0] : ms[ms.length - 1]) as number;
}

function aligned(ms: number, label: string): number {
  if (ms % MINUTE !== 0) {
    throw new MeridianError(
      'coverage',
      'coverage/not-minute-aligned',
      coverageMessages.notMinuteAligned(label),
      { value: label },
    );
  }
  return ms;
}

/**
 * The brute-force twin of {@link createBusinessCalendar}: it asks, minute by minute, whether any
 * shift of the surrounding local days contains that minute, resolving local times with luxon's
 * `getPossibleOffsets`. Slow (one step per minute) and obviously right: the oracle that the
 * property tests and the bench compare the fast calendar against. Whole minutes only.
 *
 * @param schedule - A schedule.
 * @param options - Extra holidays.
 * @returns A {@link BusinessCalendar}.
 * @throws {MeridianError} `coverage/not-minute-aligned` for instants or amounts off whole minutes.
 * @example
 * const oracle = createSteppingCalendar({ id: 't', zone: 'UTC', weekly: { mon: [{ start: '09:00', end: '10:00' }] } });
 * oracle.workingMinutesBetween('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'); // 60
 * @since 0.1.0
 */
export function createSteppingCalendar(
  schedule: Schedule,
  options: ScheduleOptions = {},
): BusinessCalendar {
  const compiled = compileSchedule(schedule, options);
  const zone = compiled.schedule.zone;
  const cache = new Map<number, readonly (readonly [number, number])[]>();
  const dayIntervals = (day: number) => {
    let list = cache.get(day);
    if (list === undefined) {
      list = compiled
        .plan(day)
        .map(
          ([s, e]) =>
            [
              resolve(zone, day, s, compiled.ambiguous),
              resolve(zone, day, e, compiled.ambiguous),
            ] as const,
        );
      cache.set(day, list);
    }
    return list;
  };
  const openMinute = (t: number): boolean => {
    const local = DateTime.fromMillis(t, { zone });
    const day = Math.floor((t + local.offset * MINUTE) / DAY);
    for (let d = day - 2; d <= day + 1; d++) {
      for (const [s, e] of dayIntervals(d)) if (s <= t && t < e) return true;
    }
    return false;
  };
  const at = (i: Instant) => aligned(toEpochMillis(i), String(i));
  return {
    isOpen: (i) => openMinute(at(i)),
    nextOpen(i) {
      let t = at(i);
      for (let k = 0; k < 60 * 24 * 366 * 2; k++, t += MINUTE) {
        if (openMinute(t)) return new Date(t).toISOString();
      }
      return null;
    },
    addWorkingMinutes(from, minutes) {
      let t = at(from);
      if (!Number.isInteger(minutes)) aligned(0.5, String(minutes));
      let left = Math.abs(minutes);
      while (left > 0) {
        if (minutes > 0) {
          if (openMinute(t)) left--;
          t += MINUTE;
        } else {
          t -= MINUTE;
          if (openMinute(t)) left--;
        }
      }
      return new Date(t).toISOString();
    },
    workingMinutesBetween(from, to) {
      const a = at(from);
      const b = at(to);
      let n = 0;
      for (let t = Math.min(a, b); t < Math.max(a, b); t += MINUTE) if (openMinute(t)) n++;
      return b >= a ? n : -n;
    },
  };
}
