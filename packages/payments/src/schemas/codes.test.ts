// payments checks codes, money, sources and instants with core's schemas, not copies of them.
import {
  CountryCodeSchema,
  CurrencyCodeSchema,
  InstantSchema,
  isMeridianError,
  LocaleTagSchema,
  MoneySchema,
  SourceSchema,
} from '@meridian-cx/core';
import { formatForShopper } from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';
import {
  CountrySchema,
  CurrencySchema,
  InstantInputSchema,
  LocaleSchema,
  MoneyInputSchema,
  SourceInputSchema,
} from './codes.js';

describe('payments’ code schemas', () => {
  it('are core’s, one rule in one place', () => {
    expect(CountrySchema).toBe(CountryCodeSchema);
    expect(CurrencySchema).toBe(CurrencyCodeSchema);
    expect(LocaleSchema).toBe(LocaleTagSchema);
    expect(MoneyInputSchema).toBe(MoneySchema);
    expect(SourceInputSchema).toBe(SourceSchema);
    expect(InstantInputSchema).toBe(InstantSchema);
  });

  it('canonicalise a locale tag as core does, so a shopper’s en_us or PL-pl is shown their money', () => {
    const price = { amount: 4900, currency: 'PLN' } as const;
    expect(formatForShopper(price, 'pl_PL')).toBe(formatForShopper(price, 'pl-PL'));
    expect(formatForShopper(price, 'PL-pl')).toBe(formatForShopper(price, 'pl-PL'));
    expect(formatForShopper(price, 'en_us')).toBe(formatForShopper(price, 'en-US'));
    expect(formatForShopper(price, 'pl-PL')).not.toBe(formatForShopper(price, 'en-US'));
    expect(() => formatForShopper(price, 'not a locale!')).toThrow(/not a well-formed BCP 47/);
    try {
      formatForShopper(price, 'not a locale!');
    } catch (e) {
      expect(isMeridianError(e, 'payments/invalid-display')).toBe(true);
    }
  });
});
