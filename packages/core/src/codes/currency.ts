import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { CURRENCIES, WITHDRAWN_CURRENCIES } from './currencies.data.js';

/**
 * A current ISO 4217 currency code. A literal union rather than an opaque brand: a typo fails to
 * compile, editors complete it, and `Money<'EUR'>` and `Money<'USD'>` stay distinct types.
 * Strings from outside become one through {@link parseCurrency} or {@link isCurrency}.
 */
export type CurrencyCode = keyof typeof CURRENCIES;

/** The exponents ISO 4217 gives currencies that have minor units. */
export type MinorUnits = 0 | 2 | 3 | 4;

/**
 * Whether `value` is a current ISO 4217 code (exact, upper-case).
 *
 * @param value - Anything; only an upper-case string with no blanks can pass.
 * @returns True when `value` is a current code (a withdrawn one is not); narrows it to
 *   {@link CurrencyCode}. Never throws.
 * @example
 * isCurrency('EUR'); // true
 * isCurrency('HRK'); // false, withdrawn in 2023
 * @since 0.1.0
 */
export function isCurrency(value: unknown): value is CurrencyCode {
  // Every money operation asks this of its operands, nearly always about the code it was last
  // asked about: one identity check answers that, a Set (faster than a lookup in the 170-key data
  // object) the rest. A one-entry memo of a pure predicate: bounded, and never wrong.
  if (value === lastCurrency) return true;
  if (typeof value === 'string' && CURRENCY_SET.has(value)) {
    lastCurrency = value;
    return true;
  }
  return false;
}

const CURRENCY_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.keys(CURRENCIES));
let lastCurrency: string | undefined = 'EUR';

/**
 * Parse a currency code from outside. Accepts surrounding blanks and lower case; refuses
 * withdrawn codes with a message naming their replacement.
 *
 * @param value - A three-letter code in any case, with or without surrounding blanks.
 * @returns The code, trimmed and upper-cased.
 * @throws {MeridianError} `core/invalid-currency` for an unknown or withdrawn code (the message
 *   names what replaced a withdrawn one).
 * @example
 * parseCurrency(' eur '); // 'EUR'
 * parseCurrency('HRK'); // throws: withdrawn 2023-01-01, replaced by EUR
 * @since 0.1.0
 */
export function parseCurrency(value: string): CurrencyCode {
  const normalised = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
  if (isCurrency(normalised)) return normalised;
  return invalidCurrency(value);
}

/** Throw `core/invalid-currency` for `value`, naming what replaced a withdrawn code. */
export function invalidCurrency(value: unknown): never {
  const hint = typeof value === 'string' ? withdrawnHint(value.trim().toUpperCase()) : undefined;
  return fail('core/invalid-currency', { value: describeValue(value), ...(hint ? { hint } : {}) });
}

/** What replaced a withdrawn code, for error messages. */
export function withdrawnHint(code: string): string | undefined {
  if (typeof code !== 'string') return undefined;
  const w = Object.hasOwn(WITHDRAWN_CURRENCIES, code) ? WITHDRAWN_CURRENCIES[code] : undefined;
  if (!w) return undefined;
  return `withdrawn ${w.withdrawn}${w.replacedBy ? `, replaced by ${w.replacedBy}` : ''}: ${w.note}`;
}

/**
 * The number of decimal places of a currency's minor unit: JPY 0, EUR 2, KWD 3, CLF 4.
 *
 * @param currency - A current ISO 4217 code (exact, upper-case).
 * @returns The ISO 4217 exponent: how many digits follow the decimal point.
 * @throws {MeridianError} `core/invalid-currency` for a code that is not current.
 * @example
 * minorUnits('KWD'); // 3
 * minorUnits('JPY'); // 0
 * @since 0.1.0
 */
export function minorUnits(currency: CurrencyCode): MinorUnits {
  if (!isCurrency(currency)) return invalidCurrency(currency);
  return CURRENCIES[currency].minorUnits;
}
