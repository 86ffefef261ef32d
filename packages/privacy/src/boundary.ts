// Shape checks at the public boundary of the regimes half: a hostile argument (undefined, a string
// for an options object, an array of numbers for regimes) becomes a privacy MeridianError naming
// the function, the parameter, what it expected and the value, never a raw TypeError.
import { describeValue } from '@meridian-cx/core';
import { fail } from './failures.js';

/** `value` when it is a plain object (not null, not an array); else `privacy/invalid-argument`. */
export function objectArg(value: unknown, fn: string, param: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return fail('privacy/invalid-argument', {
    fn,
    param,
    expected: 'an object',
    value: describeValue(value),
  });
}

/** `value` when it is an array; else `privacy/invalid-argument`. */
export function arrayArg(value: unknown, fn: string, param: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  return fail('privacy/invalid-argument', {
    fn,
    param,
    expected: 'an array',
    value: describeValue(value),
  });
}
