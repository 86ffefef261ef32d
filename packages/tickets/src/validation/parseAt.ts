import { parseWith, ValidationError } from '@meridian-cx/core';
import type { $ZodType, output } from 'zod/v4/core';

/**
 * Parse `input` with a schema through core's `parseWith` (which words every issue with
 * `wordIssue`); on failure throw the `ValidationError` with issue paths starting at `path` (so a
 * bad field of the third event is `events[2].from`, not `from`).
 *
 * @internal Not part of the public surface.
 */
export function parseAt<S extends $ZodType>(
  schema: S,
  input: unknown,
  what: string,
  path: readonly (string | number)[] = [],
): output<S> {
  try {
    return parseWith(schema, input, { package: 'tickets', what });
  } catch (e) {
    if (path.length === 0 || !(e instanceof ValidationError)) throw e;
    throw new ValidationError(
      'tickets',
      what,
      e.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
    );
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
