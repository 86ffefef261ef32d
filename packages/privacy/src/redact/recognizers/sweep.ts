import type { RecognizerContext, RecognizerMatch } from '../types.js';

/** Reads a match that starts at `i`, if there is one, into `found`; returns its end, or -1. */
export type MatchAt = (context: RecognizerContext, i: number, found: RecognizerMatch[]) => number;

/**
 * Try `at` at each candidate start (ascending); with `skip`, a start inside the last match is
 * passed over, as a left-to-right scan would. Every position of the text as `starts` is the plain
 * reading, kept for the test that checks the candidate starts never miss a match it finds.
 */
export function sweep(
  context: RecognizerContext,
  starts: readonly number[],
  at: MatchAt,
  skip: boolean,
): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const n = context.shadow.length;
  let lastEnd = 0;
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k] as number;
    if (i < 0 || i >= n || (skip && i < lastEnd)) continue;
    const end = at(context, i, found);
    if (end >= 0) lastEnd = end;
  }
  return found;
}
