// Cheap shape checks at the boundary of public functions: one typeof per argument, so that a
// careless call gets a MeridianError naming the argument, never a raw TypeError from deep inside.
import { describeValue } from '@meridian-cx/core';
import { fail } from './failures.js';

/**
 * Throw `metrics/invalid-argument` unless `value` is a plain object (not null, not an array).
 * Returns it typed, so callers can destructure. Internal.
 */
export function checkObject<T>(value: T, what: string, expected: string): NonNullable<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('metrics/invalid-argument', { what, expected, value: describeValue(value) });
  }
  return value as NonNullable<T>;
}

/** Throw `metrics/invalid-argument` unless `value` is iterable (an array, a Set, a generator). Internal. */
export function checkIterable<T>(value: Iterable<T>, what: string): Iterable<T> {
  if (
    typeof (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !==
      'function' ||
    typeof value === 'string'
  ) {
    fail('metrics/invalid-argument', {
      what,
      expected: 'an iterable (an array, a Set, a generator)',
      value: describeValue(value),
    });
  }
  return value;
}

/** Throw `metrics/invalid-argument` unless `value` is a finite number. Internal. */
export function checkFinite(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('metrics/invalid-argument', {
      what,
      expected: 'a finite number',
      value: describeValue(value),
    });
  }
  return value;
}
