import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import { checkConfidence, checkSuccesses } from '../stats/checks.js';
import { normalCdf } from '../stats/normal.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import { buildComparison, type CompareOptions, type Comparison } from './Comparison.js';

/** Successes out of n, one side of a proportion comparison. */
export type ProportionCounts = { readonly successes: number; readonly n: number };

/**
 * Compare two proportions (CSAT, FCR, SLA attainment): the pooled two-proportion z-test for "is the
 * change real?", and Newcombe's hybrid score interval (1998, method 10, built from the two Wilson
 * intervals) for the difference b − a in percentage points.
 *
 * @param a - Successes and n of the baseline (last month, market A).
 * @param b - Successes and n of the comparison.
 * @param options - Confidence (0.95), metric name (`'CSAT'`), labels.
 * @returns The {@link Comparison}, with its summary in words.
 * @throws {MeridianError} `metrics/invalid-count` on bad counts, `metrics/empty-input` when a side has n = 0.
 * @example
 * compareProportions({ successes: 48, n: 80 }, { successes: 56, n: 70 }).interval;
 * // { lower: 5.24…, upper: 33.39…, … } (Newcombe 1998b worked example)
 * @since 0.1.0
 */
export function compareProportions(
  a: ProportionCounts,
  b: ProportionCounts,
  options: CompareOptions = {},
): Comparison {
  const {
    confidence = 0.95,
    metric = 'CSAT',
    labels = { a: 'A', b: 'B' },
  } = checkObject(options, 'compareProportions options', 'an object such as { confidence: 0.95 }');
  checkObject(a, 'Proportion counts a', 'an object { successes, n }');
  checkObject(b, 'Proportion counts b', 'an object { successes, n }');
  checkSuccesses(a.successes, a.n);
  checkSuccesses(b.successes, b.n);
  checkConfidence(confidence);
  if (a.n === 0 || b.n === 0) {
    fail('metrics/empty-input', { what: 'a comparison' });
  }
  const p1 = a.successes / a.n;
  const p2 = b.successes / b.n;
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const z = se === 0 ? 0 : (p2 - p1) / se;
  const pValue = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  const w1 = wilsonInterval(a.successes, a.n, confidence) as { lower: number; upper: number };
  const w2 = wilsonInterval(b.successes, b.n, confidence) as { lower: number; upper: number };
  const d = p2 - p1;
  const lower = d - Math.sqrt((p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2);
  const upper = d + Math.sqrt((w2.upper - p2) ** 2 + (p1 - w1.lower) ** 2);
  return buildComparison({
    metric,
    unit: 'percent',
    labels,
    a: { value: 100 * p1, n: a.n },
    b: { value: 100 * p2, n: b.n },
    interval: {
      lower: 100 * lower,
      upper: 100 * upper,
      confidence,
      method: 'newcombe-hybrid-score',
    },
    test: { method: 'two-proportion-z', statistic: z, pValue },
    digits: 1,
  });
}
