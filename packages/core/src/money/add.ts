import type { CurrencyCode } from '../codes/currency.js';
import { assertSameCurrency, result } from './money.js';
import type { Money } from './types.js';

/**
 * Add two amounts of the same currency.
 *
 * @throws {MeridianError} `core/currency-mismatch` at run time when the types could not tell;
 *   `core/unsafe-result` on overflow.
 * @example
 * add(money(1000, 'EUR'), money(250, 'EUR')); // { amount: 1250, currency: 'EUR' }
 * @since 0.1.0
 */
export function add<C extends CurrencyCode>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSameCurrency(a, b);
  return result(a.amount + b.amount, a.currency, 'add');
}
