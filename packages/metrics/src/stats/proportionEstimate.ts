import { checkObject } from '../guards.js';
import type { Estimate, EstimateOptions } from '../types.js';
import { marginWarnings } from './marginWarning.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * A share as an {@link Estimate}: value in percent, Wilson score interval, and a
 * `sample.below-margin` warning when n is below z²·p(1−p)/E² for the worst case p = ½
 * (385 for ±5 points at 95%).
 *
 * @param metric - Name carried into the result (`csat`, `fcr`, `sla.first-reply`…).
 * @param successes - Count of favourable outcomes.
 * @param n - Count of all outcomes.
 * @param options - Confidence (0.95) and margin (0.05).
 * @returns The estimate; `value` and `interval` are `null` when n = 0.
 * @throws {MeridianError} `metrics/invalid-count`, `metrics/invalid-confidence`, `metrics/invalid-margin`.
 * @example
 * proportionEstimate('csat', 412, 500).value; // 82.4
 * @since 0.1.0
 */
export function proportionEstimate(
  metric: string,
  successes: number,
  n: number,
  options: EstimateOptions = {},
): Estimate {
  const { confidence = 0.95, margin = 0.05 } = checkObject(
    options,
    'Estimate options',
    'an object such as { confidence: 0.95 }',
  );
  const wilson = wilsonInterval(successes, n, confidence);
  return {
    metric,
    unit: 'percent',
    value: n === 0 ? null : (100 * successes) / n,
    n,
    interval:
      wilson === null
        ? null
        : { lower: 100 * wilson.lower, upper: 100 * wilson.upper, confidence, method: 'wilson' },
    warnings: marginWarnings(n, { margin, confidence, variance: 0.25, unit: 'fraction' }),
  };
}
