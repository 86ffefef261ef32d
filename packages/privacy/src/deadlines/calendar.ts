// Calendar arithmetic on local dates (YYYY-MM-DD) with core's civil-day numbers and zone offsets
// (no luxon: it was a third of requestDeadline's bundle). Days and months are calendar math; the
// zone only decides which local day an instant falls on and when that day ends.
import {
  addCalendarMonths,
  civilFromDays,
  daysFromCivil,
  daysOfLocalDate,
  isoWeekdayOfDays,
  localDateOfDays,
  localToUtc,
  zoneOffset,
} from '@meridian-cx/core';
import { fail } from '../failures.js';

/** What a holiday calendar says about one local date (`undefined`: an ordinary day). */
export type DayKind = 'holiday' | 'working-day' | undefined;

/** Which local days are not working days. */
export type WorkCalendar = {
  /** ISO weekdays that are weekend days (1 = Monday … 7 = Sunday). Default Saturday and Sunday. */
  readonly weekend: readonly number[];
  readonly holidays: ReadonlySet<string>;
  /**
   * A holiday calendar's answer for a date: `holiday` closes a weekday, `working-day` opens a
   * weekend day (China's make-up working days). Consulted before `weekend`.
   */
  readonly lookup?: (day: string) => DayKind;
};

/** The longest run of non-working days a calendar may have before we call it closed for good. */
const MAX_CLOSED_RUN = 366;

const DAY_MS = 86_400_000;

/** The day number of a local date; a date that is not one is refused. */
function days(day: string): number {
  const n = daysOfLocalDate(day);
  return n === undefined ? fail('privacy/invalid-date', { value: day }) : n;
}

/** The local calendar date of an instant in a zone. */
export function localDate(epochMillis: number, zone: string): string {
  const local = epochMillis + Math.round(zoneOffset(zone, epochMillis) * 60_000);
  return localDateOfDays(Math.floor(local / DAY_MS));
}

// A local day starts at its midnight: at the first pass of a midnight shown twice, where the gap
// ends for a midnight the clocks skip.
const DAY_START = { ambiguous: 'earlier', gap: 'next' } as const;

/**
 * The last millisecond of a local date in a zone, as a UTC ISO string: the next local day's first
 * instant (core's `localToUtc` of its midnight) minus one, so that a day whose last hour repeats
 * ends after the second pass and a day cut short by a gap ends where the gap begins.
 */
export function endOfLocalDay(day: string, zone: string): string {
  return new Date(localToUtc(zone, (days(day) + 1) * DAY_MS, DAY_START) - 1).toISOString();
}

export function addDays(day: string, n: number): string {
  return localDateOfDays(days(day) + n);
}

/** `n` months later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const to = addCalendarMonths(civilFromDays(days(day)), months);
  return localDateOfDays(daysFromCivil(to.year, to.month, to.day));
}

export function weekdayOf(day: string): number {
  return isoWeekdayOfDays(days(day));
}

/** Why a day is not a working day (`undefined`: it is one). */
export function closedBecause(day: string, cal: WorkCalendar): 'holiday' | 'weekend' | undefined {
  const kind = cal.lookup?.(day);
  if (kind === 'working-day') return undefined;
  if (kind === 'holiday' || cal.holidays.has(day)) return 'holiday';
  return cal.weekend.includes(weekdayOf(day)) ? 'weekend' : undefined;
}

export function isWorkingDay(day: string, cal: WorkCalendar): boolean {
  return closedBecause(day, cal) === undefined;
}

/** A calendar with every weekday a weekend day has no working day: refused before any count. */
function checkHasWorkingDays(cal: WorkCalendar): void {
  if (cal.lookup === undefined && [1, 2, 3, 4, 5, 6, 7].every((d) => cal.weekend.includes(d))) {
    fail('privacy/no-working-day', { weekend: cal.weekend.join(', ') });
  }
}

/** The first working day after `day` (exclusive); a holiday calendar closed for a year is refused. */
function followingWorkingDay(day: string, cal: WorkCalendar): string {
  let current = day;
  for (let run = 0; run < MAX_CLOSED_RUN; run++) {
    current = addDays(current, 1);
    if (isWorkingDay(current, cal)) return current;
  }
  return fail('privacy/no-working-day', {
    weekend: `${cal.weekend.join(', ')}, and ${MAX_CLOSED_RUN} closed days in a row after ${day}`,
  });
}

/** `n` working days after `day` (the day itself is not counted). */
export function addWorkingDays(day: string, n: number, cal: WorkCalendar): string {
  checkHasWorkingDays(cal);
  let current = day;
  for (let left = n; left > 0; left--) current = followingWorkingDay(current, cal);
  return current;
}

/** The day itself if it is a working day, else the next one. */
export function nextWorkingDay(day: string, cal: WorkCalendar): string {
  checkHasWorkingDays(cal);
  return isWorkingDay(day, cal) ? day : followingWorkingDay(day, cal);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return days(b) - days(a);
}
