import { type CurrencyCode, multiply } from '@meridian-cx/core';
import { percentFactor } from './percentFactor.js';

// Below 2^52 a float quotient is at most one off and q·d, n − q·d stay exact (as in core).
const FAST = 2 ** 52;

type Factor = { readonly digits: number; readonly denominator: number };

// A percentage as an exact fraction digits / 10^scale, read from its decimal factor once.
const factors = new Map<number, Factor | null>();

function factorOf(percent: number): Factor | null {
  let f = factors.get(percent);
  if (f === undefined) {
    const text = percentFactor(percent);
    const dot = text.indexOf('.');
    const scale = dot < 0 ? 0 : text.length - dot - 1;
    const digits = Number(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
    f = Number.isSafeInteger(digits) && scale <= 15 ? { digits, denominator: 10 ** scale } : null;
    if (factors.size < 1_000) factors.set(percent, f);
  }
  return f;
}

/**
 * `percent` % of a positive amount of minor units, rounded half-even: the same number as core's
 * `multiply(amount, percentFactor(percent), { rounding: 'half-even' })`, computed in plain integer
 * arithmetic when it fits (always, for prices and percentages), through core otherwise.
 */
export function percentOf(amount: number, percent: number, currency: CurrencyCode): number {
  const f = factorOf(percent);
  if (f !== null && amount > 0 && Number.isSafeInteger(amount)) {
    const n = amount * f.digits;
    const d = f.denominator;
    if (n <= FAST) {
      let q = Math.trunc(n / d);
      let r = n - q * d;
      while (r < 0) {
        q -= 1;
        r += d;
      }
      while (r >= d) {
        q += 1;
        r -= d;
      }
      const twice = 2 * r;
      if (twice > d || (twice === d && q % 2 === 1)) q += 1;
      return q;
    }
  }
  return multiply({ amount, currency }, percentFactor(percent), { rounding: 'half-even' }).amount;
}
