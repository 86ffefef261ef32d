import { isMeridianError } from '@meridian-cx/core';
import {
  meanEstimate,
  metricsMessages,
  normalCdf,
  normalQuantile,
  npsEstimate,
  proportionEstimate,
  sampleSizeForMargin,
  studentTCdf,
  studentTQuantile,
  wilsonInterval,
} from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

describe('normal distribution', () => {
  it('matches published z values', () => {
    // Standard normal table: z(0.975) = 1.959964, z(0.995) = 2.575829, z(0.95) = 1.644854.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 10);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 10);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 12);
  });

  it('refuses probabilities outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, Number.NaN]) {
      expect(() => normalQuantile(p)).toThrow(
        expect.objectContaining({ code: 'metrics/invalid-probability' }),
      );
    }
  });
});

describe('Student t distribution', () => {
  // Two-sided 95% (p = 0.975) and 90% (p = 0.95) critical values and the 99% (p = 0.995) column,
  // as printed in the NIST/SEMATECH e-Handbook of Statistical Methods, table 1.4.2.7 (and every
  // textbook t table): df 1 → 12.706, 2 → 4.303, 5 → 2.571, 10 → 2.228, 30 → 2.042, 100 → 1.984.
  const table: [number, number, number, number][] = [
    [1, 12.706, 6.314, 63.657],
    [2, 4.303, 2.92, 9.925],
    [5, 2.571, 2.015, 4.032],
    [10, 2.228, 1.812, 3.169],
    [20, 2.086, 1.725, 2.845],
    [30, 2.042, 1.697, 2.75],
    [100, 1.984, 1.66, 2.626],
  ];
  it.each(table)('df = %i matches the published table', (df, t975, t95, t995) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t975, 3);
    expect(studentTQuantile(0.95, df)).toBeCloseTo(t95, 3);
    expect(studentTQuantile(0.995, df)).toBeCloseTo(t995, 3);
  });

  it('has closed forms at df = 1 and 2 and tends to the normal', () => {
    // df = 1 is Cauchy: t(p) = tan(π(p − ½)); df = 2: t(p) = (2p − 1)/√(2p(1 − p)).
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(Math.PI * 0.475), 9);
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(0.8 / Math.sqrt(2 * 0.9 * 0.1), 10);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(normalQuantile(0.975), 5);
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 10);
  });

  it('refuses bad degrees of freedom', () => {
    expect(() => studentTQuantile(0.975, 0)).toThrow(metricsMessages.invalidDegreesOfFreedom(0));
  });
});

describe('wilsonInterval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score, no continuity
  // correction): 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605; 0/20 → 0–0.1611; 1/29 → 0.0061–0.1718.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i matches Newcombe 1998', (x, n, lower, upper) => {
    const w = wilsonInterval(x, n);
    expect(w?.lower).toBeCloseTo(lower, 4);
    expect(w?.upper).toBeCloseTo(upper, 4);
  });

  it('matches a hand computation and the exact ends', () => {
    // 8/10 at 95%: centre (0.8 + 1.9208/10)/(1.38415) = 0.71672, half-width 0.24052 by hand.
    const w = wilsonInterval(8, 10);
    expect(w?.lower).toBeCloseTo(0.4902, 4);
    expect(w?.upper).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(10, 10)?.upper).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('refuses impossible counts with a message that says what to do', () => {
    expect(() => wilsonInterval(5, 3)).toThrow(metricsMessages.successesExceedTotal(5, 3));
    expect(() => wilsonInterval(1.5, 3)).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-count' }),
    );
    expect(() => wilsonInterval(1, 3, 95)).toThrow(metricsMessages.invalidConfidence(95));
  });
});

describe('sampleSizeForMargin', () => {
  it('gives 385 for ±5 points at 95% and 1,537 for NPS in the worst case', () => {
    expect(sampleSizeForMargin({ margin: 0.05 })).toBe(385);
    expect(sampleSizeForMargin({ margin: 0.05, variance: 1 })).toBe(1537);
    // ±3 points: 1.959964² × 0.25 / 0.0009 = 1067.07 → 1068.
    expect(sampleSizeForMargin({ margin: 0.03 })).toBe(1068);
    // p = 0.8 known in advance: 3.841459 × 0.16 / 0.0025 = 245.85 → 246.
    expect(sampleSizeForMargin({ margin: 0.05, variance: 0.8 * 0.2 })).toBe(246);
    expect(() => sampleSizeForMargin({ margin: 0 })).toThrow(metricsMessages.invalidMargin(0));
  });
});

describe('estimates', () => {
  it('reports a share in percent with a Wilson interval and a small-sample warning', () => {
    const e = proportionEstimate({ metric: 'csat', successes: 8, n: 10 });
    expect(e.value).toBe(80);
    expect(e.interval?.lower).toBeCloseTo(49.02, 2);
    expect(e.warnings[0]).toEqual({
      code: 'sample.below-margin',
      params: { n: 10, needed: 385, margin: 0.05, confidence: 0.95, unit: 'fraction' },
    });
    expect(proportionEstimate({ metric: 'csat', successes: 400, n: 500 }).warnings).toEqual([]);
    expect(proportionEstimate({ metric: 'csat', successes: 0, n: 0 })).toMatchObject({
      value: null,
      interval: null,
    });
  });

  it('computes NPS and its multinomial interval by hand', () => {
    // 60 promoters, 20 detractors of 100: NPS 40; Var = (0.8 − 0.16)/100 = 0.0064; se 0.08;
    // ±1.959964 × 0.08 = ±15.68 points.
    const e = npsEstimate({ promoters: 60, detractors: 20, n: 100 });
    expect(e.value).toBeCloseTo(40, 10);
    expect(e.interval?.lower).toBeCloseTo(40 - 15.6797, 3);
    expect(e.interval?.upper).toBeCloseTo(40 + 15.6797, 3);
    expect(e.warnings[0]?.params?.needed).toBe(1537);
    expect(() => npsEstimate({ promoters: 60, detractors: 50, n: 100 })).toThrow();
  });

  it('computes a t interval for a mean by hand', () => {
    // n = 10, mean 5.2, s² = 1.5: se = √0.15 = 0.387298; t(0.975, 9) = 2.262157 → ±0.876130.
    const e = meanEstimate('ces', { n: 10, mean: 5.2, variance: 1.5 });
    expect(e.interval?.lower).toBeCloseTo(5.2 - 0.87613, 5);
    expect(e.interval?.upper).toBeCloseTo(5.2 + 0.87613, 5);
    expect(meanEstimate('ces', { n: 1, mean: 3, variance: 0 }).interval).toBeNull();
  });

  it('throws MeridianErrors that core recognises', () => {
    try {
      proportionEstimate({ metric: 'x', successes: -1, n: 3 });
    } catch (e) {
      expect(isMeridianError(e, 'metrics/invalid-count')).toBe(true);
    }
  });
});
