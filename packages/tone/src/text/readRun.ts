import { CHECK_UNITS } from './budget.js';
import { charInfo, unigramCost } from './charClass.js';
import { PACKED_LONG, PACKED_UNKNOWN, type PageEncoder, spaceMayBeA0 } from './codePages.js';
import { pairCost, windowCost } from './cost.js';
import { type DeepSpan, slotsOverflow } from './deepSlots.js';
import type { EngineOptions, PageReading, Proposal } from './engine.js';
import { findGroups, type Group } from './findGroups.js';
import { holdsFrenchSpace } from './frenchSpace.js';
import { type Inner, innerLayer } from './innerLayer.js';
import { isHalfKana } from './kanaWord.js';
import { pageBlocks } from './pageBlocks.js';
import { ALL_PAGES, possiblePages } from './pageMasks.js';
import {
  CONTEXT,
  endsInLetterOrNbsp,
  fitted,
  hasNonAscii,
  lineArt,
  pageName,
  RECURSE_PAGES,
  toCps,
  withGapAfterA,
} from './runParts.js';

// The run reader: what each page makes of one run (a maximal stretch of non-ASCII characters).
// It differs from the simple reader it replaced (readRunOracle.ts) in how, not what: proposals
// come out relative to the run's start with one object shape (no spreads: a memo keeps them as
// they are), costs are computed on windows of the text without copying the run, rivals are
// memoised with the readings, and the work it does (inner layers included) is tallied for the
// call's budget. readRun.prop.test.ts holds the two equal on generated runs.

/**
 * Work done reading runs, in characters times the pages that could read them, inner layers
 * included: the engine's measure for its budget (memoRun takes differences of it). `behind`: the
 * pages far behind the best reading of the last run read (below); `whole`: whether that run was
 * read whole by one page, the pages that read it alike left unread (readRun below).
 */
export const tally: {
  units: number;
  behind: PageEncoder[] | undefined;
  far: boolean;
  whole: boolean;
  saved: number;
  paid: string[];
  trace: Traced[] | undefined;
} = {
  units: 0,
  behind: undefined,
  far: false,
  whole: false,
  saved: 0,
  paid: [],
  trace: undefined,
};

/**
 * Test-only, in {@link tally}'s `trace` when a test sets it (innerOnce.prop.test.ts): each inner
 * layer looked up (innerLayer.ts) as its key, the units its reading did and whether it was found
 * read (a hit), and RUN where a run of depth 0 starts being read (a reading memoRun charges), in
 * order, undone where the tally is (tallyBack): what a call's charge is defined on (budget.ts),
 * from which the test recomputes it.
 */
export type Traced = readonly [key: string, units: number, hit: boolean] | typeof RUN;

/** In a trace: a run of depth 0 starts being read. */
export const RUN = 'run';

/**
 * Puts the tally back where a reading is undone (readRun's readFar, an inner layer read ahead and
 * left for readDeeper to read again): its units, the units inner-layer hits were spared
 * (innerLayer.ts), the inner keys charged, and a test's trace, as they were before it (numbers,
 * no object: readRun marks every run it reads).
 */
function tallyBack(units: number, saved: number, paid: number, traced: number): void {
  tally.units = units;
  tally.saved = saved;
  if (tally.paid.length !== paid) tally.paid.length = paid;
  if (tally.trace !== undefined) tally.trace.length = traced;
}

// The pages far behind the best reading of the last run {@link readRun} read, which a lazy
// reading (the default) leaves out: read without inner layers and given no reading. An inner
// layer only raises a group's gain (it is taken when it gains more) and never above the cost of
// the group as it stands (a text costs at least 0): a page whose groups at those ceilings sum
// below 85% of what another page is known to gain can be neither the best reading, nor its rival,
// nor a voter (engine.ts), and its gain there does not count for it when pages tie on the vote.
// Known to gain: the most any page gains without an inner layer, or what the page with the highest
// ceiling gains with its inner layers, read first (it is never far behind). A run broken twice
// gains most through its inner layer ("Ã§Å¡â€ž" for "的"): measured only without it, the best
// reading kept pages it leaves far behind within reach, and each was read one and two layers
// down for nothing. With `readAll` every page is read (the oracle's reading, with the same pages
// far behind); readRun.prop.test.ts holds the lazy reading's choices to it.

/** Over this many characters a run read whole by one page leaves the pages that read it alike unread. */
export const LONG = 30;

/**
 * Whether single-byte page `p` writes every character of cps[start, end) that it has as `w` does:
 * then it reads the run as `w` does where it can, and in pieces of that reading where it cannot.
 * Not where one of the two reads a U+FFFD as a lost byte and the other cannot (losesBytes): there
 * a stretch of one is no piece of the other's.
 */
export function readsAlike(
  cps: readonly number[],
  start: number,
  end: number,
  w: PageEncoder,
  p: PageEncoder,
): boolean {
  const a = w.flat;
  const b = p.flat;
  if (!a || !b) return false;
  for (let i = start; i < end; i++) {
    const byte = b[cps[i] as number] ?? 0;
    if (byte >= 0 && byte !== a[cps[i] as number]) return false;
  }
  return w.losesBytes === p.losesBytes || !mayReadLost(cps, start, end);
}

/**
 * What {@link piecesCeiling} reads of the whole reading of a run by single-byte page `w`, made once
 * per run: per position x of cps[start, end], how many of the characters before it `w` writes as a
 * UTF-8 lead byte (0xC0 and above: each starts one of its sequences), and the unigram costs of the
 * characters those sequences decode to, and of the pairs they make. A sequence cut short (a
 * U+FFFD), or half of a surrogate pair written as two sequences, counts 0 and makes no pair: a
 * floor is all the ceiling needs.
 */
export type WholeRun = {
  readonly leads: readonly number[];
  readonly unigrams: readonly number[];
  /**
   * Per position x, the costs of the pairs each sequence starting before x makes with the one
   * just before it (both decoded): a piece's own pairs are those of its sequences but the first.
   */
  readonly pairs: readonly number[];
};

/** {@link WholeRun} of cps[start, end), which single-byte page `w` reads whole. */
export function wholeRun(
  cps: readonly number[],
  start: number,
  end: number,
  w: PageEncoder,
): WholeRun {
  const a = w.flat as Int16Array;
  // Plain arrays filled in order (typed arrays past 64 bytes are each a store outside the heap).
  const leads = [0];
  const unigrams = [0];
  const pairs = [0];
  let u = 0;
  let n = 0;
  let pair = 0;
  // The last sequence decoded, and where it ended (-1: none, or cut short).
  let prev = 0;
  let prevInfo = 0;
  let prevEnd = -1;
  for (let x = start; x < end; x++) {
    const lead = a[cps[x] as number] ?? -1;
    if (lead >= 0xc0) {
      n++;
      const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
      let cp = lead & (0x7f >> length);
      for (let k = 1; k < length && cp >= 0; k++) {
        const byte = x + k < end ? (a[cps[x + k] as number] ?? -1) : -1;
        cp = byte >= 0x80 && byte < 0xc0 ? (cp << 6) | (byte & 0x3f) : -1;
      }
      if (cp >= 0 && (cp < 0xd800 || cp > 0xdfff)) {
        const info = charInfo(cp);
        // A halfwidth kana may cost nothing in place (cost.ts: a Japanese word before a full-width
        // mark, kanaWord.ts): a floor counts it 0 (T67a).
        if (!isHalfKana(cp)) u += unigramCost(info);
        // Not a no-break space's pair: before » ; : ! ? it costs nothing (cost.ts frenchSpace).
        if (prevEnd === x && cp !== 0xa0) pair += pairCost(prev, cp, prevInfo, info);
        prev = cp;
        prevInfo = info;
        prevEnd = x + length;
      } else prevEnd = -1;
    }
    unigrams.push(u);
    leads.push(n);
    pairs.push(pair);
  }
  return { leads, unigrams, pairs };
}

/**
 * A ceiling of what single-byte page `p` gains on cps[start, end) when it writes each character it
 * has as the page `w` that reads the run whole does (readsAlike): 0 when it has every character
 * (it reads the run as `w` does: a tie `w` wins, read first), else the sum over its groups of what
 * each may gain. Its groups are known without reading: between the characters it lacks, p's bytes
 * are w's, which w reads as one stretch of valid UTF-8 (lossy: a U+FFFD ends a sequence cut short),
 * so p's group in such a stretch runs from its first lead byte to the last end of one of w's
 * sequences (the stretch's end, or a lead byte) and reads as w's characters there (`whole`). A
 * group gains at most its cost in place less its decoded text's (at least those characters'
 * unigram costs and the costs of the pairs they make: T52d, where Windows-1254 between the "ž" it
 * lacks was read for nothing in 600 of 730 runs broken twice) plus its bonus for lead bytes beyond the third, or through an inner layer its
 * cost in place (a text costs at least 0). Counting the whole stretch, as this did first, counted
 * the partial sequences beside each character it lacks ("â" of "â€ž", which no group of it holds)
 * and each stretch's bonus in full: 2,049 of the 5,244 such pages of the 10 MB stream were read
 * to settle it, 471 now (with the whole reading's inner layer counted, readRun).
 */
export function piecesCeiling(
  cps: readonly number[],
  start: number,
  end: number,
  p: PageEncoder,
  w: PageEncoder,
  whole: () => WholeRun,
  known: Map<number, number>,
  enough = Number.NEGATIVE_INFINITY,
): number {
  const a = w.flat as Int16Array;
  const b = p.flat as Int16Array;
  let bonus = 0;
  let run: WholeRun | undefined;
  const spans: number[] = [];
  for (let i = start; i < end; i++) {
    let j = i;
    let first = -1;
    let last = -1;
    for (; j < end; j++) {
      const cp = cps[j] as number;
      const byte = b[cp] ?? -1;
      if (byte < 0 && cp !== 0xfffd) break;
      if (byte >= 0xc0) {
        if (first < 0) first = j;
        last = j;
      }
    }
    if (j === end && i === start) return 0;
    // The group ends where one of w's sequences does: at the run's end, before a lead byte (the
    // character p lacks may be one), else before the last lead byte inside.
    const to = j === end || (a[cps[j] as number] ?? -1) >= 0xc0 ? j : last;
    if (first >= 0 && to > first) {
      run ??= whole();
      const n = (run.leads[to - start] as number) - (run.leads[first - start] as number);
      // Its decoded text costs at least its characters' unigrams and its own pairs.
      const u =
        (run.unigrams[to - start] as number) -
        (run.unigrams[first - start] as number) +
        (run.pairs[to - start] as number) -
        (run.pairs[first + 1 - start] as number);
      bonus += Math.max(0, Math.max(0, n - 3) - u);
      spans.push(first, to);
    }
    i = j;
  }
  // The groups' costs in place sum to no more than the run's (each term windowCost counts for a
  // group, at positions no other group has, the run counts too, and no less): known already, and
  // enough when the caller's bar is met; else each group's, read.
  const loose = spanCost(cps, start, end, known) + bonus;
  if (loose <= enough) return loose;
  let ceiling = bonus;
  for (let k = 0; k < spans.length; k += 2)
    ceiling += spanCost(cps, spans[k] as number, spans[k + 1] as number, known);
  return ceiling;
}

/** What a page makes of one group of the run. */
type Shared = {
  readonly group: Group;
  readonly decoded: string;
  /** The cost change plus the bonus for sequences beyond the third. */
  readonly gain: number;
  readonly leads: number;
  /** The decoded text's cost in place. */
  readonly decodedCost: number;
};

/**
 * A page's reading of a group; `deep`: whether it may go one layer deeper (mayRecurse); `inner`:
 * that layer's reading, once readDeeper made it.
 */
type Raw = {
  readonly page: PageEncoder;
  readonly s: Shared;
  readonly deep: boolean;
  inner: Inner | undefined;
};

/**
 * The gain of `r`'s proposal: its inner layer's (the group's cost less the inner text's) when it
 * has one that repaired something and gains more, else its own reading's.
 */
function gainOf(cps: readonly number[], r: Raw, known: Map<number, number>): number {
  const inner = r.inner;
  if (!inner || inner.chain.length === 0) return r.s.gain;
  const { start: s, end: e } = r.s.group;
  return Math.max(r.s.gain, spanCost(cps, s, e, known) - textCost(cps, inner.text, s, e));
}

/** The inner layer of `r`'s group, read now (NO_LAYER where its text holds no group). */
function readInner(cps: readonly number[], r: Raw, options: EngineOptions, depth: number): Inner {
  const inward = inwardOf(options);
  const { start, end } = r.s.group;
  return groupsInside(r.s.decoded, inward.encoders)
    ? innerLayer(cps, start, end, r.s.decoded, inward, depth + 1)
    : NO_LAYER;
}

/**
 * What `r` gains through its inner layer (or without it, when that gains more), the layer read
 * here and left for readDeeper to read again: its slot and its charge (undone here) stay readDeeper's.
 */
function innerGain(
  cps: readonly number[],
  r: Raw,
  options: EngineOptions,
  depth: number,
  known: Map<number, number>,
): number {
  const units = tally.units;
  const saved = tally.saved;
  const paid = tally.paid.length;
  const traced = tally.trace?.length ?? 0;
  const inner = readInner(cps, r, options, depth);
  tallyBack(units, saved, paid, traced);
  return gainOf(cps, { ...r, inner }, known);
}

/**
 * The cost of cps[start, end) as it stands, between its neighbours (read in place), kept in
 * `known` by span: the pages of one run mostly find the same groups, and each group's cost is
 * asked for again when its page's reading is put together.
 */
function spanCost(
  cps: readonly number[],
  start: number,
  end: number,
  known: Map<number, number>,
): number {
  const key = start * 0x200000 + end;
  let cost = known.get(key);
  if (cost === undefined) {
    cost = costInPlace(cps, start, end);
    known.set(key, cost);
  }
  return cost;
}

/** The cost of cps[start, end) as it stands, between its neighbours (quietRun.ts proves with it too). */
export const costInPlace = (cps: readonly number[], start: number, end: number): number =>
  windowCost(cps, start, end, Math.max(0, start - CONTEXT), Math.min(cps.length, end + CONTEXT));

// One scratch array for textCost, written from its start each time (windowCost reads only the
// part written): a reading costs thousands of these, and their copies were most of its garbage.
const scratch: number[] = [];

/** The cost of `text` standing in place of cps[start, end) (quietRun.ts proves with it too). */
export function textCost(cps: readonly number[], text: string, start: number, end: number): number {
  let n = 0;
  for (let k = Math.max(0, start - CONTEXT); k < start; k++) scratch[n++] = cps[k] as number;
  const from = n;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    // A surrogate pair's second half skipped by data, not a branch that first runs on an astral
    // character in optimised code (the stream's 3,300th message, which threw readShared's away).
    i += cp > 0xffff ? 1 : 0;
    scratch[n++] = cp;
  }
  const to = n;
  for (let k = end; k < Math.min(cps.length, end + CONTEXT); k++) scratch[n++] = cps[k] as number;
  return windowCost(scratch, from, to, 0, n);
}

function readShared(
  cps: readonly number[],
  start: number,
  end: number,
  page: PageEncoder,
  depth: number,
  known: Map<number, number>,
): Shared[] {
  const out: Shared[] = [];
  // A U+FFFD is a byte lost upstream only through a page whose decoder can lose one (codePages.ts
  // losesBytes): through Mac Roman, "ƒ�" is no lead byte 0xC4 and a lost byte. Read so, such a
  // U+FFFD cost nothing in place of the letters it took ("ƒ" costs 3): issue #11's thread, broken
  // twice through a Windows-1252 that loses bytes, had 34 words' "Î±" (α) then "ƒ" taken into a
  // U+FFFD through Mac Roman, a page none of its words came through.
  for (const group of findGroups(cps, start, end, page, {
    limit: cps.length,
    lossy: depth === 0 && page.losesBytes,
  })) {
    let decoded = group.decoded;
    if (group.absorbedSpace && !endsInLetterOrNbsp(decoded)) continue;
    // Under a repair, French typography ("été\u00a0»", "OÙ\u00a0?") is no byte of a character
    // one layer further ("頻", "٠"): frenchSpace.ts.
    if (depth > 0 && holdsFrenchSpace(cps, group.start, group.end)) continue;
    // "à" stands alone in French and Portuguese: its space was both the 0xA0 and the gap
    // (but "às" and "àquele" are one word).
    if (group.absorbedSpace) {
      decoded = withGapAfterA(cps, group.start, group.end, decoded);
      // That read past the run's key (engine.ts farKey).
      if (depth === 0 && group.decoded.endsWith('à')) tally.far = true;
    }
    // Clean text almost never forms valid UTF-8 for long: each multi-byte sequence beyond the
    // third is evidence in itself (a Russian word read as GBK is all common Han, cost 0).
    const leads = group.leads;
    const decodedCost = textCost(cps, decoded, group.start, group.end);
    const gain =
      spanCost(cps, group.start, group.end, known) - decodedCost + Math.max(0, leads - 3);
    out.push({ group, decoded, gain, leads, decodedCost });
  }
  return out;
}

/**
 * Whether pages `a` and `b` look the same to {@link findGroups} on cps[start, end): the same bytes
 * for each character (none through both where neither writes it), the same C1 controls taken for
 * bytes they leave undefined (isBrowserSlot), and a space after a group read as 0xA0 through both
 * or neither (spaceMayBeA0), and where findGroups may read a lost byte (a U+FFFD in the run, or a
 * '?' just after it), through both pages or neither (losesBytes: readShared asks findGroups for
 * lossy groups at depth 0 through a page that loses bytes alone). findGroups reads nothing else
 * of a page, and readShared nothing else of the groups' page: through both it finds the same
 * groups and makes the same readings of them. A single-byte page is never the same as a
 * double-byte one here (false: asked of neither).
 */
export function readsSame(
  cps: readonly number[],
  start: number,
  end: number,
  a: PageEncoder,
  b: PageEncoder,
): boolean {
  if (a === b) return true;
  const fa = a.flat;
  const fb = b.flat;
  // The bytes first (most pages differ there, at the first character or the second), then the
  // rest, rarely asked: whether the run holds a C1 control is noted on the way.
  let c1 = false;
  if (fa && fb) {
    for (let i = start; i < end; i++) {
      const cp = cps[i] as number;
      // Beyond the BMP neither flat table has a byte (findGroups reads -1 for both).
      if (cp < 0x10000 && fa[cp] !== fb[cp]) return false;
      if (cp < 0xa0) c1 = true;
    }
  } else if (fa || fb) return false;
  else {
    const pa = a.packed;
    const pb = b.packed;
    for (let i = start; i < end; i++) {
      const cp = cps[i] as number;
      if (cp < 0xa0) c1 = true;
      // Packed entries both asked and equal are the same bytes (PACKED_LONG: ask encode).
      const x = pa && cp < 0x10000 ? (pa[cp] as number) : PACKED_UNKNOWN;
      if (x !== PACKED_UNKNOWN && x !== PACKED_LONG && pb && cp < 0x10000 && pb[cp] === x) continue;
      const u = a.encode(cp);
      const w = b.encode(cp);
      if (u === w) continue;
      if (u === undefined || w === undefined || u.length !== w.length) return false;
      for (let k = 0; k < u.length; k++) if (u[k] !== w[k]) return false;
    }
  }
  if (spaceMayBeA0(a) !== spaceMayBeA0(b)) return false;
  // Windows-1252 and ISO-8859-1 write Western runs alike, and differ here: asked after the bytes,
  // once a run (the pages of one run ask it pair after pair).
  if (a.losesBytes !== b.losesBytes && lostIn(cps, start, end)) return false;
  if (c1)
    for (let i = start; i < end; i++) {
      const cp = cps[i] as number;
      if (cp < 0xa0 && a.isBrowserSlot(cp) !== b.isBrowserSlot(cp)) return false;
    }
  return true;
}

// The run lostIn last answered for, and its answer (forgotten at each readRun: a caller's array
// of code points may be written again between two calls).
let lostCps: readonly number[] | undefined;
let lostStart = -1;
let lostEnd = -1;
let lostAnswer = false;

/** {@link mayReadLost} of the run readsSame is asked about, remembered for the run's next pair. */
function lostIn(cps: readonly number[], start: number, end: number): boolean {
  if (cps !== lostCps || start !== lostStart || end !== lostEnd) {
    lostAnswer = mayReadLost(cps, start, end);
    lostCps = cps;
    lostStart = start;
    lostEnd = end;
  }
  return lostAnswer;
}

/**
 * Whether findGroups' lossy reading may meet a lost byte on cps[start, end): a U+FFFD inside, or
 * the '?' after it that a lossy decoder may have written for a sequence's last byte.
 */
export function mayReadLost(cps: readonly number[], start: number, end: number): boolean {
  // Not read past the text's end (a read out of bounds costs optimised code its speed).
  if (end < cps.length && cps[end] === 0x3f) return true;
  for (let i = start; i < end; i++) if (cps[i] === 0xfffd) return true;
  return false;
}

/**
 * The readings of groups a run's pages made (readShared), as (page, readings, whether they read
 * past the run's key) triples in the order the pages were read; at most SHARED_PAGES of them.
 */
type ReadBefore = (PageEncoder | Shared[] | undefined | boolean)[];

/** Most pages whose readings of one run are kept to share (sharedOf): a bound on its checks. */
const SHARED_PAGES = 8;

/**
 * readShared of `page`, or the readings an earlier page of the run made when it looks the same to
 * findGroups on the run ({@link readsSame}): pages mostly write a run's characters alike (the
 * Western pages write "Ã©" as C3 A9, GB18030 writes what GBK does), and each read the same groups,
 * decoded and costed them again (10,000 of the 33,000 costs of decoded texts on the never-seen
 * stream, T68c). The readings are shared as they are (readonly: a raw per page holds its own inner
 * layer) and what readShared does beside them is done again (tally.far). `before`: the pages read
 * so far on the run (kept here).
 */
function sharedOf(
  cps: readonly number[],
  start: number,
  end: number,
  page: PageEncoder,
  depth: number,
  known: Map<number, number>,
  before: ReadBefore,
): Shared[] {
  const k = sameAs(cps, start, end, page, before);
  if (k >= 0) {
    // That reading read past the run's key (engine.ts farKey): so does this one, as it would have.
    if (before[k + 2] === true) tally.far = true;
    // Compared, not read (budget.ts CHECK_UNITS).
    tally.units += (end - start) * CHECK_UNITS;
    // Left unread as far behind (charged as read: unreadCharge), and read now for a page like it.
    return (
      (before[k + 1] as Shared[] | undefined) ??
      readPast(cps, start, end, page, depth, known, before, k)
    );
  }
  // Read: its groups found, decoded and costed (budget.ts).
  tally.units += end - start;
  const out = readPast(cps, start, end, page, depth, known, before, -1);
  return out;
}

/** Where in `before` a page reads cps[start, end) as `page` does ({@link readsSame}), or -1. */
function sameAs(
  cps: readonly number[],
  start: number,
  end: number,
  page: PageEncoder,
  before: ReadBefore,
): number {
  for (let k = 0; k < before.length; k += 3)
    if (readsSame(cps, start, end, before[k] as PageEncoder, page)) return k;
  return -1;
}

/**
 * readShared of `page`, with whether it read past the run's key kept beside its readings in
 * `before`: at `k` (a page left unread there), or appended while there is room (k = -1).
 */
function readPast(
  cps: readonly number[],
  start: number,
  end: number,
  page: PageEncoder,
  depth: number,
  known: Map<number, number>,
  before: ReadBefore,
  k: number,
): Shared[] {
  const far = tally.far;
  tally.far = false;
  const out = readShared(cps, start, end, page, depth, known);
  const past = tally.far;
  tally.far ||= far;
  if (k >= 0) {
    before[k + 1] = out;
    before[k + 2] = past;
  } else if (before.length < 3 * SHARED_PAGES) before.push(page, out, past);
  return out;
}

/**
 * What {@link sharedOf} would charge `page` on cps[start, end) (budget.ts), for a page left unread
 * on a long run no page reads whole (readRun): the blocks' ceiling leaves it unread there (session
 * 53, V53d, one layer down or more; session 54 at the top layer too), and the budget charges it as
 * before, as read. It takes its place
 * among the pages read (`before`), its readings made only if a later page like it is read.
 */
function unreadCharge(
  cps: readonly number[],
  start: number,
  end: number,
  page: PageEncoder,
  before: ReadBefore,
): number {
  if (sameAs(cps, start, end, page, before) >= 0) return (end - start) * CHECK_UNITS;
  if (before.length < 3 * SHARED_PAGES) before.push(page, undefined, false);
  return end - start;
}

/**
 * The readings of cps[start, end) by each page of `options` that could read it, best first; each
 * proposal's offsets are relative to `start` (so that a memo can keep them as they are). `depth`
 * counts the layers already undone above the run. `without`: the pages (bits by index in
 * `options.encoders`) not asked, as if absent (the full reading's second pass: below); given, no
 * page is dropped (0: every page, each with its own reading, as the readings were before).
 * `readFar`: read the pages the blocks show far behind too (when leaving them unread could change
 * the reading: below).
 */
export function readRun(
  cps: readonly number[],
  start: number,
  end: number,
  options: EngineOptions,
  depth: number,
  without?: number,
  readFar = false,
  /** possiblePages of the run, when the caller asked already (memoRun). */
  pages?: number,
): PageReading[] {
  const readings: PageReading[] = [];
  lostCps = undefined;
  // The work charged so far, to charge this run once where it is read again (readFar).
  const charged = tally.units;
  const spared = tally.saved;
  const paid = tally.paid.length;
  // A test's trace marks the reading's start (not a readFar's second reading: the same reading).
  if (tally.trace !== undefined && depth === 0 && !readFar) tally.trace.push(RUN);
  const traced = tally.trace?.length ?? 0;
  const steps = options.counter?.steps ?? 0;
  if (options.counter) options.counter.steps += (end - start) * options.encoders.length;
  const possible = pages ?? possiblePages(cps, start, end, options.encoders);
  tally.behind = undefined;
  if (possible === 0) return readings;
  // Each page is charged below, as the work it does on the run (budget.ts): its characters when it
  // reads the run's groups itself, a quarter of them when it only compares the run with a reading
  // made (sharedOf) or with what its blocks could gain (the pages alike and far behind, left unread).
  const checked = (end - start) * CHECK_UNITS;
  const raws: Raw[] = [];
  const known = new Map<number, number>();
  // Per page: the least its reading gains (no inner layer) and the most (the pages far behind, above).
  const highPages: PageEncoder[] = [];
  const highs: number[] = [];
  let floor = 0;
  let whole: PageEncoder | undefined;
  // What the page that reads the run whole gains at least (its reading without or with its inner layer).
  let wholeGain = 0;
  // That page's reading when it explained the run without its inner layer (wholeGain then leaves
  // the inner layer out, raised below when a page alike needs it).
  let outerOnly: Raw | undefined;
  let wholeMade: WholeRun | undefined;
  // The pages' readings of the run's groups made so far, to share (sharedOf); made at the first.
  let read: ReadBefore | undefined;
  // The single-byte pages left unread as far behind by their blocks (below), and what the page
  // that reads the run whole gains with its inner layer read ahead (0 until then): the floor once
  // that page is the one with the highest ceiling (its inner layers are read first).
  const unread: PageEncoder[] = [];
  let sure = 0;
  const wholeOf = (): WholeRun => (wholeMade ??= wholeRun(cps, start, end, whole as PageEncoder));
  for (let index = 0; index < options.encoders.length; index++) {
    const page = options.encoders[index] as PageEncoder;
    if (possible !== ALL_PAGES && (possible & (1 << index)) === 0) continue;
    if (without !== undefined && without & (1 << index)) continue;
    // Read all the same by the full reading (the rule below leaves them out of both).
    const alike =
      !options.readAll && whole !== undefined && readsAlike(cps, start, end, whole, page);
    if (alike) {
      const w = whole as PageEncoder;
      let ceiling = piecesCeiling(cps, start, end, page, w, wholeOf, known, wholeGain);
      if (ceiling > wholeGain && outerOnly) {
        // What the whole reading gains counted without its inner layer (Windows-1252's 526 on a
        // Chinese run broken twice in the 10 MB stream, where its inner layer makes it 605) left
        // 321 pages alike (Windows-1254 between the "ž" it lacks) to be read one and two layers
        // down, for nothing. That layer is read later anyway (the page is the best reading, never
        // far behind): read now, and read again then from the inner layers' memo, so that its slot
        // and its charge stay where they were.
        wholeGain = Math.max(wholeGain, innerGain(cps, outerOnly, options, depth, known));
        outerOnly = undefined;
        ceiling = piecesCeiling(cps, start, end, page, w, wholeOf, known, wholeGain);
      }
      if (ceiling <= wholeGain) {
        tally.units += checked;
        continue;
      }
    } else if (
      (whole !== undefined || end - start > DEEP_LONG) &&
      !options.readAll &&
      !readFar &&
      page.flat
    ) {
      // Its groups lie inside its blocks, each gaining no more than the block's cost in place and
      // lead bytes' bonus (pageBlocks.ts): where those sum below the bar, the page is far behind
      // (as readShared would find it) and left unread. On a run broken twice, Windows-1252 reads
      // it whole and Mac Roman, ISO-8859-2, Windows-1257 and ISO-8859-15 (0.4 of the top layer's
      // characters) each read it for nothing but that.
      const bar = 0.85 * Math.max(floor, sure);
      const n = bar > 0 ? pageBlocks(cps, start, end, page.flat, blocks) : -1;
      let most = n < 0 ? bar : 0;
      for (let k = 0; k < n && most < bar; k += 3)
        most +=
          spanCost(cps, blocks[k] as number, blocks[k + 1] as number, known) +
          Math.max(0, (blocks[k + 2] as number) - 3);
      if (most < bar) {
        unread.push(page);
        highPages.push(page);
        highs.push(most);
        // A long run no page reads whole (CJK broken twice: Windows-1252 reads the middle layer
        // into Han that costs nothing, a reading that does not go deeper), nine pages each read
        // the middle layer for nothing but to end far behind: 1.8% of a fresh pass of text 11 3 12
        // (session 53, V53d, one layer down or more). Left unread too, charged as they were. At
        // the top layer as well (session 54, V54d): 392 long runs of that pass had no whole
        // reading, and 1,814 of their 2,338 single-byte readings (160,646 characters) ended far
        // behind; left unread by their blocks, 1,563.6M -> 1,522.2M (KEEP_CG), the blocks and the
        // budget's comparisons (unreadCharge) costing 21M of the 62M saved.
        read ??= [];
        tally.units += whole === undefined ? unreadCharge(cps, start, end, page, read) : checked;
        continue;
      }
    }
    let low = 0;
    let high = 0;
    const before = raws.length;
    read ??= [];
    for (const s of sharedOf(cps, start, end, page, depth, known, read)) {
      // Box drawing alone is line art ("├┤a┼┐a"), typed on purpose: the DOS page repairs only
      // stretches that also hold a letter ("╨┐╤Ç" for "пр", "─îe" for "Če"). Asked of every
      // page's group (it stops at the first character that is no box), the page tested after:
      // the DOS page's first reading (the never-seen stream's 1,500th message) met a call and
      // loads that readRun's optimised code had never run, and V8 compiled readRun again.
      if (lineArt(cps, s.group.start, s.group.end) && page.page === 'cp437') continue;
      const deep = mayRecurse(s, options.minGain);
      raws.push({ page, s, deep, inner: undefined });
      const top = deep
        ? Math.max(s.gain, spanCost(cps, s.group.start, s.group.end, known))
        : s.gain;
      if (s.gain >= options.minGain) low += s.gain;
      if (top >= options.minGain) high += top;
    }
    if (alike && high <= wholeGain) {
      raws.length = before;
      continue;
    }
    floor = Math.max(floor, low);
    highPages.push(page);
    highs.push(high);
    // A long run that a single-byte page reads whole as one group, its inner layer explaining
    // 85% of the run's cost in place or more (a run broken twice: Windows-1252 reads Chinese,
    // Japanese or Thai so): the later pages that write each of its characters they have as that
    // page does would read it as it does, or in pieces of that reading (ISO-8859-1 between the
    // "€" and "‚" it lacks). They are not read (readsAlike) when they cannot gain more than it
    // (piecesCeiling, then the ceiling of their readings without inner layers): a long run's
    // reading was ten pages, seven of them far behind, and such runs took 63% of the time on text
    // broken twice. Pieces may gain more where the inner layer leaves part of the run unexplained
    // (bytes lost upstream, U+FFFD inside), as each piece's cost in place counts its pairs with
    // the mojibake it leaves beside it and each earns its own bonus: ISO-8859-1 gains 120 in
    // pieces of "Ã¯Â¿Â½Ã¯Â¿Â½Ã¨Â ËœÃ©â„¢ï¿½…", Windows-1252 118 whole, and reading the pages alike
    // unread left the run to the worse reading. Pages that write one of its characters otherwise
    // (ISO-8859-15's "ž", Mac Roman) and double-byte pages are read as before. What it changes:
    // nothing, by the rule both readings follow (below the loop): a page alike that gains no more
    // than the whole reading is no reading of its own. With `readAll` every page is read, and the
    // run again without those (readRun.prop.test.ts holds the lazy reading to that one).
    const one = raws[before];
    if (
      !whole &&
      !page.doubleByte &&
      end - start > LONG &&
      depth + 1 < options.maxChain &&
      raws.length === before + 1 &&
      one?.deep &&
      one.s.group.start === start &&
      one.s.group.end === end
    ) {
      const least = 0.85 * spanCost(cps, start, end, known);
      // Explained without its inner layer (a run broken once), or with it, read now.
      if (one.s.gain >= least) {
        whole = page;
        wholeGain = one.s.gain;
        outerOnly = one;
      } else {
        const units = tally.units;
        const saved = tally.saved;
        const marked = tally.paid.length;
        const traced = tally.trace?.length ?? 0;
        const inner = readInner(cps, one, options, depth);
        one.inner = inner;
        const gain = gainOf(cps, one, known);
        if (gain >= least) {
          whole = page;
          wholeGain = gain;
          if (gain >= options.minGain) sure = gain;
        } else {
          // Read as before: its slot and its charge come when readDeeper reads it again (from
          // the inner layers' memo).
          one.inner = undefined;
          tallyBack(units, saved, marked, traced);
        }
      }
    }
  }
  if (unread.length > 0 && farMatters(cps, unread, raws, highPages, highs, whole, floor)) {
    tallyBack(charged, spared, paid, traced);
    if (options.counter) options.counter.steps = steps;
    return readRun(cps, start, end, options, depth, without, true, possible);
  }
  const deeper = depth + 1 < options.maxChain ? planDeeper(raws, options) : undefined;
  if (deeper) {
    // The page with the highest ceiling is never far behind (its ceiling is at least the floor):
    // its inner layers are read first, and what its reading then gains is a floor too.
    let top = 0;
    for (let k = 1; k < highs.length; k++)
      if ((highs[k] as number) > (highs[top] as number)) top = k;
    const first = highPages[top] as PageEncoder;
    readDeeper(cps, deeper, depth, (p) => p !== first);
    let gain = 0;
    for (const r of raws)
      if (r.page === first) {
        const g = gainOf(cps, r, known);
        if (g >= options.minGain) gain += g;
      }
    floor = Math.max(floor, gain);
  }
  let behind: PageEncoder[] | undefined;
  for (let k = 0; k < highs.length; k++)
    if ((highs[k] as number) < 0.85 * floor) {
      behind ??= [];
      behind.push(highPages[k] as PageEncoder);
    }
  const skip = options.readAll ? undefined : behind;
  if (deeper) readDeeper(cps, deeper, depth, (p) => skip?.includes(p) === true);
  // The raws come page by page, in the order of the pages: each page's proposals are one stretch.
  let page: PageEncoder | undefined;
  let list: Proposal[] = [];
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k] as Raw;
    if (skip?.includes(r.page)) continue;
    if (r.page !== page) {
      if (page !== undefined) addReading(readings, page, list, end - start);
      page = r.page;
      list = [];
    }
    let after = r.s.decoded;
    const name = pageName(r.page.page, r.s.group.browser);
    let chain = chainOf(name);
    const gain = gainOf(cps, r, known);
    let seqs: number | undefined = r.s.leads;
    if (gain > r.s.gain && r.inner) {
      // The inner layer gains more: its text and chain.
      after = r.inner.text;
      chain = chainOf(name, r.inner.chain);
      seqs = undefined;
    }
    // By index: TurboFan left this push a call into the Array.prototype.push builtin.
    list[list.length] = {
      start: r.s.group.start - start,
      end: r.s.group.end - start,
      after,
      chain,
      gain,
      applied: gain >= options.minGain,
      tie: undefined,
      seqs,
    };
  }
  if (page !== undefined) addReading(readings, page, list, end - start);
  // The pages alike that gain no more than the page that reads the run whole are as if not asked:
  // each writes every character it has as that page does, so it reads that page's reading, or
  // pieces of it between the characters it lacks, with no reading of its own of the run's bytes.
  // Counted, such pieces made a rival (KOI8-U reads "Спасибо" broken twice through KOI8-R as
  // "Спасп" and "бо", 81 against 91: the run cast no vote and the message's page changed), a
  // voter or a gain for the tie-break, out of a reading the lazy one leaves unread (the ceilings
  // above). Both readings follow this rule (docs/tone.md, How it decides, 4) and find that page
  // alike (the loop above): the full one reads every page, then the run again without those, so
  // that they leave no slot nor floor behind; the lazy one drops those it read (their ceilings
  // were above the whole reading's gain), and those far behind by the ceiling it read them to.
  // Asked of every run, and all its rare work done inside: a call first met after V8 has optimised
  // readRun (the stream's first long run read whole comes late, and the 57 that drop a page later
  // still) threw readRun's code away, and compiling it again was 1.2% of the stream's
  // instructions (T36e; --trace-deopt: "Insufficient type feedback for call").
  const left = settleAlike(
    cps,
    start,
    end,
    without === undefined ? whole : undefined,
    readings,
    behind,
    highs,
    highPages,
    options,
    possible,
  );
  if (left === AGAIN) return readRun(cps, start, end, options, depth, dropped, false, possible);
  behind = left;
  tally.behind = behind;
  tally.whole = whole !== undefined;
  // Best first; among equal gains the reading that repairs more of the run ("úč" for "ĂşÄ\u008d"
  // through ISO-8859-2, where Windows-1252 repairs only "č": the cost model scores "Ăş" before a
  // letter no worse than "ú", and page order left it), then page order (as the stable Array#sort
  // did, which allocated a work array for each run read; a run has a few readings).
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i] as PageReading;
    let j = i;
    for (; j > 0 && ahead(r, readings[j - 1] as PageReading); j--)
      readings[j] = readings[j - 1] as PageReading;
    readings[j] = r;
  }
  return readings;
}

// The blocks of pageBlocks, written from the start for each page.
const blocks: number[] = [];

/**
 * Whether leaving the pages `unread` unread could change readRun's reading of a run ending at
 * `end`, so that it must read them (readFar): their ceilings (`highs`) below 85% of the floor known
 * when they were left, it is at least that floor in the end but where what the page that reads
 * the run whole gains was counted and that page is not the one with the highest ceiling (unread
 * pages never are: their ceilings are below another page's gain); or one of them might find a
 * group on a span where another page's reading may go one layer deeper, and the span's readings
 * with theirs are more than its slots (readDeeper gives them by outer gain, a far page's too, so
 * that without its raws a nearer page might take a slot it would not have had). Otherwise they
 * are far behind as if read: no reading, no inner layer, no slot, and a gain that never counts.
 */
function farMatters(
  cps: readonly number[],
  unread: readonly PageEncoder[],
  raws: readonly Raw[],
  highPages: readonly PageEncoder[],
  highs: readonly number[],
  whole: PageEncoder | undefined,
  floor: number,
): boolean {
  let top = 0;
  for (let k = 1; k < highs.length; k++) if ((highs[k] as number) > (highs[top] as number)) top = k;
  // On a run no page reads whole this check never holds: `sure` stays 0 there, so each page was
  // left unread with its ceiling below 85% of the floor of that moment, and the floor only grows.
  // Raising the 0.85 or dropping the check changes nothing on such runs; lowering it (0.8) reads
  // them again with every page, to the same readings and charge (readRun.prop.test.ts, no page
  // reading the run whole): work only, which no test can see (V55f). It may hold only on a run read
  // whole with its inner layer (`sure` above the floor) whose page is not the top: no run of
  // readRun.prop's, innerOnce's or budget.prop's, nor of 6,000 lossy texts broken twice read at
  // two depths, reached it (where that page was not the top, far ceilings were 0.68 of the floor
  // at most).
  if (highPages[top] !== whole)
    for (const p of unread)
      if ((highs[highPages.indexOf(p)] as number) >= 0.85 * floor) return true;
  const spans: DeepSpan[] = [];
  for (const r of raws) if (r.deep) spans.push(r.s.group);
  return slotsOverflow(
    cps,
    unread.map((p) => p.flat as Int16Array),
    spans,
  );
}

// Over this many characters, a run that no page reads whole leaves the pages its blocks put far
// behind unread (readRun; one layer down or more until session 54, at every layer since). Measured on a fresh pass of text 11 3 12
// (main 1,627.80M): over 16 characters 1,626.8M (the blocks and farMatters cost more than short
// runs' readings), over 30 1,590.0M, over 48 1,571.6M, 64 1,572.4M, 96 1,568.5M, over 128
// 1,608.0M (the CJK middle layers, 45 to 130 characters, fall out). 48: near the best, and no
// edge of the middle layers it is for (V53d).
const DEEP_LONG = 48;

// settleAlike's answer when the full reading must read the run again without the pages `dropped`.
const AGAIN: PageEncoder[] = [];
let dropped = 0;

/**
 * The rule below readRun's loop for a run `whole` reads whole (undefined: no such page, or the
 * full reading's second pass). The pages that write each character of cps[start, end) they have
 * as `whole` does and gain no more than it (by their readings, or by their ceilings, `highs`, when
 * far behind, `behind`: unread one layer down when lazy; the lazy reading looks only at the pages
 * it read) are dropped from `readings` (in place), and `behind` is returned without them; with
 * `readAll`, {@link AGAIN} (those pages in `dropped`, bits by index in `options.encoders`).
 */
function settleAlike(
  cps: readonly number[],
  start: number,
  end: number,
  whole: PageEncoder | undefined,
  readings: PageReading[],
  behind: PageEncoder[] | undefined,
  highs: readonly number[],
  highPages: readonly PageEncoder[],
  options: EngineOptions,
  possible: number,
): PageEncoder[] | undefined {
  const top = whole && readings.find((r) => r.page === whole)?.gain;
  if (top === undefined) return behind;
  let drop = 0;
  for (let index = 0; index < options.encoders.length; index++) {
    const p = options.encoders[index] as PageEncoder;
    if (p === whole || (possible !== ALL_PAGES && (possible & (1 << index)) === 0)) continue;
    let most = behind?.includes(p) ? (highs[highPages.indexOf(p)] as number) : undefined;
    if (most === undefined) for (const r of readings) if (r.page === p) most = r.gain;
    if (most === undefined && !options.readAll) continue;
    if ((most ?? 0) <= top && readsAlike(cps, start, end, whole as PageEncoder, p))
      drop |= 1 << index;
  }
  if (drop === 0) return behind;
  dropped = drop;
  return options.readAll ? AGAIN : withoutPages(readings, behind, drop, options.encoders);
}

/** Drops the pages of `drop` from `readings` (in place) and returns `behind` without them. */
function withoutPages(
  readings: PageReading[],
  behind: PageEncoder[] | undefined,
  drop: number,
  encoders: readonly PageEncoder[],
): PageEncoder[] | undefined {
  for (let k = readings.length - 1; k >= 0; k--)
    if (drop & (1 << encoders.indexOf((readings[k] as PageReading).page))) readings.splice(k, 1);
  const left = behind?.filter((p) => (drop & (1 << encoders.indexOf(p))) === 0);
  return left?.length ? left : undefined;
}

// One array per chain, made once and frozen: repairText hands it out as the repairs' chain (a new
// array per proposal read was a WeakMap entry per repair, a fifth of its own time on GBK; a frozen
// copy of each, looked up per repair, was a cold load of the chain and the WeakMap's table).
const CHAINS = new Map<string, readonly string[]>();
const LONGER = new Map<readonly string[], Map<readonly string[], readonly string[]>>();

/** The chain of page `name`, or of `name` then `inner` (an inner layer's chain, made here too). */
export function chainOf(name: string, inner?: readonly string[]): readonly string[] {
  let one = CHAINS.get(name);
  if (one === undefined) {
    one = Object.freeze([name]);
    CHAINS.set(name, one);
  }
  if (inner === undefined) return one;
  let by = LONGER.get(one);
  if (by === undefined || by.size > 64) {
    by = new Map();
    LONGER.set(one, by);
  }
  let chain = by.get(inner);
  if (chain === undefined) {
    chain = Object.freeze([name, ...inner]);
    by.set(inner, chain);
  }
  return chain;
}

/** Whether reading `a` goes before `b`: more gain, or as much and more of the run repaired. */
function ahead(a: PageReading, b: PageReading): boolean {
  return a.gain > b.gain || (a.gain === b.gain && applied(a) > applied(b));
}

/** How many code points a reading's applied proposals replace. */
function applied(r: PageReading): number {
  let n = 0;
  for (const p of r.proposals) if (p.applied) n += p.end - p.start;
  return n;
}

/** A page's proposals for a run (of `length`) as a reading, if it matters. */
function addReading(
  readings: PageReading[],
  page: PageEncoder,
  proposals: Proposal[],
  length: number,
): void {
  let gain = 0;
  let covered = 0;
  let nonNegative = true;
  for (const p of proposals) {
    if (p.applied) gain += p.gain;
    covered += p.end - p.start;
    if (p.gain < 0) nonNegative = false;
  }
  // Only readings that gain, or that read the whole run no worse (for the dominant page), matter.
  // Kept at its length (engine.ts fitted): a kept reading lives in the memo.
  if (gain > 0 || (nonNegative && covered === length))
    readings[readings.length] = { page, proposals: fitted(proposals), gain };
}

/** Whether a page's reading of a group may go one layer deeper (readDeeper's test). */
const mayRecurse = (s: Shared, minGain: number): boolean =>
  hasNonAscii(s.decoded) && s.gain >= -3 * minGain && s.decodedCost >= 1;

/**
 * A second (and third) layer: decode once more the few readings of each span that gained most
 * (distinct texts only, so the pages that agree share one attempt). Bounded: a span recurses at
 * most RECURSE_PAGES times (once when it is long), so the work stays linear in the input. Each
 * reading's inner layer goes to its `inner`. Called twice on a run (the page with the highest
 * ceiling first, then the pages not far behind): a text keeps its slot between the calls, and one
 * already read is not read again.
 */
function readDeeper(
  cps: readonly number[],
  plan: Deeper,
  depth: number,
  skip: (page: PageEncoder) => boolean,
): void {
  const slots = plan.read;
  for (let n = 0; n < plan.lists.length; n++) {
    const list = plan.lists[n] as Raw[];
    const cap =
      (list[0]?.s.group.end ?? 0) - (list[0]?.s.group.start ?? 0) > 256 ? 1 : RECURSE_PAGES;
    const from = 2 * RECURSE_PAGES * n;
    for (const r of list) {
      // The text's slot, or the span's first free one.
      let at = from;
      while (at < from + 2 * cap && slots[at] !== undefined && slots[at] !== r.s.decoded) at += 2;
      if (at === from + 2 * cap) continue;
      slots[at] = r.s.decoded;
      // Read ahead (the whole reading of a long run, readRun): it keeps its text's slot, as when
      // read here (the full reading reads it ahead too, and the simple reader here).
      if (r.inner) {
        slots[at + 1] ??= r.inner;
        continue;
      }
      let inner = slots[at + 1] as Inner | undefined;
      // A page left out keeps the slot its text takes in a full reading, unread.
      if (inner === undefined && !skip(r.page)) {
        inner = !groupsInside(r.s.decoded, plan.inward.encoders)
          ? NO_LAYER
          : innerLayer(cps, r.s.group.start, r.s.group.end, r.s.decoded, plan.inward, depth + 1);
        slots[at + 1] = inner;
      }
      r.inner = inner;
    }
  }
}

// What an inner layer makes of a text in which no page finds a group: nothing (innerLayer keeps
// only the repairs inside the decoded text, and every repair is a group's). Not read, not charged.
const NO_LAYER: Inner = { text: '', chain: [], units: 0 };

/**
 * Whether some page of `encoders` finds a group inside `text` alone: in one of its runs (its
 * stretches of non-ASCII characters), a space after a run read as 0xA0 where a letter may follow
 * (the text's last space may be followed by any neighbour: a letter stands in for it). The runs
 * of the inner layer's text (the decoded text between its neighbours) cut it no finer than this,
 * and a group there that ends inside the decoded text is one here: where this finds none, the
 * inner layer repairs nothing in it. C1 controls and U+FFFD: the engine's to judge.
 */
export function groupsInside(text: string, encoders: readonly PageEncoder[]): boolean {
  const cps = toCps(text);
  const n = cps.length;
  cps.push(0x61);
  for (let i = 0; i < n; ) {
    if ((cps[i] as number) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && (cps[j] as number) >= 0x80) j++;
    const possible = possiblePages(cps, i, j, encoders);
    if (possible < 0 && possible !== ALL_PAGES) return true;
    for (let k = 0; k < encoders.length; k++)
      if (
        (possible === ALL_PAGES || possible & (1 << k)) &&
        findGroups(cps, i, j, encoders[k] as PageEncoder, { limit: cps.length, one: true }).length >
          0
      )
        return true;
    i = j;
  }
  return false;
}

/**
 * The spans {@link readDeeper} reads: each span's raws that may go deeper, best outer gain first,
 * with the inner layers read so far by text (kept between readDeeper's calls on one run).
 */
type Deeper = {
  readonly lists: Raw[][];
  /** Per span, RECURSE_PAGES (text, inner layer) slots side by side: one array, no Map per span. */
  readonly read: (string | Inner | undefined)[];
  readonly inward: EngineOptions;
};

// The inward options of each call's options, made once (planDeeper).
const INWARD = new WeakMap<EngineOptions, EngineOptions>();

function planDeeper(raws: readonly Raw[], options: EngineOptions): Deeper | undefined {
  let bySpan: Map<number, Raw[]> | undefined;
  for (const r of raws) {
    // An intermediate layer may look worse than what it came from ("Å™" for "Ã…â„¢"): only
    // readings that are plain ASCII have nothing left to undo. Only a reading that still looks
    // odd in place is worth another layer ("é" is done).
    if (!r.deep) continue;
    bySpan ??= new Map<number, Raw[]>();
    const key = r.s.group.start * 0x200000 + r.s.group.end;
    let list = bySpan.get(key);
    if (list === undefined) {
      list = [];
      bySpan.set(key, list);
    }
    // Best outer gain first, equal gains in page order (as a stable sort, which allocated).
    let k = list.length;
    for (; k > 0 && (list[k - 1] as Raw).s.gain < r.s.gain; k--) list[k] = list[k - 1] as Raw;
    list[k] = r;
  }
  if (bySpan === undefined) return undefined;
  const lists = [...bySpan.values()];
  // Inner layers are judged by the outer gain, so they may be bolder on their own (the options
  // of an inner layer already are): made once per call's options.
  return { lists, read: new Array(2 * RECURSE_PAGES * lists.length), inward: inwardOf(options) };
}

/** The options of an inner layer: made once per call's options. */
function inwardOf(options: EngineOptions): EngineOptions {
  let inward = options.minGain === 1 ? options : INWARD.get(options);
  if (!inward) {
    inward = { ...options, minGain: 1 };
    INWARD.set(options, inward);
  }
  return inward;
}
