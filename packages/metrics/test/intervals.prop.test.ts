import { fc, test } from '@fast-check/vitest';
import {
  meanEstimate,
  npsEstimate,
  proportionEstimate,
  sampleSizeForMargin,
  wilsonInterval,
} from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

const counts = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const confidence = fc.constantFrom(0.8, 0.9, 0.95, 0.99);

describe('intervals contain the estimate and narrow as n grows', () => {
  test.prop([counts, confidence])(
    'Wilson: contains p̂, stays in [0, 1], narrows when n scales up',
    ([x, n], c) => {
      const w = wilsonInterval(x, n, c) as { lower: number; upper: number };
      const p = x / n;
      expect(w.lower).toBeGreaterThanOrEqual(0);
      expect(w.upper).toBeLessThanOrEqual(1);
      expect(w.lower).toBeLessThanOrEqual(p + 1e-12);
      expect(w.upper).toBeGreaterThanOrEqual(p - 1e-12);
      const wider = wilsonInterval(4 * x, 4 * n, c) as { lower: number; upper: number };
      expect(wider.upper - wider.lower).toBeLessThan(w.upper - w.lower);
    },
  );

  test.prop([counts, fc.constantFrom(0.8, 0.9, 0.95)])(
    'Wilson: a higher confidence gives a wider interval',
    ([x, n], c) => {
      const lo = wilsonInterval(x, n, c) as { lower: number; upper: number };
      const hi = wilsonInterval(x, n, c + 0.04) as { lower: number; upper: number };
      expect(hi.upper - hi.lower).toBeGreaterThan(lo.upper - lo.lower);
    },
  );

  test.prop([
    fc
      .integer({ min: 1, max: 3000 })
      .chain((n) =>
        fc
          .integer({ min: 0, max: n })
          .chain((p) =>
            fc.tuple(fc.constant(p), fc.integer({ min: 0, max: n - p }), fc.constant(n)),
          ),
      ),
  ])(
    'NPS: contains the score, within ±100, narrows when n scales up',
    ([promoters, detractors, n]) => {
      const e = npsEstimate({ promoters, detractors, n });
      const i = e.interval as { lower: number; upper: number };
      expect(i.lower).toBeLessThanOrEqual((e.value as number) + 1e-9);
      expect(i.upper).toBeGreaterThanOrEqual((e.value as number) - 1e-9);
      expect(i.lower).toBeGreaterThanOrEqual(-100);
      expect(i.upper).toBeLessThanOrEqual(100);
      const big = npsEstimate({ promoters: 4 * promoters, detractors: 4 * detractors, n: 4 * n })
        .interval as typeof i;
      expect(big.upper - big.lower).toBeLessThanOrEqual(i.upper - i.lower + 1e-9);
    },
  );

  test.prop([
    fc.integer({ min: 2, max: 10_000 }),
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: 0.01, max: 100, noNaN: true }),
  ])('t interval: contains the mean, narrows when n grows', (n, mean, variance) => {
    const a = meanEstimate('m', { n, mean, variance }).interval as { lower: number; upper: number };
    const b = meanEstimate('m', { n: n + 1, mean, variance }).interval as typeof a;
    expect(a.lower).toBeLessThanOrEqual(mean);
    expect(a.upper).toBeGreaterThanOrEqual(mean);
    expect(b.upper - b.lower).toBeLessThan(a.upper - a.lower);
  });

  test.prop([fc.double({ min: 0.01, max: 0.2, noNaN: true }), confidence])(
    'the sample size for a margin delivers that margin in the worst case, and one less does not',
    (margin, c) => {
      const n = sampleSizeForMargin({ margin, confidence: c });
      const half = (e: ReturnType<typeof proportionEstimate>) =>
        ((e.interval?.upper ?? 0) - (e.interval?.lower ?? 0)) / 200;
      // Wald half-width at p = ½: z·√(¼/n) ≤ E exactly at the computed n.
      const wald = (k: number) => Math.sqrt(0.25 / k);
      expect(wald(n)).toBeLessThanOrEqual(wald(n - 1));
      expect(
        proportionEstimate({
          metric: 'x',
          successes: Math.floor(n / 2),
          n: n,
          margin,
          confidence: c,
        }).warnings,
      ).toEqual([]);
      expect(
        proportionEstimate({
          metric: 'x',
          successes: 0,
          n: Math.max(1, n - 1),
          margin,
          confidence: c,
        }).warnings[0]?.code,
      ).toBe(n - 1 >= 1 ? 'sample.below-margin' : undefined);
      expect(
        half(
          proportionEstimate({ metric: 'x', successes: Math.floor(n / 2), n: n, confidence: c }),
        ),
      ).toBeLessThanOrEqual(margin + 1e-9);
    },
  );
});
