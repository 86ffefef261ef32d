import { restoreByteA0 } from './byteA0.js';
import { encoderFor } from './codePages.js';
import { segmentCost } from './cost.js';
import { fromCps, type Proposal } from './engine.js';
import { decodeLossyUtf8, LOST_BYTE } from './lossy.js';

// Windows-1252 mojibake that lost something on the way, read the way python-ftfy reads a whole
// text: a stretch of non-ASCII characters (with the spaces and '?' between them) is encoded with
// the "sloppy" page (undefined bytes are the C1 control of the same number, U+FFFD a lost byte),
// spaces that stood for 0xA0 are restored (byteA0.ts), sequences with lost bytes become one U+FFFD
// (lossy.ts), and the result is decoded again while every layer reads through entirely. The engine
// reads characters, not lost bytes: these stretches are what it cannot see. A stretch is repaired
// only when it needed one of these three steps (a restored 0xA0, a lossy sequence, a layer deeper
// than the engine went), holds at least one complete multi-byte sequence, and either saves
// `minGain` cost or sits in a message whose other repairs are Windows-1252 already.

const PAGE = encoderFor('windows-1252');
const CONTEXT = 2;

type Piece = { start: number; end: number; after: string; layers: number; gain: number };

/** The byte of `cp` in sloppy Windows-1252 (C1 controls as themselves), LOST_BYTE, or -1. */
function byteOf(cp: number): number {
  if (cp === 0xfffd) return LOST_BYTE;
  if (cp < 0x80) return cp;
  return PAGE.encode(cp)?.[0] ?? -1;
}

const isGap = (cp: number | undefined): boolean => cp === 0x20 || cp === 0x3f;

/** Stretches [start, end): non-ASCII characters, spaces and '?' between them, a trailing space. */
function stretches(cps: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < cps.length) {
    if ((cps[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if ((cps[j] ?? 0) >= 0x80) j++;
      else if (isGap(cps[j]) && (cps[j + 1] ?? 0) >= 0x80) j += 2;
      else break;
    }
    // A space after the stretch may be the 0xA0 of its last sequence ("Â Regulamento").
    if (cps[j] === 0x20) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Read `text` as sloppy Windows-1252 UTF-8 once: bytes restored and decoded, or undefined. */
function layer(cps: readonly number[], from = 0, to = cps.length) {
  const raw: number[] = [];
  let lead = false;
  for (let k = from; k < to; k++) {
    const b = byteOf(cps[k] ?? 0);
    if (b < 0) return undefined;
    if (b >= 0xc2 && b <= 0xf4) lead = true;
    raw.push(b);
  }
  if (!lead) return undefined; // no sequence can start: nothing to read
  const { bytes, restored } = restoreByteA0(raw);
  const read = decodeLossyUtf8(bytes);
  if (!read || read.sequences + read.lossy === 0) return undefined;
  return { ...read, restored };
}

const toCps = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

/** The pieces of the stretch [start, end): split at the spaces no sequence claimed. */
function piecesOf(cps: readonly number[], start: number, end: number): [number, number][] {
  const raw = cps.slice(start, end).map(byteOf);
  const { bytes } = restoreByteA0(raw.map((b) => Math.max(b, 0)));
  const out: [number, number][] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    const b = bytes[k - start];
    if (k === end || b === 0x20 || (raw[k - start] ?? 0) < 0) {
      if (k > from) out.push([from, k]);
      from = k + 1;
    }
  }
  return out;
}

/** Peel sloppy Windows-1252 layers off cps[start, end); undefined when no step was needed. */
function readPiece(
  cps: readonly number[],
  start: number,
  end: number,
  maxChain: number,
): Piece | undefined {
  const before = cps.slice(Math.max(0, start - CONTEXT), start);
  const after = cps.slice(end, end + CONTEXT);
  const first = layer(cps, start, end);
  if (!first || first.sequences === 0) return undefined;
  let text = first.text;
  let next = layer(toCps(text));
  // The common case costs no cost model: one layer, nothing restored, nothing lost.
  if (!next && first.restored === 0 && first.lossy === 0) return undefined;
  let cost = segmentCost(toCps(text), before, after);
  let layers = 1;
  let needed = first.restored > 0 || first.lossy > 0;
  while (next && layers < maxChain) {
    const nextCost = segmentCost(toCps(next.text), before, after);
    // A further layer that reads through entirely may cost a lone symbol more ("â”’" → "┒").
    if (nextCost > cost + 1) break;
    text = next.text;
    cost = nextCost;
    layers++;
    needed = true;
    next = layers < maxChain ? layer(toCps(text)) : undefined;
  }
  if (!needed) return undefined;
  const own = cps.slice(start, end);
  return { start, end, after: text, layers, gain: segmentCost(own, before, after) - cost };
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
 * @since 0.2.0
 */
export function withSloppyStretches(
  cps: readonly number[],
  proposals: readonly Proposal[],
  options: { readonly minGain: number; readonly maxChain: number },
): Proposal[] {
  const read: Piece[] = [];
  for (const [s, e] of stretches(cps)) {
    for (const [start, end] of piecesOf(cps, s, e)) {
      const piece = readPiece(cps, start, end, options.maxChain);
      if (piece) read.push(piece);
    }
  }
  // The message is Windows-1252 mojibake when the engine or one stretch says so on its own gain.
  const consistent =
    proposals.some((p) => p.applied && p.chain[0]?.startsWith('windows-1252')) ||
    read.some((p) => p.gain >= options.minGain);
  const pieces = read.filter((p) => p.gain >= options.minGain || (consistent && p.gain > -3));
  if (pieces.length === 0) return [...proposals];
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
      chain: Array.from({ length: piece.layers }, () => 'windows-1252'),
      gain: Math.max(piece.gain, options.minGain),
      applied: true,
    });
  }
  while (k < proposals.length) out.push(proposals[k++] as Proposal);
  return out;
}
