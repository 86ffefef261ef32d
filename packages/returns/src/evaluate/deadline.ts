import type { BusinessCalendar } from '@meridian-cx/core';
import { addDays, endOfLocalDay, localDate, startOfLocalDay, toLocalIso } from '../time/zoneDay.js';
import type { Deadline } from '../types.js';

// Deadlines fall at the end of local days, so few distinct ones recur. Per zone, the end of each
// local date (keyed by the date) and each rendered deadline (keyed by its epoch ms): core's
// local-to-UTC arithmetic and the rendering run once each. Zones are checked IANA names (a few
// hundred at most), each memo holds at most 4096 entries.
const memos = new Map<string, Map<string | number, number | Deadline>>();

function zoneMemo(zone: string): Map<string | number, number | Deadline> {
  let memo = memos.get(zone);
  if (!memo || memo.size >= 4096) {
    memo = new Map();
    memos.set(zone, memo);
  }
  return memo;
}

/** The last millisecond of a local date in a zone, remembered. */
function dayEnd(date: string, zone: string): number {
  const memo = zoneMemo(zone);
  let end = memo.get(date) as number | undefined;
  if (end === undefined) {
    end = endOfLocalDay(date, zone);
    memo.set(date, end);
  }
  return end;
}

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
  let day = date;
  for (let i = 0; calendar && i < 60; i++) {
    const nextDay = firstOpenDay(day, zone, calendar);
    if (nextDay === null || nextDay <= day) break;
    day = nextDay;
  }
  const ms = dayEnd(day, zone);
  return day === date ? { ms, date } : { ms, date: day, movedFrom: date };
}

/** The last day of a period of `days` days starting from a local date. */
export function lastDay(start: string, days: number, firstDayCounts: boolean): string {
  return addDays(start, firstDayCounts ? days - 1 : days);
}

/** Render a deadline for the caller: UTC instant, local wall time, local date, zone. */
export function toDeadline(at: DeadlineAt, zone: string): Deadline {
  const memo = zoneMemo(zone);
  let d = memo.get(at.ms) as Deadline | undefined;
  if (d === undefined) {
    d = Object.freeze({
      at: new Date(at.ms).toISOString(),
      local: toLocalIso(at.ms, zone),
      localDate: at.date,
      zone,
    });
    memo.set(at.ms, d);
  }
  return d;
}
