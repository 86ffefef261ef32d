// The working-day calendar a count uses, from the caller's weekend and holidays: a list of local
// dates, or any holiday calendar with `lookup(date)` (coverage's HolidayCalendar fits as is).
import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { DayKind, WorkCalendar } from './calendar.js';

/**
 * Any holiday calendar that can say what a local date is. `@meridian-cx/coverage`'s
 * `HolidayCalendar` (date-holidays rules, explicit lists, China's make-up working days) has this
 * shape, so it can be passed as it is; privacy does not depend on coverage.
 */
export type HolidayCalendarLike = {
  /** The entry for a local date `YYYY-MM-DD`, or `undefined` for an ordinary day. */
  readonly lookup: (date: string) => { readonly kind: 'holiday' | 'working-day' } | undefined;
};

/** Local holidays: dates (`YYYY-MM-DD`) or a holiday calendar. */
export type HolidaysInput = readonly string[] | HolidayCalendarLike;

/** The calendar for a count: `weekend` ISO weekdays plus the holidays given. */
export function toWorkCalendar(
  holidays: HolidaysInput | undefined,
  weekend: readonly number[],
): WorkCalendar {
  if (holidays === undefined || Array.isArray(holidays)) {
    return { weekend, holidays: new Set(holidays ?? []) };
  }
  const calendar = holidays as HolidayCalendarLike;
  return { weekend, holidays: new Set(), lookup: (day) => ask(calendar, day) };
}

/** One answer of a caller's calendar, checked: a calendar that throws or answers junk is refused. */
function ask(calendar: HolidayCalendarLike, day: string): DayKind {
  let entry: unknown;
  try {
    entry = calendar.lookup(day);
  } catch (e) {
    return refuse(day, `a lookup that threw (${describeValue(e)})`);
  }
  if (entry === undefined) return undefined;
  const kind =
    typeof entry === 'object' && entry !== null ? (entry as { kind?: unknown }).kind : entry;
  if (kind === 'holiday' || kind === 'working-day') return kind;
  return refuse(day, describeValue(entry));
}

function refuse(day: string, value: string): never {
  return fail('privacy/invalid-argument', {
    fn: 'holidays.lookup',
    param: day,
    expected: 'an entry whose kind is "holiday" or "working-day", or undefined for an ordinary day',
    value,
  });
}
