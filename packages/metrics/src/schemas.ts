// zod schemas for everything that comes from outside: survey responses, ticket facts, options and
// serialised accumulator states.
import { describeValue, InstantSchema } from '@meridian-cx/core';
import { z } from 'zod';
import { fail } from './failures.js';
import { DEFAULT_SCALES } from './survey/defaults.js';
import type { Scale, SurveyKind } from './types.js';

/** zod schema for a survey family. */
export const SurveyKindSchema = z.enum(['csat', 'nps', 'ces']);

/** zod schema for an integer answer scale. */
export const ScaleSchema = z
  .object({ min: z.int(), max: z.int() })
  .refine((s) => s.min < s.max && s.max - s.min <= 100, {
    error: 'A scale needs integer min < max with at most 100 points, such as { min: 1, max: 5 }.',
  });

/**
 * zod schema for a survey response, before the score is checked against its scale (which depends
 * on options: use `parseSurveyResponse`). NaN and ±Infinity are refused by `z.number()`.
 */
export const SurveyResponseSchema = z.object({
  id: z.string().min(1).optional(),
  survey: SurveyKindSchema,
  score: z.union([z.number(), z.enum(['good', 'bad'])], {
    error: (issue) =>
      issue.input === undefined
        ? 'The score is missing.'
        : `The score must be a number on the survey's scale, or "good"/"bad" for CSAT ratings; got ${describeValue(issue.input)}.`,
  }),
  respondedAt: z
    .union([z.string(), z.date()], {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? 'The response has no timestamp: respondedAt is required, as an ISO 8601 instant with a zone.'
          : 'respondedAt must be an ISO 8601 instant with a zone.',
    })
    .pipe(InstantSchema),
  dimensions: z.record(z.string(), z.string()).optional(),
});

/** zod schema for the facts of one ticket that metrics need. */
export const TicketFactSchema = z.object({
  id: z.string().min(1),
  createdAt: InstantSchema,
  firstReplyAt: InstantSchema.nullable().optional(),
  /** The first resolution (solved). */
  resolvedAt: InstantSchema.nullable().optional(),
  /** The latest resolution, when the ticket was reopened and solved again. */
  lastResolvedAt: InstantSchema.nullable().optional(),
  /** Each time the ticket was reopened after a resolution. */
  reopenedAt: z.array(InstantSchema).optional(),
  /** Public agent replies up to the first resolution (for one-reply FCR). */
  agentReplies: z.int().min(0).optional(),
  sla: z
    // met: null while the target's clock is still running.
    .array(z.object({ target: z.string().min(1), met: z.boolean().nullable() }))
    .optional(),
  dimensions: z.record(z.string(), z.string()).optional(),
});

/** zod schema for a serialised survey accumulator. */
export const SurveyAccumulatorStateSchema = z.object({
  type: z.enum(['csat', 'nps', 'ces']),
  scale: ScaleSchema,
  threshold: z.int().optional(),
  ratings: z.enum(['numeric', 'good-bad']).optional(),
  counts: z.array(z.int().min(0)),
  rejected: z.record(z.string(), z.int().min(0)),
  definition: z.string().optional(),
});

/** zod schema for a serialised quantile sketch. */
export const QuantileSketchStateSchema = z.object({
  type: z.literal('ddsketch'),
  relativeAccuracy: z.number().gt(0).lt(1),
  count: z.int().min(0),
  zeroCount: z.int().min(0),
  min: z.number().nullable(),
  max: z.number().nullable(),
  sum: z.number(),
  bins: z.array(z.tuple([z.int(), z.int().min(1)])),
  maxBins: z.int().min(1).max(65_536).optional(),
  collapsed: z.boolean().optional(),
});

const RespondedAt = z
  .union([z.string(), z.date()], {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'The response has no timestamp: respondedAt is required, as an ISO 8601 instant with a zone.'
        : 'respondedAt must be an ISO 8601 instant with a zone.',
  })
  .pipe(InstantSchema);

function scoreSchema(survey: SurveyKind, scale: Scale) {
  const name = survey.toUpperCase();
  const numeric = z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? 'The score is missing.'
          : `The score must be a number on the ${scale.min}–${scale.max} scale; got ${describeValue(issue.input)}.`,
    })
    .refine(Number.isInteger, {
      error: (issue) =>
        `The score ${describeValue(issue.input)} is not a whole number; answers on a ${scale.min}–${scale.max} scale are integers.`,
    })
    .refine((s) => s >= scale.min && s <= scale.max, {
      error: (issue) =>
        `The score ${describeValue(issue.input)} is off the ${scale.min}–${scale.max} scale of this ${name} survey.`,
    });
  if (survey !== 'csat') return numeric;
  return z.union([z.enum(['good', 'bad']), numeric], {
    error: (issue) =>
      issue.input === undefined
        ? 'The score is missing.'
        : `The score must be a number on the ${scale.min}–${scale.max} scale, or "good"/"bad"; got ${describeValue(issue.input)}.`,
  });
}

/**
 * zod schema for a survey response with its score checked against the scale of its survey family
 * (CSAT 1–5, NPS 0–10, CES 1–7 unless `scales` says otherwise): what `parseSurveyResponse` uses.
 * Reports every problem at once, each at its path.
 *
 * @example
 * const schema = surveyResponseSchemaFor({ scales: { csat: { min: 1, max: 10 } } });
 * schema.safeParse({ survey: 'csat', score: 7, respondedAt: '2026-03-02T10:00:00Z' }).success; // true
 * @since 0.1.0
 */
export function surveyResponseSchemaFor(
  options: { readonly scales?: Partial<Readonly<Record<SurveyKind, Scale>>> } = {},
) {
  const scales = checkScales(options);
  const option = (survey: SurveyKind) =>
    z.object({
      id: z.string().min(1).optional(),
      survey: z.literal(survey),
      score: scoreSchema(survey, scales[survey] ?? DEFAULT_SCALES[survey]),
      respondedAt: RespondedAt,
      dimensions: z.record(z.string(), z.string()).optional(),
    });
  return z.discriminatedUnion('survey', [option('csat'), option('nps'), option('ces')], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'survey must be "csat", "nps" or "ces".'
        : 'A survey response must be an object with survey, score and respondedAt.',
  });
}

/** zod schema for a serialised duration accumulator. */
export const DurationAccumulatorStateSchema = z.object({
  type: z.literal('durations'),
  count: z.int().min(0),
  mean: z.number(),
  m2: z.number().min(0),
  sketch: QuantileSketchStateSchema,
  exact: z.array(z.number().min(0)).nullable(),
});

/** zod schema for a serialised ticket accumulator. */
export const TicketAccumulatorStateSchema = z.object({
  type: z.literal('tickets'),
  firstResponse: z.unknown(),
  resolution: z.unknown(),
  awaitingReply: z.int().min(0),
  unresolved: z.int().min(0),
  fcr: z.object({ successes: z.int().min(0), n: z.int().min(0), pending: z.int().min(0) }),
  reopen: z.object({ reopened: z.int().min(0), resolved: z.int().min(0) }),
  sla: z.record(
    z.string(),
    z.object({ met: z.int().min(0), breached: z.int().min(0), running: z.int().min(0) }),
  ),
  rejected: z.record(z.string(), z.int().min(0)),
  definition: z.string().optional(),
});

/** zod schema for the orders of a period, for the repeat-purchase rate. */
export const OrdersSchema = z.array(z.object({ customerId: z.string().min(1) }));

/** The scales of survey options, each checked: a bad scale is refused here, not per response. */
function checkScales(options: unknown): Partial<Record<SurveyKind, Scale>> {
  const scales = (options as { scales?: unknown } | null)?.scales;
  if (
    typeof options !== 'object' ||
    options === null ||
    (scales !== undefined && (typeof scales !== 'object' || scales === null))
  ) {
    fail('metrics/invalid-argument', {
      what: 'The survey options',
      expected: 'an object such as { scales: { csat: { min: 1, max: 5 } } }',
      value: describeValue(options),
    });
  }
  const out: Partial<Record<SurveyKind, Scale>> = {};
  for (const kind of ['csat', 'nps', 'ces'] as const) {
    const scale = (scales as Record<string, unknown> | undefined)?.[kind];
    if (scale === undefined) continue;
    const parsed = ScaleSchema.safeParse(scale);
    if (!parsed.success) {
      const s = scale as { min?: unknown; max?: unknown } | null;
      fail('metrics/invalid-scale', {
        min: describeValue(typeof s === 'object' ? s?.min : s),
        max: describeValue(typeof s === 'object' ? s?.max : s),
      });
    }
    out[kind] = parsed.data;
  }
  return out;
}
