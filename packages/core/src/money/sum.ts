import { type CurrencyCode, invalidCurrency, isCurrency } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { assertSameCurrency, result } from './money.js';
import type { Money } from './types.js';

/**
 * Add up a list of amounts. The currency is given so that an empty list has a total.
 *
 * @param items - Amounts, all in `currency`.
 * @param currency - The currency of the total (required, so that `[]` sums to zero of it).
 * @returns The total.
 * @throws {MeridianError} `core/currency-mismatch` if any item is in another currency;
 *   `core/missing-currency` without a currency; `core/invalid-amount` for a fraction;
 *   `core/unsafe-result` on overflow.
 * @example
 * sum([money(100, 'EUR'), money(250, 'EUR')], 'EUR'); // { amount: 350, currency: 'EUR' }
 * @since 0.1.0
 */
export function sum<C extends CurrencyCode>(
  items: readonly Money<NoInfer<C>>[],
  currency: C,
): Money<C> {
  if (currency === undefined) fail('core/missing-currency', { op: 'sum' });
  if (!isCurrency(currency)) invalidCurrency(currency);
  if (!Array.isArray(items)) fail('core/not-a-list', { op: 'sum', value: describeValue(items) });
  const zero: Money<C> = { amount: 0, currency };
  let total = 0;
  for (const item of items) {
    assertSameCurrency(zero, item);
    total += item.amount;
    if (!Number.isSafeInteger(total)) break;
  }
  return result(total, currency, 'sum');
}
