import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { COUNTRY_CODES } from './countries.data.js';

/** An officially assigned ISO 3166-1 alpha-2 code, as a literal union (see {@link CurrencyCode}). */
export type CountryCode = (typeof COUNTRY_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * Whether `value` is an officially assigned ISO 3166-1 alpha-2 code (exact, upper-case).
 *
 * @param value - Anything; only an upper-case string with no blanks can pass.
 * @returns True when `value` is an assigned code; narrows it to {@link CountryCode}. Never throws.
 * @example
 * isCountry('BR'); // true
 * isCountry('UK'); // false: the code for the United Kingdom is GB
 * @since 0.1.0
 */
export function isCountry(value: unknown): value is CountryCode {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * Parse a country code from outside, accepting surrounding blanks and lower case.
 *
 * @param value - A two-letter code in any case, with or without surrounding blanks.
 * @returns The code, trimmed and upper-cased.
 * @throws {MeridianError} `core/invalid-country` for anything else, including a code that is not
 *   officially assigned (`UK`: the United Kingdom is `GB`).
 * @example
 * parseCountry('de'); // 'DE'
 * @since 0.1.0
 */
export function parseCountry(value: string): CountryCode {
  const normalised = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
  if (isCountry(normalised)) return normalised;
  return fail('core/invalid-country', { value: describeValue(value) });
}
