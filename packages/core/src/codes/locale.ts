import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';

declare const localeBrand: unique symbol;

/** A BCP 47 language tag in its canonical form (`en-GB`, `zh-Hant-TW`, `fa-IR`). */
export type LocaleTag = string & { readonly [localeBrand]: 'LocaleTag' };

/** The canonical form of a tag, or undefined if it is not well-formed. */
export function canonicalLocale(value: string): string | undefined {
  // A real tag is short (RFC 5646 asks implementations to accept at least 35 characters); the
  // bound keeps Intl from parsing megabytes of hostile input.
  if (typeof value !== 'string' || value.length > 255) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    return tag;
  } catch {
    return undefined;
  }
}

/**
 * Whether `value` is a BCP 47 tag already in canonical form.
 *
 * @param value - Anything; a string passes only when canonicalising it changes nothing.
 * @returns True when `value` is a well-formed tag in canonical case and form; narrows it to
 *   {@link LocaleTag}. Never throws.
 * @example
 * isLocale('pt-BR'); // true
 * isLocale('pt_br'); // false: parseLocale would repair it
 * @since 0.1.0
 */
export function isLocale(value: unknown): value is LocaleTag {
  return typeof value === 'string' && canonicalLocale(value) === value;
}

/**
 * Parse a language tag from outside and canonicalise it with `Intl.getCanonicalLocales`
 * (`EN-gb` → `en-GB`, `iw` → `he`). Underscores, common in POSIX and Java locales, become hyphens.
 *
 * @param value - A language tag from outside, with or without surrounding blanks (at most 255
 *   characters).
 * @returns The canonical tag.
 * @throws {MeridianError} `core/invalid-locale` for a tag that is not well-formed.
 * @example
 * parseLocale('pt_br'); // 'pt-BR'
 * parseLocale('iw'); // 'he'
 * @since 0.1.0
 */
export function parseLocale(value: string): LocaleTag {
  const tag = typeof value === 'string' ? canonicalLocale(value.replaceAll('_', '-')) : undefined;
  if (tag !== undefined) return tag as LocaleTag;
  return fail('core/invalid-locale', { value: describeValue(value) });
}
