// An instant moved by calendar months: core's addCalendarMonths (the one month rule every package
// uses, tested in core) on the instant's UTC day, the time of day kept. Payments adds only the
// split of an instant into a day and a time, so it ships no date library (luxon stays the oracle).
import { addCalendarMonths, civilFromDays, daysFromCivil } from '@meridian-cx/core';

const DAY = 86_400_000;

/** An epoch instant moved by whole calendar months in UTC, the time of day kept. */
export function addCalendarMonthsToInstant(epochMs: number, months: number): number {
  const days = Math.floor(epochMs / DAY);
  const time = epochMs - days * DAY;
  const to = addCalendarMonths(civilFromDays(days), months);
  return daysFromCivil(to.year, to.month, to.day) * DAY + time;
}
