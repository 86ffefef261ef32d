import { RUN_UNITS } from './budget.js';
import { restoreByteA0InPlace } from './byteA0.js';
import { encoderFor } from './codePages.js';
import { segmentCost } from './cost.js';
import { fromCps, type Proposal } from './engine.js';
import { holdsFrenchSpace } from './frenchSpace.js';
import { decodeLossyCodePoints, LOST_BYTE, type LossyCodePoints } from './lossy.js';
import { CONTEXT, ctxOf, fitted } from './runParts.js';
import { maySloppyIn } from './sloppyScan.js';

// Windows-1252 mojibake that lost something on the way, read the way python-ftfy reads a whole
// text: a stretch of non-ASCII characters (with the spaces and '?' between them) is encoded with
// the "sloppy" page (undefined bytes are the C1 control of the same number, U+FFFD a lost byte),
// spaces that stood for 0xA0 are restored (byteA0.ts), sequences with lost bytes become one U+FFFD
// (lossy.ts), and the result is decoded again while every layer reads through entirely. The engine
// reads characters, not lost bytes: these stretches are what it cannot see. A stretch is repaired
// only when it needed one of these three steps (a restored 0xA0, a lossy sequence, a layer deeper
// than the engine went), holds at least one complete multi-byte sequence, and either saves
// `minGain` cost or sits in a message whose other repairs are Windows-1252 already.

type Piece = { start: number; end: number; after: string; layers: number; gain: number };

let table: Int16Array | undefined;

/** Per BMP character, its byte in sloppy Windows-1252 (C1 controls as themselves), or -1. */
function sloppyBytes(): Int16Array {
  if (table) return table;
  const page = encoderFor('windows-1252');
  const t = new Int16Array(0x10000).fill(-1);
  for (let cp = 0; cp < 0x80; cp++) t[cp] = cp;
  // Windows-1252's highest character is U+2122 (™).
  for (let cp = 0x80; cp <= 0x2122; cp++) t[cp] = page.encode(cp)?.[0] ?? -1;
  t[0xfffd] = LOST_BYTE;
  table = t;
  return t;
}

/** The byte of `cp` in sloppy Windows-1252, LOST_BYTE for U+FFFD, or -1. */
const byteOf = (t: Int16Array, cp: number): number => (cp < 0x10000 ? (t[cp] as number) : -1);

const isGap = (cp: number | undefined): boolean => cp === 0x20 || cp === 0x3f;

/**
 * The end of the stretch that starts at `i` (a non-ASCII character): non-ASCII characters, spaces
 * and '?' between them, a trailing space.
 */
function stretchEnd(cps: readonly number[], i: number): number {
  let j = i + 1;
  for (;;) {
    if ((cps[j] ?? 0) >= 0x80) j++;
    // j + 1 read only inside the text: a read past the end, first met deep in a stream (a gap
    // closing a message), deoptimised sweep ('out of bounds') and it was compiled once more.
    else if (isGap(cps[j]) && j + 1 < cps.length && (cps[j + 1] as number) >= 0x80) j += 2;
    else break;
  }
  // A space after the stretch may be the 0xA0 of its last sequence ("Â Regulamento").
  return cps[j] === 0x20 ? j + 1 : j;
}

/** The counter of the call in progress, if its caller counts work (linear.test.ts). */
let work: { steps: number } | undefined;

/** {@link segmentCost}, counted. */
function costOf(segment: readonly number[], before: readonly number[], after: readonly number[]) {
  if (work) work.steps += segment.length;
  return segmentCost(segment, before, after);
}

/**
 * Decode sloppy Windows-1252 bytes (0xA0 already restored) as lossy UTF-8, or undefined; `below`:
 * a layer under a lossy reading, whose U+FFFD may be a lost lead byte (lossy.ts leadLost).
 */
function decoded(
  bytes: ArrayLike<number>,
  from?: number,
  to?: number,
  below = false,
): LossyCodePoints | undefined {
  const read = decodeLossyCodePoints(bytes, from, to, below);
  return read && read.sequences + read.lossy > 0 ? read : undefined;
}

/** Read code points as sloppy Windows-1252 UTF-8 once: bytes restored and decoded, or undefined. */
function layer(t: Int16Array, cps: readonly number[]): LossyCodePoints | undefined {
  if (work) work.steps += cps.length;
  // A plain array (see piecesOf).
  const raw: number[] = [];
  let lead = false;
  for (let k = 0; k < cps.length; k++) {
    const b = byteOf(t, cps[k] as number);
    if (b < 0) return undefined;
    if (b >= 0xc2 && b <= 0xf4) lead = true;
    raw.push(b);
  }
  if (!lead) return undefined; // no sequence can start: nothing to read
  restoreByteA0InPlace(raw);
  // A layer under another: a U+FFFD in `cps` may be a character the layer above lost whole, its
  // byte here a lead ("�ƒÎ±�‚" of "σας" broken twice through a Windows-1252 that loses bytes).
  return decoded(raw, undefined, undefined, true);
}

/**
 * A piece [start, end) of a stretch and its bytes: bytes[at, at + length); its first layer
 * (`restored` bytes 0xA0 restored) is read when the piece is. One object per stretch, moved from
 * piece to piece (a megabyte holds 10^5 pieces; readPiece keeps nothing of it).
 */
type PieceOf = {
  start: number;
  end: number;
  restored: number;
  bytes: number[];
  at: number;
};

/**
 * The stretch [start, end)'s bytes and its pieces, split at the spaces no sequence claimed, as
 * numbers: start, end, bytes restored (a claim never crosses an unclaimed space, so a piece reads
 * the same alone).
 * Only pieces readPiece can read something from: a lead byte directly followed by a continuation
 * byte (a complete sequence: "Ã Ã Ã …", whose spaces are word gaps, is half a million pieces
 * without one), and room for a step it needs: a restored 0xA0, a lost byte or '?' (read as a
 * character of its own, it may end a lossy sequence one layer down), or four bytes at least (a
 * second sequence or a lossy one takes two more: "Ã© Ã© …" is "é é …" already).
 */
function piecesOf(
  t: Int16Array,
  cps: readonly number[],
  start: number,
  end: number,
): { bytes: number[]; list: number[] } {
  if (work) work.steps += end - start;
  // A plain array, not an Int16Array: a typed array over 64 bytes (a stretch past 32 characters)
  // gets a backing store of its own outside V8's heap, which its making and the collector's
  // freeing cost more than the loop that fills it; and utf8SequenceLength, which findGroups
  // calls on plain arrays, now sees one kind of array from this decoder too.
  const bytes: number[] = [];
  for (let k = start; k < end; k++) {
    const b = byteOf(t, cps[k] as number);
    // A comparison, not Math.max: with Math.max this function was 2.5-2.7% of the instructions of
    // a never-seen Windows-1252 or twice-broken message more (T68c, callgrind, same output).
    // biome-ignore lint/complexity/useMathMinMax: measured slower (above)
    bytes.push(b < 0 ? 0 : b);
  }
  restoreByteA0InPlace(bytes);
  const list: number[] = [];
  let from = start;
  let pair = false;
  let lost = false;
  let previous = 0;
  let restored = 0;
  for (let k = start; k <= end; k++) {
    // Nothing read past the bytes: the end closes the last piece as a space does.
    const b = k < end ? (bytes[k - start] as number) : 0x20;
    // A character the page lacks was written as 0 above: only then is its byte asked again (NUL
    // is the one character whose byte is 0).
    if (b === 0x20 || (b === 0 && byteOf(t, cps[k] as number) < 0)) {
      // A counted call (linear.test.ts, sloppyStretch.prop.test.ts) reads every piece.
      if (work || (pair && (restored || lost || k - from > 3))) list.push(from, k, restored);
      from = k + 1;
      pair = false;
      lost = false;
      previous = 0;
      restored = 0;
      continue;
    }
    if (previous >= 0xc2 && previous <= 0xf4 && b >= 0x80 && b <= 0xbf) pair = true;
    lost ||= b === LOST_BYTE || b === 0x3f;
    previous = b;
    if (b === 0xa0 && cps[k] === 0x20) restored++;
  }
  return { bytes, list };
}

/**
 * piecesOf of cps[start, end) through the sloppy page: exported for its oracle
 * (sloppyPiecesOracle.ts, in sloppyStretch.prop.test.ts).
 */
export const sloppyPieces = (cps: readonly number[], start: number, end: number) =>
  piecesOf(sloppyBytes(), cps, start, end);

/**
 * Whether `text`, a layer read from cps[start, end), holds French typography (frenchSpace.ts)
 * between the characters around the piece.
 */
function frenchAt(cps: readonly number[], start: number, end: number, text: number[]): boolean {
  if (!text.includes(0xa0)) return false;
  // No read at index -1 or -2 (runParts.ts readFrom): the context of a piece at the text's start is a space.
  const before = start > 1 ? (cps[start - 2] ?? 0x20) : 0x20;
  const all = [before, start > 0 ? (cps[start - 1] ?? 0x20) : 0x20, ...text, cps[end] ?? 0x20];
  return holdsFrenchSpace(all, 2, all.length - 1);
}

/** A piece's reading, before the engine is consulted; offsets relative to its stretch. */
type Reading = {
  readonly from: number;
  readonly to: number;
  readonly after: string;
  readonly layers: number;
  /**
   * The cost of `after` in place; undefined until a caller needs it (readPiece), Infinity when the
   * piece turned out to have no reading.
   */
  cost: number | undefined;
  /** The cost of the piece as it stands, once a caller needed it. */
  own: number | undefined;
};

/**
 * Peel sloppy Windows-1252 layers off a piece; undefined when no step was needed. Costs only choose
 * how many layers are peeled: where they cannot change the text, the reading is returned uncosted
 * (`cost` undefined; not in a counted call, nor with `costed`). That is the first layer when it
 * needed a step and no second reads through; and the second when the first needed none and no
 * third reads through (or the longest chain is two), for then the costs choose between the second
 * layer and no reading at all (a reading stopped at a first layer that needed no step is none; the
 * longest chain one, always none). A caller that finds the engine making that text drops the piece
 * either way, and costs the others by reading them again with `costed`.
 */
function readPiece(
  t: Int16Array,
  cps: readonly number[],
  piece: PieceOf,
  maxChain: number,
  stretchStart: number,
  costed?: boolean,
): Reading | undefined {
  const { start, end, bytes, at } = piece;
  const first = decoded(bytes, at, at + end - start);
  if (!first || first.sequences === 0) return undefined;
  let text = first.cps;
  let next = layer(t, text);
  let needed = piece.restored > 0 || first.lossy > 0;
  // A first layer that reads as French typography ("été\u00a0»") is not read further
  // (frenchSpace.ts): its no-break space would be a byte of "頻".
  if (next && frenchAt(cps, start, end, text)) next = undefined;
  // The common case costs no cost model: one layer, nothing restored, nothing lost.
  if (!next && !needed) return undefined;
  let layers = 1;
  let cost: number | undefined;
  if (costed || work || (needed ? next : !next || (maxChain > 2 && layer(t, next.cps)))) {
    const { before, after } = ctxOf(cps, start, end);
    cost = costOf(text, before, after);
    while (next && layers < maxChain) {
      const nextCost = costOf(next.cps, before, after);
      // A further layer that reads through entirely may cost a lone symbol more ("â”’" → "┒").
      if (nextCost > cost + 1) break;
      text = next.cps;
      cost = nextCost;
      layers++;
      needed = true;
      next = layers < maxChain && !frenchAt(cps, start, end, text) ? layer(t, text) : undefined;
    }
  } else if (next && maxChain > 1) {
    // Uncosted: the second layer, or none (the first needed no step).
    text = next.cps;
    layers = 2;
    needed = true;
  }
  if (!needed) return undefined;
  // `own` made here, undefined (a field added later changes the object's map: 'wrong map' in sweep).
  return {
    from: start - stretchStart,
    to: end - stretchStart,
    after: fromCps(text),
    layers,
    cost,
    own: undefined,
  };
}

// Readings of short stretches, shared between calls: a stream of messages repeats its words.
// Found by a hash of the stretch with its context and the longest chain, and kept with what they
// were read from (a string key per stretch, built and hashed, was most of a hit's time); bounded.
const MEMO_UP_TO = 256;
const MEMO_LIMIT = 10_000;
type Kept = {
  readonly at: number;
  readonly chain: number;
  readonly cps: number[];
  readonly rs: readonly Reading[];
};
const memo = new Map<number, Kept>();

/** Test-only: forgets the short stretches' readings kept between calls. Not exported from the package. */
export const forgetStretches = (): void => memo.clear();

/**
 * The readings of the pieces of [s, e). With `seen` (a long stretch of one call), a short piece read
 * before with the same characters, bytes and context reads the same (readPiece depends on them
 * alone): its reading is reused, moved to where the piece stands.
 */
function readPieces(
  t: Int16Array,
  cps: readonly number[],
  s: number,
  e: number,
  maxChain: number,
  seen?: Map<string, Reading | null>,
  /** Readings the engine reads the same way (sweep's test, in order): not kept. */
  same?: (start: number, end: number, after: string) => boolean,
): Reading[] {
  const out: Reading[] = [];
  const { bytes, list } = piecesOf(t, cps, s, e);
  const p: PieceOf = { start: 0, end: 0, restored: 0, bytes, at: 0 };
  // The readings of the last four pieces, a ring: a piece the same as one of them reads the
  // same, with no key to build (a repeated text repeats its pieces).
  const hits: (Reading | null)[] = [];
  for (let i = 0; i < list.length; i += 3) {
    p.start = list[i] as number;
    p.end = list[i + 1] as number;
    p.restored = list[i + 2] as number;
    p.at = p.start - s;
    if (!seen || p.end - p.start > MEMO_UP_TO) {
      const r = readPiece(t, cps, p, maxChain, s);
      if (r && !same?.(s + r.from, s + r.to, r.after)) out.push(r);
      continue;
    }
    let hit: Reading | null | undefined;
    for (let j = i - 3; j >= 0 && j >= i - 12 && hit === undefined; j -= 3)
      if (samePiece(cps, p, list[j] as number, list[j + 1] as number)) hit = hits[(j / 3) & 3];
    if (hit === undefined) {
      const from = Math.max(0, p.start - CONTEXT);
      const key = `${p.start - from}|${fromCps(cps, from, Math.min(cps.length, p.end + CONTEXT))}|${String.fromCharCode.apply(null, p.bytes.slice(p.at, p.at + p.end - p.start))}`;
      hit = seen.get(key);
      if (hit === undefined) {
        hit = readPiece(t, cps, p, maxChain, p.start) ?? null;
        seen.set(key, hit);
      }
    }
    hits[(i / 3) & 3] = hit;
    if (hit && !same?.(p.start + hit.from, p.start + hit.to, hit.after))
      out.push({
        from: hit.from + p.start - s,
        to: hit.to + p.start - s,
        after: hit.after,
        layers: hit.layers,
        cost: hit.cost,
        own: undefined,
      });
  }
  return out;
}

/**
 * Whether [q, qEnd) and [s, e) have the same characters and the same context around them.
 * Outside the text both read undefined: the context is cut short the same way.
 */
function sameSpan(cps: readonly number[], q: number, qEnd: number, s: number, e: number): boolean {
  if (qEnd - q !== e - s) return false;
  // Read inside the text only (-1 outside): reads past either end deoptimised readPieces.
  const n = cps.length;
  for (let k = -CONTEXT; k < e - s + CONTEXT; k++) {
    const a = s + k;
    const b = q + k;
    if (
      (a >= 0 && a < n ? (cps[a] as number) : -1) !== (b >= 0 && b < n ? (cps[b] as number) : -1)
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Whether piece p and the piece [q, qEnd) of p's stretch have the same characters, the same
 * context around them and the same bytes (all readPiece reads).
 */
function samePiece(cps: readonly number[], p: PieceOf, q: number, qEnd: number): boolean {
  if (!sameSpan(cps, q, qEnd, p.start, p.end)) return false;
  const by = q - p.start;
  for (let k = p.at; k < p.at + p.end - p.start; k++)
    if (p.bytes[k] !== p.bytes[k + by]) return false;
  return true;
}

/**
 * Short stretches read in this call, by a hash of their characters and context: where one stood
 * and its readings. One with the same characters and context reads the same (the memo's key says
 * no more), so it is found without building the key: the bench's 10 MB text holds 31,793
 * stretches that may hold a sequence, of 443 kinds.
 */
type Met = Map<number, { s: number; e: number; rs: readonly Reading[] }>;
/** Texts longer than this look for stretches met again in the call. */
export const MET_FROM = 4096;

/** The readings of the stretch [s, e): from the memo when it is short and was read before. */
function readStretch(
  t: Int16Array,
  cps: readonly number[],
  s: number,
  e: number,
  maxChain: number,
  seen: Map<string, Reading | null> | undefined,
  met: Met | undefined,
  same?: (start: number, end: number, after: string) => boolean,
): readonly Reading[] {
  // A counted call (linear.test.ts) does all of its work.
  if (work) return readPieces(t, cps, s, e, maxChain);
  if (e - s > MEMO_UP_TO) return readPieces(t, cps, s, e, maxChain, seen, same);
  let h = e - s;
  if (met) {
    for (let k = s - CONTEXT; k < e + CONTEXT; k++) h = (Math.imul(h, 31) + (cps[k] ?? -1)) | 0;
    const near = met.get(h);
    if (near && sameSpan(cps, near.s, near.e, s, e)) return near.rs;
  }
  const from = Math.max(0, s - CONTEXT);
  const to = Math.min(cps.length, e + CONTEXT);
  let k = maxChain * 7 + s - from;
  for (let i = from; i < to; i++) k = (Math.imul(k, 31) + (cps[i] as number)) | 0;
  const kept = memo.get(k);
  let hit =
    kept?.at === s - from && kept.chain === maxChain && kept.cps.length === to - from
      ? kept.rs
      : undefined;
  for (let i = from; hit && i < to; i++) if (kept?.cps[i - from] !== cps[i]) hit = undefined;
  if (!hit) {
    // Kept at its length (runParts.ts fitted): the memo outlives the call.
    hit = fitted(readPieces(t, cps, s, e, maxChain));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(k, { at: s - from, chain: maxChain, cps: cps.slice(from, to), rs: hit });
  }
  met?.set(h, { s, e, rs: hit });
  return hit;
}

/**
 * Whether the engine reads cps[start, end) as `after` with proposals inside it only (the sweep's
 * test); called with increasing `start`.
 */
function sameAsEngine(cps: readonly number[], proposals: readonly Proposal[]) {
  let q = 0;
  return (start: number, end: number, after: string): boolean => {
    if (work) work.steps += end - start;
    while (q < proposals.length && (proposals[q] as Proposal).end <= start) q++;
    // The engine's text compared piece by piece with `after`, in UTF-16 units (no string built).
    let u = 0;
    let at = start;
    for (let j = q; j < proposals.length && (proposals[j] as Proposal).start < end; j++) {
      const p = proposals[j] as Proposal;
      if (p.start < start || p.end > end) return false;
      if (!p.applied) continue;
      u = sameUnits(cps, at, p.start, after, u);
      if (u < 0 || !after.startsWith(p.after, u)) return false;
      u += p.after.length;
      at = p.end;
    }
    return sameUnits(cps, at, end, after, u) === after.length;
  };
}

/** Where `s` goes on after cps[from, to) read from unit `u` on, or -1 where it differs. */
function sameUnits(cps: readonly number[], from: number, to: number, s: string, u: number): number {
  for (let k = from; k < to; k++) {
    const cp = cps[k] ?? 0;
    // A pair of units for a code point above U+FFFF, one for the others.
    if (cp > 0xffff ? !s.startsWith(String.fromCodePoint(cp), u++) : s.charCodeAt(u) !== cp)
      return -1;
    u++;
  }
  return u;
}

/**
 * Merge the sloppy Windows-1252 readings of the message's stretches into the engine's proposals:
 * a stretch read differently by the engine is replaced when the reading above applies.
 *
 * @param cps - The message's code points.
 * @param proposals - The engine's proposals (both passes), in order, without overlaps.
 * @param options - The engine's `minGain` and `maxChain`.
 * @returns The proposals with the stretches' readings merged, in order, without overlaps.
 * @example
 * // "â € ok" (U+2800 whose 0xA0 became a space) inside Windows-1252 mojibake → "⠀ ok"
 * @since 0.1.0
 */
export function withSloppyStretches(
  cps: readonly number[],
  proposals: readonly Proposal[],
  options: {
    readonly minGain: number;
    readonly maxChain: number;
    /** Counts the characters read (tests of linear time). */
    readonly counter?: { steps: number };
    /**
     * The engine's work budget for the call: each stretch read spends its length, once per call
     * for a short one (see {@link SloppyBudget}).
     */
    readonly budget?: SloppyBudget;
  },
): readonly Proposal[] {
  const t = sloppyBytes();
  work = options.counter;
  try {
    return sweep(cps, proposals, options, t);
  } finally {
    work = undefined;
  }
}

/**
 * The work budget the sweep charges (budget.ts): `stretches`, when the call keeps it, holds the
 * short stretches (MEMO_UP_TO characters at most) already charged in this call, by {@link keyOf}.
 */
export type SloppyBudget = {
  left: number;
  short?: boolean;
  stretches?: Set<string> | undefined;
};

/**
 * Test-only: false charges every stretch its length at every meeting, as the sweep did until
 * session 52 (the oracle of sloppyOnce.prop.test.ts). Not exported from the package.
 */
export const SLOPPY_ONCE = { on: true };

/** A short stretch [s, e) with its context, as readStretch reads it: its characters and CONTEXT on each side. */
function keyOf(cps: readonly number[], s: number, e: number): string {
  const from = Math.max(0, s - CONTEXT);
  return `${s - from}|${e - s}|${fromCps(cps, from, Math.min(cps.length, e + CONTEXT))}`;
}

/**
 * What meeting the stretch [s, e) costs the call's budget: its length the first time, and RUN_UNITS
 * (a use, budget.ts) each time a short stretch is met again with the same characters and context.
 *
 * Why no more (issue #11, V52f): repairText reads its output again (up to four passes) and each
 * pass sweeps every stretch; a stretch that an earlier pass read and whose repair it did not apply
 * ("Ã�Æ’ÃŽÂ®ÃŽÂ¼ÃŽÂµÃ�ï¿½ÃŽÂ±", which lost a byte twice) stands in the next pass's text as it was, and was
 * charged its length again by passes 2-4: 12,900-18,700 units a pass of mixedTwice(64_000,
 * 'strict') (test/text/twiceBroken.ts), 44,000 of its 389,000. The proof that meeting it again
 * reads nothing new: a short stretch's readings depend on its characters and CONTEXT characters on
 * each side alone (readPiece reads the bytes of [s, e), ctxOf's and frenchAt's context inside
 * [s - CONTEXT, e + CONTEXT), and the call's maxChain, fixed for a call), which is what the key
 * holds and what readStretch's memo and `met` already rely on to return them without reading: the
 * same readings, the same pieces, the same proposals after the sweep (the engine's proposals and
 * the message's other stretches, which may differ from pass to pass, are read as before; only the
 * charge is skipped). A stretch whose neighbour a pass repaired has another key and pays again,
 * and so does a long one (read afresh, with the engine's proposals, at every meeting) or one met
 * after readStretch's memo was cleared at its bound: each clear follows MEMO_LIMIT readings that
 * were charged, so that the work stays within twice what is charged. A stretch charged once and
 * met again pays what the engine's runs pay for a use (the lookup, the proposals made of it).
 */
function chargeOf(cps: readonly number[], s: number, e: number, budget: SloppyBudget): number {
  const seen = budget.stretches;
  if (seen === undefined || e - s > MEMO_UP_TO || !SLOPPY_ONCE.on || e - s <= RUN_UNITS)
    return e - s;
  const key = keyOf(cps, s, e);
  if (seen.has(key)) return RUN_UNITS;
  // Bounded like the engine's memo: past ONCE_LIMIT keys a new stretch is charged its length at
  // every meeting, as before (the 64,000 thread keeps about 2,000).
  if (seen.size < ONCE_LIMIT) seen.add(key);
  return e - s;
}

/** Keys of stretches a call keeps (each of 260 characters at most). */
const ONCE_LIMIT = 20_000;

// The chain of `n` Windows-1252 layers, one frozen array per depth (repairText returns it as is).
// Filled by push: Array.from({ length }) makes a holey array, and a frozen holey array has another
// map than the engine's chains (readRun.ts chainOf), which deoptimised innerLayer and the passes
// that read `chain.length` when the stream's first sloppy repair came (messages 2,000-36,000).
const chains: (readonly string[])[] = [];
const chainOf = (n: number): readonly string[] => {
  let chain = chains[n];
  if (chain === undefined) {
    const made: string[] = [];
    for (let k = 0; k < n; k++) made.push('windows-1252');
    chain = Object.freeze(made);
    chains[n] = chain;
  }
  return chain;
};

function sweep(
  cps: readonly number[],
  proposals: readonly Proposal[],
  options: {
    readonly minGain: number;
    readonly maxChain: number;
    readonly budget?: SloppyBudget;
  },
  t: Int16Array,
): readonly Proposal[] {
  const engineSays = proposals.some((p) => p.applied && p.chain[0]?.startsWith('windows-1252'));
  // Once the engine says Windows-1252, a piece's gain matters only for the sweep below, which
  // drops a piece the engine reads the same way: such a piece is not costed at all.
  const engineReads = engineSays ? sameAsEngine(cps, proposals) : undefined;
  const read: Piece[] = [];
  // The pieces of long stretches read in this call (bounded by the text: one per piece).
  let seen: Map<string, Reading | null> | undefined;
  // A message's stretches rarely repeat within it (the memo serves the next message): none there.
  const met: Met | undefined = cps.length > MET_FROM ? new Map() : undefined;
  const budget = options.budget;
  // Indexed loops, no pair per stretch: a megabyte holds 10^5 stretches.
  for (let s = 0, e = 0; s < cps.length; s = e) {
    e = s + 1;
    if ((cps[s] as number) < 0x80) continue;
    e = stretchEnd(cps, s);
    // A stretch without a lead before a continuation or a space (nor a C1 control) reads nothing:
    // it is not read (most stretches of a long text), and not charged unless it holds a U+FFFD (a
    // lost byte, charged since before it was known to read nothing: GBK text that lost bytes). A
    // counted call reads every stretch, and charges as an uncounted one does.
    const may = maySloppyIn(cps, s, e);
    if (may === 0 && !work) continue;
    // Once the call's budget is spent, the stretches not yet read are left as they stand.
    if (budget && may !== 0) {
      if (budget.left <= 0) {
        budget.short = true;
        break;
      }
      budget.left -= chargeOf(cps, s, e, budget);
    }
    if (may !== 2 && !work) continue;
    // A long stretch's pieces are checked against the engine as they are read (no reading kept).
    const long = e - s > MEMO_UP_TO && !work;
    if (long) seen ??= new Map();
    const rs = readStretch(t, cps, s, e, options.maxChain, seen, met, engineReads);
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k] as Reading;
      const start = s + r.from;
      const end = s + r.to;
      // A piece the engine reads the same way is dropped by the sweep: its gain is not needed.
      if (!long && engineReads?.(start, end, r.after)) continue;
      // Left uncosted by readPiece: costed alone (it reads the same: piecesOf), as its only piece.
      // No reading: a gain of -Infinity, which no filter below keeps.
      if (r.cost === undefined) {
        const { bytes, list } = piecesOf(t, cps, start, end);
        const p = { start, end, restored: list[2] as number, bytes, at: 0 };
        r.cost = readPiece(t, cps, p, options.maxChain, start, true)?.cost ?? Infinity;
      }
      if (r.own === undefined) {
        const { before, after } = ctxOf(cps, start, end);
        r.own = costOf(cps.slice(start, end), before, after);
      }
      read.push({ start, end, after: r.after, layers: r.layers, gain: r.own - r.cost });
    }
  }
  // The message is Windows-1252 mojibake when the engine or one stretch says so on its own gain.
  const consistent = engineSays || read.some((p) => p.gain >= options.minGain);
  const pieces = read.filter((p) => p.gain >= options.minGain || (consistent && p.gain > -3));
  if (pieces.length === 0) return proposals;
  // One sweep over both ordered lists: a piece replaces the proposals inside it, unless one of
  // them reaches out of it or the engine already reads the piece the same way.
  const out: Proposal[] = [];
  let k = 0;
  for (const piece of pieces) {
    while (k < proposals.length && (proposals[k]?.end ?? 0) <= piece.start)
      out.push(proposals[k++] as Proposal);
    let j = k;
    let engine = '';
    let at = piece.start;
    let straddles = false;
    for (; j < proposals.length && (proposals[j]?.start ?? 0) < piece.end; j++) {
      const p = proposals[j] as Proposal;
      if (p.start < piece.start || p.end > piece.end) straddles = true;
      if (!p.applied) continue;
      engine += fromCps(cps, at, p.start) + p.after;
      at = p.end;
    }
    engine += fromCps(cps, at, piece.end);
    if (straddles || engine === piece.after) continue;
    k = j;
    out.push({
      start: piece.start,
      end: piece.end,
      after: piece.after,
      chain: chainOf(piece.layers),
      gain: Math.max(piece.gain, options.minGain),
      applied: true,
      // Every field, in engine.ts moved's order: a proposal of another shape reaching the passes
      // after this one (withoutLoneAmbiguous, withDominantChain) deoptimised them ('wrong map').
      tie: undefined,
      seqs: undefined,
    });
  }
  while (k < proposals.length) out.push(proposals[k++] as Proposal);
  return out;
}
