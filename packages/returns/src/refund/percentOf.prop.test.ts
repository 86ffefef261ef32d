// percentOf restates core's half-even multiply in integer arithmetic for speed: held to core here,
// directly, on amounts up to Number.MAX_SAFE_INTEGER (through the fast path and past it).
import { fc, test } from '@fast-check/vitest';
import { type CurrencyCode, multiply } from '@meridian-cx/core';
import { describe, expect } from 'vitest';
import { percentFactor } from './percentFactor.js';
import { percentOf } from './percentOf.js';

const EUR = 'EUR' as CurrencyCode;
const core = (amount: number, percent: number) =>
  multiply({ amount, currency: EUR }, percentFactor(percent), { rounding: 'half-even' }).amount;

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
    'is core multiply, half-even, to the minor unit',
    (a, p) => {
      expect(percentOf(a, p, EUR)).toBe(core(a, p));
    },
  );
  test('rounds exact halves to even', () => {
    expect(percentOf(5, 10, EUR)).toBe(0); // 0.5 → 0
    expect(percentOf(15, 10, EUR)).toBe(2); // 1.5 → 2
    expect(percentOf(25, 10, EUR)).toBe(2); // 2.5 → 2
    expect(percentOf(1_005, 10, EUR)).toBe(100);
  });
});
