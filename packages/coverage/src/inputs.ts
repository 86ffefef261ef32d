// Schemas for the arguments of coverage's functions (beyond schedules and targets, which have
// their exported schemas in schemas.ts): what each public function checks at its boundary.
import { InstantSchema, ProvenanceSchema } from '@meridian-cx/core';
import { z } from 'zod';
import type { HolidayCalendar, HolidayRules } from './holidays/HolidayCalendar.js';
import { CountrySchema, LocalDateSchema } from './schemas.js';
import { WEEKDAYS } from './types.js';

const WeekdaySchema = z.enum(
  WEEKDAYS as unknown as ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
);

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

export const HolidayCalendarsByTeamSchema = z.record(z.string(), HolidayCalendarSchema);

export const HolidayEntrySchema = z
  .object({
    date: LocalDateSchema,
    name: z.string().min(1),
    kind: z.enum(['holiday', 'working-day']),
    type: z.enum(['public', 'bank', 'school', 'optional', 'observance', 'custom']),
    worksAs: WeekdaySchema.optional(),
    provenance: z.optional(ProvenanceSchema),
  })
  .strict();

export const ExplicitHolidaysSchema = z.object({
  id: z.string().min(1, 'A holiday list needs an id.'),
  entries: z.array(HolidayEntrySchema),
});

export const CoverageLayerSchema = z
  .object({
    id: z.string().min(1),
    mode: z.enum(['override', 'fill']),
    teams: z.array(z.string().min(1)),
  })
  .strict();

export const SegmentsSchema = z.array(
  z.object({ start: InstantSchema, end: InstantSchema, on: z.array(z.string()) }),
);

export const WeekdaysSchema = z.array(WeekdaySchema);

export const WeekendRulesSchema = z.array(
  z
    .object({
      country: CountrySchema,
      days: z.array(WeekdaySchema),
      since: LocalDateSchema.optional(),
      provenance: ProvenanceSchema,
    })
    .strict(),
);

export const HolidayRulesSchema = z.custom<HolidayRules>((v) => typeof v === 'function', {
  error:
    'holidayRules must be a function from { country, state?, region?, types? } to a holiday calendar, such as dateHolidayRules from "@meridian-cx/coverage/date-holidays".',
});

export const ScheduleOptionsSchema = z
  .object({
    holidays: HolidayCalendarSchema.optional(),
    holidayRules: HolidayRulesSchema.optional(),
  })
  .strict();

export const TeamsOptionsSchema = z
  .object({
    holidays: HolidayCalendarsByTeamSchema.optional(),
    holidayRules: HolidayRulesSchema.optional(),
  })
  .strict();

export const AnalyzeCoverageInputSchema = z.object({
  teams: z.array(z.unknown()),
  from: InstantSchema,
  to: InstantSchema,
  targets: z.array(z.unknown()).optional(),
  layers: z.array(CoverageLayerSchema).optional(),
  holidays: HolidayCalendarsByTeamSchema.optional(),
  holidayRules: HolidayRulesSchema.optional(),
});

export const HeatmapSvgOptionsSchema = z
  .object({
    title: z.string().max(200).optional(),
    cell: z.number().int().min(4).max(200).optional(),
  })
  .strict();

const Row = z.array(z.number()).length(24);
export const HeatmapSchema = z.object({
  zone: z.string(),
  days: z.array(WeekdaySchema).length(7),
  teams: z.array(Row).length(7),
  covered: z.array(Row).length(7),
  minutes: z.array(Row).length(7),
});
