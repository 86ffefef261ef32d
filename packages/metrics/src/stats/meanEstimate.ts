import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkFinite, checkObject } from '../guards.js';
import type { Estimate, EstimateOptions, MetricUnit } from '../types.js';
import { checkConfidence, checkCount } from './checks.js';
import { marginWarnings } from './marginWarning.js';
import { studentTQuantile } from './studentT.js';

/** Sufficient statistics of a sample for its mean: count, mean and sample variance (n − 1). */
export type MeanSummary = { readonly n: number; readonly mean: number; readonly variance: number };

/**
 * A mean as an {@link Estimate} with a Student t interval: mean ± t(1−α/2, n−1)·s/√n. Warns when
 * n is below (z·s/E)² for the margin E in the value's own unit (default 0.1).
 *
 * @param metric - Name carried into the result.
 * @param summary - n, mean and sample variance s² (divisor n − 1).
 * @param options - Confidence (0.95), margin (0.1) and the unit (`score` by default).
 * @returns The estimate; the interval is `null` below n = 2, where a sample variance does not exist.
 * @throws {MeridianError} `metrics/invalid-count`, `metrics/invalid-confidence`.
 * @example
 * meanEstimate('ces', { n: 10, mean: 5.2, variance: 1.5 }).interval; // { lower: 4.32…, upper: 6.07…, … }
 * @since 0.1.0
 */
export function meanEstimate(
  metric: string,
  summary: MeanSummary,
  options: EstimateOptions & { readonly unit?: MetricUnit } = {},
): Estimate {
  const {
    confidence = 0.95,
    margin = 0.1,
    unit = 'score',
  } = checkObject(options, 'meanEstimate options', 'an object such as { confidence: 0.95 }');
  checkMeanSummary(summary, 'summary');
  checkMetric(metric);
  checkConfidence(confidence);
  const { n, mean, variance } = summary;
  let interval: Estimate['interval'] = null;
  if (n >= 2) {
    const t = studentTQuantile(1 - (1 - confidence) / 2, n - 1);
    const half = t * Math.sqrt(Math.max(0, variance) / n);
    interval = { lower: mean - half, upper: mean + half, confidence, method: 't' };
  }
  const warnings = marginWarnings(n, {
    margin,
    confidence,
    variance: n >= 2 ? Math.max(0, variance) : 0,
    unit,
  });
  if (n === 1) warnings.push({ code: 'sample.no-variance', params: { n } });
  return { metric, unit, value: n === 0 ? null : mean, n, interval, warnings };
}

/**
 * Throw unless `summary` is `{ n, mean, variance }` with a count and finite numbers. Internal:
 * shared by meanEstimate and compareMeans.
 */
export function checkMeanSummary(summary: MeanSummary, what: string): void {
  checkObject(summary, `The mean summary ${what}`, 'an object { n, mean, variance }');
  checkCount('n', summary.n);
  if (summary.n > 0) {
    checkFinite(summary.mean, `The mean of ${what}`);
    checkFinite(summary.variance, `The variance of ${what}`);
  }
}

/** Throw unless a metric's name is a string. Internal. */
export function checkMetric(metric: unknown): void {
  if (typeof metric !== 'string') {
    fail('metrics/invalid-argument', {
      what: 'metric',
      expected: "the metric's name, such as 'resolution-time'",
      value: describeValue(metric),
    });
  }
}
