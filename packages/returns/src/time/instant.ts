import { type Instant, isMeridianError, MeridianError, toEpochMillis } from '@meridian-cx/core';
import { returnsMessages } from '../messages.js';

/**
 * Epoch milliseconds of an instant (core's parser, fast on the canonical UTC form every parse
 * function returns), or a `returns/invalid-instant` error that names the field.
 */
export function millis(value: Instant, what: string): number {
  try {
    return toEpochMillis(value);
  } catch (error) {
    if (isMeridianError(error)) {
      throw new MeridianError(
        'returns',
        'returns/invalid-instant',
        returnsMessages.invalidInstant(what, String(value)),
        { what, value: String(value) },
      );
    }
    throw error;
  }
}
