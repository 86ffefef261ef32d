import { isMeridianError } from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';
import { codes as authorityCodes } from './authority/failures.js';
import { fail, codes as mainCodes, message, show } from './failures.js';
import { codes as rmaCodes } from './rma/failures.js';
import { codes as ruleCodes } from './rules/failures.js';
import { codes as regimeCodes } from './statutory/failures.js';

// The catalogs of the functions outside evaluateReturn's path live beside them (a bundle of the
// evaluator carries only its own messages); together they are the package's codes.
const codes = [...mainCodes, ...ruleCodes, ...rmaCodes, ...regimeCodes, ...authorityCodes];

describe('the returns failure catalog', () => {
  it('has one code per failure, each in the package namespace', () => {
    expect(codes.length).toBeGreaterThanOrEqual(20);
    for (const c of codes) expect(c).toMatch(/^returns\/[a-z-]+$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it('throws a MeridianError carrying the code and the params', () => {
    try {
      fail('returns/unknown-role', { role: 'intern' });
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'returns/unknown-role')).toBe(true);
      expect((e as { params: unknown }).params).toEqual({ role: 'intern' });
    }
  });
  it('words each message with the value and the fix', () => {
    expect(
      message('returns/quantity-exceeds-delivered', { lineId: 'case', asked: 3, delivered: 2 }),
    ).toBe(
      'Line "case": 3 unit(s) asked back but only 2 delivered. Ask for at most the delivered quantity.',
    );
    expect(
      message('returns/discount-exceeds-items', { discount: 500, items: 400, currency: 'EUR' }),
    ).toContain('order.discount.amount 500 EUR');
  });
  it('shows hostile values without throwing', () => {
    expect(show({ toString: 1 })).toBe('{"toString":1}');
    expect(show(-0)).toBe('-0');
    expect(show(undefined)).toBe('undefined');
    expect(show('x'.repeat(200)).length).toBeLessThan(100);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe('an object');
    expect(show(10n)).toBe('10n');
  });
});
