// Error codes and messages of @meridian-cx/metrics: one message per code, each saying what was
// wrong, the value, and what to do. Values are rendered with core's describeValue (never throws).
import { defineFailures } from '@meridian-cx/core';

const failures = defineFailures('metrics', {
  'metrics/invalid-probability': (p: { value: string }) =>
    `A probability must be a number strictly between 0 and 1; got ${p.value}. Pass, for example, 0.975 for the upper 2.5% point.`,
  'metrics/invalid-quantile': (p: { value: string }) =>
    `A quantile must be a number from 0 to 1; got ${p.value}. Write the 90th percentile as 0.9.`,
  'metrics/invalid-quantile-type': (p: { value: string }) =>
    `The quantile type must be an integer from 1 to 9 (Hyndman & Fan, as in R); got ${p.value}. Leave it out for type 7, the default of R and numpy.`,
  'metrics/invalid-confidence': (p: { value: string }) =>
    `The confidence level must be strictly between 0 and 1; got ${p.value}. Write 95% as 0.95.`,
  'metrics/invalid-degrees-of-freedom': (p: { value: string }) =>
    `Degrees of freedom must be a positive finite number; got ${p.value}. For a mean of n values use n − 1 (so n must be at least 2).`,
  'metrics/invalid-count': (p: { what: string; value: string }) =>
    `${p.what} must be a non-negative integer; got ${p.value}. Pass counts of responses or customers, not percentages.`,
  'metrics/successes-exceed-total': (p: { successes: number; n: number }) =>
    `There are ${p.successes} successes out of ${p.n}: successes cannot exceed the total. Check that both counts cover the same responses.`,
  'metrics/invalid-scale': (p: { min: string; max: string }) =>
    `A score scale needs integer min < max with at most 100 points; got ${p.min}–${p.max}. Use { min: 1, max: 5 } for a 5-point CSAT survey.`,
  'metrics/invalid-threshold': (p: { threshold: string; min: number; max: number }) =>
    `The threshold ${p.threshold} is not on the scale ${p.min}–${p.max}. Pick the lowest score that counts (4 for top-2-box on 1–5).`,
  'metrics/invalid-margin': (p: { value: string }) =>
    `The margin of error must be a positive number; got ${p.value}. For ±5 percentage points write 0.05.`,
  'metrics/invalid-accuracy': (p: { value: string }) =>
    `The sketch's relative accuracy must be strictly between 0 and 1; got ${p.value}. 0.01 keeps quantiles within 1% of the exact value.`,
  'metrics/invalid-value': (p: { value: string }) =>
    `Sketched values must be finite and not negative; got ${p.value}. Durations and amounts are never negative: check the input.`,
  'metrics/empty-input': (p: { what: string }) =>
    `There are no values to compute ${p.what} from. Check the filter that selected them, or treat "no data" explicitly.`,
  'metrics/scale-mismatch': (p: { a: string; b: string }) =>
    `Cannot merge accumulators with different definitions (${p.a} vs ${p.b}). Merge only shards built with the same options.`,
  'metrics/invalid-retention': (p: { detail: string }) =>
    `Retention counts do not add up: ${p.detail}. S is customers at the start, E at the end, N new customers acquired during the period.`,
  'metrics/invalid-state': (p: { detail: string }) =>
    `This is not a serialised accumulator state: ${p.detail}. Pass what toJSON() returned.`,
  'metrics/invalid-argument': (p: { what: string; expected: string; value: string }) =>
    `${p.what} must be ${p.expected}; got ${p.value}.`,
});

// Explicitly typed so that TypeScript treats `fail(...)` as never returning (control-flow analysis
// only trusts annotated declarations).
export const fail: typeof failures.fail = failures.fail;
export const failure: typeof failures.failure = failures.failure;
export const message: typeof failures.message = failures.message;
export const codes: typeof failures.codes = failures.codes;
