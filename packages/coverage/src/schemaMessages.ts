// Messages for the issues zod/mini leaves unworded (it ships no locale): each schema of coverage
// names what it expects, so a ValidationError reads the same from parseWith and from safeParse.
import { describeValue } from '@meridian-cx/core';
import * as z from 'zod/mini';

type Issue = {
  readonly code?: string;
  readonly input?: unknown;
  readonly keys?: readonly PropertyKey[];
};

const got = (input: unknown): string =>
  input === undefined ? 'it is missing' : `got ${describeValue(input)}`;

/** The error of an array schema: it is a list. */
export const listOf =
  (what: string) =>
  (issue: Issue): string =>
    `${what} must be a list (an array); ${got(issue.input)}.`;

/** The error of an enum schema: one of its values. */
export const oneOf =
  (what: string, values: readonly string[]) =>
  (issue: Issue): string =>
    `${what} must be one of ${values.map((v) => `"${v}"`).join(', ')}; ${got(issue.input)}.`;

/** The error of a strict object schema (`what` in lower case): an object, with only the keys it knows. */
export const onlyKnownKeys =
  (what: string, keys: readonly string[]) =>
  (issue: Issue): string =>
    issue.code === 'unrecognized_keys'
      ? `Unknown key ${(issue.keys ?? []).map((k) => `"${String(k)}"`).join(', ')} in ${what}: remove it or check its spelling (known keys: ${keys.join(', ')}).`
      : `${what.charAt(0).toUpperCase()}${what.slice(1)} must be an object; ${got(issue.input)}.`;

/** A non-empty string, with one message for a wrong type and an empty string. */
export const nonEmpty = (what: string, message = `${what} must be a non-empty string.`) =>
  z.string({ error: message }).check(z.minLength(1, message));
