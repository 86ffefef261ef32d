import { parseWith } from '@meridian-cx/core';
import { ExplicitHolidaysSchema } from '../inputs.js';
import { checkLocalDate } from './checkLocalDate.js';
import type { HolidayCalendar, HolidayEntry } from './HolidayCalendar.js';

/**
 * A holiday calendar from an explicit list of entries: company days off, decreed bridge days,
 * or working days that rules cannot derive.
 *
 * @param id - A stable id for the list.
 * @param entries - One entry per date; a later entry for the same date replaces an earlier one.
 * @returns A {@link HolidayCalendar} answering from a lookup table.
 * @throws {ValidationError} `coverage/invalid-holidays` for an entry that is not a
 *   {@link HolidayEntry} (a date not written YYYY-MM-DD, an unknown kind or type).
 * @example
 * const company = explicitHolidays('acme', [{ date: '2026-12-24', name: 'Christmas Eve', kind: 'holiday', type: 'custom' }]);
 * company.lookup('2026-12-24')?.kind; // 'holiday'
 * @since 0.1.0
 */
export function explicitHolidays(id: string, entries: readonly HolidayEntry[]): HolidayCalendar {
  const input = parseWith(
    ExplicitHolidaysSchema,
    { id, entries },
    { package: 'coverage', what: 'holidays' },
  );
  const table = new Map<string, HolidayEntry>();
  for (const e of input.entries) table.set(e.date, e as HolidayEntry);
  return {
    id: input.id,
    lookup(date) {
      checkLocalDate(date);
      return table.get(date);
    },
  };
}
