import type { CurrencyCode } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { decimalParts } from './decimal.js';
import { assertRoundingMode, divideRounded, dividesExactly } from './divide.js';
import { assertMoney, result } from './money.js';
import { smallDecimal } from './smallDecimal.js';
import { toDecimal } from './toDecimal.js';
import type { Decimal, Money, RoundingMode } from './types.js';

// Powers of ten up to 10^15, each exact in a double.
const POW10 = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));

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
  // Ordinary factors (a rate, a percentage) read in doubles: when the product of minor units and
  // factor digits comes out a safe integer it is exact, and so is everything after it. The
  // BigInt path below stays for the rest; multiply.prop.test.ts holds the two together.
  const small = smallDecimal(factor);
  if (small !== undefined && small.scale <= 15) {
    const n = m.amount * small.digits;
    if (Number.isSafeInteger(n)) {
      const d = POW10[small.scale] as number;
      if (n % d === 0) return result(n / d, m.currency, 'multiply');
      return rounded(m, factor, n, d, options.rounding);
    }
  }
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
  return rounded(m, factor, numerator, denominator, options.rounding);
}

/** An inexact product `n / d` rounded with the mode the caller named (none is an error). */
function rounded<C extends CurrencyCode>(
  m: Money<C>,
  factor: Decimal,
  n: number | bigint,
  d: number | bigint,
  rounding: RoundingMode | undefined,
): Money<C> {
  if (rounding === undefined) {
    fail('core/rounding-required', {
      value: `${toDecimal(m)} × ${describeValue(factor)}`,
      currency: m.currency,
    });
  }
  assertRoundingMode(rounding);
  return result(divideRounded(n, d, rounding, 'multiply'), m.currency, 'multiply');
}
