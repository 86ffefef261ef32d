import { type Instant, isMeridianError, toEpochMillis } from '@meridian-cx/core';
import { fail, show } from '../failures.js';

/**
 * Epoch milliseconds of an instant (core's parser, fast on the canonical UTC form every parse
 * function returns), or a `returns/invalid-instant` error that names the field.
 */
export function millis(value: Instant, what: string): number {
  try {
    return toEpochMillis(value);
  } catch (error) {
    if (isMeridianError(error)) {
      fail('returns/invalid-instant', {
        what,
        value: typeof value === 'string' ? value.slice(0, 80) : show(value),
      });
    }
    throw error;
  }
}
