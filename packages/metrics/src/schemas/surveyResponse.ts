// zod/mini schemas for one survey response: as it comes (SurveyResponseSchema) and with its score
// checked against its survey's scale (surveyResponseSchemaFor).
import { describeValue, InstantSchema } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { DEFAULT_SCALES } from '../survey/defaults.js';
import type { Scale, SurveyKind } from '../types.js';
import { dimensions } from './ownRecord.js';
import { checkScales, SurveyKindSchema } from './survey.js';

/** respondedAt: an ISO string or a Date, then core's instant rules. */
function respondedAt() {
  return z.pipe(
    z.union([z.string(), z.date()], {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? 'The response has no timestamp: respondedAt is required, as an ISO 8601 instant with a zone.'
          : 'respondedAt must be an ISO 8601 instant with a zone.',
    }),
    InstantSchema,
  );
}

/**
 * zod schema for a survey response, before the score is checked against its scale (which depends
 * on options: use `parseSurveyResponse`). NaN and ±Infinity are refused by `z.number()`.
 */
export const SurveyResponseSchema = z.object({
  id: z.optional(z.string().check(z.minLength(1))),
  survey: SurveyKindSchema,
  score: z.union([z.number(), z.enum(['good', 'bad'])], {
    error: (issue) =>
      issue.input === undefined
        ? 'The score is missing.'
        : `The score must be a number on the survey's scale, or "good"/"bad" for CSAT ratings; got ${describeValue(issue.input)}.`,
  }),
  respondedAt: respondedAt(),
  dimensions: z.optional(dimensions()),
});

function scoreSchema(survey: SurveyKind, scale: Scale) {
  const name = survey.toUpperCase();
  const numeric = z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? 'The score is missing.'
          : `The score must be a number on the ${scale.min}–${scale.max} scale; got ${describeValue(issue.input)}.`,
    })
    .check(
      z.refine(Number.isInteger, {
        error: (issue) =>
          `The score ${describeValue(issue.input)} is not a whole number; answers on a ${scale.min}–${scale.max} scale are integers.`,
      }),
      z.refine((s) => s >= scale.min && s <= scale.max, {
        error: (issue) =>
          `The score ${describeValue(issue.input)} is off the ${scale.min}–${scale.max} scale of this ${name} survey.`,
      }),
    );
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
 * @param options - `scales`: an integer `{ min, max }` per survey family to override (min < max,
 *   at most 100 points); the families left out keep their default. Default: `{}`.
 * @returns A zod/mini schema, discriminated on `survey`, whose output has `respondedAt` as a
 *   canonical UTC ISO string. Build it once and reuse it: the scales are checked here, not per
 *   response.
 * @throws {MeridianError} `metrics/invalid-scale` for a scale that is not integer min < max with at
 *   most 100 points; `metrics/invalid-argument` when `options` or `scales` is not an object.
 * @example
 * const schema = surveyResponseSchemaFor({ scales: { csat: { min: 1, max: 10 } } });
 * schema.safeParse({ survey: 'csat', score: 7, respondedAt: '2026-03-02T10:00:00Z' }).success; // true
 * surveyResponseSchemaFor().safeParse({ survey: 'csat', score: 7, respondedAt: '2026-03-02T10:00:00Z' })
 *   .success; // false: 7 is off the default 1–5 scale
 * @since 0.1.0
 */
export function surveyResponseSchemaFor(
  options: { readonly scales?: Partial<Readonly<Record<SurveyKind, Scale>>> } = {},
) {
  const scales = checkScales(options);
  const option = (survey: SurveyKind) =>
    z.object({
      id: z.optional(z.string().check(z.minLength(1))),
      survey: z.literal(survey),
      score: scoreSchema(survey, scales[survey] ?? DEFAULT_SCALES[survey]),
      respondedAt: respondedAt(),
      dimensions: z.optional(dimensions()),
    });
  return z.discriminatedUnion('survey', [option('csat'), option('nps'), option('ces')], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'survey must be "csat", "nps" or "ces".'
        : 'A survey response must be an object with survey, score and respondedAt.',
  });
}
