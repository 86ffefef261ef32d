import { describeValue, isCountry } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { HolidayCalendar, HolidayEntry } from '../holidays/HolidayCalendar.js';
import { dayNumber, weekdayOfDay } from '../zone/days.js';
import { checkRules, weekendFor } from './weekendFor.js';
import { WEEKEND_RULES, type WeekendRule } from './weekends.data.js';

/**
 * A country's weekend as a holiday calendar: every weekend date is a closed day named `weekend`,
 * with the provenance of the rule in force that day. Combine it with a schedule that lists all
 * seven days to get a country's working week (Sunday–Thursday in Riyadh, Monday–Friday in Dubai
 * since 2022) without writing it out.
 *
 * @param country - ISO 3166-1 alpha-2 code.
 * @param rules - Weekend rules; default {@link WEEKEND_RULES}.
 * @returns A {@link HolidayCalendar}.
 * @throws {MeridianError} `coverage/invalid-country`; its lookup throws `coverage/invalid-local-date`.
 * @throws {ValidationError} `coverage/invalid-weekend-rules` for a malformed rule list.
 * @example
 * weekendCalendar('SA').lookup('2026-03-06')?.name; // 'weekend' (a Friday)
 * weekendCalendar('SA').lookup('2026-03-08'); // undefined (a Sunday, a working day)
 * @since 0.1.0
 */
export function weekendCalendar(
  country: string,
  rules: readonly WeekendRule[] = WEEKEND_RULES,
): HolidayCalendar {
  const code = typeof country === 'string' ? country.toUpperCase() : country;
  if (!isCountry(code)) fail('coverage/invalid-country', { value: describeValue(country) });
  checkRules(rules);
  return {
    id: `weekend:${code}`,
    lookup(date): HolidayEntry | undefined {
      const weekend = weekendFor(code, date, rules);
      if (!weekend.days.includes(weekdayOfDay(dayNumber(date)))) return undefined;
      return {
        date,
        name: 'weekend',
        kind: 'holiday',
        type: 'custom',
        ...(weekend.provenance !== undefined ? { provenance: weekend.provenance } : {}),
      };
    },
  };
}
