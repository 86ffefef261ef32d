import { type CurrencyCode, minorUnits } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { decimalParts } from './decimal.js';
import { assertRoundingMode, divideRounded } from './divide.js';
import { money } from './money.js';
import type { Decimal, Money, RoundingMode } from './types.js';

/**
 * Make {@link Money} from a decimal in major units: `fromDecimal('19.99', 'EUR')` is 1999 cents.
 * A value with more decimals than the currency has is an error unless you name a rounding mode.
 *
 * @param value - The amount in major units: a decimal string (`'19.99'`, `'-0.5'`, `'1e3'`) or a
 *   finite number, read as the decimal it prints as (`19.99` is 19.99, not the nearest double).
 * @param currency - ISO 4217 code; its minor unit decides the scale (EUR 2, JPY 0, KWD 3).
 * @param options - `rounding`: required when `value` has more decimals than the currency.
 * @returns The amount as an integer count of minor units of `currency`.
 * @throws {MeridianError} `core/invalid-factor` (not a decimal), `core/rounding-required`,
 *   `core/invalid-rounding`, `core/invalid-currency`, `core/unsafe-result`.
 * @example
 * fromDecimal('19.99', 'EUR'); // { amount: 1999, currency: 'EUR' }
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
    fail('core/rounding-required', { value: describeValue(value), currency });
  }
  assertRoundingMode(options.rounding);
  return money(
    divideRounded(digits, 10n ** BigInt(scale - e), options.rounding, 'fromDecimal'),
    currency,
  );
}
