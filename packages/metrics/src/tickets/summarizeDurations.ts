import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { quantiles } from '../quantiles/quantiles.js';
import { meanEstimate } from '../stats/meanEstimate.js';
import type { Estimate, EstimateOptions } from '../types.js';

/** Mean (with its interval), median, p90 and p95 of durations in minutes. */
export type DurationSummary = {
  readonly metric: string;
  readonly unit: 'minutes';
  readonly n: number;
  readonly mean: Estimate;
  readonly median: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly min: number | null;
  readonly max: number | null;
};

/**
 * Summarise durations: mean with a t interval, and exact median, p90 and p95 (R type 7).
 *
 * @param metric - Name carried into the result (`first-response-time`…).
 * @param minutes - Durations in minutes (finite).
 * @param options - Confidence (0.95) and margin in minutes for the sample-size warning (default 10).
 * @returns The summary; quantiles are `null` when there are no durations.
 * @throws {MeridianError} `metrics/invalid-value` for a non-finite duration.
 * @example
 * summarizeDurations('resolution-time', [30, 60, 90, 120]).median; // 75
 * @since 0.1.0
 */
export function summarizeDurations(
  metric: string,
  minutes: readonly number[],
  options: EstimateOptions = {},
): DurationSummary {
  if (!Array.isArray(minutes)) {
    fail('metrics/invalid-argument', {
      what: 'The durations',
      expected: 'an array of minutes',
      value: describeValue(minutes),
    });
  }
  const n = minutes.length;
  const qs = n === 0 ? [null, null, null, null, null] : quantiles(minutes, [0.5, 0.9, 0.95, 0, 1]);
  let sum = 0;
  for (const m of minutes) sum += m;
  const mean = n === 0 ? 0 : sum / n;
  let squares = 0;
  for (const m of minutes) squares += (m - mean) ** 2;
  const estimate = meanEstimate(
    metric,
    { n, mean, variance: n > 1 ? squares / (n - 1) : 0 },
    { confidence: options.confidence ?? 0.95, margin: options.margin ?? 10, unit: 'minutes' },
  );
  const [median = null, p90 = null, p95 = null, min = null, max = null] = qs;
  return { metric, unit: 'minutes', n, mean: estimate, median, p90, p95, min, max };
}
