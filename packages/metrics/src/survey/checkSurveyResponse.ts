import { describeValue, type Reason, reason, toEpochMillis } from '@meridian-cx/core';
import { checkScales } from '../schemas/survey.js';
import type { Scale, SurveyKind } from '../types.js';
import { DEFAULT_SCALES } from './defaults.js';

/** A survey response that passed validation. */
export type SurveyResponse = {
  readonly id?: string;
  readonly survey: SurveyKind;
  /** A score on the survey's scale, or `'good'`/`'bad'` for two-way CSAT ratings. */
  readonly score: number | 'good' | 'bad';
  /** When the customer answered, canonical UTC ISO string. */
  readonly respondedAt: string;
  /** Segment dimensions: `{ market: 'DE', channel: 'email', language: 'de' }`. */
  readonly dimensions?: Readonly<Record<string, string>>;
};

/** Options shared by {@link checkSurveyResponse} and `parseSurveyResponse`. */
export type SurveyCheckOptions = {
  /** Answer scales per survey family; defaults CSAT 1–5, NPS 0–10, CES 1–7. */
  readonly scales?: Partial<Readonly<Record<SurveyKind, Scale>>>;
};

/** The outcome of {@link checkSurveyResponse}: the response, or the reason it was rejected. */
export type SurveyCheck =
  | { readonly ok: true; readonly response: SurveyResponse; readonly epochMillis: number }
  | { readonly ok: false; readonly reason: Reason };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * Check one survey response from outside without throwing: what streaming accumulators use so that
 * a bad response is counted as rejected, with its reason, instead of stopping the stream or being
 * dropped. Accepts exactly what `parseSurveyResponse` accepts (a property test holds them together).
 *
 * Rejection codes: `response.not-an-object`, `survey.unknown`, `score.missing`, `score.not-a-number`
 * (NaN, ±Infinity, text), `score.not-an-integer`, `score.off-scale`, `score.rating-not-allowed`
 * (good/bad outside CSAT), `respondedAt.missing`, `respondedAt.invalid`, `id.invalid`,
 * `dimensions.invalid`.
 *
 * @param input - Untrusted JSON.
 * @param options - Scales per survey family.
 * @returns `{ ok: true, response, epochMillis }` or `{ ok: false, reason }`.
 * @example
 * checkSurveyResponse({ survey: 'csat', score: 6, respondedAt: '2026-03-02T10:00:00Z' });
 * // { ok: false, reason: { code: 'score.off-scale', params: { score: 6, min: 1, max: 5 } } }
 * @since 0.1.0
 */
export function checkSurveyResponse(
  input: unknown,
  options: SurveyCheckOptions = DEFAULTS,
): SurveyCheck {
  const checked = inspectSurveyResponse(input, scalesOf(options));
  if (!checked.ok) return checked;
  const r = input as Record<string, unknown>;
  const response: SurveyResponse = {
    ...(r.id !== undefined ? { id: r.id as string } : {}),
    survey: checked.survey,
    score: checked.score,
    respondedAt: new Date(checked.epochMillis).toISOString(),
    ...(r.dimensions !== undefined ? { dimensions: r.dimensions as Record<string, string> } : {}),
  };
  return { ok: true, response, epochMillis: checked.epochMillis };
}

/** What {@link inspectSurveyResponse} finds: the fields accumulators need, or the reason to reject. */
export type SurveyInspection =
  | {
      readonly ok: true;
      readonly survey: SurveyKind;
      readonly score: number | 'good' | 'bad';
      readonly epochMillis: number;
    }
  | { readonly ok: false; readonly reason: Reason };

function reject(
  code: string,
  params?: Record<string, string | number | boolean>,
): SurveyInspection {
  return { ok: false, reason: reason(code, params) };
}

/**
 * The allocation-free core of {@link checkSurveyResponse}, for hot streaming loops: validates and
 * returns the fields, without building the response object. Internal.
 */
export function inspectSurveyResponse(
  input: unknown,
  scales: SurveyCheckOptions['scales'],
): SurveyInspection {
  if (!isRecord(input)) return reject('response.not-an-object');
  const survey = input.survey;
  if (survey !== 'csat' && survey !== 'nps' && survey !== 'ces') {
    return reject('survey.unknown', { survey: describeValue(survey) });
  }
  const scale = scales?.[survey] ?? DEFAULT_SCALES[survey];
  const score = input.score;
  if (score === undefined) return reject('score.missing');
  if (score === 'good' || score === 'bad') {
    if (survey !== 'csat') return reject('score.rating-not-allowed', { survey, score });
  } else if (typeof score !== 'number' || !Number.isFinite(score)) {
    return reject('score.not-a-number', { score: describeValue(score) });
  } else if (!Number.isInteger(score)) {
    return reject('score.not-an-integer', { score });
  } else if (score < scale.min || score > scale.max) {
    return reject('score.off-scale', { score, min: scale.min, max: scale.max });
  }
  const at = input.respondedAt;
  if (at === undefined || at === null) return reject('respondedAt.missing');
  if (typeof at !== 'string' && !(at instanceof Date)) {
    return reject('respondedAt.invalid', { respondedAt: describeValue(at) });
  }
  let epochMillis: number;
  try {
    epochMillis = toEpochMillis(at);
  } catch {
    return reject('respondedAt.invalid', { respondedAt: describeValue(at) });
  }
  const id = input.id;
  if (id !== undefined && (typeof id !== 'string' || id.length === 0)) return reject('id.invalid');
  const dims = input.dimensions;
  if (dims !== undefined) {
    if (!isRecord(dims)) return reject('dimensions.invalid');
    for (const key in dims) {
      if (typeof dims[key] !== 'string') return reject('dimensions.invalid', { dimension: key });
    }
  }
  return { ok: true, survey, score, epochMillis };
}

// Options are checked once per options object, not once per response: streams pass the same one.
const checked = new WeakMap<object, SurveyCheckOptions['scales']>();

function scalesOf(options: SurveyCheckOptions): SurveyCheckOptions['scales'] {
  if (options === DEFAULTS) return undefined;
  if (typeof options === 'object' && options !== null) {
    const known = checked.get(options);
    if (known !== undefined) return known;
  }
  const scales = checkScales(options);
  checked.set(options, scales);
  return scales;
}
const DEFAULTS: SurveyCheckOptions = {};
