// Several built-in recognizers found by one walk of a text's digit runs (T63a, issue #14). The ids
// of nationalIds6.ts and nationalIds7.ts read digit runs of a few counts each, after their labels:
// called one by one, each was one more call from collect, one more walk of the same runs and one
// more function V8 compiled for every process (T62a placed 4.5% of redact's instructions on the
// twelve recognizers of T61b/T61c and the card code, which find nothing in the bench's corpus).
// A walk's members stay recognizers of their own (their id, type, placeholder, rank and the
// `entities` option's per-type enabling are theirs); collect asks the walk once, at its first
// member present, for the matches of every member present, each match naming its member.
import { defineRecognizer } from './defineRecognizer.js';
import { type NumberRun, numberRuns, readsRuns } from './runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from './types.js';

/**
 * What one member of a walk reads: the digit counts of its runs (bit n: n digits, n < 32) and,
 * for a run of one of them, its match there or undefined.
 *
 * @since 0.1.0
 */
export type RunReader = {
  readonly counts: number;
  readonly at: (context: RecognizerContext, run: NumberRun) => RecognizerMatch | undefined;
};

/** One member of a walk: its recognizer's id, type, placeholder (the default when left out), reader. */
export type WalkMember = {
  readonly id: string;
  readonly type: string;
  readonly placeholder?: string;
  readonly reader: RunReader;
};

/** A match of a walk: a span and the member (its index in the walk's members) that found it. */
export type MemberMatch = RecognizerMatch & { readonly member: number };

/**
 * Recognizers found together by one walk of the runs: `find` gives the matches of the members
 * whose bit (1 << index) is set in `wanted`.
 *
 * @since 0.1.0
 */
export type SharedWalk = {
  readonly members: readonly Recognizer[];
  readonly find: (context: RecognizerContext, wanted: number) => readonly MemberMatch[];
};

// The answer of a text without a match, shared (collect only reads it).
const NONE: readonly MemberMatch[] = Object.freeze([]);

/**
 * The matches of the readers whose bit is set in `wanted`, in the order of the runs (and, on one
 * run, of the readers). `byCount[n]` has the bit of each reader of runs of n digits (n < 32): most
 * runs of a text are read by none, and cost one look-up. One function for every walk: one
 * compilation.
 */
function walkRuns(
  readers: readonly RunReader[],
  byCount: Int32Array,
  context: RecognizerContext,
  wanted: number,
): readonly MemberMatch[] {
  // Made for the first match: most texts hold none.
  let found: MemberMatch[] | undefined;
  const runs = numberRuns(context) as readonly NumberRun[];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    const n = run.digitCount;
    if (n > 31) continue;
    // The readers of this count, lowest bit (first member) first.
    for (let ks = (byCount[n] as number) & wanted; ks !== 0; ks &= ks - 1) {
      const k = 31 - Math.clz32(ks & -ks);
      const m = (readers[k] as RunReader).at(context, run);
      if (m === undefined) continue;
      found ??= [];
      found.push({ start: m.start, end: m.end, confidence: m.confidence, member: k });
    }
  }
  return found ?? NONE;
}

// Each member recognizer's walk and its index there.
const walkOf = new Map<Recognizer, { readonly walk: SharedWalk; readonly member: number }>();

/**
 * The recognizers of `members` (each made with defineRecognizer and noted with its counts:
 * runs.ts readsRuns), found together by one walk (see {@link walkPlan}). Each alone (its `find`,
 * as a custom caller or a test calls it) gives what the walk gives for it. At most 31 members,
 * each reading runs of fewer than 32 digits (bit 0 of its counts, runs of 32 or more, is never set).
 *
 * @since 0.1.0
 */
export function walkTogether(members: readonly WalkMember[]): readonly Recognizer[] {
  const readers = members.map((m) => m.reader);
  const byCount = new Int32Array(32);
  readers.forEach((reader, k) => {
    for (let n = 0; n < 32; n++)
      if ((reader.counts >>> n) & 1) byCount[n] = (byCount[n] as number) | (1 << k);
  });
  const recognizers: Recognizer[] = [];
  const walk: SharedWalk = {
    members: recognizers,
    find: (context, wanted) => walkRuns(readers, byCount, context, wanted),
  };
  members.forEach((m, k) => {
    const find = (context: RecognizerContext): RecognizerMatch[] =>
      walkRuns(readers, byCount, context, 1 << k).map(({ start, end, confidence }) => ({
        start,
        end,
        confidence,
      }));
    const { id, type, placeholder } = m;
    const recognizer = readsRuns(
      defineRecognizer(
        placeholder === undefined ? { id, type, find } : { id, type, placeholder, find },
      ),
      m.reader.counts,
    );
    walkOf.set(recognizer, { walk, member: k });
    recognizers.push(recognizer);
  });
  return Object.freeze(recognizers);
}

/**
 * How collect asks a list of recognizers' walks: per rank, -1 a recognizer called alone, -2 one a
 * walk found at an earlier rank, w >= 0 the first member of `walks[w]` in the list (the walk is
 * asked there). For each walk, the members present (`wanted`), each member's rank in the list
 * (`ranks`, -1 absent) and the counts, firsts and lists its members read (runs.ts runReaders),
 * joined (`reads`, three per walk).
 *
 * @since 0.1.0
 */
export type WalkPlan = {
  readonly kind: Int32Array;
  readonly walks: readonly SharedWalk[];
  readonly wanted: Int32Array;
  readonly ranks: readonly Int32Array[];
  readonly reads: Int32Array;
};

const plans = new WeakMap<readonly Recognizer[], WalkPlan>();

/**
 * The {@link WalkPlan} of `recognizers` (made once per list), `readers` their runs.ts runReaders.
 * A member listed twice is called alone the second time, as any recognizer listed twice is.
 *
 * @since 0.1.0
 */
export function walkPlan(recognizers: readonly Recognizer[], readers: Int32Array): WalkPlan {
  // The list of the last call first (the built-ins, mostly): no WeakMap look-up per pass.
  if (recognizers === lastList && lastPlan !== undefined) return lastPlan;
  let plan = plans.get(recognizers);
  if (plan === undefined) plan = planOf(recognizers, readers);
  lastList = recognizers;
  lastPlan = plan;
  return plan;
}

// The list walkPlan was asked of last, and its plan.
let lastList: readonly Recognizer[] | undefined;
let lastPlan: WalkPlan | undefined;

/** The plan of a list not planned yet ({@link walkPlan}). */
function planOf(recognizers: readonly Recognizer[], readers: Int32Array): WalkPlan {
  const kind = new Int32Array(recognizers.length).fill(-1);
  const walks: SharedWalk[] = [];
  const wanted: number[] = [];
  const ranks: Int32Array[] = [];
  const reads: number[] = [];
  for (let rank = 0; rank < recognizers.length; rank++) {
    const of = walkOf.get(recognizers[rank] as Recognizer);
    if (of === undefined) continue;
    let w = walks.indexOf(of.walk);
    if (w < 0) {
      w = walks.length;
      walks.push(of.walk);
      wanted.push(0);
      ranks.push(new Int32Array(of.walk.members.length).fill(-1));
      reads.push(0, 0, 0);
      kind[rank] = w;
    } else if (((ranks[w] as Int32Array)[of.member] as number) >= 0) continue;
    else kind[rank] = -2;
    wanted[w] = (wanted[w] as number) | (1 << of.member);
    (ranks[w] as Int32Array)[of.member] = rank;
    for (let k = 0; k < 3; k++)
      reads[3 * w + k] = (reads[3 * w + k] as number) | (readers[3 * rank + k] as number);
  }
  const plan: WalkPlan = {
    kind,
    walks,
    wanted: Int32Array.from(wanted),
    ranks,
    reads: Int32Array.from(reads),
  };
  plans.set(recognizers, plan);
  return plan;
}
