// The regional datasets are PAYMENT_DATASET cut by country, nothing more: the same entries (the
// same objects, so every fact keeps its source and asOf), validated here as PAYMENT_DATASET is.
import { isMeridianError } from '@meridian-cx/core';
import {
  definePaymentDataset,
  mergePaymentDatasets,
  PAYMENT_DATASET,
  PAYMENTS_AMERICAS,
  PAYMENTS_ASIA_PACIFIC,
  PAYMENTS_EUROPE,
  PAYMENTS_MIDDLE_EAST_AFRICA,
  type PaymentMethodInput,
  parsePaymentDataset,
  recommendPaymentMethods,
  refundRoute,
} from '@meridian-cx/payments';
import { describe, expect, it } from 'vitest';

const REGIONS = [
  PAYMENTS_EUROPE,
  PAYMENTS_AMERICAS,
  PAYMENTS_ASIA_PACIFIC,
  PAYMENTS_MIDDLE_EAST_AFRICA,
];
const at = '2026-11-30T10:00:00Z';

describe('the regional datasets', () => {
  it('split every country of PAYMENT_DATASET into exactly one region', () => {
    const all = [...new Set(PAYMENT_DATASET.methods.flatMap((m) => m.countries.value))].sort();
    const regional = REGIONS.flatMap((r) => r.countries ?? []).sort();
    expect(regional).toEqual(all);
  });

  it.each(REGIONS.map((r) => [r.name, r] as const))(
    '%s holds exactly the methods, rules and details of its countries, the same entries',
    (_, region) => {
      const inRegion = (c: string) => (region.countries as readonly string[]).includes(c);
      expect(region.methods).toEqual(
        PAYMENT_DATASET.methods.filter((m) => m.countries.value.some(inRegion)),
      );
      for (const m of region.methods)
        expect(PAYMENT_DATASET.methods.find((x) => x.id === m.id)).toBe(m);
      expect(region.providers).toBe(PAYMENT_DATASET.providers);
      expect(region.presentation).toEqual(
        PAYMENT_DATASET.presentation.filter((p) => p.countries.some(inRegion)),
      );
      expect(region.refundDetails).toEqual(
        PAYMENT_DATASET.refundDetails.filter((d) => inRegion(d.country)),
      );
      expect(parsePaymentDataset(region)).toStrictEqual(region);
    },
  );

  it('answers as PAYMENT_DATASET does, country by country, once merged', () => {
    const world = mergePaymentDatasets(...REGIONS);
    expect(world.name).toBe(
      'PAYMENTS_EUROPE + PAYMENTS_AMERICAS + PAYMENTS_ASIA_PACIFIC + PAYMENTS_MIDDLE_EAST_AFRICA',
    );
    expect(new Set(world.methods.map((m) => m.id))).toEqual(
      new Set(PAYMENT_DATASET.methods.map((m) => m.id)),
    );
    for (const region of REGIONS) {
      for (const country of region.countries ?? []) {
        const m = PAYMENT_DATASET.methods.find((x) => x.countries.value.includes(country));
        const q = {
          country,
          currency: m?.currencies.value[0] ?? 'EUR',
          amount: 4900,
          device: 'mobile',
          at,
        } as const;
        const want = recommendPaymentMethods({ ...q, dataset: PAYMENT_DATASET });
        expect(recommendPaymentMethods({ ...q, dataset: region }), country).toEqual(want);
        expect(recommendPaymentMethods({ ...q, dataset: world }), country).toEqual(want);
      }
    }
  });

  it('refuses a country outside the region even where cards list it, naming the region to add', () => {
    try {
      recommendPaymentMethods({
        dataset: PAYMENTS_EUROPE,
        country: 'BR',
        currency: 'BRL',
        amount: 9900,
        device: 'mobile',
        at,
      });
      expect.fail('should throw');
    } catch (e) {
      expect(isMeridianError(e, 'payments/country-not-in-dataset')).toBe(true);
      expect(String(e)).toMatch(/"PAYMENTS_EUROPE" has no payment method used in BR/);
      expect(String(e)).toMatch(/mergePaymentDatasets\(yours, PAYMENTS_AMERICAS\)/);
    }
  });
});

describe('refundRoute on a region', () => {
  it('refuses a bank country outside the region, and defaults to the first country it covers', () => {
    const card = {
      method: 'card',
      provider: 'stripe',
      amount: { amount: 4900, currency: 'EUR' as const },
      paidAt: '2026-11-02T10:00:00Z',
      now: '2026-11-30T10:00:00Z',
    };
    expect(() => refundRoute({ ...card, country: 'MX', dataset: PAYMENTS_EUROPE })).toThrow(
      /"PAYMENTS_EUROPE" has no payment method used in MX .*PAYMENTS_AMERICAS/,
    );
    // Afterpay's first country is Australia; in the Americas its first is the US. Stripe's refund
    // terms for it are not sourced, so the answer is a transfer, in the country the region has.
    const afterpay = { ...card, method: 'afterpay', amount: { amount: 4900, currency: 'USD' } };
    const us = refundRoute({ ...afterpay, dataset: PAYMENTS_AMERICAS } as never);
    expect(us.route).toBe('bank-transfer');
    expect(us.reasons.map((r) => r.params?.country)).toContain('US');
    const au = refundRoute({ ...afterpay, dataset: PAYMENT_DATASET } as never);
    expect(au.reasons.map((r) => r.params?.country)).toContain('AU');
  });
});

describe('mergePaymentDatasets', () => {
  it('refuses two different entries with one id, and a call with nothing to merge', () => {
    const blik = PAYMENT_DATASET.methods.find((m) => m.id === 'blik') as PaymentMethodInput;
    const mine = definePaymentDataset({
      base: PAYMENTS_EUROPE,
      methods: [{ ...blik, name: 'BLIK (our wording)' }],
    });
    expect(() => mergePaymentDatasets(PAYMENTS_EUROPE, mine)).toThrow(/method "blik"/);
    try {
      mergePaymentDatasets(mine, PAYMENTS_EUROPE);
    } catch (e) {
      expect(isMeridianError(e, 'payments/merge-conflict')).toBe(true);
    }
    expect(() => mergePaymentDatasets()).toThrow(/mergePaymentDatasets needs/);
    expect(() => mergePaymentDatasets(JSON.parse(JSON.stringify(PAYMENTS_EUROPE)))).toThrow(
      /definePaymentDataset or parsePaymentDataset/,
    );
  });

  it('extending a region with a method for another country covers that country', () => {
    const oxxo = PAYMENT_DATASET.methods.find((m) => m.id === 'oxxo') as PaymentMethodInput;
    const mine = definePaymentDataset({ base: PAYMENTS_EUROPE, methods: [oxxo] });
    expect(mine.countries).toContain('MX');
    expect(mine.name).toBe('PAYMENTS_EUROPE (extended)');
    const r = recommendPaymentMethods({
      dataset: mine,
      country: 'MX',
      currency: 'MXN',
      amount: 49_900,
      device: 'desktop',
      at,
    });
    expect(r.recommended.map((m) => m.method)).toContain('oxxo');
  });
});
