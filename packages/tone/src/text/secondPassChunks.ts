import { CONTEXT } from './runParts.js';

// The second pass's text cut into chunks, each chunk read once however often it repeats: a
// megabyte of repeated mojibake leaves one window of a megabyte, made of a few distinct chunks.
// A run's reading depends on the run and CONTEXT characters on each side (the engine's memo is
// keyed on exactly that), so a chunk read with CONTEXT characters of its neighbours on each side
// reads as it does in place; the rest of the engine's decision is the message's votes, which the
// chunk casts as often as it occurs (its weight; the copied neighbours cast none).

/** A chunk ends at the first ASCII character at least this far from its start. */
const CHUNK = 64;

export type Chunked = {
  /** Each distinct chunk once, with CONTEXT characters of its neighbours on both sides. */
  readonly text: Int32Array;
  /** Per character of `text`: how often its chunk occurs in the whole (0: a copied neighbour). */
  readonly weights: Float64Array;
  /** Chunk k of the whole is [cuts[k], cuts[k + 1]); its reading starts at copies[k] in `text`. */
  readonly cuts: Int32Array;
  readonly copies: Int32Array;
};

/**
 * `f` as distinct chunks when they hold at most half of it (repeated text), else undefined.
 * A chunk starts after an ASCII character, so no run crosses a cut; a chunk whose neighbours
 * the text's ends cut short is never taken for another.
 */
export function chunked(f: Int32Array): Chunked | undefined {
  const n = f.length;
  const cuts: number[] = [0];
  for (let i = CHUNK; i < n; i++) {
    if ((f[i - 1] ?? 0) >= 0x80) continue;
    cuts.push(i);
    i += CHUNK - 1;
  }
  cuts.push(n);
  const chunks = cuts.length - 1;
  // Each chunk's distinct id, by its text with the neighbours it is read with.
  const ids = new Int32Array(chunks);
  const firstOf: number[] = [];
  const counts: number[] = [];
  const seen = new Map<string, number>();
  let size = 0;
  for (let k = 0; k < chunks; k++) {
    const from = (cuts[k] ?? 0) - CONTEXT;
    const to = (cuts[k + 1] ?? 0) + CONTEXT;
    const key =
      from < 0 || to > n || k === chunks - 1
        ? undefined
        : String.fromCodePoint.apply(null, f.subarray(from, to) as unknown as number[]);
    let id = key === undefined ? undefined : seen.get(key);
    if (id === undefined) {
      id = firstOf.length;
      firstOf.push(k);
      counts.push(0);
      if (key !== undefined) seen.set(key, id);
      size += Math.min(n, to) - Math.max(0, from);
    }
    ids[k] = id;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  if (size * 2 > n) return undefined;
  const text = new Int32Array(size);
  const weights = new Float64Array(size);
  const copyOf = new Int32Array(firstOf.length);
  let at = 0;
  firstOf.forEach((k, id) => {
    const start = cuts[k] ?? 0;
    const end = cuts[k + 1] ?? 0;
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(n, end + CONTEXT);
    text.set(f.subarray(from, to), at);
    copyOf[id] = at + start - from;
    weights.fill(counts[id] ?? 0, at + start - from, at + end - from);
    at += to - from;
  });
  const copies = new Int32Array(chunks);
  for (let k = 0; k < chunks; k++) copies[k] = copyOf[ids[k] ?? 0] ?? 0;
  return { text, weights, cuts: Int32Array.from(cuts), copies };
}
