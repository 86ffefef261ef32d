// The public names of metrics' errors. The messages themselves live in failures.ts, one per code.
import { describeValue } from '@meridian-cx/core';
import { type codes, message } from './failures.js';

/**
 * Every error code `@meridian-cx/metrics` throws: the failure catalog's codes and the
 * ValidationError codes of its parse functions (`metrics/invalid-<what>`).
 *
 * @since 0.1.0
 */
export type MetricsErrorCode =
  | (typeof codes)[number]
  | 'metrics/invalid-survey-response'
  | 'metrics/invalid-accumulator-state'
  | 'metrics/invalid-sketch-state'
  | 'metrics/invalid-duration-state'
  | 'metrics/invalid-ticket-state'
  | 'metrics/invalid-orders';

/**
 * Message builders, as the errors carry them: constants, so tests can assert them and docs can
 * quote them. Any value is accepted and rendered safely.
 *
 * @example
 * metricsMessages.invalidConfidence(95); // 'The confidence level must be strictly between 0 and 1; got 95. …'
 * @since 0.1.0
 */
export const metricsMessages = {
  invalidProbability: (p: unknown) =>
    message('metrics/invalid-probability', { value: describeValue(p) }),
  invalidQuantile: (q: unknown) => message('metrics/invalid-quantile', { value: describeValue(q) }),
  invalidQuantileType: (type: unknown) =>
    message('metrics/invalid-quantile-type', { value: describeValue(type) }),
  invalidConfidence: (c: unknown) =>
    message('metrics/invalid-confidence', { value: describeValue(c) }),
  invalidDegreesOfFreedom: (df: unknown) =>
    message('metrics/invalid-degrees-of-freedom', { value: describeValue(df) }),
  invalidCount: (what: string, value: unknown) =>
    message('metrics/invalid-count', { what, value: describeValue(value) }),
  successesExceedTotal: (successes: number, n: number) =>
    message('metrics/successes-exceed-total', { successes, n }),
  invalidScale: (min: unknown, max: unknown) =>
    message('metrics/invalid-scale', { min: describeValue(min), max: describeValue(max) }),
  invalidThreshold: (threshold: unknown, min: number, max: number) =>
    message('metrics/invalid-threshold', { threshold: describeValue(threshold), min, max }),
  invalidMargin: (margin: unknown) =>
    message('metrics/invalid-margin', { value: describeValue(margin) }),
  invalidAccuracy: (alpha: unknown) =>
    message('metrics/invalid-accuracy', { value: describeValue(alpha) }),
  invalidValue: (value: unknown) =>
    message('metrics/invalid-value', { value: describeValue(value) }),
  emptyInput: (what: string) => message('metrics/empty-input', { what }),
  scaleMismatch: (a: string, b: string) => message('metrics/scale-mismatch', { a, b }),
  invalidRetention: (detail: string) => message('metrics/invalid-retention', { detail }),
  invalidState: (detail: string) => message('metrics/invalid-state', { detail }),
} as const;
