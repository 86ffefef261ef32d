// Calendar-month arithmetic for refund windows on core's civil dates (core's addCalendarMonths is
// the one month rule every package uses), so payments ships no date library (luxon stays the test
// oracle).
import { addCalendarMonths, civilFromDays, daysFromCivil } from '@meridian-cx/core';

export { addCalendarMonths };

const DAY = 86_400_000;

/** An epoch instant moved by whole calendar months in UTC, the time of day kept. */
export function addCalendarMonthsToInstant(epochMs: number, months: number): number {
  const days = Math.floor(epochMs / DAY);
  const time = epochMs - days * DAY;
  const to = addCalendarMonths(civilFromDays(days), months);
  return daysFromCivil(to.year, to.month, to.day) * DAY + time;
}
