import {
  CesAccumulator,
  CsatAccumulator,
  compareMeans,
  compareNps,
  compareProportions,
  compareSurveys,
  NpsAccumulator,
} from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

describe('compareProportions', () => {
  it("matches Newcombe's hybrid score interval for 56/70 − 48/80", () => {
    // Newcombe (1998b), "Interval estimation for the difference between independent proportions:
    // comparison of eleven methods", Statistics in Medicine 17:873–890, Table II example (a),
    // method 10: +0.0524 to +0.3339.
    const c = compareProportions({ successes: 48, n: 80 }, { successes: 56, n: 70 });
    expect(c.difference).toBeCloseTo(20, 10);
    expect(c.interval.lower).toBeCloseTo(5.24, 2);
    expect(c.interval.upper).toBeCloseTo(33.39, 2);
    expect(c.interval.method).toBe('newcombe-hybrid-score');
  });

  it('computes the pooled z statistic by hand and says it in words', () => {
    // 0.6 vs 0.8, pooled p = 104/150 = 0.69333; se = √(0.69333 × 0.30667 × (1/80 + 1/70)) = 0.075475;
    // z = 0.2/0.075475 = 2.6499; two-sided p = 0.00805.
    const c = compareProportions(
      { successes: 48, n: 80 },
      { successes: 56, n: 70 },
      { labels: { a: 'February', b: 'March' } },
    );
    expect(c.test.statistic).toBeCloseTo(2.6499, 3);
    expect(c.test.pValue).toBeCloseTo(0.00805, 4);
    expect(c.significant).toBe(true);
    expect(c.verdict).toBe('higher');
    expect(c.summary).toContain('CSAT is 20.0 points higher in March than in February');
    expect(c.reasons[0]?.code).toBe('comparison.significant');
  });

  it('does not call a small change real', () => {
    const c = compareProportions(
      { successes: 40, n: 50 },
      { successes: 42, n: 50 },
      { metric: 'FCR' },
    );
    expect(c.significant).toBe(false);
    expect(c.verdict).toBe('no-significant-difference');
    expect(c.summary).toContain('No statistically significant difference in FCR');
    expect(() => compareProportions({ successes: 0, n: 0 }, { successes: 1, n: 2 })).toThrow(
      expect.objectContaining({ code: 'metrics/empty-input' }),
    );
  });
});

describe('compareNps', () => {
  it('computes the difference and its standard error by hand', () => {
    // A: p .5, d .3 → NPS 20, Var₁ = 0.8 − 0.04 = 0.76; B: p .6, d .2 → NPS 40, Var₁ = 0.64.
    // se = √(0.0076 + 0.0064) = 0.118322; z = 0.2/0.118322 = 1.6903; p = 0.0910.
    const c = compareNps(
      { promoters: 50, detractors: 30, n: 100 },
      { promoters: 60, detractors: 20, n: 100 },
    );
    expect(c.difference).toBeCloseTo(20, 10);
    expect(c.test.statistic).toBeCloseTo(1.6903, 3);
    expect(c.test.pValue).toBeCloseTo(0.091, 3);
    expect(c.interval.lower).toBeCloseTo(20 - 23.191, 2);
    expect(c.significant).toBe(false);
  });
});

describe('compareMeans', () => {
  it("computes Welch's t, its degrees of freedom and interval by hand", () => {
    // se = √(1.2/40 + 1.0/40) = 0.234521; t = 0.5/0.234521 = 2.1320;
    // ν = 0.055²/((0.03²)/39 + (0.025²)/39) = 77.361.
    const c = compareMeans(
      { n: 40, mean: 5.1, variance: 1.2 },
      { n: 40, mean: 5.6, variance: 1.0 },
      { metric: 'CES' },
    );
    expect(c.test.statistic).toBeCloseTo(2.132, 3);
    expect(c.test.degreesOfFreedom).toBeCloseTo(77.361, 2);
    expect(c.test.pValue).toBeGreaterThan(0.03);
    expect(c.test.pValue).toBeLessThan(0.04);
    expect(c.significant).toBe(true);
    expect(c.interval.lower).toBeGreaterThan(0);
  });
});

describe('compareSurveys', () => {
  const at = '2026-03-02T10:00:00Z';
  it('picks the test that fits each metric', () => {
    const fill = <A extends CsatAccumulator | NpsAccumulator | CesAccumulator>(
      acc: A,
      survey: string,
      scores: number[],
    ) => {
      for (const score of scores) acc.add({ survey, score, respondedAt: at });
      return acc;
    };
    const a = fill(new CsatAccumulator(), 'csat', [5, 4, 3, 2, 5, 5]);
    const b = fill(new CsatAccumulator(), 'csat', [5, 5, 5, 4, 4, 1]);
    expect(compareSurveys(a, b).test.method).toBe('two-proportion-z');
    expect(compareSurveys(a, b, { reading: 'mean' }).test.method).toBe('welch-t');
    const na = fill(new NpsAccumulator(), 'nps', [10, 9, 3, 7]);
    const nb = fill(new NpsAccumulator(), 'nps', [10, 9, 9, 7]);
    expect(compareSurveys(na, nb).difference).toBeCloseTo(50, 10);
    const ca = fill(new CesAccumulator(), 'ces', [7, 6, 5]);
    const cb = fill(new CesAccumulator(), 'ces', [3, 4, 5]);
    expect(compareSurveys(ca, cb).difference).toBeCloseTo(-2, 10);
    expect(() => compareSurveys(a, na)).toThrow(
      expect.objectContaining({ code: 'metrics/scale-mismatch' }),
    );
  });
});
