import { CONTEXT } from './runParts.js';

// The second pass's text cut into chunks, each chunk read once however often it repeats: a
// megabyte of repeated mojibake leaves one window of a megabyte, made of a few distinct chunks.
// A run's reading depends on the run and CONTEXT characters on each side (the engine's memo is
// keyed on exactly that), so a chunk read with CONTEXT characters of its neighbours on each side
// reads as it does in place; the rest of the engine's decision is the message's votes, which the
// chunk casts as often as it occurs (its weight; the copied neighbours cast none and are not read).

/** A chunk ends at the first ASCII character at least this far from its start. */
const CHUNK = 64;

export type Chunked = {
  /** Each distinct chunk once, with CONTEXT characters of its neighbours on both sides. */
  readonly text: Int32Array;
  /** Per character of `text`: how often its chunk occurs in the whole (0: a copied neighbour). */
  readonly weights?: Float64Array;
  /** Chunk k of the whole is [cuts[k], cuts[k + 1]); its reading starts at copies[k] in `text`. */
  readonly cuts: number[];
  readonly copies: number[];
};

/**
 * `f` as distinct chunks when they hold at most half of it (repeated text), else undefined.
 * A chunk starts after an ASCII character, so no run crosses a cut; a chunk whose neighbours
 * the text's ends cut short is never taken for another.
 */
export function chunked(f: Int32Array): Chunked | undefined {
  const n = f.length;
  // The distinct chunks hold at most half of it.
  const text = new Int32Array(n / 2 + 1);
  const weights = new Float64Array(n / 2 + 1);
  const cuts: number[] = [];
  const copies: number[] = [];
  const seen = new Map<string | number, number>();
  let size = 0;
  for (let start = 0, end = 0; start < n; start = end) {
    end = Math.min(n, start + CHUNK);
    while (end < n && (f[end - 1] ?? 0) >= 0x80) end++;
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(n, end + CONTEXT);
    const key =
      start < CONTEXT || end + CONTEXT > n
        ? start
        : String.fromCodePoint.apply(null, f.subarray(from, to) as unknown as number[]);
    let copy = seen.get(key);
    if (copy === undefined) {
      if (size + to - from > n / 2) return undefined;
      text.set(f.subarray(from, to), size);
      copy = size + start - from;
      seen.set(key, copy);
      size += to - from;
    }
    cuts.push(start);
    copies.push(copy);
    for (let i = copy; i < copy + end - start; i++) weights[i] = (weights[i] ?? 0) + 1;
  }
  cuts.push(n);
  return { text: text.subarray(0, size), weights, cuts, copies };
}
