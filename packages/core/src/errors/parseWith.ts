import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { describeValue } from './describeValue.js';
import type { MeridianPackage } from './MeridianError.js';
import { ValidationError, type ValidationIssue } from './ValidationError.js';
import { wordIssue, type ZodIssueLike } from './wordIssue.js';

/**
 * Parse `input` with a zod schema and throw a {@link ValidationError} that names every path on
 * failure. The one way every Meridian package validates what comes from outside.
 *
 * @param schema - The zod schema.
 * @param input - Untrusted input (JSON from a CMS, a webhook body…).
 * @param options - `package` that validates, and `what` is being validated (kebab-case), used in
 *   the error code `<package>/invalid-<what>`.
 * @returns The parsed, typed value.
 * @throws {ValidationError} When the input does not fit the schema.
 * @example
 * const money = parseWith(MoneySchema, json, { package: 'core', what: 'money' });
 * @since 0.1.0
 */
export function parseWith<S extends $ZodType>(
  schema: S,
  input: unknown,
  options: { readonly package: MeridianPackage; readonly what: string },
): output<S> {
  const pkg = (options?.package ?? 'core') as MeridianPackage;
  const what = options?.what ?? 'input';
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    throw new ValidationError(pkg, what, [
      { path: [], message: `Expected a zod schema; got ${describeValue(schema)}`, code: 'custom' },
    ]);
  }
  // zod/mini's functional safeParse accepts classic and mini schemas alike.
  // An issue its schema left unworded is worded by wordIssue, with the value that came. Passed per
  // parse, it wins over zod's global locale: the message does not change because some other
  // module of the app imported classic zod (which installs English messages globally).
  const result = safeParse(schema, input, {
    reportInput: true,
    error: (issue) => wordIssue(issue as ZodIssueLike),
  });
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: wordIssue(issue),
    code: issue.code,
  }));
  throw new ValidationError(pkg, what, issues);
}
