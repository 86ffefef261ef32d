/** The codes `@meridian-cx/metrics` throws. */
export type MetricsErrorCode =
  | 'metrics/invalid-survey-response'
  | 'metrics/invalid-accumulator-state'
  | 'metrics/invalid-sketch-state'
  | 'metrics/invalid-duration-state'
  | 'metrics/invalid-ticket-state'
  | 'metrics/invalid-orders'
  | 'metrics/invalid-probability'
  | 'metrics/invalid-confidence'
  | 'metrics/invalid-degrees-of-freedom'
  | 'metrics/invalid-count'
  | 'metrics/invalid-scale'
  | 'metrics/invalid-threshold'
  | 'metrics/invalid-margin'
  | 'metrics/invalid-accuracy'
  | 'metrics/invalid-value'
  | 'metrics/empty-input'
  | 'metrics/scale-mismatch'
  | 'metrics/invalid-retention'
  | 'metrics/invalid-state';

/** Message builders per code: constants, so tests can assert them and docs can quote them. @since 0.1.0 */
export const metricsMessages = {
  invalidProbability: (p: unknown) =>
    `A probability must be a number strictly between 0 and 1; got ${String(p)}. Pass, for example, 0.975 for the upper 2.5% point.`,
  invalidQuantile: (q: unknown) =>
    `A quantile must be a number from 0 to 1; got ${String(q)}. Write the 90th percentile as 0.9.`,
  invalidQuantileType: (type: unknown) =>
    `The quantile type must be an integer from 1 to 9 (Hyndman & Fan, as in R); got ${String(type)}. Leave it out for type 7, the default of R and numpy.`,
  invalidConfidence: (c: unknown) =>
    `The confidence level must be strictly between 0 and 1; got ${String(c)}. Write 95% as 0.95.`,
  invalidDegreesOfFreedom: (df: unknown) =>
    `Degrees of freedom must be a positive finite number; got ${String(df)}. For a mean of n values use n − 1 (so n must be at least 2).`,
  invalidCount: (what: string, value: unknown) =>
    `${what} must be a non-negative integer; got ${String(value)}. Pass counts of responses or customers, not percentages.`,
  successesExceedTotal: (successes: number, n: number) =>
    `There are ${successes} successes out of ${n}: successes cannot exceed the total. Check that both counts cover the same responses.`,
  invalidScale: (min: unknown, max: unknown) =>
    `A score scale needs integer min < max with at most 100 points; got ${String(min)}–${String(max)}. Use { min: 1, max: 5 } for a 5-point CSAT survey.`,
  invalidThreshold: (threshold: unknown, min: number, max: number) =>
    `The threshold ${String(threshold)} is not on the scale ${min}–${max}. Pick the lowest score that counts (4 for top-2-box on 1–5).`,
  invalidMargin: (margin: unknown) =>
    `The margin of error must be a positive number; got ${String(margin)}. For ±5 percentage points write 0.05.`,
  invalidAccuracy: (alpha: unknown) =>
    `The sketch's relative accuracy must be strictly between 0 and 1; got ${String(alpha)}. 0.01 keeps quantiles within 1% of the exact value.`,
  invalidValue: (value: unknown) =>
    `Sketched values must be finite and not negative; got ${String(value)}. Durations and amounts are never negative: check the input.`,
  emptyInput: (what: string) =>
    `There are no values to compute ${what} from. Check the filter that selected them, or treat "no data" explicitly.`,
  scaleMismatch: (a: string, b: string) =>
    `Cannot merge accumulators with different definitions (${a} vs ${b}). Merge only shards built with the same options.`,
  invalidRetention: (detail: string) =>
    `Retention counts do not add up: ${detail}. S is customers at the start, E at the end, N new customers acquired during the period.`,
  invalidState: (detail: string) =>
    `This is not a serialised accumulator state: ${detail}. Pass what toJSON() returned.`,
} as const;
