import { parseWith } from '@meridian-cx/core';
import { surveyResponseSchemaFor } from '../schemas/surveyResponse.js';
import type { SurveyCheckOptions, SurveyResponse } from './checkSurveyResponse.js';

const defaultSchema = surveyResponseSchemaFor({});

/**
 * Parse one survey response from outside (a webhook body, a CSV row turned into JSON) and check
 * its score against the survey's scale. Nothing is coerced: a score of `"5"`, `NaN`, `4.5` or `6`
 * on a 1–5 scale, or a missing `respondedAt`, fails with the path and the problem, every problem
 * at once.
 *
 * @param json - Untrusted input.
 * @param options - Scales per survey family (CSAT 1–5, NPS 0–10, CES 1–7 by default).
 * @returns The typed response, `respondedAt` as a canonical UTC ISO string.
 * @throws {ValidationError} `metrics/invalid-survey-response`, with zod issue paths such as `['score']`.
 * @example
 * parseSurveyResponse({ survey: 'nps', score: 9, respondedAt: '2026-03-02T10:00:00+09:00' });
 * // { survey: 'nps', score: 9, respondedAt: '2026-03-02T01:00:00.000Z' }
 * @since 0.1.0
 */
export function parseSurveyResponse(
  json: unknown,
  options: SurveyCheckOptions = {},
): SurveyResponse {
  const schema = options.scales === undefined ? defaultSchema : surveyResponseSchemaFor(options);
  return parseWith(schema, json, { package: 'metrics', what: 'survey-response' }) as SurveyResponse;
}
