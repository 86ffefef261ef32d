// Shape checks at the public boundary of locale, guidelines, replies and lint: a hostile argument
// (undefined, an object for a string, a catalog of numbers) becomes a tone MeridianError naming
// the function, the parameter, what it expected and the value, never a raw TypeError.
import { describeValue, parseWith } from '@meridian-cx/core';
import { fail } from './failures.js';
import { canonical } from './locale/acceptLanguage.js';

/** `value` when it is a string; else `tone/invalid-argument`. */
export function stringArg(value: unknown, fn: string, param: string): string {
  if (typeof value === 'string') return value;
  return fail('tone/invalid-argument', {
    fn,
    param,
    expected: 'a string',
    value: describeValue(value),
  });
}

/** `value` when it is a well-formed BCP 47 tag; else `tone/invalid-argument` or `tone/invalid-locale`. */
export function localeArg(value: unknown, fn: string, param = 'locale'): string {
  const tag = stringArg(value, fn, param);
  if (canonical(tag) === undefined) fail('tone/invalid-locale', { fn, value: describeValue(tag) });
  return tag;
}

/** `value` when it is a plain object (not null, not an array); else `tone/invalid-argument`. */
export function objectArg(value: unknown, fn: string, param: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return fail('tone/invalid-argument', {
    fn,
    param,
    expected: 'an object',
    value: describeValue(value),
  });
}

// Sets and catalogs this package built and froze itself (the built-ins, defineGuidelines and
// defineTemplates results) were validated when they were made; anything else is parsed per call.
const trusted = new WeakSet<object>();

/** Mark a frozen, validated set or catalog so that later calls skip re-parsing it. */
export function trust<T extends object>(value: T): T {
  trusted.add(value);
  return value;
}

/** Whether this package made and validated `value` itself. */
export function isTrusted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && trusted.has(value);
}

/**
 * `value` parsed with `schema` unless this package made it; the parse throws a ValidationError
 * naming each path at fault.
 */
export function trustedOr<T>(
  value: unknown,
  schema: Parameters<typeof parseWith>[0],
  what: string,
): T {
  if (isTrusted(value)) return value as T;
  return parseWith(schema, value, { package: 'tone', what }) as T;
}
