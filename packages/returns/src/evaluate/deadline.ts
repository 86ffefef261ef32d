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
 * The end of a local date in a zone, moved to the end of the next open day when a calendar says
 * the whole day is closed (weekend or holiday).
 */
export function endOfDay(date: string, zone: string, calendar?: BusinessCalendar): DeadlineAt {
  if (!calendar) return { ms: endOfLocalDay(date, zone), date };
  let day = date;
  // A day is closed when the calendar's next opening after its start falls on a later day.
  for (let i = 0; i < 60; i++) {
    const start = startOfLocalDay(day, zone);
    const next = calendar.nextOpen(new Date(start).toISOString());
    if (next === null) break;
    const nextDay = localDate(Date.parse(next), zone);
    if (nextDay <= day) break;
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
