import type { HolidayCalendar } from './HolidayCalendar.js';

/**
 * Several holiday calendars read as one: for each date, the last calendar that has an entry wins,
 * so explicit corrections go after the rule-based calendar they correct.
 *
 * @param calendars - In order of increasing precedence.
 * @returns A {@link HolidayCalendar}.
 * @example
 * const cn = combineHolidays(dateHolidaysCalendar({ country: 'CN' }), chinaMakeUpWorkingDays);
 * cn.lookup('2026-02-14')?.kind; // 'working-day'
 * @since 0.1.0
 */
export function combineHolidays(...calendars: readonly HolidayCalendar[]): HolidayCalendar {
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
