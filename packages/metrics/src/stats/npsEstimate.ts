import { checkObject } from '../guards.js';
import type { Estimate, EstimateOptions } from '../types.js';
import { checkConfidence, checkCount } from './checks.js';
import { marginWarnings } from './marginWarning.js';
import { normalQuantile } from './normal.js';

/**
 * Net Promoter Score as an {@link Estimate} in points (−100…100) with the multinomial interval:
 * NPS = p − d and Var = (p + d − (p − d)²)/n, where p and d are the promoter and detractor shares;
 * bounds are clipped to ±100. Warns when n is below z²·Var₁/E² with the worst case Var₁ = 1
 * (1,537 for ±5 points at 95%).
 *
 * @param counts - Promoters, detractors and all respondents (passives are the rest).
 * @param options - Confidence (0.95) and margin (0.05 = ±5 points).
 * @returns The estimate; `null` value and interval when n = 0.
 * @throws {MeridianError} `metrics/invalid-count` when counts are not integers or exceed n.
 * @example
 * npsEstimate({ promoters: 60, detractors: 20, n: 100 }).value; // 40
 * @since 0.1.0
 */
export function npsEstimate(
  counts: { readonly promoters: number; readonly detractors: number; readonly n: number },
  options: EstimateOptions = {},
): Estimate {
  const { confidence = 0.95, margin = 0.05 } = checkObject(
    options,
    'npsEstimate options',
    'an object such as { confidence: 0.95 }',
  );
  const { promoters, detractors, n } = checkObject(
    counts,
    'NPS counts',
    'an object { promoters, detractors, n }',
  );
  checkCount('promoters', promoters);
  checkCount('detractors', detractors);
  checkCount('n', n);
  if (promoters + detractors > n)
    checkCount('n − promoters − detractors', n - promoters - detractors);
  checkConfidence(confidence);
  const warnings = marginWarnings(n, { margin, confidence, variance: 1, unit: 'fraction' });
  if (n === 0) return { metric: 'nps', unit: 'points', value: null, n, interval: null, warnings };
  const p = promoters / n;
  const d = detractors / n;
  const nps = p - d;
  const variance = Math.max(0, p + d - nps * nps) / n;
  const half = normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(variance);
  return {
    metric: 'nps',
    unit: 'points',
    value: 100 * nps,
    n,
    interval: {
      lower: 100 * Math.max(-1, nps - half),
      upper: 100 * Math.min(1, nps + half),
      confidence,
      method: 'nps-multinomial',
    },
    warnings,
  };
}
