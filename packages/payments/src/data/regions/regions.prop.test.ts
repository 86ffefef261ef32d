// A region answers every question about its countries exactly as the whole dataset does, and so
// does the merge of the regions: the cut drops countries, never an answer.
import { fc, test } from '@fast-check/vitest';
import {
  mergePaymentDatasets,
  PAYMENT_DATASET,
  PAYMENTS_AMERICAS,
  PAYMENTS_ASIA_PACIFIC,
  PAYMENTS_EUROPE,
  PAYMENTS_MIDDLE_EAST_AFRICA,
  recommendPaymentMethods,
  refundRoute,
} from '@meridian-cx/payments';
import { describe, expect } from 'vitest';

const REGIONS = [
  PAYMENTS_EUROPE,
  PAYMENTS_AMERICAS,
  PAYMENTS_ASIA_PACIFIC,
  PAYMENTS_MIDDLE_EAST_AFRICA,
];
const world = mergePaymentDatasets(...REGIONS);
const currencies = [...new Set(PAYMENT_DATASET.methods.flatMap((m) => m.currencies.value))];
const providers = PAYMENT_DATASET.providers.map((p) => p.id);

const question = fc.record({
  region: fc.constantFrom(...REGIONS),
  pick: fc.nat(),
  currency: fc.constantFrom(...currencies),
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  device: fc.constantFrom('mobile' as const, 'desktop' as const),
  recurring: fc.boolean(),
  providers: fc.subarray(providers, { minLength: 1 }),
  at: fc
    .integer({ min: Date.parse('2023-01-01T00:00:00Z'), max: Date.parse('2028-01-01T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString()),
});

describe('regional datasets, properties', () => {
  test.prop([question], { numRuns: 200 })(
    'a region, and the merge of all regions, answer as PAYMENT_DATASET does',
    ({ region, pick, ...q }) => {
      const countries = region.countries ?? [];
      const country = countries[pick % countries.length] as (typeof countries)[number];
      const ask = { ...q, country };
      const want = recommendPaymentMethods({ ...ask, dataset: PAYMENT_DATASET });
      expect(recommendPaymentMethods({ ...ask, dataset: region })).toEqual(want);
      expect(recommendPaymentMethods({ ...ask, dataset: world })).toEqual(want);
    },
  );
});

// Every (region, method, provider, bank country in the region) a refund question can name.
const refundCases = REGIONS.flatMap((region) =>
  region.methods.flatMap((m) =>
    m.providers.flatMap((t) =>
      m.countries.value
        .filter((c) => (region.countries as readonly string[]).includes(c))
        .map((country) => ({
          region,
          method: m.id,
          provider: t.provider,
          country,
          first: m.countries.value[0] === country,
          currency: m.currencies.value[0] as string,
        })),
    ),
  ),
);

describe('regional datasets and refunds, properties', () => {
  test.prop(
    [
      fc.constantFrom(...refundCases),
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.integer({
        min: Date.parse('2024-01-01T00:00:00Z'),
        max: Date.parse('2026-12-31T00:00:00Z'),
      }),
      fc.integer({ min: 0, max: 800 * 86_400_000 }),
      fc.boolean(),
    ],
    { numRuns: 300 },
  )(
    'a region routes a refund to a bank in its countries as PAYMENT_DATASET does',
    (c, paid, paidAt, after, explicit) => {
      const ask = {
        method: c.method,
        provider: c.provider,
        amount: { amount: paid, currency: c.currency as never },
        paidAt: new Date(paidAt).toISOString(),
        now: new Date(paidAt + after).toISOString(),
        ...(explicit || !c.first ? { country: c.country as never } : {}),
      };
      const want = refundRoute({ ...ask, dataset: PAYMENT_DATASET });
      expect(refundRoute({ ...ask, dataset: c.region })).toEqual(want);
      expect(refundRoute({ ...ask, dataset: world })).toEqual(want);
    },
  );
});
