import { parseWith } from '@meridian-cx/core';
import { trust, trustedOr } from '../boundary.js';
import { GUIDELINES, type GuidelineSet } from './guidelines.js';
import { GuidelineOverridesSchema, GuidelineSchema, GuidelineSetSchema } from './schemas.js';
import type { Guideline } from './types.js';

/** Per-locale overrides: any field, each a sourced fact like the built-in data. */
export type GuidelineOverrides = Readonly<Record<string, Partial<Guideline>>>;

/**
 * A brand's own guidelines: the built-in set (or `base`) with fields overridden or locales added.
 * Every override is a sourced fact (value, source, asOf) and the merged entry is validated whole,
 * so a brand cannot ship a guideline without provenance.
 *
 * @param overrides - Locale → fields to replace (a new locale must give every required field).
 * @param base - The set to start from; default the built-in GUIDELINES.
 * @returns A new, frozen guideline set.
 * @throws {ValidationError} `tone/invalid-guidelines` naming the locale and field at fault.
 * @example
 * const brand = defineGuidelines({
 *   'de-DE': { register: { value: { default: 'informal', shiftsToFormalFor: ['money'] },
 *     source: { title: 'Brand voice handbook', url: 'https://example.com/voice' }, asOf: '2026-01-15' } },
 * });
 * brand['de-DE']?.register?.value.default; // 'informal'
 * @since 0.1.0
 */
export function defineGuidelines(
  overrides: GuidelineOverrides,
  base: GuidelineSet = GUIDELINES,
): GuidelineSet {
  parseWith(GuidelineOverridesSchema, overrides, { package: 'tone', what: 'guidelines' });
  const from = trustedOr<GuidelineSet>(base, GuidelineSetSchema, 'guideline-set');
  const merged: Record<string, Guideline> = { ...from };
  for (const [locale, fields] of Object.entries(overrides)) {
    const entry = { ...(Object.hasOwn(from, locale) ? from[locale] : {}), ...fields, locale };
    // A field the brand now sources is no longer unsourced.
    if (entry.unsourced !== undefined && fields.unsourced === undefined) {
      entry.unsourced = entry.unsourced.filter((u) => !Object.hasOwn(fields, u.field));
    }
    merged[locale] = parseWith(GuidelineSchema, entry, {
      package: 'tone',
      what: 'guidelines',
    }) as Guideline;
  }
  return trust(Object.freeze(merged));
}
