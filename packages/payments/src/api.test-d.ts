// The API's type safety: codes are literal unions, amounts are numbers, answers are typed.
import type { CountryCode, CurrencyCode } from '@meridian-cx/core';
import {
  mergePaymentDatasets,
  PAYMENT_DATASET,
  PAYMENTS_AMERICAS,
  PAYMENTS_EUROPE,
  type Recommendation,
  type RefundDecision,
  recommendPaymentMethods,
  refundRoute,
} from '@meridian-cx/payments';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('answers with typed country and currency codes', () => {
    const r = recommendPaymentMethods({
      dataset: PAYMENT_DATASET,
      country: 'PL',
      currency: 'PLN',
      amount: 4900,
      device: 'mobile',
      at: '2026-11-30T10:00:00Z',
    });
    expectTypeOf(r).toEqualTypeOf<Recommendation>();
    expectTypeOf(r.country).toEqualTypeOf<CountryCode>();
    expectTypeOf(r.currency).toEqualTypeOf<CurrencyCode>();
  });

  it('requires the dataset, and takes a region or a merge of regions', () => {
    const at = '2026-11-30T10:00:00Z';
    const q = { country: 'PL', currency: 'PLN', amount: 4900, device: 'mobile', at } as const;
    // @ts-expect-error the dataset is an argument, not a default
    recommendPaymentMethods(q);
    // @ts-expect-error the same for refunds
    refundRoute({
      method: 'blik',
      provider: 'ppro',
      amount: { amount: 1, currency: 'PLN' },
      paidAt: at,
      now: at,
    });
    recommendPaymentMethods({ ...q, dataset: PAYMENTS_EUROPE });
    recommendPaymentMethods({
      ...q,
      dataset: mergePaymentDatasets(PAYMENTS_EUROPE, PAYMENTS_AMERICAS),
    });
    // @ts-expect-error a dataset's JSON is not a dataset: parse it first
    recommendPaymentMethods({ ...q, dataset: { methods: [] } });
  });

  it('refuses a misspelt country, currency or device at compile time', () => {
    const at = '2026-11-30T10:00:00Z';
    recommendPaymentMethods({
      dataset: PAYMENT_DATASET,
      country: 'PL',
      // @ts-expect-error 'PLX' is not a currency code
      currency: 'PLX',
      amount: 1,
      device: 'mobile',
      at,
    });
    recommendPaymentMethods({
      dataset: PAYMENT_DATASET,
      // @ts-expect-error 'Poland' is not a country code
      country: 'Poland',
      currency: 'PLN',
      amount: 1,
      device: 'mobile',
      at,
    });
    recommendPaymentMethods({
      dataset: PAYMENT_DATASET,
      country: 'PL',
      currency: 'PLN',
      amount: 1,
      // @ts-expect-error device is 'mobile' or 'desktop'
      device: 'tablet',
      at,
    });
  });

  it('types the refund route', () => {
    const d = refundRoute({
      dataset: PAYMENT_DATASET,
      method: 'oxxo',
      provider: 'ppro',
      amount: { amount: 1, currency: 'MXN' },
      paidAt: '2026-11-01T00:00:00Z',
      now: '2026-11-02T00:00:00Z',
    });
    expectTypeOf(d).toEqualTypeOf<RefundDecision>();
    expectTypeOf(d.route).toEqualTypeOf<
      'original-method' | 'provider-to-bank-account' | 'bank-transfer' | 'store-credit'
    >();
  });
});
