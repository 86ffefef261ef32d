import { coreMessages, type Instant, toEpochMillis } from '@meridian-cx/core';
import { invalid, show } from './parseAt.js';

/**
 * Epoch milliseconds of an instant from outside, or a `ValidationError` naming its path.
 *
 * @internal Not part of the public surface.
 */
export function instantAt(value: Instant, ...path: (string | number)[]): number {
  try {
    return toEpochMillis(value);
  } catch {
    return invalid('input', path, coreMessages.invalidInstant(show(value)));
  }
}
