import { type CountryCode, isCountry, parseLocale } from '@meridian-cx/core';

/** What redaction reads from a locale: its canonical tag and its likely country. */
export type LocaleInfo = { readonly tag: string; readonly country: CountryCode | undefined };

// Transcripts come in a handful of locales; canonicalising and maximising a tag costs more than
// redacting a short message, so the answers are kept, with a bound.
const MAX_ENTRIES = 256;
const cache = new Map<string, LocaleInfo | null>();

/**
 * The canonical tag and likely country (`fa` → IR, `pt` → BR, via `Intl.Locale#maximize`) of a
 * BCP 47 tag, or undefined when it is not one.
 */
export function localeInfo(value: string): LocaleInfo | undefined {
  const known = cache.get(value);
  if (known !== undefined) return known ?? undefined;
  let info: LocaleInfo | null = null;
  try {
    const tag = parseLocale(value);
    const region = new Intl.Locale(tag).maximize().region;
    info = { tag, country: isCountry(region) ? region : undefined };
  } catch {
    info = null;
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(value, info);
  return info ?? undefined;
}

/**
 * The language subtag of a BCP 47 tag, lower-cased: what comes before its first "-" ("pl-PL" →
 * "pl", "fil-PH" → "fil", "zh-Hant-TW" → "zh"). Not its first two letters: "fil-PH" is Filipino,
 * not Finnish's "fi" (T56c's audit found the spoken recognizers reading it so).
 */
export function languageOf(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}
