import { fc, test } from '@fast-check/vitest';
import {
  add,
  allocate,
  type CurrencyCode,
  convert,
  fromDecimal,
  minorUnits,
  money,
  multiply,
  ROUNDING_MODES,
  subtract,
  toDecimal,
} from '@meridian-cx/core';
import { describe, expect } from 'vitest';
import { referenceDecimal, referenceRound } from './oracle.js';

const MAX = Number.MAX_SAFE_INTEGER;
const amount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger().map((n) => Math.trunc(n / 4)),
);
const mode = fc.constantFrom(...ROUNDING_MODES);
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.nat({ max: 100_000 }),
    fc.nat({ max: 999_999 }),
    fc.integer({ min: 0, max: 6 }),
  )
  .map(([neg, whole, frac, places]) => {
    const f = places === 0 ? '' : `.${String(frac).padStart(6, '0').slice(0, places)}`;
    return `${neg ? '-' : ''}${whole}${f}`;
  });
const currency = fc.constantFrom<CurrencyCode>('EUR', 'JPY', 'KWD', 'CLF', 'USD', 'BHD', 'ISK');

describe('money properties', () => {
  test.prop([amount, amount])('add then subtract gives the first amount back', (a, b) => {
    fc.pre(Math.abs(a + b) <= MAX);
    const x = money(a, 'EUR');
    const y = money(b, 'EUR');
    expect(subtract(add(x, y), y)).toEqual(x);
  });

  test.prop([amount, decimalText, mode])(
    'multiply agrees with the BigInt reference in every rounding mode',
    (a, factor, m) => {
      const { n, d } = referenceDecimal(factor);
      const expected = referenceRound(BigInt(a) * n, d, m);
      fc.pre(expected <= BigInt(MAX) && expected >= -BigInt(MAX));
      expect(multiply(money(a, 'EUR'), factor, { rounding: m }).amount).toBe(Number(expected));
    },
  );

  test.prop([
    fc.maxSafeInteger(),
    fc.bigInt({ min: 1n, max: 10n ** 18n }),
    fc.integer({ min: 1, max: 20 }),
    mode,
  ])('multiply agrees with the reference for products far beyond 2^53', (a, digits, scale, m) => {
    const text = String(digits).padStart(scale + 1, '0');
    const factor = `${text.slice(0, text.length - scale)}.${text.slice(text.length - scale)}`;
    const expected = referenceRound(BigInt(a) * digits, 10n ** BigInt(scale), m);
    fc.pre(expected <= BigInt(MAX) && expected >= -BigInt(MAX));
    expect(multiply(money(a, 'EUR'), factor, { rounding: m }).amount).toBe(Number(expected));
  });

  test.prop([amount, currency, currency, decimalText, mode])(
    'convert agrees with the BigInt reference',
    (a, from, to, rateText, m) => {
      const rate = rateText.replace('-', '');
      fc.pre(Number(rate) > 0);
      const { n, d } = referenceDecimal(rate);
      const shift = minorUnits(to) - minorUnits(from);
      const num = BigInt(a) * n * 10n ** BigInt(Math.max(shift, 0));
      const den = d * 10n ** BigInt(Math.max(-shift, 0));
      const expected = referenceRound(num, den, m);
      fc.pre(expected <= BigInt(MAX) && expected >= -BigInt(MAX));
      expect(convert(money(a, from), { to, rate, rounding: m }).amount).toBe(Number(expected));
    },
  );

  test.prop([amount, fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 })])(
    'allocation sums to the total and each share is within one minor unit of exact',
    (a, ratios) => {
      fc.pre(ratios.some((r) => r > 0));
      const shares = allocate(money(a, 'EUR'), ratios);
      expect(shares).toHaveLength(ratios.length);
      const total = shares.reduce((s, x) => s + BigInt(x.amount), 0n);
      expect(total).toBe(BigInt(a));
      const weight = BigInt(ratios.reduce((s, r) => s + r, 0));
      shares.forEach((share, i) => {
        // |share − a·rᵢ/W| < 1  ⇔  |share·W − a·rᵢ| < W
        const diff = BigInt(share.amount) * weight - BigInt(a) * BigInt(ratios[i] as number);
        expect(diff < 0n ? -diff : diff).toBeLessThan(weight);
      });
    },
  );

  test.prop([amount, fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 12 })])(
    'the integer fast path of allocate agrees with the general path',
    (a, ratios) => {
      fc.pre(ratios.some((r) => r > 0));
      // String ratios always take the general (BigInt) path.
      const general = allocate(money(a, 'EUR'), ratios.map(String));
      expect(allocate(money(a, 'EUR'), ratios)).toEqual(general);
    },
  );

  test.prop([amount, currency])('toDecimal and fromDecimal round-trip', (a, c) => {
    expect(fromDecimal(toDecimal(money(a, c)), c)).toEqual(money(a, c));
  });
});
