import { parseWith } from '../errors/parseWith.js';
import { MoneySchema } from '../schemas.js';
import type { Money } from './types.js';

/**
 * Validate money that came from outside (JSON, a webhook).
 *
 * @param input - Anything; expected `{ amount: <safe integer>, currency: <ISO 4217 code> }`.
 * @returns The money, typed with the wide {@link CurrencyCode} union.
 * @throws {ValidationError} `core/invalid-money`, naming `amount` or `currency`.
 * @example
 * parseMoney({ amount: 4900, currency: 'PLN' });
 * @since 0.1.0
 */
export function parseMoney(input: unknown): Money {
  return parseWith(MoneySchema, input, { package: 'core', what: 'money' }) as Money;
}
