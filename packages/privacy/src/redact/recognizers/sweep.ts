import type { RecognizerContext, RecognizerMatch } from '../types.js';

/** Reads a match that starts at `i`, if there is one, into `found`; returns its end, or -1. */
export type MatchAt = (context: RecognizerContext, i: number, found: RecognizerMatch[]) => number;

/**
 * Try `at` at each candidate start (ascending); with `skip`, a start inside the last match is
 * passed over, as a left-to-right scan would. `everywhere` tries every position of the text
 * instead of `starts`: the plain reading, kept for the test that checks the candidate starts
 * never miss a match it finds.
 */
export function sweep(
  context: RecognizerContext,
  starts: (context: RecognizerContext) => Iterable<number>,
  at: MatchAt,
  options: { readonly skip: boolean; readonly everywhere: boolean },
): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const n = context.shadow.length;
  let lastEnd = 0;
  const visit = (i: number) => {
    if (i < 0 || i >= n || (options.skip && i < lastEnd)) return;
    const end = at(context, i, found);
    if (end >= 0) lastEnd = end;
  };
  if (options.everywhere) for (let i = 0; i < n; i++) visit(i);
  else for (const i of starts(context)) visit(i);
  return found;
}
