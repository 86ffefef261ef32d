import { type CurrencyCode, multiply } from '@meridian-cx/core';
import { percentFactor } from './percentFactor.js';

/**
 * `percent` % of an amount of minor units, rounded half-even to the minor unit: core's `multiply`
 * by the percentage's exact decimal factor (15 → "0.15"), the one rounding rule of the house.
 */
export function percentOf(amount: number, percent: number, currency: CurrencyCode): number {
  return multiply({ amount, currency }, percentFactor(percent), { rounding: 'half-even' }).amount;
}
