import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkObject } from '../guards.js';
import { checkConfidence } from './checks.js';
import { normalQuantile } from './normal.js';

/** Options of {@link sampleSizeForMargin}. */
export type SampleSizeOptions = {
  /** The margin of error E: 0.05 for ±5 points on a share or NPS; scale points for a mean. */
  readonly margin: number;
  /** Confidence level. Default 0.95. */
  readonly confidence?: number;
  /**
   * Variance of one observation. Default 0.25, the worst case p(1 − p) of a proportion (p = ½).
   * Use 1 for the worst case of NPS (half promoters, half detractors), s² for a mean.
   */
  readonly variance?: number;
};

/**
 * How many responses you need before an estimate's margin of error is at most `margin`:
 * n = z²·σ²/E², rounded up. With the defaults (σ² = p(1−p) at p = ½, 95%, ±5 points) this is the
 * familiar 385; for NPS in the worst case (σ² = 1) it is 1,537.
 *
 * @param options - Margin, confidence and variance.
 * @returns The smallest whole number of responses that reaches the margin.
 * @throws {MeridianError} `metrics/invalid-margin`, `metrics/invalid-confidence`.
 * @example
 * sampleSizeForMargin({ margin: 0.05 }); // 385
 * sampleSizeForMargin({ margin: 0.05, variance: 1 }); // 1537
 * @since 0.1.0
 */
export function sampleSizeForMargin(options: SampleSizeOptions): number {
  const {
    margin,
    confidence = 0.95,
    variance = 0.25,
  } = checkObject(options, 'sampleSizeForMargin options', 'an object such as { margin: 0.05 }');
  if (!(typeof margin === 'number' && margin > 0 && Number.isFinite(margin))) {
    fail('metrics/invalid-margin', { value: describeValue(margin) });
  }
  checkConfidence(confidence);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  // Round before taking the ceiling so that 384.0000000001 from floating point is not 385.
  const raw = (z * z * Math.max(0, variance)) / (margin * margin);
  return Math.ceil(Number(raw.toPrecision(12)));
}
