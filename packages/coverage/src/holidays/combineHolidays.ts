import { parseWith } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { HolidayCalendarSchema } from '../calendar/optionsSchemas.js';
import type { HolidayCalendar } from './HolidayCalendar.js';

const CalendarsSchema = z.array(HolidayCalendarSchema);

/**
 * Several holiday calendars read as one: for each date, the last calendar that has an entry wins,
 * so explicit corrections go after the rule-based calendar they correct.
 *
 * @param calendars - In order of increasing precedence.
 * @returns A {@link HolidayCalendar}.
 * @throws {ValidationError} `coverage/invalid-holidays` for an argument that is not a holiday calendar.
 * @example
 * const cn = combineHolidays(dateHolidaysCalendar({ country: 'CN' }), chinaMakeUpWorkingDays);
 * cn.lookup('2026-02-14')?.kind; // 'working-day'
 * @since 0.1.0
 */
export function combineHolidays(...calendars: readonly HolidayCalendar[]): HolidayCalendar {
  parseWith(CalendarsSchema, calendars, { package: 'coverage', what: 'holidays' });
  const reversed = [...calendars].reverse();
  return {
    id: calendars.map((c) => c.id).join('+'),
    lookup(date) {
      for (const c of reversed) {
        const entry = c.lookup(date);
        if (entry !== undefined) return entry;
      }
      return undefined;
    },
  };
}
