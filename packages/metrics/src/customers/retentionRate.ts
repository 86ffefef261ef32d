import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import { checkCount } from '../stats/checks.js';
import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { Estimate, EstimateOptions } from '../types.js';

/** Customer counts over one period. */
export type RetentionCounts = {
  /** S: customers at the start of the period. */
  readonly start: number;
  /** E: customers at the end of the period. */
  readonly end: number;
  /** N: new customers acquired during the period. */
  readonly acquired: number;
};

/**
 * Customer retention rate over a period: CRR = (E − N) / S, in percent, with a Wilson interval
 * treating the E − N retained customers as successes out of S.
 *
 * @param counts - S, E and N.
 * @param options - Confidence (0.95) and margin (0.05).
 * @returns The rate in percent.
 * @throws {MeridianError} `metrics/invalid-count` for non-integer counts; `metrics/invalid-retention`
 *   when E − N is negative or exceeds S (the counts cannot describe one period).
 * @example
 * retentionRate({ start: 200, end: 230, acquired: 50 }).value; // 90
 * @since 0.1.0
 */
export function retentionRate(counts: RetentionCounts, options: EstimateOptions = {}): Estimate {
  const { start, end, acquired } = checkObject(
    counts,
    'Retention counts',
    'an object { start, end, acquired }',
  );
  checkCount('start (S)', start);
  checkCount('end (E)', end);
  checkCount('acquired (N)', acquired);
  const retained = end - acquired;
  if (retained < 0 || retained > start) {
    const detail =
      retained < 0
        ? `E − N = ${end} − ${acquired} is negative`
        : `E − N = ${retained} retained customers exceed the ${start} at the start`;
    fail('metrics/invalid-retention', { detail: detail });
  }
  return proportionEstimate({
    ...options,
    metric: 'retention-rate',
    successes: retained,
    n: start,
  });
}
