// Calendar arithmetic on local dates (YYYY-MM-DD) with luxon. Days and months are calendar math;
// the zone only decides which local day an instant falls on and when that day ends.
import { DateTime } from 'luxon';

/** Which local days are not working days. */
export type WorkCalendar = {
  /** ISO weekdays that are weekend days (1 = Monday … 7 = Sunday). Default Saturday and Sunday. */
  readonly weekend: readonly number[];
  readonly holidays: ReadonlySet<string>;
};

const date = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
const iso = (d: DateTime) => d.toISODate() as string;

/** The local calendar date of an instant in a zone. */
export function localDate(epochMillis: number, zone: string): string {
  return iso(DateTime.fromMillis(epochMillis, { zone }));
}

/** The last millisecond of a local date in a zone, as a UTC ISO string. */
export function endOfLocalDay(day: string, zone: string): string {
  return DateTime.fromISO(day, { zone }).endOf('day').toUTC().toISO() as string;
}

export function addDays(day: string, days: number): string {
  return iso(date(day).plus({ days }));
}

/** `n` months later; luxon clamps a missing date to the last day of the month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  return iso(date(day).plus({ months }));
}

export function weekdayOf(day: string): number {
  return date(day).weekday;
}

export function isWorkingDay(day: string, cal: WorkCalendar): boolean {
  return !cal.weekend.includes(weekdayOf(day)) && !cal.holidays.has(day);
}

/** `n` working days after `day` (the day itself is not counted). */
export function addWorkingDays(day: string, n: number, cal: WorkCalendar): string {
  let current = day;
  let left = n;
  // A calendar with every day closed would never end; a year of closed days is treated as a bug.
  for (let guard = 0; left > 0; guard++) {
    if (guard > 366 + n * 7)
      throw new Error('No working day found: check the weekend and holidays.');
    current = addDays(current, 1);
    if (isWorkingDay(current, cal)) left--;
  }
  return current;
}

/** The day itself if it is a working day, else the next one. */
export function nextWorkingDay(day: string, cal: WorkCalendar): string {
  let current = day;
  for (let guard = 0; !isWorkingDay(current, cal); guard++) {
    if (guard > 366) throw new Error('No working day found: check the weekend and holidays.');
    current = addDays(current, 1);
  }
  return current;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round(date(b).diff(date(a), 'days').days);
}
