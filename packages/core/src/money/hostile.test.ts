// What core's money functions do with input that its types rule out but JSON lets through: each
// is a clear MeridianError, never a TypeError, a "NaN" or a confident wrong number.
import {
  add,
  compare,
  isMeridianError,
  money,
  parseCountry,
  parseCurrency,
  parseLocale,
  parseMoney,
  subtract,
  sum,
  toDecimal,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

function failure(f: () => unknown): { code: string; message: string } | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (!isMeridianError(e)) throw e;
    return { code: e.code, message: e.message };
  }
}

const hostile = { toString: 1 } as never;

describe('hostile money', () => {
  it('toDecimal refuses a fraction instead of printing "1..5"', () => {
    expect(failure(() => toDecimal({ amount: 1.5, currency: 'EUR' }))?.code).toBe(
      'core/invalid-amount',
    );
    expect(toDecimal(money(-5, 'EUR'))).toBe('-0.05');
  });

  it('add and subtract refuse fractions even when the result is whole', () => {
    const half = { amount: 1.5, currency: 'EUR' } as const;
    expect(failure(() => add(half, half))?.code).toBe('core/invalid-amount');
    expect(failure(() => subtract(half, { amount: 0.5, currency: 'EUR' }))?.code).toBe(
      'core/invalid-amount',
    );
    expect(failure(() => compare(half, money(1, 'EUR')))?.code).toBe('core/invalid-amount');
  });

  it('sum without a currency says what to pass, not "undefined"', () => {
    const f = failure(() => sum([], undefined as never));
    expect(f?.code).toBe('core/missing-currency');
    expect(f?.message).toContain("sum(items, 'EUR')");
    expect(sum([], 'EUR')).toEqual({ amount: 0, currency: 'EUR' });
    expect(failure(() => sum('nope' as never, 'EUR'))?.code).toBe('core/not-a-list');
  });

  it('a { toString: 1 } code is a clear error in every parser', () => {
    expect(failure(() => parseCurrency(hostile))?.code).toBe('core/invalid-currency');
    expect(failure(() => parseCountry(hostile))?.code).toBe('core/invalid-country');
    expect(failure(() => parseLocale(hostile))?.code).toBe('core/invalid-locale');
    expect(failure(() => money(1, hostile))?.code).toBe('core/invalid-currency');
    const v = failure(() => parseMoney({ amount: 1, currency: { toString: 1 } }));
    expect(v?.code).toBe('core/invalid-money');
    expect(v?.message).toContain('{"toString":1}');
  });
});
