import { type CurrencyCode, multiply } from '@meridian-cx/core';
import { percentFactor } from './percentFactor.js';

/**
 * `percent` % of an amount of minor units (> 0, as the fee steps ask), rounded half-even to the
 * minor unit: core's `multiply` by the percentage's exact decimal factor (15 → "15e-2"), the one
 * rounding rule of the house, in one place (multiply computes ordinary factors in doubles).
 * percentOf.prop.test.ts holds it to an exact BigInt oracle.
 */
export function percentOf(amount: number, percent: number, currency: CurrencyCode): number {
  return multiply({ amount, currency }, percentFactor(percent), { rounding: 'half-even' }).amount;
}
