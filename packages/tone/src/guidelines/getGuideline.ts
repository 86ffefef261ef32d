import { stringArg, trustedOr } from '../boundary.js';
import { fail } from '../failures.js';
import { canonical } from '../locale/acceptLanguage.js';
import { findLocale } from './findLocale.js';
import { GUIDELINES, type GuidelineSet } from './guidelines.js';
import { GuidelineSetSchema } from './schemas.js';
import type { Guideline } from './types.js';

/**
 * The guideline for a locale: the exact entry, else the first entry of the same language (de-AT
 * reads de-DE's), from the built-in set or a brand's set.
 *
 * @param locale - A BCP 47 tag.
 * @param set - A set from defineGuidelines; default the built-in GUIDELINES.
 * @returns The guideline.
 * @throws {MeridianError} `tone/unknown-guideline` when neither the locale nor its language is known;
 *   `tone/invalid-argument` when the locale is not a string.
 * @throws {ValidationError} `tone/invalid-guideline-set` when a set not made by defineGuidelines is malformed.
 * @example
 * getGuideline('de-AT').locale; // 'de-DE'
 * @since 0.1.0
 */
export function getGuideline(locale: string, set: GuidelineSet = GUIDELINES): Guideline {
  stringArg(locale, 'getGuideline', 'locale');
  const guidelines = trustedOr<GuidelineSet>(set, GuidelineSetSchema, 'guideline-set');
  const found = findLocale(locale, guidelines);
  if (found !== undefined) return found;
  const tag = canonical(locale) ?? locale;
  return fail('tone/unknown-guideline', { locale: tag, known: Object.keys(guidelines).join(', ') });
}
