import { minorUnits } from '../codes/currency.js';
import { toDecimal } from './toDecimal.js';
import type { Money } from './types.js';

/** Options of {@link format}: a subset of `Intl.NumberFormat`'s currency options. */
export type FormatOptions = {
  /** `symbol` (default, `€`), `narrowSymbol` (`$` rather than `US$`), `code` (`EUR`), `name`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** `standard` (default) or `accounting` (negative amounts in parentheses where the locale does). */
  readonly currencySign?: 'standard' | 'accounting';
  /** Override the locale's digits (`latn` for Western digits in an `fa-IR` text). */
  readonly numberingSystem?: string;
};

const cache = new Map<string, Intl.NumberFormat>();

/**
 * Format an amount for people with `Intl.NumberFormat`, in any locale, with exactly the
 * currency's ISO minor units (never a rounded-away cent). The amount goes to Intl as an exact
 * decimal string, so no binary float sits in between.
 *
 * @param m - The amount.
 * @param locale - A BCP 47 tag: `'de-DE'` → `19,99 €`, `'ja-JP'` → `￥1,999`, `'fa-IR'` in Persian digits.
 * @param options - Display options; see {@link FormatOptions}.
 * @example
 * format(money(1999, 'EUR'), 'de-DE'); // '19,99 €'
 * @since 0.1.0
 */
export function format(m: Money, locale: string, options: FormatOptions = {}): string {
  const key = `${locale}|${m.currency}|${options.currencyDisplay ?? ''}|${options.currencySign ?? ''}|${options.numberingSystem ?? ''}`;
  let formatter = cache.get(key);
  if (!formatter) {
    const digits = minorUnits(m.currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(options.currencyDisplay ? { currencyDisplay: options.currencyDisplay } : {}),
      ...(options.currencySign ? { currencySign: options.currencySign } : {}),
      ...(options.numberingSystem ? { numberingSystem: options.numberingSystem } : {}),
    });
    cache.set(key, formatter);
  }
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3).
  return formatter.format(toDecimal(m) as unknown as number);
}
