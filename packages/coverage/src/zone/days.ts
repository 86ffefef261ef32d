import { daysOfLocalDate, isoWeekdayOfDays, localDateOfDays } from '@meridian-cx/core';
import type { Weekday } from '../types.js';
import { WEEKDAYS } from '../types.js';

/** Days since 1970-01-01 for a local date `YYYY-MM-DD` (NaN for anything else). */
export function dayNumber(date: string): number {
  return daysOfLocalDate(date) ?? Number.NaN;
}

/** The local date of a day number: `YYYY-MM-DD`, or `±YYYYYY-MM-DD` outside years 0–9999. */
export function dateOfDay(day: number): string {
  return localDateOfDays(day);
}

/** The weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[isoWeekdayOfDays(day) - 1] as Weekday;
}

/** Epoch ms of 1 January of UTC year `y`, for any year of `Date` (`Date.UTC` maps 0–99 to 19xx). */
export function utcYearStart(y: number): number {
  const d = new Date(0);
  d.setUTCFullYear(y, 0, 1);
  return d.getTime();
}
