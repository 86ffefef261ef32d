import { fc, test } from '@fast-check/vitest';
import { applicableRegimes } from '@meridian-cx/privacy';
import { expect } from 'vitest';

const rank = { 'does-not-apply': 0, undetermined: 1, applies: 2 } as const;
const regions = ['CA', 'VA', 'CO', 'CT', 'TX', 'OR', 'NJ'] as const;
const facts = fc.record({
  consumersPerYear: fc.integer({ min: 0, max: 300_000 }),
  revenue: fc.integer({ min: 0, max: 10_000_000_000 }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  sells: fc.boolean(),
  sensitive: fc.boolean(),
  small: fc.boolean(),
});

test.prop([
  fc.constantFrom(...regions),
  facts,
  fc.integer({ min: 0, max: 200_000 }),
  fc.integer({ min: 0, max: 5_000_000_000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom('2024-06-01', '2026-03-02', '2026-08-01'),
])(
  'applicability is monotone in the thresholds: more consumers, revenue or data revenue never makes a law stop applying',
  (region, f, moreConsumers, moreRevenue, moreShare, day) => {
    const business = (c: number, r: number, s: number) => ({
      establishedIn: ['US'],
      consumersPerYear: c,
      annualRevenue: { amount: r, currency: 'USD' },
      revenueShareFromData: s,
      sellsPersonalData: f.sells,
      processesSensitiveData: f.sensitive,
      smallBusiness: f.small,
    });
    const at = `${day}T12:00:00Z`;
    const before = applicableRegimes({
      customer: { country: 'US', region },
      business: business(f.consumersPerYear, f.revenue, f.share),
      at,
    });
    const after = applicableRegimes({
      customer: { country: 'US', region },
      business: business(
        f.consumersPerYear + moreConsumers,
        f.revenue + moreRevenue,
        Math.min(1, f.share + moreShare),
      ),
      at,
    });
    for (const b of before) {
      const a = after.find((x) => x.regime === b.regime);
      expect(rank[a?.status ?? 'does-not-apply']).toBeGreaterThanOrEqual(rank[b.status]);
    }
  },
);
