import { dateHolidaysCalendar } from './dateHolidaysCalendar.js';
import type { HolidayCalendar, HolidayRules } from './HolidayCalendar.js';

/**
 * The {@link HolidayRules} backed by date-holidays: a schedule's `holidays: { country, state?,
 * region?, types? }` becomes a {@link dateHolidaysCalendar}. Pass it as `holidayRules` to the
 * main entry's functions, or import them from `@meridian-cx/coverage/date-holidays`, which does.
 *
 * @param spec - Country, optional state and region, holiday types.
 * @returns A holiday calendar.
 * @throws {MeridianError} `coverage/unknown-country-holidays`, `coverage/unknown-holiday-state`.
 * @example
 * createBusinessCalendar(schedule, { holidayRules: dateHolidayRules });
 * @since 0.1.0
 */
export const dateHolidayRules: HolidayRules = (spec): HolidayCalendar =>
  // Anything but an object goes to the options schema as it is, which names what is wrong.
  typeof spec !== 'object' || spec === null
    ? dateHolidaysCalendar(spec as never)
    : dateHolidaysCalendar({
        country: spec.country,
        ...(spec.state !== undefined ? { state: spec.state } : {}),
        ...(spec.region !== undefined ? { region: spec.region } : {}),
        ...(spec.types !== undefined ? { types: spec.types } : {}),
      });
