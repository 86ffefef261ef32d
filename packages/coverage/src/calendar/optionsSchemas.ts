// The options of the calendars (holiday calendars and rules) on zod/mini, apart from the other
// inputs so that a calendar bundles only what it checks.
import * as z from 'zod/mini';
import type { HolidayCalendar, HolidayRules } from '../holidays/HolidayCalendar.js';
import { about } from '../schemaMessages.js';

/** Anything with an id and a `lookup(date)`: the holiday calendar extension point. */
export function isHolidayCalendar(value: unknown): value is HolidayCalendar {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; lookup?: unknown };
  return typeof v.id === 'string' && typeof v.lookup === 'function';
}

export const HolidayCalendarSchema = z.custom<HolidayCalendar>(isHolidayCalendar, {
  error:
    'Expected a holiday calendar: an object with an id string and a lookup(date) function (explicitHolidays, weekendCalendar, dateHolidaysCalendar…).',
});

export const HolidayCalendarsByTeamSchema = z.record(
  z.string({ error: 'A team id is a string.' }),
  HolidayCalendarSchema,
  { error: 'holidays is an object from team id to holiday calendar.' },
);

export const HolidayRulesSchema = z.custom<HolidayRules>((v) => typeof v === 'function', {
  error:
    'holidayRules must be a function from { country, state?, region?, types? } to a holiday calendar, such as dateHolidayRules from "@meridian-cx/coverage/date-holidays".',
});

export const ScheduleOptionsSchema = z.strictObject(
  {
    holidays: z.optional(HolidayCalendarSchema),
    holidayRules: z.optional(HolidayRulesSchema),
  },
  { error: about('the options', ['holidays', 'holidayRules']) },
);

export const TeamsOptionsSchema = z.strictObject(
  {
    holidays: z.optional(HolidayCalendarsByTeamSchema),
    holidayRules: z.optional(HolidayRulesSchema),
  },
  { error: about('the options', ['holidays', 'holidayRules']) },
);
