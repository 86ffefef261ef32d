import { releaseAfterCall } from './release.js';
import type { RecognizerContext, RecognizerMatch } from './types.js';

// What the recognizers run so far in this pass have found, for a later recognizer whose costly
// check cannot change the result inside them (see `Cover`). One entry: `collect` runs one context
// at a time. A recognizer called outside `collect` sees no claims and checks everything.
let claimed: RecognizerContext | undefined;
let claims: readonly RecognizerMatch[] = [];
let ignored = false;
releaseAfterCall(() => {
  claimed = undefined;
  claims = [];
});

// Up to this many claims, a query reads them all (no sorted copy per recognizer call).
const FEW = 16;

/** Record the candidates found so far in `context` (the array grows as recognizers run). */
export function setClaims(context: RecognizerContext, found: readonly RecognizerMatch[]): void {
  claimed = ignored ? undefined : context;
  claims = found;
}

/** Run `work` with claims ignored: the plain reading, for the test that compares the two. */
export function withoutClaims<T>(work: () => T): T {
  ignored = true;
  try {
    return work();
  } finally {
    ignored = false;
  }
}

/**
 * Whether one earlier candidate holds a span whole, with at least a given confidence. A later
 * candidate inside it that it beats (at least as confident; as long or longer; an earlier
 * recognizer) changes neither the redacted span nor its type, so it need not be looked for.
 * Queries must come with ascending `start`: the answer is kept linear.
 */
export class Cover {
  readonly #spans: readonly RecognizerMatch[];
  readonly #min: number;
  readonly #few: boolean;
  #next = 0;
  #maxEnd = -1;

  constructor(context: RecognizerContext, minConfidence: number) {
    const own = context === claimed ? claims : [];
    this.#min = minConfidence;
    // A few claims (a message's) are read whole per query, without a sorted copy; many (a long
    // transcript's) are sorted once so that the queries stay linear.
    this.#few = own.length <= FEW;
    this.#spans = this.#few
      ? own
      : own.filter((c) => c.confidence >= minConfidence).sort((a, b) => a.start - b.start);
  }

  /** Whether a single claim with `claim.start <= start` and `claim.end >= end` exists. */
  covers(start: number, end: number): boolean {
    const spans = this.#spans;
    if (this.#few) {
      for (let k = 0; k < spans.length; k++) {
        const c = spans[k] as RecognizerMatch;
        if (c.start <= start && c.end >= end && c.confidence >= this.#min) return true;
      }
      return false;
    }
    while (this.#next < spans.length && (spans[this.#next] as RecognizerMatch).start <= start) {
      this.#maxEnd = Math.max(this.#maxEnd, (spans[this.#next] as RecognizerMatch).end);
      this.#next++;
    }
    return this.#maxEnd >= end;
  }
}
