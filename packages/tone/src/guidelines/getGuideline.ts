import { fail } from '../failures.js';
import { canonical } from '../locale/acceptLanguage.js';
import { GUIDELINES, type GuidelineSet } from './guidelines.js';
import type { Guideline } from './types.js';

/**
 * The guideline for a locale: the exact entry, else the first entry of the same language (de-AT
 * reads de-DE's), from the built-in set or a brand's set.
 *
 * @param locale - A BCP 47 tag.
 * @param set - A set from defineGuidelines; default the built-in GUIDELINES.
 * @returns The guideline.
 * @throws {MeridianError} `tone/unknown-guideline` when neither the locale nor its language is known.
 * @example
 * getGuideline('de-AT').locale; // 'de-DE'
 * @since 0.1.0
 */
export function getGuideline(locale: string, set: GuidelineSet = GUIDELINES): Guideline {
  const tag = canonical(locale) ?? locale;
  const exact = set[tag];
  if (exact !== undefined) return exact;
  const lang = tag.split('-')[0]?.toLowerCase();
  const maxed = safeMax(tag);
  const sameScript = Object.values(set).find(
    (g) => g.locale.split('-')[0] === lang && safeMax(g.locale)?.script === maxed?.script,
  );
  if (sameScript !== undefined) return sameScript;
  return fail('tone/unknown-guideline', { locale: tag, known: Object.keys(set).join(', ') });
}

function safeMax(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}
