// @meridian-cx/coverage/date-holidays: the whole coverage API with date-holidays' rules wired in,
// on its own subpath so that an app whose calendars name no country's holidays does not bundle
// date-holidays (and the moment-timezone and lodash it brings). date-holidays is an optional peer
// dependency: install it to use this entry.
import type { Instant } from '@meridian-cx/core';
import {
  createBusinessCalendar as createBusinessCalendarWith,
  type ScheduleCalendar,
} from './calendar/createBusinessCalendar.js';
import { createSteppingCalendar as createSteppingCalendarWith } from './calendar/createSteppingCalendar.js';
import {
  createTeamsCalendar as createTeamsCalendarWith,
  type TeamsCalendar,
} from './calendar/createTeamsCalendar.js';
import {
  type ContactDecision,
  type ContactRequest,
  contactWindow as contactWindowWith,
} from './contact/contactWindow.js';
import {
  type AnalyzeCoverageInput,
  analyzeCoverage as analyzeCoverageWith,
} from './coverage/analyzeCoverage.js';
import type { CoverageReport } from './coverage/types.js';
import { dateHolidayRules } from './holidays/dateHolidayRules.js';
import type { HolidayCalendar } from './holidays/HolidayCalendar.js';
import type { ScheduleOptions } from './schedule/compileSchedule.js';
import type { Schedule } from './schedule/types.js';

export { dateHolidayRules } from './holidays/dateHolidayRules.js';
export { type DateHolidaysOptions, dateHolidaysCalendar } from './holidays/dateHolidaysCalendar.js';
export * from './index.js';

/**
 * {@link createBusinessCalendarWith | createBusinessCalendar}, with a schedule's
 * `holidays: { country, … }` read from date-holidays' rules.
 *
 * @param schedule - A schedule; `holidays: { country: 'DE', state: 'BY' }` closes Bavarian holidays.
 * @param options - Extra holidays; `holidayRules` defaults to {@link dateHolidayRules}.
 * @returns A `ScheduleCalendar`.
 * @throws {ValidationError} `coverage/invalid-schedule`; see the main entry's function.
 * @example
 * const berlin = createBusinessCalendar({ id: 'emea', zone: 'Europe/Berlin', weekly: {}, holidays: { country: 'DE' } });
 * @since 0.1.0
 */
export function createBusinessCalendar(
  schedule: Schedule,
  options: ScheduleOptions = {},
): ScheduleCalendar {
  return createBusinessCalendarWith(schedule, { holidayRules: dateHolidayRules, ...options });
}

/**
 * {@link createTeamsCalendarWith | createTeamsCalendar}, with date-holidays' rules for schedules
 * that name a country.
 *
 * @param schedules - The teams.
 * @param options - Extra holidays per team; `holidayRules` defaults to {@link dateHolidayRules}.
 * @returns A `TeamsCalendar`.
 * @throws {ValidationError} see the main entry's function.
 * @example
 * const org = createTeamsCalendar([{ id: 'emea', zone: 'Europe/Berlin', weekly: {}, holidays: { country: 'DE' } }]);
 * @since 0.1.0
 */
export function createTeamsCalendar(
  schedules: readonly Schedule[],
  options: Parameters<typeof createTeamsCalendarWith>[1] = {},
): TeamsCalendar {
  return createTeamsCalendarWith(schedules, { holidayRules: dateHolidayRules, ...options });
}

/**
 * {@link createSteppingCalendarWith | createSteppingCalendar} (the oracle), with date-holidays' rules.
 *
 * @param schedule - A schedule.
 * @param options - Extra holidays; `holidayRules` defaults to {@link dateHolidayRules}.
 * @returns A `BusinessCalendar`.
 * @throws {MeridianError} see the main entry's function.
 * @example
 * createSteppingCalendar({ id: 't', zone: 'Europe/Berlin', weekly: {}, holidays: { country: 'DE' } });
 * @since 0.1.0
 */
export function createSteppingCalendar(
  schedule: Schedule,
  options: ScheduleOptions = {},
): ReturnType<typeof createSteppingCalendarWith> {
  return createSteppingCalendarWith(schedule, { holidayRules: dateHolidayRules, ...options });
}

/**
 * {@link analyzeCoverageWith | analyzeCoverage}, with date-holidays' rules for teams and targets
 * that name a country.
 *
 * @param input - As the main entry's; `holidayRules` defaults to {@link dateHolidayRules}.
 * @returns A `CoverageReport`.
 * @throws {ValidationError} see the main entry's function.
 * @example
 * analyzeCoverage({ teams, from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' });
 * @since 0.1.0
 */
export function analyzeCoverage(input: AnalyzeCoverageInput): CoverageReport {
  return analyzeCoverageWith({ holidayRules: dateHolidayRules, ...input });
}

/**
 * {@link contactWindowWith | contactWindow}, with the customer's public holidays from
 * date-holidays (the 0.1.0 behaviour).
 *
 * @param request - As the main entry's; `holidayRules` defaults to {@link dateHolidayRules}.
 * @returns A `ContactDecision`.
 * @throws {ValidationError} `coverage/invalid-contact-request`.
 * @example
 * contactWindow({ at: '2026-05-01T09:00:00Z', country: 'FR', zone: 'Europe/Paris' }).verdict; // false: 1 May
 * @since 0.1.0
 */
export function contactWindow(request: ContactRequest): ContactDecision {
  return contactWindowWith({ holidayRules: dateHolidayRules, ...request });
}

export type { HolidayCalendar, Instant };
