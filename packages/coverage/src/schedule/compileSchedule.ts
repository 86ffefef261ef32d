import { LruCache, parseWith } from '@meridian-cx/core';
import { ScheduleOptionsSchema } from '../calendar/optionsSchemas.js';
import { fail } from '../failures.js';
import { combineHolidays } from '../holidays/combineHolidays.js';
import type { HolidayCalendar, HolidayRules } from '../holidays/HolidayCalendar.js';
import { minutesOf } from '../schemas.js';
import { type AmbiguousTime, WEEKDAYS, type Weekday } from '../types.js';
import { dateOfDay, weekdayOfDay } from '../zone/days.js';
import { parseSchedule } from './parseSchedule.js';
import type { Schedule, Shift } from './types.js';

/** Local spans of a day in minutes after local midnight; an overnight end is above 1440. */
export type Span = readonly [start: number, end: number];

/** A schedule made ready for arithmetic. Internal. */
export type CompiledSchedule = {
  readonly schedule: Schedule;
  readonly zone: string;
  readonly ambiguous: AmbiguousTime;
  readonly holidays: HolidayCalendar | undefined;
  /** The spans of a local day number, after exceptions and holidays. */
  plan(day: number): readonly Span[];
};

// Bounded: one date-holidays calendar per (country, state, region, types) in use.
const dateHolidaysCache = new LruCache<string, HolidayCalendar>(64);
let lastRules: HolidayRules | undefined;

function spansOf(shifts: readonly Shift[] | undefined): readonly Span[] {
  return (shifts ?? [])
    .map((s): Span => {
      const start = minutesOf(s.start);
      const end = s.overnight === true ? 1440 + minutesOf(s.end) : minutesOf(s.end);
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** Options shared by everything built from a schedule. */
export type ScheduleOptions = {
  /** Holidays beyond the schedule's own `holidays` (which come from `holidayRules`); these win. */
  readonly holidays?: HolidayCalendar;
  /**
   * Turns the schedule's `holidays: { country, … }` into a calendar. Required when the schedule
   * names a country; `@meridian-cx/coverage/date-holidays` passes date-holidays' rules for you.
   */
  readonly holidayRules?: HolidayRules;
};

/**
 * Validate a schedule and precompute what a day-by-day reading needs: the zone, the weekly spans,
 * the exceptions and the holiday calendar.
 */
export function compileSchedule(input: unknown, options: ScheduleOptions = {}): CompiledSchedule {
  const schedule = parseSchedule(input);
  parseWith(ScheduleOptionsSchema, options, { package: 'coverage', what: 'calendar-options' });
  const zone = schedule.zone;
  const weekly = new Map<Weekday, readonly Span[]>(
    WEEKDAYS.map((d) => [d, spansOf(schedule.weekly[d])]),
  );
  const exceptions = new Map<string, readonly Span[]>(
    (schedule.exceptions ?? []).map((x) => [x.date, x.closed === true ? [] : spansOf(x.shifts)]),
  );
  let holidays: HolidayCalendar | undefined;
  if (schedule.holidays !== undefined) {
    const h = schedule.holidays;
    const rules = options.holidayRules;
    if (rules === undefined) {
      return fail('coverage/holiday-rules-required', {
        what: `The schedule "${schedule.id}"`,
        country: h.country,
      });
    }
    const key = JSON.stringify([h.country, h.state, h.region, h.types]);
    let cal = rules === lastRules ? dateHolidaysCache.get(key) : undefined;
    if (rules !== lastRules) {
      dateHolidaysCache.clear();
      lastRules = rules;
    }
    if (cal === undefined) {
      cal = rules({
        country: h.country,
        ...(h.state !== undefined ? { state: h.state } : {}),
        ...(h.region !== undefined ? { region: h.region } : {}),
        ...(h.types !== undefined ? { types: h.types } : {}),
      });
      dateHolidaysCache.set(key, cal);
    }
    holidays = cal;
  }
  if (options.holidays !== undefined) {
    holidays =
      holidays === undefined ? options.holidays : combineHolidays(holidays, options.holidays);
  }
  const cal = holidays;
  return {
    schedule,
    zone,
    ambiguous: schedule.ambiguous ?? 'earlier',
    holidays: cal,
    plan(day) {
      const date = dateOfDay(day);
      const exception = exceptions.get(date);
      if (exception !== undefined) return exception;
      const entry = cal?.lookup(date);
      if (entry !== undefined) {
        return entry.kind === 'holiday' ? [] : (weekly.get(entry.worksAs ?? 'mon') ?? []);
      }
      return weekly.get(weekdayOfDay(day)) ?? [];
    },
  };
}
