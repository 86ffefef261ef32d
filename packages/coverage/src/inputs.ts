// Schemas for the arguments of coverage's functions (beyond schedules and targets, which have
// their exported schemas in schemas.ts): what each public function checks at its boundary. On
// zod/mini; every issue is worded here, as zod/mini ships no default messages.
import { InstantSchema, ProvenanceSchema } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { HolidayCalendarsByTeamSchema, HolidayRulesSchema } from './calendar/optionsSchemas.js';
import { about, nonEmpty } from './schemaMessages.js';
import { CountrySchema, LocalDateSchema } from './schemas.js';
import { WEEKDAYS } from './types.js';

const DAYS = WEEKDAYS as unknown as readonly ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WeekdaySchema = z.enum(DAYS, { error: about('a weekday') });

const ENTRY_KEYS = ['date', 'name', 'kind', 'type', 'worksAs', 'provenance'];
const KINDS = ['holiday', 'working-day'] as const;
const TYPES = ['public', 'bank', 'school', 'optional', 'observance', 'custom'] as const;

export const HolidayEntrySchema = z.strictObject(
  {
    date: LocalDateSchema,
    name: nonEmpty('A holiday name'),
    kind: z.enum(KINDS, { error: about('kind') }),
    type: z.enum(TYPES, { error: about('type') }),
    worksAs: z.optional(WeekdaySchema),
    provenance: z.optional(ProvenanceSchema),
  },
  { error: about('a holiday entry', ENTRY_KEYS) },
);

export const ExplicitHolidaysSchema = z.object(
  {
    id: nonEmpty('id', 'A holiday list needs an id.'),
    entries: z.array(HolidayEntrySchema, { error: about('entries') }),
  },
  {
    error: (i) =>
      `A holiday list is an object { id, entries }; ${i.input === undefined ? 'it is missing' : 'got something else'}.`,
  },
);

const LAYER_MODES = ['override', 'fill'] as const;

export const CoverageLayerSchema = z.strictObject(
  {
    id: nonEmpty('A layer id'),
    mode: z.enum(LAYER_MODES, { error: about('mode') }),
    teams: z.array(nonEmpty('A team id'), { error: about('teams') }),
  },
  { error: about('a layer', ['id', 'mode', 'teams']) },
);

export const SegmentsSchema = z.array(
  z.object(
    {
      start: InstantSchema,
      end: InstantSchema,
      on: z.array(z.string({ error: 'A team id is a string.' }), { error: about('on') }),
    },
    { error: 'A segment is an object { start, end, on }.' },
  ),
  { error: about('segments') },
);

export const WeekdaysSchema = z.array(WeekdaySchema, { error: about('days') });

export const WeekendRulesSchema = z.array(
  z.strictObject(
    {
      country: CountrySchema,
      days: z.array(WeekdaySchema, { error: about('days') }),
      since: z.optional(LocalDateSchema),
      provenance: ProvenanceSchema,
    },
    { error: about('a weekend rule', ['country', 'days', 'since', 'provenance']) },
  ),
  { error: about('The weekend rules') },
);

export const AnalyzeCoverageInputSchema = z.object(
  {
    teams: z.array(z.unknown(), { error: about('teams') }),
    from: InstantSchema,
    to: InstantSchema,
    targets: z.optional(z.array(z.unknown(), { error: about('targets') })),
    layers: z.optional(z.array(CoverageLayerSchema, { error: about('layers') })),
    holidays: z.optional(HolidayCalendarsByTeamSchema),
    holidayRules: z.optional(HolidayRulesSchema),
  },
  {
    error:
      'The input is an object { teams, from, to, targets?, layers?, holidays?, holidayRules? }.',
  },
);

export const HeatmapSvgOptionsSchema = z.strictObject(
  {
    title: z.optional(
      z
        .string({ error: 'title is a string.' })
        .check(z.maxLength(200, 'title is at most 200 characters.')),
    ),
    cell: z.optional(
      z
        .int({ error: 'cell is a whole number of pixels.' })
        .check(z.gte(4, 'cell is at least 4 pixels.'), z.lte(200, 'cell is at most 200 pixels.')),
    ),
  },
  { error: about('the options', ['title', 'cell']) },
);

const Row = z
  .array(z.number({ error: 'A heatmap cell is a number.' }), { error: about('A heatmap row') })
  .check(z.length(24, 'A heatmap row has 24 hours.'));
const Grid = (what: string) =>
  z.array(Row, { error: about(what) }).check(z.length(7, `${what} has 7 days.`));

export const HeatmapSchema = z.object(
  {
    zone: z.string({ error: 'zone is a string.' }),
    days: z.array(WeekdaySchema, { error: about('days') }).check(z.length(7, 'days has 7 days.')),
    teams: Grid('teams'),
    covered: Grid('covered'),
    minutes: Grid('minutes'),
  },
  { error: 'A heatmap is the object coverageHeatmap returns.' },
);
