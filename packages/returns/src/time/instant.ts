import { type Instant, isMeridianError, MeridianError, toEpochMillis } from '@meridian-cx/core';
import { returnsMessages } from '../messages.js';

/**
 * Epoch milliseconds of an instant (core's parser, fast on the canonical UTC form every parse
 * function returns), or a `returns/invalid-instant` error that names the field.
 */
export function millis(value: Instant, what: string | (() => string)): number {
  try {
    return toEpochMillis(value);
  } catch (error) {
    if (isMeridianError(error)) {
      throw new MeridianError(
        'returns',
        'returns/invalid-instant',
        returnsMessages.invalidInstant(field(what), String(value)),
        { what: field(what), value: String(value) },
      );
    }
    throw error;
  }
}

// The field name of an error is built only when there is an error: it sits on a hot path.
function field(what: string | (() => string)): string {
  return typeof what === 'function' ? what() : what;
}
