// percentOf is core's multiply by percentFactor's decimal (core computes ordinary factors in
// doubles, the rest in BigInt): held here to an exact rational oracle in BigInt (amount × percent
// / 100, half-even), which checks the factor's text, the rounding and both of multiply's paths
// (whole percents of amounts up to 2^53 take either).
import { fc, test } from '@fast-check/vitest';
import type { CurrencyCode } from '@meridian-cx/core';
import { describe, expect } from 'vitest';
import { percentOf } from './percentOf.js';

const EUR = 'EUR' as CurrencyCode;

/** amount × percent / 100, rounded half-even, for a percent with at most six decimals. */
function oracle(amount: number, percent: number): number {
  const num = BigInt(amount) * BigInt(Math.round(percent * 1_000_000));
  const den = 100_000_000n;
  let q = num / den;
  const twice = 2n * (num - q * den);
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  return Number(q);
}

const percent = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1_000_000),
  fc.constantFrom(12.5, 2.5, 0.5, 33.333333, 99.999999),
);
const amount = fc.oneof(
  fc.integer({ min: 1, max: 10_000_000 }),
  fc.integer({ min: 2 ** 40, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(1, 5, 15, 25, 2 ** 52 - 1, 2 ** 52, Number.MAX_SAFE_INTEGER),
);

describe('percentOf', () => {
  test.prop([amount, percent], { numRuns: 2000 })(
    'is the exact product, half-even, to the minor unit',
    (a, p) => {
      expect(percentOf(a, p, EUR)).toBe(oracle(a, p));
    },
  );
  test('rounds exact halves to even', () => {
    expect(percentOf(5, 10, EUR)).toBe(0); // 0.5 → 0
    expect(percentOf(15, 10, EUR)).toBe(2); // 1.5 → 2
    expect(percentOf(25, 10, EUR)).toBe(2); // 2.5 → 2
    expect(percentOf(1_005, 10, EUR)).toBe(100);
  });
});
