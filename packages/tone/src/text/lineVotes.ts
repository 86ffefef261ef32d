import type { PageEncoder } from './codePages.js';
import type { EngineOptions, MemoEntry, PageReading, Proposal } from './engine.js';

// A text of several lines is voted line by line first: a thread or an export holds messages that
// went wrong in different ways (one through Windows-1251, the next through GBK), and one message's
// page is no evidence for the next. Each run's rivals are told apart by the votes of its own line
// and a short run follows its own line's page; where the line does not decide, the whole text's
// votes do, as for a text of one line (the engine's rule, unchanged). Linear: each line's votes
// are summed once and read once per run of the line.

type Decide = (
  votes: Float64Array,
  gains: Float64Array,
  options: EngineOptions,
) => PageEncoder | undefined;

/** Adds each (index, amount) pair of `pairs`, times `weight`, to `into`. */
export function addPairs(into: Float64Array, pairs: readonly number[], weight = 1): void {
  for (let k = 0; k < pairs.length; k += 2) {
    const i = pairs[k] ?? -1;
    into[i] = (into[i] ?? 0) + (pairs[k + 1] ?? 0) * weight;
  }
}

/**
 * Among a run's best reading and its rivals, the one whose page has most `votes`, if no other
 * has as many. A reading speaks for every page of `readings` that writes the run as it does (T53c):
 * pages that read the same bytes alike are one reading in the rivals ("Äš" is "Ě" through
 * Windows-1252 and Windows-1250 alike, "Ĺ" through ISO-8859-2), so a Czech message's 37 votes for
 * Windows-1250 back "Ě", and the reading returned is that page's.
 */
export function byVotes(
  best: PageReading,
  rivals: readonly PageReading[],
  votes: Float64Array,
  pages: readonly PageEncoder[],
  readings: readonly PageReading[] = [],
): PageReading | undefined {
  let top: PageReading | undefined = backed(best, readings, votes, pages);
  let most = votes[pages.indexOf(top.page)] ?? 0;
  for (const rival of rivals) {
    const r = backed(rival, readings, votes, pages);
    const v = votes[pages.indexOf(r.page)] ?? 0;
    if (v > most) {
      top = r;
      most = v;
    } else if (v === most) top = undefined;
  }
  return top;
}

/**
 * Of `reading` and the readings that write what it writes, the one whose page has most votes. The
 * pages with more votes than its own are looked for (few pages vote in a message): looking every
 * reading's page up instead cost text 11 0.7-1.4% more instructions, this 0.1%.
 */
function backed(
  reading: PageReading,
  readings: readonly PageReading[],
  votes: Float64Array,
  pages: readonly PageEncoder[],
): PageReading {
  let top = reading;
  let most = votes[pages.indexOf(reading.page)] ?? 0;
  for (let k = 0; k < votes.length; k++) {
    const v = votes[k] as number;
    if (v <= most) continue;
    const page = pages[k];
    for (let j = 0; j < readings.length; j++) {
      const r = readings[j] as PageReading;
      if (r.page === page && writesAlike(r, reading)) {
        top = r;
        most = v;
      }
    }
  }
  return top;
}

/** Two readings that replace the same spans with the same text. */
function writesAlike(a: PageReading, b: PageReading): boolean {
  if (a.proposals.length !== b.proposals.length) return false;
  for (let k = 0; k < a.proposals.length; k++) {
    const p = a.proposals[k] as Proposal;
    const q = b.proposals[k] as Proposal;
    if (p.start !== q.start || p.end !== q.end || p.after !== q.after || p.applied !== q.applied)
      return false;
  }
  return true;
}

/** Votes and gains of the current line, and what each line decided for its runs. */
export class Lines {
  /** Per run (in the engine's order): the reading its line's votes pick among rivals, if any. */
  readonly chosen: (PageReading | undefined)[] = [];
  /** Per run: the page that explained most of its line, if it explained enough to be trusted. */
  readonly dominant: (PageEncoder | undefined)[] = [];
  readonly #votes: Float64Array;
  readonly #gains: Float64Array;
  /** The first run of the current line. */
  #first = 0;

  /** Lines from here on; the votes so far (the first line's, up to now) are copied. */
  constructor(
    votes: Float64Array,
    gains: Float64Array,
    readonly decide: Decide,
  ) {
    this.#votes = votes.slice();
    this.#gains = gains.slice();
  }

  /** A run of the current line cast these votes and gains (pairs of page index, amount). */
  add(votes: readonly number[], gains: readonly number[]): void {
    addPairs(this.#votes, votes);
    addPairs(this.#gains, gains);
  }

  /**
   * The current line ends: decide its runs (`runs` from its first run to the last one). A line of
   * one run has no other run to vote for it: the whole text decides it, as before lines.
   */
  end(runs: readonly MemoEntry[], options: EngineOptions): void {
    const to = runs.length;
    const first = this.#first;
    if (first === to) return;
    this.#first = to;
    const votes = this.#votes;
    if (to - first > 1) {
      const pages = options.encoders;
      const own = this.decide(votes, this.#gains, options);
      for (let n = first; n < to; n++) {
        const run = runs[n] as MemoEntry;
        const best = run.best;
        const rivals = run.rivals;
        if (best && rivals.length > 0)
          this.chosen[n] = byVotes(best, rivals, votes, pages, run.readings);
        this.dominant[n] = own;
      }
    }
    votes.fill(0);
    this.#gains.fill(0);
  }
}
