// refundRoute never offers what the provider's data rules out.
import { fc, test } from '@fast-check/vitest';
import { PAYMENT_DATASET, refundRoute } from '@meridian-cx/payments';
import { describe, expect } from 'vitest';

const pairs = PAYMENT_DATASET.methods.flatMap((m) =>
  m.providers.map((t) => ({
    method: m.id,
    provider: t.provider,
    terms: t,
    currency: m.currencies.value[0] as string,
  })),
);

const question = fc.record({
  pair: fc.constantFrom(...pairs),
  paid: fc.integer({ min: 1, max: 10_000_000 }),
  share: fc.double({ min: 0.01, max: 1, noNaN: true }),
  paidAt: fc.integer({
    min: Date.parse('2024-01-01T00:00:00Z'),
    max: Date.parse('2026-12-31T00:00:00Z'),
  }),
  after: fc.integer({ min: 0, max: 800 * 86_400_000 }),
});

describe('refundRoute, properties', () => {
  test.prop([question], { numRuns: 400 })(
    'never a route the provider data says is impossible',
    ({ pair, paid, share, paidAt, after }) => {
      const amount = Math.max(1, Math.floor(paid * share));
      const d = refundRoute({
        dataset: PAYMENT_DATASET,
        method: pair.method,
        provider: pair.provider,
        amount: { amount, currency: pair.currency as never },
        paid: { amount: paid, currency: pair.currency as never },
        paidAt: new Date(paidAt).toISOString(),
        now: new Date(paidAt + after).toISOString(),
      });
      const support = pair.terms.refund?.value;
      const direct = d.route === 'original-method' || d.route === 'provider-to-bank-account';
      if (support === undefined || support === 'none') expect(direct).toBe(false);
      if (support === 'full' && amount < paid) expect(direct).toBe(false);
      if (d.route === 'original-method')
        expect(support === 'full-and-partial' || support === 'full').toBe(true);
      if (d.route === 'provider-to-bank-account') expect(support).toBe('to-bank-account');
      if (direct && d.deadline)
        expect(Date.parse(d.deadline)).toBeGreaterThanOrEqual(paidAt + after);
      if (!direct) expect(d.route).toBe('bank-transfer');
      expect(d.reasons.length).toBeGreaterThan(0);
    },
  );
});
