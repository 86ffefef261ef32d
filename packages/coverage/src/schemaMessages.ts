// The words of coverage's schemas: each names its field, and core's wordIssue says the rest (what
// was expected, what came, what to do), so a ValidationError reads the same from parseWith and
// from safeParse, and the wording lives once, in core.
import { wordIssue, type ZodIssueLike } from '@meridian-cx/core';
import * as z from 'zod/mini';

/**
 * The error of a schema that names its field (`name` in lower case mid-sentence: `teams`,
 * `a shift`), and for an object the keys it knows: `z.array(S, { error: about('teams') })`.
 */
export const about =
  (name: string, keys?: readonly string[]) =>
  (issue: unknown): string =>
    // wordIssue words any value; zod hands its raw issue, whose type varies per schema.
    wordIssue(issue as ZodIssueLike, keys === undefined ? { name } : { name, keys });

/** A non-empty string, with one message for a wrong type and an empty string. */
export const nonEmpty = (what: string, message = `${what} must be a non-empty string.`) =>
  z.string({ error: message }).check(z.minLength(1, message));
