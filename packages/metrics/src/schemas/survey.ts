// zod/mini schemas for survey families, scales and serialised survey accumulators: what a CSAT,
// NPS or CES accumulator needs, and nothing that pulls instants or ticket shapes into its bundle.
import { describeValue } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { fail } from '../failures.js';
import type { Scale, SurveyKind } from '../types.js';

const count = () => z.int().check(z.gte(0));

/** zod schema for a survey family. */
export const SurveyKindSchema = z.enum(['csat', 'nps', 'ces']);

/** zod schema for an integer answer scale. */
export const ScaleSchema = z.object({ min: z.int(), max: z.int() }).check(
  z.refine((s) => s.min < s.max && s.max - s.min <= 100, {
    error: 'A scale needs integer min < max with at most 100 points, such as { min: 1, max: 5 }.',
  }),
);

/** zod schema for a serialised survey accumulator. */
export const SurveyAccumulatorStateSchema = z.object({
  type: z.enum(['csat', 'nps', 'ces']),
  scale: ScaleSchema,
  threshold: z.optional(z.int()),
  ratings: z.optional(z.enum(['numeric', 'good-bad'])),
  counts: z.array(count()),
  rejected: z.record(z.string(), count()),
  definition: z.optional(z.string()),
});

/**
 * The scales of survey options, each checked: a bad scale is refused here, not per response.
 * Internal: used by surveyResponseSchemaFor and checkSurveyResponse.
 */
export function checkScales(options: unknown): Partial<Record<SurveyKind, Scale>> {
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
