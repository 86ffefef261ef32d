import type { CurrencyCode } from '../codes/currency.js';
import { assertSameCurrency, result } from './money.js';
import type { Money } from './types.js';

/**
 * Add two amounts of the same currency.
 *
 * @param a - An amount.
 * @param b - An amount of the same currency as `a` (a different currency fails to compile when
 *   both currencies are literal types).
 * @returns The sum, in the currency of `a`.
 * @throws {MeridianError} `core/currency-mismatch` at run time when the types could not tell;
 *   `core/unsafe-result` on overflow; `core/not-money`, `core/invalid-amount` or
 *   `core/invalid-currency` for an operand that is not money.
 * @example
 * add(money(1000, 'EUR'), money(250, 'EUR')); // { amount: 1250, currency: 'EUR' }
 * @since 0.1.0
 */
export function add<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  return result(a.amount + b.amount, a.currency, 'add');
}
