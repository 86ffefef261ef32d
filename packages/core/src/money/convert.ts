import { type CurrencyCode, invalidCurrency, isCurrency, minorUnits } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { decimalParts } from './decimal.js';
import { assertRoundingMode, divideRounded } from './divide.js';
import { assertMoney, result } from './money.js';
import type { Decimal, Money, RoundingMode } from './types.js';

/** Options of {@link convert}. */
export type ConvertOptions<To extends CurrencyCode> = {
  /** The target currency. */
  readonly to: To;
  /**
   * Units of the target currency per one unit of the source, in major units:
   * EUR→USD at `'1.0834'` means €1 = $1.0834. A decimal string keeps it exact.
   */
  readonly rate: Decimal;
  /** How to round to the target's minor unit. Required: conversions are rarely exact. */
  readonly rounding: RoundingMode;
};

/**
 * Convert an amount to another currency at an explicit rate, with one explicit rounding.
 * Minor units are accounted for (EUR has 2, JPY 0, KWD 3), so €10.00 at 161.25 is ¥1,612.5,
 * which half-even rounding makes ¥1,612. Meridian never fetches rates: pass the one your books use.
 *
 * @param m - The amount to convert.
 * @param options - `to` (the target currency), `rate` (target major units per source major unit,
 *   greater than zero) and `rounding` (required).
 * @returns The amount in `options.to`, rounded once to its minor unit.
 * @throws {MeridianError} `core/invalid-currency` (an unknown `to`, or no options object),
 *   `core/invalid-factor` (rate ≤ 0 or not a decimal), `core/invalid-rounding`,
 *   `core/unsafe-result`.
 * @example
 * convert(money(1000, 'EUR'), { to: 'JPY', rate: '161.25', rounding: 'half-even' });
 * // { amount: 1612, currency: 'JPY' }: ¥1,612
 * @since 0.1.0
 */
export function convert<To extends CurrencyCode>(m: Money, options: ConvertOptions<To>): Money<To> {
  assertMoney(m);
  if (typeof options !== 'object' || options === null) {
    fail('core/invalid-currency', {
      value: describeValue(options),
      hint: 'convert() takes its target as an options object: { to, rate, rounding }',
    });
  }
  if (!isCurrency(options.to)) invalidCurrency(options.to);
  assertRoundingMode(options.rounding);
  const { digits, scale } = decimalParts(options.rate);
  if (digits <= 0n) fail('core/invalid-factor', { value: describeValue(options.rate) });
  const shift = minorUnits(options.to) - minorUnits(m.currency);
  // target minor = amount × rate × 10^shift = amount·digits·10^max(shift,0) / 10^(scale + max(−shift,0))
  const numerator = BigInt(m.amount) * digits * 10n ** BigInt(Math.max(shift, 0));
  const denominator = 10n ** BigInt(scale + Math.max(-shift, 0));
  const amount = divideRounded(numerator, denominator, options.rounding, 'convert');
  return result(amount, options.to, 'convert');
}
