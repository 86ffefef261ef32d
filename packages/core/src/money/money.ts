import { type CurrencyCode, invalidCurrency, isCurrency } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import type { Money } from './types.js';

/** Throw unless `amount` is a safe integer. */
export function assertAmount(amount: unknown): asserts amount is number {
  if (!Number.isSafeInteger(amount)) fail('core/invalid-amount', { value: describeValue(amount) });
}

/**
 * Throw unless `m` is money as core means it: an object with a safe-integer `amount` and a current
 * ISO 4217 `currency`. The cheap check every money function makes of what it is handed, so that a
 * fraction, a string amount or a typo'd code is an error and never a confident wrong answer.
 */
export function assertMoney(m: unknown): asserts m is Money {
  if (typeof m !== 'object' || m === null) fail('core/not-money', { value: describeValue(m) });
  const { amount, currency } = m as { amount?: unknown; currency?: unknown };
  assertAmount(amount);
  if (!isCurrency(currency)) invalidCurrency(currency);
}

/**
 * Throw unless two amounts are money of one currency. The common case (two objects, safe
 * integers, the same code) costs one code lookup; anything else goes through {@link assertMoney}
 * for the precise error.
 */
export function assertSameCurrency(a: Money, b: Money): void {
  if (
    typeof a === 'object' &&
    a !== null &&
    typeof b === 'object' &&
    b !== null &&
    Number.isSafeInteger(a.amount) &&
    Number.isSafeInteger(b.amount) &&
    a.currency === b.currency &&
    isCurrency(a.currency)
  ) {
    return;
  }
  assertMoney(a);
  assertMoney(b);
  fail('core/currency-mismatch', { left: a.currency, right: b.currency });
}

/** Build a result, refusing anything that is not a safe integer (overflow) and folding −0 to 0. */
export function result<C extends CurrencyCode>(amount: number, currency: C, op: string): Money<C> {
  if (!Number.isSafeInteger(amount)) fail('core/unsafe-result', { op });
  return { amount: amount === 0 ? 0 : amount, currency };
}

/**
 * Make a {@link Money} from an integer count of minor units.
 *
 * @param amount - Integer minor units: `1999` is €19.99, ¥1,999 or 1.999 KWD.
 * @param currency - ISO 4217 code.
 * @returns The plain `{ amount, currency }` object (−0 becomes 0).
 * @throws {MeridianError} `core/invalid-amount` for a non-integer or unsafe amount,
 *   `core/invalid-currency` for an unknown code.
 * @example
 * const price = money(1999, 'EUR'); // { amount: 1999, currency: 'EUR' }
 * @since 0.1.0
 */
export function money<C extends CurrencyCode>(amount: number, currency: C): Money<C> {
  assertAmount(amount);
  if (!isCurrency(currency)) invalidCurrency(currency);
  return { amount: amount === 0 ? 0 : amount, currency };
}
