// Calendar-month arithmetic on civil dates, on core's day numbers: the one thing refund windows
// need from a date library, so payments ships no date library (luxon stays the test oracle).
import { type CivilDate, civilFromDays, daysFromCivil } from '@meridian-cx/core';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The civil date `months` calendar months after `date`, clamped to the end of the target month
 * (31 January + 1 month is 28 or 29 February), as luxon's `plus({ months })` and Java's
 * `LocalDate.plusMonths` count.
 *
 * @param date - A valid proleptic Gregorian date.
 * @param months - Whole months to add (negative goes back).
 * @returns The date in the target month, its day the same or the month's last.
 * @example
 * addCalendarMonths({ year: 2026, month: 1, day: 31 }, 1); // { year: 2026, month: 2, day: 28 }
 */
export function addCalendarMonths(date: CivilDate, months: number): CivilDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

const DAY = 86_400_000;

/** An epoch instant moved by whole calendar months in UTC, the time of day kept. */
export function addCalendarMonthsToInstant(epochMs: number, months: number): number {
  const days = Math.floor(epochMs / DAY);
  const time = epochMs - days * DAY;
  const to = addCalendarMonths(civilFromDays(days), months);
  return daysFromCivil(to.year, to.month, to.day) * DAY + time;
}
