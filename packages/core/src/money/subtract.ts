import type { CurrencyCode } from '../codes/currency.js';
import { assertSameCurrency, result } from './money.js';
import type { Money } from './types.js';

/**
 * Subtract `b` from `a`, same currency. The result may be negative.
 *
 * @param a - The amount to subtract from.
 * @param b - The amount to subtract, of the same currency as `a`.
 * @returns `a − b`, in the currency of `a`; negative when `b` is larger.
 * @throws {MeridianError} `core/currency-mismatch`; `core/unsafe-result` on overflow;
 *   `core/not-money`, `core/invalid-amount` or `core/invalid-currency` for an operand that is not
 *   money.
 * @example
 * subtract(money(1000, 'EUR'), money(250, 'EUR')); // { amount: 750, currency: 'EUR' }
 * @since 0.1.0
 */
export function subtract<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  return result(a.amount - b.amount, a.currency, 'subtract');
}
