import { MeridianError } from '@meridian-cx/core';
import { metricsMessages } from '../messages.js';

/** Throw unless `confidence` is strictly between 0 and 1. */
export function checkConfidence(confidence: number): void {
  if (!(typeof confidence === 'number' && confidence > 0 && confidence < 1)) {
    throw new MeridianError(
      'metrics',
      'metrics/invalid-confidence',
      metricsMessages.invalidConfidence(confidence),
      { confidence: String(confidence) },
    );
  }
}

/** Throw unless `value` is a non-negative safe integer. */
export function checkCount(what: string, value: number): void {
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    throw new MeridianError(
      'metrics',
      'metrics/invalid-count',
      metricsMessages.invalidCount(what, value),
      { what, value: String(value) },
    );
  }
}

/** Throw unless `successes ≤ n`, both counts. */
export function checkSuccesses(successes: number, n: number): void {
  checkCount('successes', successes);
  checkCount('n', n);
  if (successes > n) {
    throw new MeridianError(
      'metrics',
      'metrics/invalid-count',
      metricsMessages.successesExceedTotal(successes, n),
      { successes, n },
    );
  }
}
