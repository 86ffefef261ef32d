import type { BusinessCalendar } from '@meridian-cx/core';
import { addDays, endOfLocalDay, localDate, startOfLocalDay, toLocalIso } from '../time/zoneDay.js';
import type { Deadline } from '../types.js';

/** A deadline at the end of a local date, and whether a closed day moved it. */
export type DeadlineAt = {
  readonly ms: number;
  readonly date: string;
  readonly movedFrom?: string;
};

/**
 * The first local date, from `date` on, on which the calendar is open at some time: `date` itself
 * when it is an open day (a later date means `date` is closed: a weekend or a holiday), `null`
 * when the calendar never opens again.
 */
export function firstOpenDay(
  date: string,
  zone: string,
  calendar: BusinessCalendar,
): string | null {
  const next = calendar.nextOpen(new Date(startOfLocalDay(date, zone)).toISOString());
  return next === null ? null : localDate(Date.parse(next), zone);
}

/**
 * The end of a local date in a zone, moved to the end of the next open day when a calendar says
 * the whole day is closed (weekend or holiday).
 */
export function endOfDay(date: string, zone: string, calendar?: BusinessCalendar): DeadlineAt {
  if (!calendar) return { ms: endOfLocalDay(date, zone), date };
  let day = date;
  for (let i = 0; i < 60; i++) {
    const nextDay = firstOpenDay(day, zone, calendar);
    if (nextDay === null || nextDay <= day) break;
    day = nextDay;
  }
  return day === date
    ? { ms: endOfLocalDay(date, zone), date }
    : { ms: endOfLocalDay(day, zone), date: day, movedFrom: date };
}

/** The last day of a period of `days` days starting from a local date. */
export function lastDay(start: string, days: number, firstDayCounts: boolean): string {
  return addDays(start, firstDayCounts ? days - 1 : days);
}

// Deadlines fall at the end of local days, so few distinct ones recur: render each once.
const rendered = new Map<string, Map<number, Deadline>>();

/** Render a deadline for the caller: UTC instant, local wall time, local date, zone. */
export function toDeadline(at: DeadlineAt, zone: string): Deadline {
  let byMs = rendered.get(zone);
  if (!byMs) {
    byMs = new Map();
    rendered.set(zone, byMs);
  }
  const hit = byMs.get(at.ms);
  if (hit) return hit;
  const d: Deadline = Object.freeze({
    at: new Date(at.ms).toISOString(),
    local: toLocalIso(at.ms, zone),
    localDate: at.date,
    zone,
  });
  if (byMs.size >= 20_000) byMs.clear();
  byMs.set(at.ms, d);
  return d;
}
