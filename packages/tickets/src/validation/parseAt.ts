import { ValidationError } from '@meridian-cx/core';
import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';

type Issue = { readonly code: string; readonly expected?: string; readonly input?: unknown };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : `the number ${value}`;
  if (typeof value === 'string')
    return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value;
}

// zod/mini ships no locale: name what was expected and what came, for the issues our schemas do
// not word themselves.
function fallback(issue: Issue): string | undefined {
  if (issue.code === 'invalid_type') {
    return `Expected ${issue.expected ?? 'another type'}, got ${describe(issue.input)}.`;
  }
  if (issue.code === 'unrecognized_keys') return 'Unknown key: remove it or check its spelling.';
  return undefined;
}

/**
 * Parse `input` with a schema; on failure throw a `ValidationError` whose issue paths start at
 * `path` (so a bad field of the third event is `events[2].from`, not `from`).
 *
 * @internal Not part of the public surface.
 */
export function parseAt<S extends $ZodType>(
  schema: S,
  input: unknown,
  what: string,
  path: readonly (string | number)[] = [],
): output<S> {
  const result = safeParse(schema, input, { error: fallback as never });
  if (result.success) return result.data;
  throw new ValidationError(
    'tickets',
    what,
    result.error.issues.map((issue) => ({
      path: [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
      code: issue.code,
    })),
  );
}

/**
 * A value as text for a message, whatever it is (`String({ toString: 1 })` throws).
 *
 * @internal Not part of the public surface.
 */
export function show(value: unknown): string {
  try {
    return typeof value === 'string' ? value : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Throw a `ValidationError` for one path.
 *
 * @internal Not part of the public surface.
 */
export function invalid(what: string, path: readonly (string | number)[], message: string): never {
  throw new ValidationError('tickets', what, [{ path, message, code: 'custom' }]);
}
