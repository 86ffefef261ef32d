import type { CurrencyCode } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { decimalParts } from './decimal.js';
import { assertRoundingMode, divideRounded, dividesExactly } from './divide.js';
import { assertMoney, result } from './money.js';
import { toDecimal } from './toDecimal.js';
import type { Decimal, Money, RoundingMode } from './types.js';

/** Options of {@link multiply}. */
export type MultiplyOptions = {
  /**
   * How to round when the exact product falls between minor units. No default: an inexact
   * product without a rounding mode is an error, so that no cent is lost silently.
   */
  readonly rounding?: RoundingMode;
};

/**
 * Multiply an amount by a decimal factor (a tax rate, a percentage, a quantity), exactly, then
 * round once with the mode you name.
 *
 * @param m - The amount.
 * @param factor - A number (`1.19`, read as the decimal it prints as) or a decimal string (`'1.19'`).
 * @param options - `rounding`: required when the product is not a whole number of minor units.
 * @returns The product in the same currency, exact when it is a whole number of minor units,
 *   otherwise rounded once with `options.rounding`.
 * @throws {MeridianError} `core/rounding-required`, `core/invalid-factor`, `core/invalid-rounding`,
 *   `core/unsafe-result`.
 * @example
 * multiply(money(1999, 'EUR'), '0.19', { rounding: 'half-even' }); // { amount: 380, currency: 'EUR' }
 * @since 0.1.0
 */
export function multiply<C extends CurrencyCode>(
  m: Money<C>,
  factor: Decimal,
  options: MultiplyOptions = {},
): Money<C> {
  assertMoney(m);
  const { digits, scale } = decimalParts(factor);
  const digitsNumber = Number(digits);
  const fitsNumber =
    Number.isSafeInteger(digitsNumber) &&
    Math.abs(m.amount) * Math.abs(digitsNumber) <= Number.MAX_SAFE_INTEGER &&
    scale <= 15;
  const numerator = fitsNumber ? m.amount * digitsNumber : BigInt(m.amount) * digits;
  const denominator = fitsNumber ? 10 ** scale : 10n ** BigInt(scale);
  if (scale === 0 || dividesExactly(numerator, denominator)) {
    return result(
      divideRounded(numerator, denominator, 'down', 'multiply'),
      m.currency,
      'multiply',
    );
  }
  if (options.rounding === undefined) {
    fail('core/rounding-required', {
      value: `${toDecimal(m)} × ${describeValue(factor)}`,
      currency: m.currency,
    });
  }
  assertRoundingMode(options.rounding);
  return result(
    divideRounded(numerator, denominator, options.rounding, 'multiply'),
    m.currency,
    'multiply',
  );
}
