import { describeValue } from '@meridian-cx/core';
import { fail } from '../failures.js';

/** Throw unless `confidence` is strictly between 0 and 1. */
export function checkConfidence(confidence: number): void {
  if (!(typeof confidence === 'number' && confidence > 0 && confidence < 1)) {
    fail('metrics/invalid-confidence', { value: describeValue(confidence) });
  }
}

/** Throw unless `value` is a non-negative safe integer. */
export function checkCount(what: string, value: number): void {
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    fail('metrics/invalid-count', { what: what, value: describeValue(value) });
  }
}

/** Throw unless `successes ≤ n`, both counts. */
export function checkSuccesses(successes: number, n: number): void {
  checkCount('successes', successes);
  checkCount('n', n);
  if (successes > n) {
    fail('metrics/successes-exceed-total', { successes: successes, n: n });
  }
}
