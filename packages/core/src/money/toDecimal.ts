import { minorUnits } from '../codes/currency.js';
import { assertMoney } from './money.js';
import type { Money } from './types.js';

/**
 * The amount as an exact decimal string in major units, with exactly the currency's number of
 * decimals: `'19.99'` for 1999 EUR, `'1999'` for 1999 JPY, `'1.999'` for 1999 KWD.
 *
 * @param m - The amount.
 * @returns The decimal string in major units.
 * @throws {MeridianError} `core/invalid-amount` for a fraction, a string or an unsafe amount;
 *   `core/invalid-currency`.
 * @example
 * toDecimal(money(-5, 'EUR')); // '-0.05'
 * @since 0.1.0
 */
export function toDecimal(m: Money): string {
  assertMoney(m);
  const e = minorUnits(m.currency);
  const negative = m.amount < 0;
  const digits = String(Math.abs(m.amount));
  if (e === 0) return `${negative ? '-' : ''}${digits}`;
  const padded = digits.padStart(e + 1, '0');
  const whole = padded.slice(0, padded.length - e);
  const fraction = padded.slice(padded.length - e);
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
