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
