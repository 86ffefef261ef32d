// Schedule schemas on zod/mini (namespace import: tree-shakable, no locale files). Every issue a
// schedule can raise is worded here or in coverageMessages; zod/mini ships no default messages.
// Contact and target schemas live beside their concepts (contact/contactSchemas.ts,
// coverage/targetSchemas.ts): zod calls at a module's top level are not tree-shaken within the
// module, so a calendar bundles only the schedule's schemas.
import { coreMessages, isCountry, isTimeZone } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { coverageMessages } from './messages.js';
import { about, nonEmpty } from './schemaMessages.js';

/** An IANA zone name known to the runtime (plain string in and out, checked with core's isTimeZone). */
export const ZoneSchema = z.string({ error: (i) => coreMessages.invalidTimeZone(i.input) }).check(
  z.refine((v: string): boolean => isTimeZone(v), {
    error: (issue) => coreMessages.invalidTimeZone(issue.input),
  }),
);

/** An ISO 3166-1 alpha-2 country code (plain string in and out, checked with core's isCountry). */
export const CountrySchema = z.string({ error: (i) => coreMessages.invalidCountry(i.input) }).check(
  z.refine((v: string): boolean => isCountry(v), {
    error: (issue) => coreMessages.invalidCountry(issue.input),
  }),
);

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const TIME_FORMAT = 'Write local times as HH:mm, from 00:00 to 23:59 (24:00 only as an end).';

/** A local wall-clock time `HH:mm` (00:00–23:59); `24:00` is allowed as an end only. */
export const LocalTimeSchema = z
  .string({ error: TIME_FORMAT })
  .check(z.regex(HHMM, { error: TIME_FORMAT }));

/** A local time `HH:mm`, or `24:00` (the end of the day), as the end of a span. */
export const EndTimeSchema = z.union([z.literal('24:00'), LocalTimeSchema], {
  error: TIME_FORMAT,
});

/** Minutes after local midnight for an `HH:mm` string. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * One shift of a day in the team's zone. `end` must be after `start` unless `overnight` is true,
 * in which case the shift ends on the next day at `end` (at most 24 hours after `start`).
 */
export const ShiftSchema = z
  .strictObject(
    {
      start: LocalTimeSchema,
      end: EndTimeSchema,
      overnight: z.optional(z.boolean({ error: 'overnight is true or false.' })),
    },
    { error: about('a shift', ['start', 'end', 'overnight']) },
  )
  .check(
    z.superRefine((shift, ctx) => {
      const s = minutesOf(shift.start);
      const e = minutesOf(shift.end);
      if (shift.overnight === true) {
        if (e > s || shift.end === '24:00') {
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            message: coverageMessages.overnightTooLong(shift.start, shift.end),
          });
        }
      } else if (e <= s) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: coverageMessages.endBeforeStart(shift.start, shift.end),
        });
      }
    }),
  );

/** The shifts of one day; they must not overlap each other. */
export const DayShiftsSchema = z.array(ShiftSchema, { error: about('The shifts of a day') }).check(
  z.superRefine((shifts, ctx) => {
    const spans = shifts.map((s, i) => {
      const start = minutesOf(s.start);
      const end = s.overnight === true ? minutesOf(s.end) + 1440 : minutesOf(s.end);
      return { start, end, i, label: `${s.start}–${s.end}` };
    });
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1];
      const cur = sorted[k];
      if (prev !== undefined && cur !== undefined && cur.start < prev.end) {
        ctx.addIssue({
          code: 'custom',
          path: [cur.i, 'start'],
          message: coverageMessages.overlappingShifts(prev.label, cur.label),
        });
      }
    }
  }),
);

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Weekly shifts by day, in the team's zone. A day left out is closed. */
export const WeeklySchema = z.strictObject(
  {
    mon: z.optional(DayShiftsSchema),
    tue: z.optional(DayShiftsSchema),
    wed: z.optional(DayShiftsSchema),
    thu: z.optional(DayShiftsSchema),
    fri: z.optional(DayShiftsSchema),
    sat: z.optional(DayShiftsSchema),
    sun: z.optional(DayShiftsSchema),
  },
  { error: about('weekly', DAYS) },
);

/** A local date `YYYY-MM-DD`. */
export const LocalDateSchema = z.iso.date({ error: 'Write local dates as YYYY-MM-DD.' });

/**
 * A date exception: the day is closed (`closed: true`), or worked with its own shifts (an extra
 * day, a short day). It replaces both the weekly shifts and any holiday of that date.
 */
export const ScheduleExceptionSchema = z
  .strictObject(
    {
      date: LocalDateSchema,
      closed: z.optional(z.literal(true, { error: 'closed, when given, is true.' })),
      shifts: z.optional(DayShiftsSchema),
      note: z.optional(z.string({ error: 'A note is a string.' })),
    },
    { error: about('a date exception', ['date', 'closed', 'shifts', 'note']) },
  )
  .check(
    z.refine((x) => (x.closed === true) !== (x.shifts !== undefined), {
      error: coverageMessages.exceptionShape(),
    }),
  );

/** The holiday types of date-holidays. */
const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const;

/** Holiday types as date-holidays names them. */
export const HolidayTypeSchema = z.enum(HOLIDAY_TYPES, {
  error: about('a holiday type'),
});

/** Which country's holidays close the team, through the date-holidays adapter. */
export const ScheduleHolidaysSchema = z
  .strictObject(
    {
      country: CountrySchema,
      state: z.optional(nonEmpty('A state')),
      region: z.optional(nonEmpty('A region')),
      types: z.optional(
        z
          .array(HolidayTypeSchema, { error: about('types') })
          .check(z.minLength(1, 'types, when given, names at least one holiday type.')),
      ),
    },
    { error: about('the holiday options', ['country', 'state', 'region', 'types']) },
  )
  .check(
    z.refine((o) => o.region === undefined || o.state !== undefined, {
      error: 'A region needs its state: give state as well.',
      path: ['region'],
    }),
  );

const AMBIGUOUS = ['earlier', 'later', 'reject'] as const;

/** What to do with a local time that happens twice (clocks go back). */
export const AmbiguousTimeSchema = z.enum(AMBIGUOUS, { error: about('ambiguous') });

/** The attributes a team offers and a target requires: languages, channels, skills. */
export const attributes = {
  languages: z.optional(z.array(nonEmpty('A language'), { error: about('languages') })),
  channels: z.optional(z.array(nonEmpty('A channel'), { error: about('channels') })),
  skills: z.optional(z.array(nonEmpty('A skill'), { error: about('skills') })),
};

const Exceptions = z.array(ScheduleExceptionSchema, { error: about('exceptions') }).check(
  z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.date)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: coverageMessages.duplicateException(x.date),
        });
      }
      seen.add(x.date);
    });
  }),
);

/** The fields of a schedule (a target's hours reuse them without the id). */
export const scheduleShape = {
  id: nonEmpty('id', 'A schedule needs an id.'),
  name: z.optional(nonEmpty('A name')),
  zone: ZoneSchema,
  weekly: WeeklySchema,
  exceptions: z.optional(Exceptions),
  holidays: z.optional(ScheduleHolidaysSchema),
  ambiguous: z.optional(AmbiguousTimeSchema),
  ...attributes,
};

/** A team schedule as it comes from outside (a CMS, a JSON file). */
export const ScheduleSchema = z.strictObject(scheduleShape, {
  error: about('a schedule', Object.keys(scheduleShape)),
});
