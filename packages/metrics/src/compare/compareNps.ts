import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import { checkConfidence, checkCount } from '../stats/checks.js';
import { normalCdf, normalQuantile } from '../stats/normal.js';
import { buildComparison, type CompareOptions, type Comparison } from './Comparison.js';

/** Promoters, detractors and respondents of one side of an NPS comparison. */
export type NpsCounts = {
  readonly promoters: number;
  readonly detractors: number;
  readonly n: number;
};

/**
 * Compare two Net Promoter Scores: the difference b − a in NPS points with the interval
 * Δ ± z·√(Var_a + Var_b), each Var = (p + d − (p − d)²)/n for independent samples, and the z-test
 * of Δ = 0 with the same standard error.
 *
 * @param a - Baseline counts.
 * @param b - Comparison counts.
 * @param options - Confidence (0.95), metric name (`'NPS'`), labels.
 * @returns The {@link Comparison} with its summary in words.
 * @throws {MeridianError} `metrics/invalid-count`, `metrics/empty-input`.
 * @example
 * compareNps({ promoters: 50, detractors: 30, n: 100 }, { promoters: 60, detractors: 20, n: 100 }).difference; // 20
 * @since 0.1.0
 */
export function compareNps(a: NpsCounts, b: NpsCounts, options: CompareOptions = {}): Comparison {
  const {
    confidence = 0.95,
    metric = 'NPS',
    labels = { a: 'A', b: 'B' },
  } = checkObject(options, 'compareNps options', 'an object such as { confidence: 0.95 }');
  for (const side of [a, b]) {
    checkObject(side, 'NPS counts', 'an object { promoters, detractors, n }');
    checkCount('promoters', side.promoters);
    checkCount('detractors', side.detractors);
    checkCount('n − promoters − detractors', side.n - side.promoters - side.detractors);
  }
  checkConfidence(confidence);
  if (a.n === 0 || b.n === 0) {
    fail('metrics/empty-input', { what: 'a comparison' });
  }
  const side = (c: NpsCounts) => {
    const p = c.promoters / c.n;
    const d = c.detractors / c.n;
    return { nps: p - d, variance: Math.max(0, p + d - (p - d) ** 2) / c.n };
  };
  const sa = side(a);
  const sb = side(b);
  const diff = sb.nps - sa.nps;
  const se = Math.sqrt(sa.variance + sb.variance);
  const z = se === 0 ? (diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY) : diff / se;
  const pValue = Number.isFinite(z) ? Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) : 0;
  const half = normalQuantile(1 - (1 - confidence) / 2) * se;
  return buildComparison({
    metric,
    unit: 'points',
    labels,
    a: { value: 100 * sa.nps, n: a.n },
    b: { value: 100 * sb.nps, n: b.n },
    interval: {
      lower: 100 * Math.max(-2, diff - half),
      upper: 100 * Math.min(2, diff + half),
      confidence,
      method: 'wald-difference',
    },
    test: { method: 'nps-z', statistic: z, pValue },
    digits: 1,
  });
}
