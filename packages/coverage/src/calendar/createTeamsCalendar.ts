import { type BusinessCalendar, type Instant, parseWith } from '@meridian-cx/core';
import * as z from 'zod/mini';
import type { HolidayCalendar, HolidayRules } from '../holidays/HolidayCalendar.js';
import type { ScheduleOptions } from '../schedule/compileSchedule.js';
import { compileSchedule } from '../schedule/compileSchedule.js';
import { intervalsInRange } from '../schedule/intervalsInRange.js';
import { mergeIntervals } from '../schedule/mergeIntervals.js';
import type { Schedule } from '../schedule/types.js';
import type { UtcInterval } from '../types.js';
import { calendarFromIndex } from './calendarFromIndex.js';
import { IntervalIndex } from './IntervalIndex.js';
import { TeamsOptionsSchema } from './optionsSchemas.js';

const TEAMS = 'Give at least one team: a list of schedules.';
const TeamsSchema = z.array(z.unknown(), { error: TEAMS }).check(z.minLength(1, TEAMS));

/** A {@link BusinessCalendar} that is open whenever any of several teams is. */
export type TeamsCalendar = BusinessCalendar & {
  /** The validated schedules. */
  readonly schedules: readonly Schedule[];
  /** The open intervals meeting `[from, to)`, clipped to it, in UTC. */
  intervals(from: Instant, to: Instant): readonly UtcInterval[];
  /**
   * Working minutes from the first instant (epoch ms) to each, answered from the precomputed
   * running sum in one call (see core's `cumulativeWorkingMinutes`).
   */
  cumulativeWorkingMinutes(epochMillis: readonly number[]): number[];
};

/**
 * One business calendar for several teams in different zones: open whenever at least one of them
 * is. It answers "16 business hours of our support organisation" for a follow-the-sun setup, where
 * the clock runs in Tokyo's morning, Berlin's afternoon and New York's evening alike. Each team's
 * shifts, exceptions, holidays and DST are honoured in its own zone.
 *
 * @param schedules - The teams (at least one).
 * @param options - Extra holiday calendars per team id.
 * @returns A {@link TeamsCalendar}.
 * @throws {ValidationError} `coverage/invalid-schedule` for a bad schedule, `coverage/invalid-teams`
 *   for no teams, `coverage/invalid-calendar-options` for options that are not holiday calendars.
 * @throws {MeridianError} from its methods, as {@link createBusinessCalendar}'s.
 * @example
 * const org = createTeamsCalendar([americas, emea, apac]);
 * org.addWorkingMinutes('2026-03-06T20:00:00Z', 16 * 60); // Friday evening UTC → the next week
 * @since 0.1.0
 */
export function createTeamsCalendar(
  schedules: readonly Schedule[],
  options: {
    readonly holidays?: Readonly<Record<string, HolidayCalendar>>;
    /** See {@link ScheduleOptions}: required when a schedule names a country's holidays. */
    readonly holidayRules?: HolidayRules;
  } = {},
): TeamsCalendar {
  parseWith(TeamsSchema, schedules, {
    package: 'coverage',
    what: 'teams',
  });
  parseWith(TeamsOptionsSchema, options, { package: 'coverage', what: 'calendar-options' });
  const compiled = schedules.map((s) => {
    const h = options.holidays?.[s.id];
    return compileSchedule(s, {
      ...(h !== undefined ? { holidays: h } : {}),
      ...(options.holidayRules !== undefined ? { holidayRules: options.holidayRules } : {}),
    });
  });
  const index = new IntervalIndex({
    id: compiled.map((c) => c.schedule.id).join('+'),
    intervals(a, b) {
      const all: [number, number][] = [];
      for (const c of compiled) {
        const { starts, ends } = intervalsInRange(c, a, b);
        for (let i = 0; i < starts.length; i++) all.push([starts[i] as number, ends[i] as number]);
      }
      return mergeIntervals(all, a, b);
    },
  });
  return { schedules: compiled.map((c) => c.schedule), ...calendarFromIndex(index) };
}
