import { isMeridianError } from '@meridian-cx/core';
import {
  convertWithRates,
  formatForShopper,
  PAYMENT_DATASET,
  pricePresentation,
} from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';

const rates = {
  asOf: '2026-11-30',
  rates: { 'PLN/EUR': '0.2344', 'EUR/JPY': '161.25', 'USD/KWD': '0.3071' },
};

describe('convertWithRates', () => {
  it('converts through the table, rounds once in the named mode, to the target minor units', () => {
    const c = convertWithRates({
      amount: { amount: 4900, currency: 'PLN' },
      to: 'EUR',
      rates,
      rounding: 'half-even',
    });
    expect(c).toEqual({
      amount: { amount: 1149, currency: 'EUR' },
      pair: 'PLN/EUR',
      rate: '0.2344',
      rounding: 'half-even',
      asOf: '2026-11-30',
    });
    expect(
      convertWithRates({
        amount: { amount: 1000, currency: 'EUR' },
        to: 'JPY',
        rates,
        rounding: 'half-even',
      }).amount.amount,
    ).toBe(1612);
    expect(
      convertWithRates({
        amount: { amount: 1000, currency: 'EUR' },
        to: 'JPY',
        rates,
        rounding: 'half-up',
      }).amount.amount,
    ).toBe(1613);
    expect(
      convertWithRates({
        amount: { amount: 1000, currency: 'USD' },
        to: 'KWD',
        rates,
        rounding: 'half-even',
      }).amount,
    ).toEqual({ amount: 3071, currency: 'KWD' });
  });

  it('never inverts a rate: a missing pair is an error that names it', () => {
    try {
      convertWithRates({
        amount: { amount: 100, currency: 'EUR' },
        to: 'PLN',
        rates,
        rounding: 'half-even',
      });
      expect.fail('should throw');
    } catch (e) {
      expect(isMeridianError(e, 'payments/no-rate')).toBe(true);
      expect(String(e)).toContain('EUR/PLN');
    }
  });

  it('refuses a rate that is not a decimal string, and an unknown rounding mode', () => {
    expect(() =>
      convertWithRates({
        amount: { amount: 1, currency: 'EUR' },
        to: 'PLN',
        rates: { asOf: '2026-11-30', rates: { 'EUR/PLN': '4,26' } },
        rounding: 'half-even',
      }),
    ).toThrow(/positive decimal/);
    expect(() =>
      convertWithRates({
        amount: { amount: 1, currency: 'EUR' },
        to: 'PLN',
        rates,
        rounding: 'bankers',
      }),
    ).toThrow();
  });
});

describe('formatForShopper', () => {
  it('writes money the way each locale does, with Persian and Arabic digits where the locale uses them', () => {
    expect(formatForShopper({ amount: 4900, currency: 'PLN' }, 'pl-PL')).toMatch(/^49,00\s?zł$/);
    expect(formatForShopper({ amount: 14_990, currency: 'BRL' }, 'pt-BR')).toMatch(/R\$\s?149,90/);
    expect(formatForShopper({ amount: 1_250_000, currency: 'IRR' }, 'fa-IR')).toMatch(/[۰-۹]/);
    expect(formatForShopper({ amount: 12_500, currency: 'EGP' }, 'ar-EG')).toMatch(/[٠-٩]/);
    expect(formatForShopper({ amount: 12_500, currency: 'EGP' }, 'en-EG')).toMatch(/125\.00/);
  });

  it('refuses a bad locale tag or amount', () => {
    expect(() => formatForShopper({ amount: 1.5, currency: 'EUR' }, 'de-DE')).toThrow();
    expect(() => formatForShopper({ amount: 1, currency: 'EUR' }, 'not a locale!')).toThrow();
  });
});

describe('pricePresentation', () => {
  it('tax-inclusive in the EU and UK, tax-exclusive in the US, each with its source', () => {
    expect(pricePresentation('DE', PAYMENT_DATASET).rule).toBe('tax-inclusive');
    expect(pricePresentation('GB', PAYMENT_DATASET).rule).toBe('tax-inclusive');
    expect(pricePresentation('US', PAYMENT_DATASET)).toMatchObject({
      rule: 'tax-exclusive',
      source: { url: expect.stringMatching(/^https:/) },
    });
  });

  it('says so when no source covers a country', () => {
    try {
      pricePresentation('JP', PAYMENT_DATASET);
      expect.fail('should throw');
    } catch (e) {
      expect(isMeridianError(e, 'payments/unknown-country')).toBe(true);
    }
    expect(() => pricePresentation('de', PAYMENT_DATASET)).toThrow();
  });
});
