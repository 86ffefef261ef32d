import { type CurrencyCode, multiply } from '@meridian-cx/core';
import { percentFactor } from './percentFactor.js';

/**
 * `percent` % of an amount of minor units (> 0, as the fee steps ask), rounded half-even to the
 * minor unit: core's `multiply` by the percentage's exact decimal factor (15 → "0.15"), the one
 * rounding rule of the house. A whole percent whose product stays within 2^52 (any real fee) is
 * computed in doubles instead, where every step is exact: multiply parses its factor into a
 * BigInt per call. percentOf.prop.test.ts holds both paths to an exact BigInt oracle.
 */
export function percentOf(amount: number, percent: number, currency: CurrencyCode): number {
  const n = amount * percent;
  if (percent % 1 === 0 && n <= 2 ** 52) {
    // n/100 ≤ 2^46 rounds to within 2^-8 of the true quotient, whose fraction is a multiple of
    // 0.01: the floor is exact, and so is r. `q & 1` is q's parity (q < 2^53).
    const q = Math.floor(n / 100);
    const r = n - q * 100;
    return r > 50 || (r === 50 && q & 1) ? q + 1 : q;
  }
  return multiply({ amount, currency }, percentFactor(percent), { rounding: 'half-even' }).amount;
}
