import type { CurrencyCode, Money } from '@meridian-cx/core';

// Zero amounts recur in every breakdown: share one frozen zero, made again only when the currency
// changes (a breakdown asks for several zeros of one currency; no lookup per zero).
let zero: Money | undefined;

/** Money of a currency; zeros are shared frozen objects. */
export function m(amount: number, currency: CurrencyCode): Money {
  if (amount !== 0) return { amount, currency };
  if (zero?.currency !== currency) zero = Object.freeze({ amount: 0, currency });
  return zero;
}
