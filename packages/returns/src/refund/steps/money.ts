import type { CurrencyCode, Money } from '@meridian-cx/core';

// Zero amounts recur in every breakdown: share one frozen zero per currency.
const zeros = new Map<string, Money>();

/** Money of a currency; zeros are shared frozen objects (there are few currencies). */
export function m(amount: number, currency: CurrencyCode): Money {
  if (amount !== 0) return { amount, currency };
  let z = zeros.get(currency);
  if (!z) {
    z = Object.freeze({ amount: 0, currency });
    zeros.set(currency, z);
  }
  return z;
}
