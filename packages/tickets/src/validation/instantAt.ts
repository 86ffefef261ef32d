import { coreMessages, type Instant, toEpochMillis } from '@meridian-cx/core';
import { invalid } from './parseAt.js';

/**
 * Epoch milliseconds of an instant from outside, or a `ValidationError` naming its path.
 *
 * @internal Not part of the public surface.
 */
export function instantAt(value: Instant, ...path: (string | number)[]): number {
  return instantIn('input', value, path);
}

/**
 * {@link instantAt} with the `what` of the error code (`tickets/invalid-<what>`).
 *
 * @internal Not part of the public surface.
 */
export function instantIn(
  what: string,
  value: unknown,
  path: readonly (string | number)[],
): number {
  try {
    return toEpochMillis(value as Instant);
  } catch {
    return invalid(what, path, coreMessages.invalidInstant(value));
  }
}
