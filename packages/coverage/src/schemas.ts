import {
  coreMessages,
  describeValue,
  isCountry,
  isTimeZone,
  ProvenanceSchema,
} from '@meridian-cx/core';
import { z } from 'zod';
import { CONTACT_CHANNELS } from './contact/contactChannels.js';
import { coverageMessages } from './messages.js';

// A value for a message that quotes it: a string as itself, anything else described.
const quoted = (v: unknown) => (typeof v === 'string' ? v.slice(0, 80) : describeValue(v));

/** An IANA zone name known to the runtime (plain string in and out, checked with core's isTimeZone). */
export const ZoneSchema = z.string().refine((v): boolean => isTimeZone(v), {
  error: (issue) => coreMessages.invalidTimeZone(quoted(issue.input)),
});

/** An ISO 3166-1 alpha-2 country code (plain string in and out, checked with core's isCountry). */
export const CountrySchema = z.string().refine((v): boolean => isCountry(v), {
  error: (issue) => coreMessages.invalidCountry(quoted(issue.input)),
});

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** A local wall-clock time `HH:mm` (00:00–23:59); `24:00` is allowed as an end only. */
export const LocalTimeSchema = z.string().regex(HHMM, {
  error: 'Write local times as HH:mm, from 00:00 to 23:59 (24:00 only as an end).',
});

const EndTimeSchema = z.union([z.literal('24:00'), LocalTimeSchema]);

/** Minutes after local midnight for an `HH:mm` string. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * One shift of a day in the team's zone. `end` must be after `start` unless `overnight` is true,
 * in which case the shift ends on the next day at `end` (at most 24 hours after `start`).
 */
export const ShiftSchema = z
  .object({
    start: LocalTimeSchema,
    end: EndTimeSchema,
    overnight: z.boolean().optional(),
  })
  .strict()
  .superRefine((shift, ctx) => {
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
  });

/** The shifts of one day; they must not overlap each other. */
export const DayShiftsSchema = z.array(ShiftSchema).superRefine((shifts, ctx) => {
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
});

/** Weekly shifts by day, in the team's zone. A day left out is closed. */
export const WeeklySchema = z
  .object({
    mon: DayShiftsSchema.optional(),
    tue: DayShiftsSchema.optional(),
    wed: DayShiftsSchema.optional(),
    thu: DayShiftsSchema.optional(),
    fri: DayShiftsSchema.optional(),
    sat: DayShiftsSchema.optional(),
    sun: DayShiftsSchema.optional(),
  })
  .strict();

/** A local date `YYYY-MM-DD`. */
export const LocalDateSchema = z.iso.date({ error: 'Write local dates as YYYY-MM-DD.' });

/**
 * A date exception: the day is closed (`closed: true`), or worked with its own shifts (an extra
 * day, a short day). It replaces both the weekly shifts and any holiday of that date.
 */
export const ScheduleExceptionSchema = z
  .object({
    date: LocalDateSchema,
    closed: z.literal(true).optional(),
    shifts: DayShiftsSchema.optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((x) => (x.closed === true) !== (x.shifts !== undefined), {
    error: coverageMessages.exceptionShape(),
  });

/** Holiday types as date-holidays names them. */
export const HolidayTypeSchema = z.enum(['public', 'bank', 'school', 'optional', 'observance']);

/** Which country's holidays close the team, through the date-holidays adapter. */
export const ScheduleHolidaysSchema = z
  .object({
    country: CountrySchema,
    state: z.string().min(1).optional(),
    region: z.string().min(1).optional(),
    types: z.array(HolidayTypeSchema).min(1).optional(),
  })
  .strict();

/** What to do with a local time that happens twice (clocks go back). */
export const AmbiguousTimeSchema = z.enum(['earlier', 'later', 'reject']);

/** A team schedule as it comes from outside (a CMS, a JSON file). */
export const ScheduleSchema = z
  .object({
    id: z.string().min(1, 'A schedule needs an id.'),
    name: z.string().min(1).optional(),
    zone: ZoneSchema,
    weekly: WeeklySchema,
    exceptions: z
      .array(ScheduleExceptionSchema)
      .superRefine((list, ctx) => {
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
      })
      .optional(),
    holidays: ScheduleHolidaysSchema.optional(),
    ambiguous: AmbiguousTimeSchema.optional(),
    languages: z.array(z.string().min(1)).optional(),
    channels: z.array(z.string().min(1)).optional(),
    skills: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** What a coverage target requires of whoever covers it. */
export const RequirementSchema = z
  .object({
    languages: z.array(z.string().min(1)).optional(),
    channels: z.array(z.string().min(1)).optional(),
    skills: z.array(z.string().min(1)).optional(),
  })
  .strict();

/**
 * A coverage target: a market's hours (a schedule of its own, in its zone) or `247`, and what the
 * people covering it must offer.
 */
export const CoverageTargetSchema = z
  .object({
    id: z.string().min(1),
    hours: z.union([
      z.literal('24/7'),
      ScheduleSchema.omit({ id: true }).partial({ weekly: true }),
    ]),
    requires: RequirementSchema.optional(),
  })
  .strict();

/** A contact channel: one of {@link CONTACT_CHANNELS}. */
export const ContactChannelSchema = z.enum(CONTACT_CHANNELS, {
  error: (issue) =>
    `${describeValue(issue.input)} is not a contact channel. Use one of ${CONTACT_CHANNELS.join(', ')}.`,
});

/** A per-country contact rule: the local hours when contact is allowed, with provenance. */
export const ContactRuleSchema = z
  .object({
    country: CountrySchema,
    start: LocalTimeSchema,
    end: EndTimeSchema,
    windows: z
      .array(z.object({ start: LocalTimeSchema, end: EndTimeSchema }).strict())
      .min(1)
      .optional(),
    days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).optional(),
    noHolidays: z.boolean().optional(),
    channels: z.array(ContactChannelSchema).optional(),
    provenance: ProvenanceSchema,
  })
  .strict()
  .superRefine((rule, ctx) => {
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
    if (minutes(rule.end) <= minutes(rule.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
    }
    let last = minutes(rule.start);
    for (const [i, w] of (rule.windows ?? []).entries()) {
      if (minutes(w.start) < last || minutes(w.end) <= minutes(w.start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['windows', i],
          message: 'windows must be in order, apart, and within start–end',
        });
      }
      last = minutes(w.end);
    }
    if (last > minutes(rule.end)) {
      ctx.addIssue({ code: 'custom', path: ['windows'], message: 'windows must end by end' });
    }
  });
