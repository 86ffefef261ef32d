// Calendar days in a customer's IANA zone. Deadlines in consumer law end at the end of a day where
// the consumer lives, so the local date of an instant and the last instant of a local date are the
// two questions everything else asks. The arithmetic is core's (civil day numbers, and zone
// offsets read from the platform's Intl data and remembered there, bounded): this file only says
// what a return deadline means by them. The tests hold every function to luxon.
import {
  addCalendarMonths,
  civilFromDays,
  daysFromCivil,
  daysOfLocalDate,
  fromEpochMillis,
  isoWeekdayOfDays,
  localDateOfDays,
  localToUtc,
  zoneOffset,
} from '@meridian-cx/core';
import { fail } from '../failures.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
// 0000-01-01 and 9999-12-31 as day numbers: the dates an ISO instant can name.
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/** The zone's offset at an instant, in whole milliseconds (historic offsets have seconds). */
function offsetMs(ms: number, zone: string): number {
  return Math.round(zoneOffset(zone, ms) * MINUTE);
}

/** The ISO date of a day number, refused outside the years an ISO instant can name. */
function dateOf(days: number): string {
  if (!(days >= FIRST_DAY && days <= LAST_DAY)) {
    fail('returns/date-out-of-range', {
      what: 'A deadline or delivery date',
      date: `day ${days} counted from 1970-01-01`,
    });
  }
  return localDateOfDays(days);
}

/** The day number of a YYYY-MM-DD date the package itself wrote (NaN for anything else). */
function dayOf(isoDate: string): number {
  return daysOfLocalDate(isoDate) ?? Number.NaN;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return dateOf(Math.floor((ms + offsetMs(ms, zone)) / DAY));
}

/** The weekday of a calendar date: 0 Sunday … 6 Saturday. */
export function weekday(isoDate: string): number {
  return isoWeekdayOfDays(dayOf(isoDate)) % 7;
}

/** A calendar date plus whole days (negative to go back). */
export function addDays(isoDate: string, days: number): string {
  return dateOf(dayOf(isoDate) + days);
}

/** A calendar date plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const to = addCalendarMonths(civilFromDays(dayOf(isoDate)), months);
  if (to.year < 0 || to.year > 9999) {
    fail('returns/date-out-of-range', { what: `${isoDate} plus ${months} months`, date: isoDate });
  }
  return dateOf(daysFromCivil(to.year, to.month, to.day));
}

// A local day starts at its midnight (core's rule): a midnight the clocks show twice at its first
// pass, a midnight they skip where the gap ends.
const DAY_START = { ambiguous: 'earlier', gap: 'next' } as const;

/** The first instant (epoch ms) of a local date in a zone; a day starting in a DST gap starts later. */
export function startOfLocalDay(isoDate: string, zone: string): number {
  return localToUtc(zone, dayOf(isoDate) * DAY, DAY_START);
}

/** The last millisecond (epoch ms) of a local date in a zone: the next day's first, minus one. */
export function endOfLocalDay(isoDate: string, zone: string): number {
  return localToUtc(zone, (dayOf(isoDate) + 1) * DAY, DAY_START) - 1;
}

/** An instant rendered in a zone with its offset, e.g. `2026-03-16T23:59:59.999+01:00`. */
export function toLocalIso(ms: number, zone: string): string {
  const off = zoneOffset(zone, ms);
  const wall = fromEpochMillis(ms + Math.round(off * MINUTE)).slice(0, 23);
  const abs = Math.abs(off);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${off < 0 ? '-' : '+'}${hh}:${mm}`;
}
