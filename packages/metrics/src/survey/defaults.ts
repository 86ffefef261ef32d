import type { Scale, SurveyKind } from '../types.js';

/**
 * The default answer scale per survey family.
 * - CSAT 1–5: the five-point satisfaction question (ASQ/ACSI-style "very unsatisfied … very satisfied").
 * - NPS 0–10: Reichheld, "The One Number You Need to Grow", Harvard Business Review, Dec 2003.
 * - CES 1–7: CES 2.0 agreement scale ("The company made it easy for me to handle my issue"):
 *   Dixon, Toman & DeLisi, The Effortless Experience (2013).
 *
 * @example
 * DEFAULT_SCALES.nps; // { min: 0, max: 10 }
 * @since 0.1.0
 */
export const DEFAULT_SCALES: Readonly<Record<SurveyKind, Scale>> = Object.freeze({
  csat: Object.freeze({ min: 1, max: 5 }),
  nps: Object.freeze({ min: 0, max: 10 }),
  ces: Object.freeze({ min: 1, max: 7 }),
});

/** The survey families, in a stable order. @since 0.1.0 */
export const SURVEY_KINDS: readonly SurveyKind[] = Object.freeze(['csat', 'nps', 'ces']);
