import type { CurrencyCode } from '../codes/currency.js';
import { assertSameCurrency, money, result } from './money.js';
import type { Money } from './types.js';

/**
 * Add up a list of amounts. The currency is given so that an empty list has a total.
 *
 * @throws {MeridianError} `core/currency-mismatch` if any item is in another currency.
 * @example
 * sum([money(100, 'EUR'), money(250, 'EUR')], 'EUR'); // { amount: 350, currency: 'EUR' }
 * @since 0.1.0
 */
export function sum<C extends CurrencyCode>(
  items: readonly Money<NoInfer<C>>[],
  currency: C,
): Money<C> {
  const zero = money(0, currency);
  let total = 0;
  for (const item of items) {
    assertSameCurrency(zero, item);
    total += item.amount;
    if (!Number.isSafeInteger(total)) break;
  }
  return result(total, currency, 'sum');
}
