import { RUN_UNITS } from './budget.js';
import { charInfo, KIND, kindOf } from './charClass.js';
import { encoderFor, type PageEncoder } from './codePages.js';
import { misfits, rareDingbats } from './letterFit.js';
import { addPairs, byVotes, Lines } from './lineVotes.js';
import { readAsScript, scriptsRepaired, type Wrote } from './ownScript.js';
import { possiblePages } from './pageMasks.js';
import { chainOf, readRun, tally } from './readRun.js';
import {
  CONTEXT,
  contextTo,
  fitted,
  fromCps,
  isBreak,
  owned,
  readFrom,
  toCps,
} from './runParts.js';
import { REACH, repairedBefore, sameToken } from './sameToken.js';
import { wholeOverPiece } from './wholeOverPiece.js';

export { fromCps } from './runParts.js';

// The repair engine over code points. A run is a maximal stretch of non-ASCII characters (UTF-8
// multi-byte sequences never contain ASCII bytes, so mojibake never spans one). Each page
// proposes groups inside the run; a group is kept when it saves at least `minGain` cost in its
// context; the page that saves most wins the run unless another page, reading the same run
// differently, comes within a hair of it: then the document's other runs vote, and without a
// vote the run is reported as uncertain and left alone.

export type EngineOptions = {
  readonly encoders: readonly PageEncoder[];
  readonly maxChain: number;
  readonly minGain: number;
  /** On a true tie between pages, take the more common page (true) or leave the run (false). */
  readonly preferCommon: boolean;
  /**
   * Readings already made in this call, by run text and context (runs of the text itself; an
   * inner layer's readings are kept whole, by innerLayer.ts, keyed on this map): customer text
   * repeats its words, and a repeated word in the same surroundings reads the same way. Bounded.
   */
  readonly memo?: Map<string, MemoEntry>;
  /** Counts units of work (characters scanned per page), for the linear-time test. */
  readonly counter?: { steps: number };
  /**
   * Work left for this call, charged by the rule of budget.ts (the one place it is stated): at
   * depth 0, each distinct run's reading once per call, the work it does at every layer, memo hit
   * or not, and every use of a run a little; once spent, no run is read or used (each stands as
   * it is). `charged`: keys of runs whose reading was paid for and whose memo entries were cleared
   * at the memo's bound; `short`: set once something was left unread for want of it (repairText's
   * `complete: false`).
   */
  readonly budget?: {
    left: number;
    charged?: Set<string>;
    short?: boolean;
    id?: number;
    inner?: Set<string> | undefined;
  };
  /**
   * Internal (the second pass's; repairText has no such option). Per code point of the text, at
   * depth 0: how many times the run starting there counts in the message's votes and gains (the
   * second pass reads a repeated chunk once, secondPassChunks.ts); 0: not read (a neighbour copied
   * for context). Default 1. engineWeights.prop.test.ts holds a weighted reading of distinct
   * chunks to the reading of the whole text.
   */
  readonly weights?: Float64Array;
  /**
   * Read every page of every run (tests: the full search the lazy one must agree with). By
   * default a page far behind a run's best reading is left out (readRun.ts).
   */
  readonly readAll?: boolean;
};

const MEMO_LIMIT = 20_000;
/** Inner-layer keys a call keeps as paid for (budget.ts). */
const INNER_ONCE_LIMIT = 20_000;
// Runs longer than this are read in pieces (cut before a likely lead character), so that a
// megabyte without a single ASCII byte costs what a megabyte of words does.
const LONG_RUN = 1024;

/** A proposed replacement of code points [start, end) of the string being repaired. */
export type Proposal = {
  readonly start: number;
  readonly end: number;
  readonly after: string;
  readonly chain: readonly string[];
  readonly gain: number;
  readonly applied: boolean;
  /** Decided by the page prior or by the message's dominant page, not by the cost alone. */
  readonly tie?: boolean | undefined;
  /** Multi-byte UTF-8 sequences the span's bytes formed (single layer readings only). */
  readonly seqs?: number | undefined;
};

/**
 * The proposal (applied or not) over code point `i`, if any: a search by halving, `proposals`
 * in order and without overlaps (every pass's output is).
 */
export function proposalOver(proposals: readonly Proposal[], i: number): Proposal | undefined {
  let lo = 0;
  let hi = proposals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((proposals[mid] as Proposal).end <= i) lo = mid + 1;
    else hi = mid;
  }
  const q = proposals[lo];
  return q !== undefined && q.start <= i ? q : undefined;
}

/**
 * `p` moved by `by` code points, with `applied`, `gain` and `tie` as given: every proposal the
 * engine makes has the same fields in the same order (one object shape for V8, no spread).
 */
export function moved(
  p: Proposal,
  by: number,
  applied = p.applied,
  gain = p.gain,
  tie = p.tie,
): Proposal {
  return {
    start: p.start + by,
    end: p.end + by,
    after: p.after,
    chain: p.chain,
    gain,
    applied,
    tie,
    seqs: p.seqs,
  };
}

export type PageReading = { page: PageEncoder; proposals: Proposal[]; gain: number };

/**
 * A run's readings in the memo, with the work (units of {@link tally}) they cost to make and,
 * once asked for, the readings that rival the best one (a function of the readings alone).
 */
export type MemoEntry = {
  readonly readings: PageReading[];
  /**
   * What a memo hit reads, on the entry itself (one object, not a chain of them): the best
   * reading (`readings[0]`) and whether it applies any proposal. A hit's time was the first cold
   * load of the entry's objects (entry, readings, reading, proposals, proposal), wherever it fell.
   */
  readonly best: PageReading | undefined;
  /** The best reading's gain and proposals (0 and none without one): a sure hit reads no reading. */
  readonly gain: number;
  readonly proposals: readonly Proposal[];
  /**
   * Its proposal when the best reading has one alone (most broken words), else undefined: a hit
   * loads the proposal, not the list and its store first (two dependent cache misses a run).
   */
  readonly one: Proposal | undefined;
  readonly applies: boolean;
  readonly units: number;
  /**
   * What each use of the run at depth 0 costs (budget.ts): RUN_UNITS, and as much again for each
   * span its best reading proposes.
   */
  readonly use: number;
  readonly rivals: readonly PageReading[];
  /**
   * The votes the run casts and the positive gains of its readings, as pairs (index of the page
   * in the call's pages, amount), in the order they are added (a function of the entry alone; a
   * memo serves one list of pages). Made with the entry: every entry made is used at once. Empty
   * lists, here and in `rivals`, are one shared array (read by every hit, it stays in cache).
   */
  readonly votes: readonly number[];
  readonly gains: readonly number[];
  /**
   * The budget of the call that last paid for this run, by its number (budgetId; 0: none). A
   * number, not the budget object: comparing an entry's object with the call's loaded the map of
   * a budget long gone, a cache miss on every hit (half of memoRun's own time, perf).
   */
  paid: number;
  /** Pages far behind the run's best reading (readRun.ts): not in `gains`. */
  readonly skipped: PageEncoder[] | undefined;
  /** Met again since the memo was last swept at its bound (kept by the sweep; memoRun). */
  hit: boolean;
  /** A mark: the run's reading looked past this key and is kept under a longer one (farKey). */
  readonly far: boolean;
};

type Context = { readonly before: readonly number[]; readonly after: readonly number[] };

/**
 * Read a whole string: its code points and the proposals for them (applied or not), without
 * building the repaired text (the outer layer's callers apply the proposals themselves: at a
 * megabyte of mojibake the text nobody read was 400,000 concatenations). `depth` counts the
 * layers already undone above it (an inner layer is read in place, by innerLayer.ts).
 */
export function readString(
  text: string,
  options: EngineOptions,
  depth: number,
  /** The text's code points (toCps), when the caller made them already. */
  own: number[] = toCps(text),
): { proposals: Proposal[]; cps: number[] } {
  // A text without surrogate pairs is its own code points, so run keys of the memo are slices of it.
  const flat = text.length === own.length ? text : undefined;
  return { proposals: repairCodePoints(own, options, depth, flat), cps: own };
}

/**
 * {@link readString} and the text its applied proposals make; `context` gives the characters
 * around the text in the text it came from, so that an inner layer is judged in place. Test-only:
 * the simple reading innerLayer.ts (which reads inner layers without the proposals) is held to.
 */
export function repairString(
  text: string,
  options: EngineOptions,
  depth: number,
  context?: Context,
): { text: string; chain: readonly string[]; proposals: Proposal[]; cps: number[] } {
  let proposals: Proposal[] = [];
  let cps = toCps(text);
  if (context === undefined || context.before.length + context.after.length === 0)
    ({ proposals, cps } = readString(text, options, depth));
  else {
    // Read between its neighbours; the proposals inside the text are its own.
    const from = context.before.length;
    for (const p of repairCodePoints([...context.before, ...cps, ...context.after], options, depth))
      if (p.start >= from && p.end <= from + cps.length) proposals.push(moved(p, -from));
  }
  // A text without surrogate pairs is its own code points: its pieces are slices of it.
  const flat = text.length === cps.length;
  let out = '';
  let at = 0;
  let chain: readonly string[] = [];
  for (const p of proposals)
    if (p.applied) {
      out += (flat ? text.slice(at, p.start) : fromCps(cps, at, p.start)) + p.after;
      at = p.end;
      if (chain.length === 0) chain = p.chain;
    }
  if (at === 0) return { text, chain, proposals, cps };
  out += flat ? text.slice(at) : fromCps(cps, at);
  return { text: out, chain, proposals, cps };
}

/** Where a run starting at `from` should end: `end`, or a cut before a likely lead character. */
export function cutAt(cps: readonly number[], from: number, end: number): number {
  if (end - from <= LONG_RUN) return end;
  const latin = encoderFor('windows-1252');
  for (let k = from + LONG_RUN; k < Math.min(end, from + LONG_RUN + 16); k++) {
    const b = latin.encode(cps[k] ?? 0)?.[0] ?? 0;
    if (b >= 0xc2 && b <= 0xf4) return k;
  }
  return from + LONG_RUN;
}

/**
 * Make room in a memo at its bound: the readings met again since the last sweep stay (a stream's
 * common words: clearing them all made a never-seen stream read them again, about a fifth of its
 * time), the others go; if more than half would stay, all go, so that a sweep always frees half.
 * The keys of gone readings that `paying` paid for move to its `charged` set (budget.ts: a reading
 * is charged once per call, memo hit or not).
 */
function sweep(memo: Map<string, MemoEntry>, paying: EngineOptions['budget']): void {
  const paid = paying ? (paying.charged ?? new Set<string>()) : undefined;
  const id = paying ? budgetId(paying) : -1;
  for (const [k, e] of memo) {
    if (e.hit) e.hit = false;
    else {
      if (e.paid === id) paid?.add(k);
      memo.delete(k);
    }
  }
  if (memo.size > MEMO_LIMIT / 2) {
    for (const [k, e] of memo) if (e.paid === id) paid?.add(k);
    memo.clear();
  }
  if (paying && paid) paying.charged = paid;
}

// Budgets numbered as memo entries first meet them (MemoEntry.paid), from 1.
let budgets = 0;
/** `budget`'s number, given at its first ask (repairText's budgets start at 0: none yet). */
function budgetId(budget: { id?: number }): number {
  if (!budget.id) budget.id = ++budgets;
  return budget.id;
}

/**
 * The key of a reading that looked past its run's usual key: an "Ã " whose space the reading took
 * for a lost 0xA0 reads up to five characters past the space to tell whether it was also the word
 * gap (runParts.ts gluesToA: "às", "àquele", Vietnamese finals). "f" first: no other key starts
 * with a letter followed by a digit.
 */
function farKey(cps: readonly number[], start: number, end: number, source: string | undefined) {
  return keyOf('f', cps, readFrom(cps, start), start, end, contextTo(cps, end, 6), source);
}

/** A key that says how much context it holds on each side of the run: cps[from, start), [end, to). */
function keyOf(
  tag: string,
  cps: readonly number[],
  from: number,
  start: number,
  end: number,
  to: number,
  source: string | undefined,
): string {
  return `${tag}${start - from}|${to - end}|${source?.slice(from, to) ?? fromCps(cps, from, to)}`;
}

/**
 * The reading of the run cps[start, end): null when no page of the call can read it as UTF-8
 * (possiblePages: it takes no part), undefined when the work budget is spent (it stays as it
 * is), else the memo's entry, made first when the memo has none.
 */
function memoRun(
  cps: readonly number[],
  start: number,
  end: number,
  options: EngineOptions,
  depth: number,
  source: string | undefined,
): MemoEntry | undefined | null {
  // Readings are kept relative to the run's start, so that a hit costs a lookup, not a copy.
  // Without a memo of the caller's, the run is read as with an empty one; an inner layer's runs
  // are read afresh, without a key (innerLayer.ts remembers each inner reading whole, and its
  // runs met again were a fifth of the entries that filled the memo).
  const memo = depth === 0 ? options.memo : undefined;
  const budget = depth === 0 ? options.budget : undefined;
  let key = '';
  if (memo) {
    // The context the reading depends on: CONTEXT characters each side, up to a line break, and
    // before the run only the space when one stands there (runParts.ts readFrom).
    const from = readFrom(cps, start);
    const to = contextTo(cps, end);
    // The common keys (two characters of context before, or a space; the after side not cut by a
    // line break) are the slice of text alone, with no prefix to concatenate: the run's first
    // character, never ASCII, is the key's third or (after a space) its second, while the second
    // of a two-character context is ASCII and every prefixed key has a digit first and third, so
    // the kinds never meet; a prefixed key says how much context it holds on each side.
    if (
      source !== undefined &&
      (start - from === CONTEXT || (start - from === 1 && cps[from] === 0x20)) &&
      (to - end === CONTEXT || (to === cps.length && !isBreak(cps[to - 1])))
    )
      key = source.slice(from, to);
    else key = keyOf('', cps, from, start, end, to, source);
  }
  let entry = memo?.get(key);
  // A run met before needs no masks: the memo keeps only runs that some page may read, and a
  // run's pages depend on its characters and the one after it, which its key holds (a run at the
  // text's end has none after it either way). The masks cost ~110 instructions a character; a
  // broken message's runs are mostly met again. Those asked here are readRun's (it asked again).
  const pages = entry === undefined ? possiblePages(cps, start, end, options.encoders) : undefined;
  if (pages === 0) return null;
  // The budget's rule is budget.ts's: once spent, no run is read, however often it was before.
  if (budget && budget.left <= 0) {
    budget.short = true;
    return undefined; // left as it stands
  }
  // Whether `key` is already the longer key (farKey): told by this flag, not by the key's first
  // character, since a plain key is a slice of the text and may begin with "f" too ("fhÃ ng"),
  // which stored a reading that looked past its key under the short key, unmarked: a later run
  // with the same short key and other words after it took that reading (a repair that depended on
  // the message repaired before it).
  let longKey = false;
  if (entry?.far) {
    // Read before, and that reading looked past its key: the run's readings by the longer one.
    entry.hit = true;
    key = farKey(cps, start, end, source);
    longKey = true;
    entry = memo?.get(key);
  }
  // What the call is spared of a reading made here: inner-layer hits on keys it paid for (innerLayer.ts).
  let spared = 0;
  if (entry === undefined) {
    // The work the reading did (tally: characters × pages read, inner layers included, their
    // memo hits at what they did when made): what a reading without any memo does.
    const before = tally.units;
    const saved = tally.saved;
    // The inner keys this reading charges in full, from here (a depth-0 reading is never nested).
    // Written only when some are left (a length set is a call into V8's runtime).
    if (budget && tally.paid.length !== 0) tally.paid.length = 0;
    // Whether the reading looks past its key, at depth 0 only: an inner layer's runs (read here at
    // depth 1, inside an outer run's reading, when innerLayer.ts had not met the layer before)
    // cleared the mark the outer reading had set, so that a reading that looked past its key was
    // kept under the short key when its inner layer was read afresh and under the long one when
    // the inner layers' memo held it: which one depended on the messages read before.
    if (depth === 0) tally.far = false;
    const read = readRun(cps, start, end, options, depth, undefined, false, pages);
    spared = tally.saved - saved;
    // A page that reads only a piece of what another reads whole is no reading of its own (T54c).
    wholeOverPiece(read, end - start);
    // The entry's lists at their length (fitted): the memo outlives the call.
    const readings = fitted(read);
    const best = readings[0];
    const rivals = orNone(rivalsOf(readings));
    const skipped = tally.behind && fitted(tally.behind);
    // Every field from the start: one object shape for V8 (fields added later deoptimised the loop).
    entry = {
      readings,
      best,
      gain: best?.gain ?? 0,
      proposals: best?.proposals ?? NONE,
      one: best?.proposals.length === 1 ? best.proposals[0] : undefined,
      applies: best !== undefined && anyApplied(best.proposals),
      units: tally.units - before,
      use: RUN_UNITS * (1 + (best?.proposals.length ?? 0)),
      rivals,
      votes: orNone(fitted(votesOf(readings, rivals, options.encoders, cps, start, end))),
      gains: orNone(fitted(gainsOf(readings, options.encoders, skipped))),
      paid: 0,
      skipped,
      hit: false,
      far: false,
    };
    if (memo) {
      if (memo.size >= MEMO_LIMIT) sweep(memo, options.budget);
      // Kept as a string of its own (runParts.ts owned): the key is a slice of the message, or a
      // concatenation holding one, and the shared memo outlives the call.
      key = owned(key);
      // The reading looked past the key (readRun.ts tally.far): the key gets a mark, the reading a
      // key that holds what it read.
      if (tally.far && !longKey) {
        memo.set(key, { ...entry, far: true });
        key = owned(farKey(cps, start, end, source));
      }
      memo.set(key, entry);
    }
  } else {
    tally.units += entry.units;
    entry.hit = true;
  }
  // An entry remembers the budget that paid for its reading (the memo may hold it from another
  // call), and the keys of a cleared memo's paid entries move to the budget's own set, so that a
  // reading is charged once per call, memo hit or not; every occurrence pays its own use below.
  if (budget) {
    const id = budgetId(budget);
    const charge = entry.paid !== id && !budget.charged?.has(key);
    // Each use: the run and each span its best reading proposes (what the passes after it handle).
    budget.left -= entry.use;
    if (charge) {
      budget.left -= entry.units - spared;
      entry.paid = id;
      // Its inner layers are paid for in this call (bounded: past the bound, charged as before).
      const once = budget.inner;
      if (once !== undefined)
        for (const k of tally.paid) if (once.size < INNER_ONCE_LIMIT) once.add(k);
    }
    if (tally.paid.length !== 0) tally.paid.length = 0;
  }
  return entry;
}

const C1_AS_1252 = encoderFor('windows-1252');

// The one empty list that memo entries share (frozen: nothing adds to it).
const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const orNone = <T>(list: readonly T[]): readonly T[] => (list.length === 0 ? NONE : list);

function within(p: Proposal, q: Proposal): boolean {
  return p.start >= q.start && p.end <= q.end && q.after.includes(p.after);
}

/**
 * Two readings conflict when some applied span of one overlaps a span the other reads
 * differently. A span inside another whose repair is part of the other's ("λληνικά" inside
 * "Ελληνικά") is the same reading, only shorter.
 */
function conflicts(a: PageReading, b: PageReading): boolean {
  // Both lists are in order and without overlaps: one sweep (a long run has hundreds of spans).
  const bs = b.proposals;
  let from = 0;
  for (const p of a.proposals) {
    if (!p.applied) continue;
    while (from < bs.length && (bs[from]?.end ?? 0) <= p.start) from++;
    for (let k = from; k < bs.length; k++) {
      const q = bs[k] as Proposal;
      if (q.start >= p.end) break;
      if (!q.applied) continue;
      if (p.start === q.start && p.end === q.end && p.after === q.after) continue;
      if (within(p, q) || within(q, p)) continue;
      return true;
    }
  }
  return false;
}

/** The gain of a reading that covers its whole run (of `length`) and loses nowhere, else 0. */
function wholeWeakGain(r: PageReading, length: number): number {
  let covered = 0;
  let gain = 0;
  for (const p of r.proposals) {
    if (p.seqs === undefined) return 0;
    // The cost change alone (without the per-span bonus for sequences beyond the third) must not
    // be a loss; then every sequence counts, and the prior is paid once, by the vote threshold.
    const cost = p.gain - Math.max(0, p.seqs - 3);
    if (cost < 0) return 0;
    covered += p.end - p.start;
    gain += cost + p.seqs;
  }
  return covered === length ? gain : 0;
}

/** Readings that come within 15% of the best one and read the run differently from it. */
function rivalsOf(readings: readonly PageReading[]): PageReading[] {
  const best = readings[0];
  if (!best || best.gain <= 0) return [];
  const margin = best.gain * 0.15;
  return readings.filter(
    (r) => r !== best && r.gain > 0 && r.gain >= best.gain - margin && conflicts(r, best),
  );
}

/** Repair code points; returns every proposal (applied or not), in order, without overlaps. */
export function repairCodePoints(
  cps: readonly number[],
  options: EngineOptions,
  depth: number,
  /** The text of `cps` when each code point is one UTF-16 unit (no surrogate pairs). */
  source?: string,
): Proposal[] {
  // The runs read, as parallel arrays (a megabyte of mojibake has 10^5 of them).
  const starts: number[] = [];
  const ends: number[] = [];
  const runs: MemoEntry[] = [];
  // Votes: what each page explained in runs where it had no close rival; and all it gained.
  // Read here, where every call passes (the options of each depth have their own shape): read
  // in a branch few runs take, a shape not yet seen there deoptimised the whole function.
  const { encoders: pages, minGain, preferCommon } = options;
  const votes = sums(depth, 0, pages.length);
  const gains = sums(depth, 1, pages.length);
  // The runs whose votes and gains are in the sums: a text of one line sums them only once a run
  // asks for its page (most broken runs apply their best reading with no rival and ask nothing,
  // and a memo hit then loads no vote list: two cache misses a run). Lines sum as they go.
  let summed = 0;
  const weights = depth === 0 ? options.weights : undefined;
  // A text of several lines is voted line by line first (lineVotes.ts), from its first line end.
  let lines: Lines | undefined;
  const byLine = depth === 0 && options.weights === undefined;
  // Lines met again in this call, each read once (SeenLine): a line's runs read the same wherever
  // it stands (their context stops at its breaks), and its repairs are decided the same once the
  // whole text's votes are summed. Only lines between two breaks, of a text of UTF-16 units
  // (made at the first break: a message of one line has none).
  let seen: Map<string, SeenLine> | undefined;
  // Lines kept, and lines met again, in order (three entries each: the run read next after it,
  // where it starts, the line).
  const kept: SeenLine[] = [];
  const again: (number | SeenLine)[] = [];
  // The line read now for the first time, if it is to be kept: its key and its first run.
  let key: string | undefined;
  let at = 0;
  let first = 0;
  let cr = 0; // the next carriage return, once looked for
  // Whether a run read below holds a C1 control (U+0080-U+009F), noted on the walk that finds the
  // runs: a text with none asks hasC1 of no run (it read every run again, 10.2M of
  // repairCodePoints' 61.1M on text 11 3 12).
  let anyC1 = false;
  let i = 0;
  while (i < cps.length) {
    if ((cps[i] ?? 0) < 0x80) {
      if (byLine && isBreak(cps[i])) {
        if (lines === undefined) {
          summed = addRuns(votes, gains, runs, starts, summed, weights);
          lines = new Lines(votes, gains, dominantPage);
        }
        lines.end(runs, options);
        if (source !== undefined) {
          seen ??= new Map();
          if (key !== undefined) {
            const line = keptLine(runs, first, at);
            seen.set(key, line);
            if (line.out === undefined) kept.push(line); // decided with the runs below
          }
          // The next line: its text with the breaks around it (what its runs' context can see).
          if (cr <= i) cr = source.indexOf('\r', i + 1) >>> 0; // none: past any index
          const lf = source.indexOf('\n', i + 1) >>> 0;
          const next = Math.min(lf, cr, cps.length);
          key = undefined;
          if (next < cps.length && next - i <= LINE_MAX) {
            const k = source.slice(i, next + 1);
            const line = seen.get(k);
            const budget = options.budget;
            if (line && (budget === undefined || budget.left > line.use)) {
              // Its votes and work as if read again, its repairs copied at the end.
              addPairs(votes, line.votes);
              addPairs(gains, line.gains);
              if (budget) budget.left -= line.use;
              tally.units += line.units;
              if (line.out?.length !== 0) again.push(runs.length, i + 1, line);
              i = next;
              continue;
            }
            if (seen.size < SEEN_LIMIT) {
              key = k;
              at = i + 1;
              first = runs.length;
            }
          }
        }
      }
      i++;
      continue;
    }
    let j = i;
    for (; j < cps.length; j++) {
      const c = cps[j] ?? 0;
      if (c < 0x80) break;
      if (c < 0xa0) anyC1 = true;
    }
    let from = i;
    while (from < j) {
      const to = cutAt(cps, from, j);
      // A weight of 0: a neighbour copied for context only (secondPassChunks.ts), not read.
      const weight = depth === 0 && options.weights ? (options.weights[from] ?? 1) : 1;
      // Null: no page can read the run as UTF-8 (most runs of clean text); it takes no part.
      const entry = weight > 0 ? memoRun(cps, from, to, options, depth, source) : null;
      if (entry !== null) {
        // Undefined: the call's work budget is spent and the run stays as it is (C1 controls too).
        if (!entry)
          key = undefined; // a line not read whole is not kept
        else {
          if (lines) {
            addPairs(votes, entry.votes, weight);
            addPairs(gains, entry.gains, weight);
            lines.add(entry.votes, entry.gains);
            summed++;
          }
          starts.push(from);
          ends.push(to);
          runs.push(entry);
        }
      }
      from = to;
    }
    i = j;
  }
  lines?.end(runs, options);
  // The page that explained most of this text, if it explained enough to be trusted: decided
  // when a run first asks (`decided`), the sums completed first.
  let dominant: PageEncoder | undefined;
  let decided = false;
  // Per page, once a true tie asks (fitOf).
  let fits: Map<PageEncoder, number> | undefined;
  // The scripts of their own that the message's repairs wrote, once a run asks (ownScript.ts).
  let wrote: Wrote | undefined;
  const out: Proposal[] = [];
  // Runs of the current token left as they stand with no page of the message to follow, each
  // (run, first and end index of its proposals in `out`): a later group of the token repaired
  // through one page may speak for them (followBack).
  const waiting: number[] = [];
  let a = 0;
  let kp = 0;
  for (let n = 0; n <= runs.length; n++) {
    // The lines met again before this run: their first reading's repairs, moved.
    for (; a < again.length && (again[a] as number) <= n; a += 3) {
      const from = again[a + 1] as number;
      const ps = (again[a + 2] as SeenLine).out as Proposal[];
      for (let k = 0; k < ps.length; k++) out.push(moved(ps[k] as Proposal, from));
    }
    if (n === runs.length) break;
    const keep = kept[kp];
    if (keep?.from === n) keep.mark = out.length;
    const run = runs[n] as MemoEntry;
    const start = starts[n] ?? 0;
    const end = ends[n] ?? 0;
    const best = run.best;
    let chosen: PageReading | undefined = run.gain > 0 ? best : undefined;
    // Whether `chosen` is `best`, kept beside it: a hit compares no reading object (a comparison
    // or a test of one loads its map, a cache miss on a memo hit that reads nothing else of it).
    let isBest = chosen !== undefined;
    let verdict: 'sure' | 'tie' | 'uncertain' | 'consistent' = 'sure';
    let wait = false;
    const rival = run.rivals;
    // The line's own page first, the whole text's where the line has none. Asked for only where
    // a rival or a run left as it stands reads it (below); the sums are complete before.
    let own: PageEncoder | undefined;
    if (rival.length > 0 || !(isBest && run.applies)) {
      if (!decided) {
        summed = addRuns(votes, gains, runs, starts, summed, weights);
        dominant = dominantPage(votes, gains, options);
        decided = true;
      }
      own = lines?.dominant[n] ?? dominant;
    }
    if (rival.length > 0 && best) {
      // The reading whose page has most votes, its line's first (lineVotes.ts), if no other has
      // as many.
      const top = lines?.chosen[n] ?? byVotes(best, rival, votes, pages, run.readings);
      if (top) {
        chosen = top;
        isBest = top === best;
      } else if (rival.some((r) => best.gain - r.gain < 1)) {
        // A true tie and the votes do not decide: the tied page whose letters one language
        // writes best beside the message's other repairs (letterFit.ts), then the message's own
        // page (its runs read better through it, each within 15% of another page: none voted),
        // then the more common page (the readings are in page order), at low confidence either
        // way, unless the caller asked to leave it.
        verdict = preferCommon ? 'tie' : 'uncertain';
        fits ??= new Map();
        const known = fits;
        chosen = [best, ...rival.filter((r) => best.gain - r.gain < 1)].reduce((a, r) => {
          const d =
            fitOf(r.page, runs, known, cps, starts) - fitOf(a.page, runs, known, cps, starts);
          return d < 0 || (d === 0 && r.page === own) ? r : a;
        });
        isBest = chosen === best;
      }
    }
    if (!(chosen !== undefined && (isBest ? run.applies : anyApplied(chosen.proposals)))) {
      // Script consistency: a short run that the message's own page reads as whole text, no
      // worse than it stands ("за" as "蟹邪" next to a dozen GBK repairs) follows that page.
      const mine = own && run.readings.find((r) => r.page === own);
      const whole = mine?.proposals.reduce((n, p) => n + (p.end - p.start), 0) === end - start;
      // A span past the run's end took the next space for a lost 0xA0: it covers the gap, not the
      // run ("مع " as "مڠ" leaves the "م" out), and would glue two clean words.
      let follows: PageReading | undefined;
      if (mine && whole && mine.proposals.every((p) => p.gain >= 0 && p.end <= end - start))
        follows = mine;
      else if (depth === 0) {
        // Or letters of a script of its own that the message's repairs wrote, whatever they
        // cost, through the message's page or the page of those repairs (ownScript.ts).
        wrote ??= scriptsRepaired(runs, lines?.dominant, dominant);
        follows = wrote.page && readAsScript(cps, start, end, own ?? wrote.page, wrote.bits);
        // Or, with no page of the message's own, the chain that repaired an earlier group of the
        // same token, reading this one whole and no worse (sameToken.ts).
        const by = follows || own ? undefined : repairedBefore(out, cps, start);
        if (by) {
          const its = run.readings.find((r) => wholeThrough(r, by, end - start));
          if (its) follows = its;
        }
        wait = !follows && own === undefined && run.readings.length > 0;
      }
      if (follows) {
        chosen = follows;
        isBest = follows === best;
        verdict = 'consistent';
      }
    }
    const head = out.length;
    // Straight into the output unless C1 controls may need fixing in between.
    const c1 = depth === 0 && anyC1 && hasC1(cps, start, end) && pages.includes(C1_AS_1252);
    const covered: Proposal[] = c1 ? [] : out;
    const one = isBest ? run.one : undefined;
    if (one !== undefined) put(covered, one, start, verdict, minGain);
    else if (chosen !== undefined) {
      // Indexed: for-of over proposal lists of several array shapes deoptimised this loop.
      const ps = isBest ? run.proposals : chosen.proposals;
      for (let k = 0; k < ps.length; k++) put(covered, ps[k] as Proposal, start, verdict, minGain);
    }
    if (c1) for (const p of withC1Fixes(cps, start, end, covered)) out.push(p);
    if (wait && !c1) {
      // A token holds the waiting runs: the list restarts past a space or REACH.
      const last = waiting.length - 3;
      if (last >= 0) {
        const prev = ends[waiting[last] as number] as number;
        if (start - prev > REACH || !sameToken(cps, prev, start)) waiting.length = 0;
      }
      waiting.push(n, head, out.length);
    } else if (waiting.length > 0 && depth === 0) {
      followBack(out, head, waiting, runs, starts, ends, cps, minGain);
    }
    if (keep?.to === n + 1) {
      keep.out = out.slice(keep.mark).map((p) => moved(p, -keep.at));
      kp++;
    }
  }
  return out;
}

/**
 * Adds the votes and gains of runs[from..] to the sums, each run weighed as where it was read
 * (`weights`, at depth 0): the order and amounts of the additions made as the runs were read.
 * Returns how many runs are summed.
 */
function addRuns(
  votes: Float64Array,
  gains: Float64Array,
  runs: readonly MemoEntry[],
  starts: readonly number[],
  from: number,
  weights: Float64Array | undefined,
): number {
  for (let n = from; n < runs.length; n++) {
    const run = runs[n] as MemoEntry;
    const weight = weights ? (weights[starts[n] as number] ?? 1) : 1;
    addPairs(votes, run.votes, weight);
    addPairs(gains, run.gains, weight);
  }
  return runs.length;
}

/** A run's proposal `p` as its verdict puts it in the output, moved to the run's `start`. */
function put(
  covered: Proposal[],
  p: Proposal,
  start: number,
  verdict: 'sure' | 'tie' | 'uncertain' | 'consistent',
  minGain: number,
): void {
  // By index: TurboFan left one of these pushes a call into the Array.prototype.push builtin.
  if (verdict === 'consistent') covered[covered.length] = moved(p, start, true, minGain, true);
  else if (p.applied && verdict !== 'uncertain')
    covered[covered.length] = moved(p, start, p.applied, p.gain, verdict === 'tie' ? true : p.tie);
  else if (p.gain >= 1) covered[covered.length] = moved(p, start, false);
}

/** Longest line kept for meeting again, and most lines kept by a call. */
const LINE_MAX = 4096;
const SEEN_LIMIT = 10_000;

/**
 * A line between two breaks that a call read once and may meet again: the votes and gains its
 * runs cast (cast again), what a use of them costs (budget.ts), and its repairs relative to its
 * start, once decided. Met again with budget enough left for every use, the line is not read:
 * the same votes, charges and repairs, without the scan, keys and lookups of each run.
 */
type SeenLine = {
  /** Its runs' votes and gains, one run's pairs after the other's (added in the same order). */
  readonly votes: number[];
  readonly gains: number[];
  readonly use: number;
  readonly units: number;
  /** Its runs' range in the call's list of runs, and where it starts in the text. */
  readonly from: number;
  readonly to: number;
  readonly at: number;
  /** Where its repairs start in the call's output, while it is decided. */
  mark: number;
  out: Proposal[] | undefined;
};

function keptLine(runs: readonly MemoEntry[], from: number, at: number): SeenLine {
  const votes: number[] = [];
  const gains: number[] = [];
  let use = 0;
  let units = 0;
  const to = runs.length;
  for (let n = from; n < to; n++) {
    const r = runs[n] as MemoEntry;
    votes.push(...r.votes);
    gains.push(...r.gains);
    use += r.use;
    units += r.units;
  }
  return { votes, gains, use, units, from, to, at, mark: 0, out: from === to ? [] : undefined };
}

// Vote and gain sums, one pair per depth: a call at one depth never runs while another call at
// the same depth is under way (inner layers are one deeper), and allocating them per call was a
// tenth of the time of a message read from the memo.
const SUMS: Float64Array[] = [];
function sums(depth: number, which: number, length: number): Float64Array {
  const k = 2 * depth + which;
  let out = SUMS[k];
  if (out === undefined || out.length !== length) {
    out = new Float64Array(length);
    SUMS[k] = out;
  } else out.fill(0);
  return out;
}

/**
 * Whether `page` leaves the byte of C1 control `cp` undefined (its browser variant decodes it to
 * the control) and reads every character of the run `cps[from..to)`: only then may the control be
 * that page's rather than a Latin-1 decoder's. `reads` keeps, per page of `pages` (index `at`),
 * whether it reads every character (0 not asked yet, 1 yes, 2 no): asked once per run, not once
 * per control (a long run of C1 controls asked each page to read it again for each).
 */
function mayOwnControl(
  pages: readonly PageEncoder[],
  at: number,
  reads: Uint8Array,
  cp: number,
  cps: readonly number[],
  from: number,
  to: number,
): boolean {
  const page = pages[at] as PageEncoder;
  if (!page.isBrowserSlot(cp)) return false;
  if (reads[at] === 0) {
    reads[at] = 1;
    for (let k = from; k < to; k++)
      if (page.encode(cps[k] as number) === undefined) {
        reads[at] = 2;
        break;
      }
  }
  return reads[at] === 1;
}

/** The votes a run casts: pages and what each explained, in the order they are added. */
function votesOf(
  readings: readonly PageReading[],
  rivals: readonly PageReading[],
  pages: readonly PageEncoder[],
  cps: readonly number[],
  from: number,
  to: number,
): number[] {
  const length = to - from;
  const out: number[] = [];
  const best = readings[0];
  // A C1 control for a byte Windows-1252 defines ("\u0084", not „) came from another decoder
  // (Latin-1, ISO-8859-15): such a run is no evidence for Windows-1252, which reads it only as the
  // two mixed ("ì\u0084ž" is 세 through ISO-8859-15, 섞 so). One that a page leaves undefined
  // ("Å\u009e", Ş through Windows-1254's browser variant) may be that page's, but only where the
  // page reads the rest of the run: Windows-874 leaves 0x82, 0x84, 0x89 … undefined and reads no
  // Latin letter, so it explains no control in "â\u0089€" ("≤" through ISO-8859-15, not "≀").
  let no: PageEncoder | undefined;
  let reads: Uint8Array | undefined;
  for (let k = from; k < to && !no; k++) {
    const cp = cps[k] as number;
    if (cp <= 0x7f || cp >= 0xa0) continue;
    reads ??= new Uint8Array(pages.length);
    let owned = false;
    for (let at = 0; at < pages.length && !owned; at++)
      owned = mayOwnControl(pages, at, reads, cp, cps, from, to);
    if (!owned) no = C1_AS_1252;
  }
  if (best && best.gain <= 0) {
    // Weak evidence: a page that reads the whole run as valid UTF-8, no worse than it stands,
    // without gaining enough to repair it alone ("蟹邪泻邪蟹" for "заказ" through GBK). Alone
    // it repairs nothing; summed over a message it can make the page the message's own.
    for (const r of readings) {
      const weak = wholeWeakGain(r, length);
      if (weak > 0 && r.page !== no) out.push(pages.indexOf(r.page), weak);
    }
  } else if (best && rivals.length === 0) {
    // Every page that reads the run the way the best one does earns the vote.
    for (const r of readings)
      if (r.gain >= best.gain * 0.85 && !conflicts(r, best) && r.page !== no)
        out.push(pages.indexOf(r.page), r.gain);
  }
  return out;
}

/**
 * The positive gains of a run's readings, as (index of the page, gain) pairs in reading order,
 * but for pages far behind the best reading (`skipped`, readRun.ts): a run one page reads far
 * better is evidence for that page, not for the others.
 */
function gainsOf(
  readings: readonly PageReading[],
  pages: readonly PageEncoder[],
  skipped: readonly PageEncoder[] | undefined,
): number[] {
  const out: number[] = [];
  for (const r of readings)
    if (r.gain > 0 && !skipped?.includes(r.page)) out.push(pages.indexOf(r.page), r.gain);
  return out;
}

/**
 * Whether `c` is a letter the languages of letterFit.ts write only where a word ends: "ù" (French
 * "où", Italian "più", "giù"). Vietnamese writes it inside syllables ("mùa"), but letterFit.ts
 * knows no Vietnamese, and a Vietnamese message's other letters are no language of it either.
 */
const isFinalOnly = (c: number): boolean => c === 0xf9 || c === 0xd9;

/** Letters only Vietnamese writes: ơ ư and U+1EA0-U+1EF9. */
const VIETNAMESE_OWN = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/**
 * How many letters of `after`, written at `at` of `cps`, are final-only letters ({@link
 * isFinalOnly}) glued to a letter after them: "Peùa", Windows-1250's reading of ISO-8859-2's
 * "PeĂąa" ("Peña"; ą is 0xB1 there, 0xB9 in 1250).
 */
function finalsInside(after: string, cps: readonly number[], at: number): number {
  let n = 0;
  for (let k = 0; k < after.length; k++) {
    if (!isFinalOnly(after.charCodeAt(k))) continue;
    const next = k + 1 < after.length ? after.charCodeAt(k + 1) : (cps[at] ?? 0x20);
    if (kindOf(charInfo(next)) === KIND.letter) n++;
  }
  return n;
}

/**
 * How badly the letters of a message's repairs fit one language (letterFit.ts) if `page` is its
 * page: the page's own reading in every run where it is best or a rival, the best reading
 * elsewhere; and each letter one writes only at a word's end that it glues to a letter after it,
 * twice (T61e: "Peùa" for "Peña" through ISO-8859-2; T63g: twice, since a message may mix two
 * languages' letters in a name, "Où est Peña ?", but no word glues "ù" inside, "OÚ est Peùa ?"). Once per page and message (`known`), so that a
 * text of many ties stays linear.
 */
function fitOf(
  page: PageEncoder,
  runs: readonly MemoEntry[],
  known: Map<PageEncoder, number>,
  cps: readonly number[],
  starts: readonly number[],
): number {
  let f = known.get(page);
  if (f === undefined) {
    let text = '';
    let inside = 0;
    for (let n = 0; n < runs.length; n++) {
      const run = runs[n] as MemoEntry;
      for (const p of (run.rivals.find((r) => r.page === page) ?? run.best)?.proposals ?? [])
        if (p.applied) {
          text += p.after;
          inside += finalsInside(p.after, cps, (starts[n] as number) + p.end);
        }
    }
    // A Vietnamese message writes "ù" inside its syllables: its letters count alone there.
    f =
      misfits(text) +
      rareDingbats(text) +
      (inside > 0 && VIETNAMESE_OWN.test(text) ? 0 : 2 * inside);
    known.set(page, f);
  }
  return f;
}

/**
 * Whether `r` reads its whole run (of `length`) through the one-page `chain` alone, losing nowhere
 * and staying inside the run. Chains are interned (readRun.ts chainOf): one page's chain is one
 * array, so identity compares them.
 */
function wholeThrough(r: PageReading, chain: readonly string[], length: number): boolean {
  let covered = 0;
  for (const p of r.proposals) {
    if (p.chain !== chain || p.gain < 0 || p.end > length) return false;
    covered += p.end - p.start;
  }
  return covered > 0 && covered === length;
}

/**
 * The runs of a token left waiting before `out[at]`, read through the one-page chain of the first
 * repair from `at` on, when it is applied: the groups before a file name's first repaired group
 * ("Åžubat_SipariÅŸ.pdf"), as sameToken.ts has the groups after it follow. Each waiting run that
 * this chain reads whole and no worse is repaired through it, from the nearest back, while they
 * stay in the token and within REACH of the repair after them; `waiting` is emptied.
 */
function followBack(
  out: Proposal[],
  at: number,
  waiting: number[],
  runs: readonly MemoEntry[],
  starts: readonly number[],
  ends: readonly number[],
  cps: readonly number[],
  minGain: number,
): void {
  let first: Proposal | undefined;
  for (let k = at; k < out.length && !first; k++) if ((out[k] as Proposal).applied) first = out[k];
  if (first === undefined) return;
  const by = first.chain;
  let to = first.start;
  for (let w = waiting.length - 3; w >= 0 && by.length === 1; w -= 3) {
    const n = waiting[w] as number;
    const start = starts[n] as number;
    const end = ends[n] as number;
    if (to - end > REACH || !sameToken(cps, end, to)) break;
    const its = (runs[n] as MemoEntry).readings.find((r) => wholeThrough(r, by, end - start));
    if (its) {
      const from = waiting[w + 1] as number;
      const moves = its.proposals.map((p) => moved(p, start, true, minGain, true));
      out.splice(from, (waiting[w + 2] as number) - from, ...moves);
    }
    to = start;
  }
  waiting.length = 0;
}

/** Whether a reading applies any of its proposals (a loop: no closure per run). */
function anyApplied(ps: readonly Proposal[]): boolean {
  for (let k = 0; k < ps.length; k++) if ((ps[k] as Proposal).applied) return true;
  return false;
}

const hasC1 = (cps: readonly number[], start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if ((cps[k] ?? 0) >= 0x80 && (cps[k] ?? 0) < 0xa0) return true;
  return false;
};

/**
 * The page that explained most of the message, if it explained enough to be trusted. Pages tied
 * on the vote (Windows-1252 and ISO-8859-15 read most Western mojibake alike) are told apart by
 * all they gain over the message, the runs where they disagree included (a Serbian message whose
 * "Ÿ" and "Ž" read as Cyrillic only through ISO-8859-15); a tie there too goes to the more common
 * page, first in the call's order ("cafÃ© â£€" is "café ⣀" through Windows-1252, not "⣤").
 */
function dominantPage(
  votes: Float64Array,
  gains: Float64Array,
  options: EngineOptions,
): PageEncoder | undefined {
  // One sweep: the most votes (at least twice minGain), among pages tied on them the one that
  // gained most, the first on a tie (no list of the tied pages, no closure: once per message).
  let most = 2 * options.minGain;
  let best = -1;
  for (let k = 0; k < options.encoders.length; k++) {
    const v = votes[k] ?? 0;
    if (v > most) {
      most = v;
      best = k;
    } else if (v === most && (best < 0 || (gains[k] ?? 0) > (gains[best] ?? 0))) best = k;
  }
  return best < 0 ? undefined : options.encoders[best];
}

/**
 * C1 controls left outside every group are Windows-1252 bytes read as Latin-1 (ftfy's
 * "fix_c1_controls"): "\u0093quoted\u0094" → “quoted”. Bytes 1252 leaves undefined stay.
 */
function withC1Fixes(
  cps: readonly number[],
  start: number,
  end: number,
  covered: Proposal[],
): Proposal[] {
  const out: Proposal[] = [];
  let next = 0;
  for (let k = start; k < end; k++) {
    const p = covered[next];
    if (p && k === p.start) {
      out.push(p);
      k = p.end - 1;
      next++;
      continue;
    }
    const cp = cps[k] ?? 0;
    if (cp >= 0x80 && cp < 0xa0) {
      const decoded = decodeWindows1252(cp);
      if (decoded !== undefined) {
        out.push({
          start: k,
          end: k + 1,
          after: decoded,
          // The one frozen array of this chain (repairText returns it as is); called here, not at
          // load, for readRun.ts and this module import each other.
          chain: chainOf('windows-1252'),
          gain: 4,
          applied: true,
          tie: undefined,
          seqs: undefined,
        });
      }
    }
  }
  return out;
}

let table1252: Map<number, string> | undefined;
function decodeWindows1252(cp: number): string | undefined {
  if (!table1252) {
    table1252 = new Map();
    for (let c = 0x100; c < 0x2200; c++) {
      const b = C1_AS_1252.encode(c);
      if (b?.length === 1 && (b[0] ?? 0) < 0xa0) table1252.set(b[0] ?? 0, String.fromCharCode(c));
    }
  }
  return table1252.get(cp);
}
