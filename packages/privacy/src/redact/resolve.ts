import type { Recognizer, RecognizerMatch } from './types.js';

/** A match with the recognizer that made it and its rank among the recognizers. */
export type Candidate = RecognizerMatch & {
  readonly recognizer: Recognizer;
  readonly rank: number;
};

/** A span to replace: the union of overlapping candidates, typed by the most confident one. */
export type Resolved = { readonly start: number; readonly end: number; readonly winner: Candidate };

function beats(a: Candidate, b: Candidate): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.rank < b.rank;
}

/** By start, then the longest first. */
function order(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/** The candidates in order (see order), stable: ties keep their order of insertion. */
function sortedCopy(candidates: readonly Candidate[]): Candidate[] {
  // A message's few candidates are sorted by insertion (stable, as sort is): the built-in sort
  // allocates its work arrays on every call, which cost more than sorting two to five candidates.
  const sorted = candidates.slice();
  if (sorted.length > 32) return sorted.sort(order);
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    let j = i;
    while (j > 0 && order(sorted[j - 1] as Candidate, c) > 0) sorted[j] = sorted[--j] as Candidate;
    sorted[j] = c;
  }
  return sorted;
}

/**
 * Merge overlapping candidates into disjoint spans. The span is the union (so no part of any
 * candidate is released), the type is the most confident candidate's (then the longest, then the
 * earlier recognizer).
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Resolved[] {
  // Read in place where they come in order already (one recognizer's, as most texts' are): a
  // copy of 26,666 candidates ("a@[1::" over 160,000 characters) was one more array past V8's
  // large-object size, each of its slots a store the young-generation collections track.
  let inOrder = true;
  for (let i = 1; i < candidates.length && inOrder; i++)
    inOrder = order(candidates[i - 1] as Candidate, candidates[i] as Candidate) <= 0;
  const sorted = inOrder ? candidates : sortedCopy(candidates);
  const out: Resolved[] = [];
  let current: { start: number; end: number; winner: Candidate } | undefined;
  for (const c of sorted) {
    if (current !== undefined && c.start < current.end) {
      current.end = Math.max(current.end, c.end);
      if (beats(c, current.winner)) current.winner = c;
      continue;
    }
    if (current !== undefined) out.push(current);
    current = { start: c.start, end: c.end, winner: c };
  }
  if (current !== undefined) out.push(current);
  return out;
}
