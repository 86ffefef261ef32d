import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import { checkConfidence } from '../stats/checks.js';
import type { MeanSummary } from '../stats/meanEstimate.js';
import { checkMeanSummary } from '../stats/meanEstimate.js';
import { studentTCdf, studentTQuantile } from '../stats/studentT.js';
import type { MetricUnit } from '../types.js';
import { buildComparison, type CompareOptions, type Comparison } from './Comparison.js';

/**
 * Compare two means (CES, mean CSAT, mean resolution time) with Welch's t: the difference b − a,
 * its interval Δ ± t(1−α/2, ν)·√(s²_a/n_a + s²_b/n_b) with the Welch–Satterthwaite ν, and the
 * two-sided p-value. Does not assume equal variances.
 *
 * @param a - Baseline n, mean and sample variance.
 * @param b - Comparison n, mean and sample variance.
 * @param options - Confidence (0.95), metric name (`'mean'`), labels, and the unit (`score`).
 * @returns The {@link Comparison} with its summary in words.
 * @throws {MeridianError} `metrics/empty-input` when a side has fewer than 2 values.
 * @example
 * compareMeans({ n: 40, mean: 5.1, variance: 1.2 }, { n: 40, mean: 5.6, variance: 1.0 }).difference; // 0.5 (approximately)
 * @since 0.1.0
 */
export function compareMeans(
  a: MeanSummary,
  b: MeanSummary,
  options: CompareOptions & { readonly unit?: MetricUnit } = {},
): Comparison {
  checkMeanSummary(a, 'a');
  checkMeanSummary(b, 'b');
  const {
    confidence = 0.95,
    metric = 'mean',
    labels = { a: 'A', b: 'B' },
    unit = 'score',
  } = checkObject(options, 'compareMeans options', 'an object such as { confidence: 0.95 }');
  checkConfidence(confidence);
  if (a.n < 2 || b.n < 2) {
    fail('metrics/empty-input', {
      what: 'a comparison of means (each side needs at least 2 values)',
    });
  }
  const va = Math.max(0, a.variance) / a.n;
  const vb = Math.max(0, b.variance) / b.n;
  const se = Math.sqrt(va + vb);
  const diff = b.mean - a.mean;
  const df =
    se === 0 ? a.n + b.n - 2 : (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  let t: number;
  let pValue: number;
  if (se === 0) {
    t = diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY;
    pValue = diff === 0 ? 1 : 0;
  } else {
    t = diff / se;
    pValue = Math.min(1, 2 * (1 - studentTCdf(Math.abs(t), df)));
  }
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  return buildComparison({
    metric,
    unit,
    labels,
    a: { value: a.mean, n: a.n },
    b: { value: b.mean, n: b.n },
    interval: { lower: diff - half, upper: diff + half, confidence, method: 'welch-t' },
    test: { method: 'welch-t', statistic: t, pValue, degreesOfFreedom: df },
    digits: unit === 'minutes' ? 1 : 2,
  });
}
