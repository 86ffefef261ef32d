import { type CurrencyCode, isCurrency } from '../codes/currency.js';
import { MeridianError } from '../errors/MeridianError.js';
import { coreMessages } from '../errors/messages.js';
import type { Money } from './types.js';

/** Throw unless `amount` is a safe integer. */
export function assertAmount(amount: unknown): asserts amount is number {
  if (!Number.isSafeInteger(amount)) {
    throw new MeridianError('core', 'core/invalid-amount', coreMessages.invalidAmount(amount), {
      value: String(amount),
    });
  }
}

/** Throw unless two amounts share a currency. */
export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MeridianError(
      'core',
      'core/currency-mismatch',
      coreMessages.currencyMismatch(a.currency, b.currency),
      {
        left: a.currency,
        right: b.currency,
      },
    );
  }
}

/** Build a result, refusing anything that is not a safe integer (overflow) and folding −0 to 0. */
export function result<C extends CurrencyCode>(amount: number, currency: C, op: string): Money<C> {
  if (!Number.isSafeInteger(amount)) {
    throw new MeridianError('core', 'core/unsafe-result', coreMessages.unsafeResult(op), { op });
  }
  return { amount: amount === 0 ? 0 : amount, currency };
}

/**
 * Make a {@link Money} from an integer count of minor units.
 *
 * @param amount - Integer minor units: `1999` is €19.99, ¥1,999 or 1.999 KWD.
 * @param currency - ISO 4217 code.
 * @throws {MeridianError} `core/invalid-amount` for a non-integer or unsafe amount,
 *   `core/invalid-currency` for an unknown code.
 * @example
 * const price = money(1999, 'EUR'); // { amount: 1999, currency: 'EUR' }
 * @since 0.1.0
 */
export function money<C extends CurrencyCode>(amount: number, currency: C): Money<C> {
  assertAmount(amount);
  if (!isCurrency(currency)) {
    throw new MeridianError(
      'core',
      'core/invalid-currency',
      coreMessages.invalidCurrency(String(currency)),
      {
        value: String(currency),
      },
    );
  }
  return { amount: amount === 0 ? 0 : amount, currency };
}
