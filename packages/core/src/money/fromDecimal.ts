import { type CurrencyCode, minorUnits } from '../codes/currency.js';
import { fail } from '../errors/failures.js';
import { show } from '../errors/show.js';
import { decimalParts } from './decimal.js';
import { assertRoundingMode, divideRounded } from './divide.js';
import { money } from './money.js';
import type { Decimal, Money, RoundingMode } from './types.js';

/**
 * Make {@link Money} from a decimal in major units: `fromDecimal('19.99', 'EUR')` is 1999 cents.
 * A value with more decimals than the currency has is an error unless you name a rounding mode.
 *
 * @throws {MeridianError} `core/invalid-factor` (not a decimal), `core/rounding-required`,
 *   `core/invalid-currency`, `core/unsafe-result`.
 * @example
 * fromDecimal('1234.5', 'JPY', { rounding: 'half-even' }); // { amount: 1234, currency: 'JPY' }
 * @since 0.1.0
 */
export function fromDecimal<C extends CurrencyCode>(
  value: Decimal,
  currency: C,
  options: { readonly rounding?: RoundingMode } = {},
): Money<C> {
  const { digits, scale } = decimalParts(value);
  const e = minorUnits(currency);
  if (scale <= e) {
    const units = digits * 10n ** BigInt(e - scale);
    if (units > BigInt(Number.MAX_SAFE_INTEGER) || units < -BigInt(Number.MAX_SAFE_INTEGER)) {
      fail('core/unsafe-result', { op: 'fromDecimal' });
    }
    return money(Number(units), currency);
  }
  if (options.rounding === undefined) {
    fail('core/rounding-required', { value: show(value), currency });
  }
  assertRoundingMode(options.rounding);
  return money(divideRounded(digits, 10n ** BigInt(scale - e), options.rounding), currency);
}
