import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import type { Estimate, EstimateOptions } from '../types.js';
import { marginWarnings } from './marginWarning.js';
import { wilsonInterval } from './wilsonInterval.js';

/** What {@link proportionEstimate} takes: the counts, the metric's name, and the estimate options. */
export type ProportionEstimateInput = EstimateOptions & {
  /** Name carried into the result (`csat`, `fcr`, `sla.first-reply`…). */
  readonly metric: string;
  /** Count of favourable outcomes. */
  readonly successes: number;
  /** Count of all outcomes. */
  readonly n: number;
};

/**
 * A share as an {@link Estimate}: value in percent, Wilson score interval, and a
 * `sample.below-margin` warning when n is below z²·p(1−p)/E² for the worst case p = ½
 * (385 for ±5 points at 95%).
 *
 * @param input - `metric`, `successes`, `n`, and optionally `confidence` (0.95) and `margin`
 *   (0.05), in one object.
 * @returns The estimate; `value` and `interval` are `null` when n = 0.
 * @throws {MeridianError} `metrics/invalid-count`, `metrics/invalid-confidence`,
 *   `metrics/invalid-margin`, `metrics/invalid-argument` (not an object, or a metric that is not
 *   a string).
 * @example
 * proportionEstimate({ metric: 'csat', successes: 412, n: 500 }).value; // 82.4
 * @since 0.1.0
 */
export function proportionEstimate(input: ProportionEstimateInput): Estimate {
  const {
    metric,
    successes,
    n,
    confidence = 0.95,
    margin = 0.05,
  } = checkObject(
    input,
    'proportionEstimate input',
    "an object such as { metric: 'csat', successes: 412, n: 500 }",
  );
  if (typeof metric !== 'string') {
    fail('metrics/invalid-argument', {
      what: 'metric',
      expected: "the metric's name, such as 'csat'",
      value: describeValue(metric),
    });
  }
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
