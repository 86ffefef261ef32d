import { type EngineOptions, moved, type Proposal, readString } from './engine.js';
import { type Chunked, chunked } from './secondPassChunks.js';

// The second pass as it was before it built only the regions of the output that can hold a window
// (secondPass.ts): the whole first-pass output as two arrays, scanned from end to end for
// windows. Kept as the oracle of secondPass.ts (test-only: nothing else imports it);
// secondPass.prop.test.ts holds the two together, windows and results.

/** ASCII characters kept on each side of a window: more than the engine ever looks past a run. */
const GAP = 8;

/** Second-pass texts from this length are read as distinct chunks when they repeat. */
const CHUNKED_FROM = 4096;

/** Merge a second pass over the first pass's output into the first pass's proposals. */
export function withSecondPassOracle(
  cps: readonly number[],
  first: readonly Proposal[],
  options: EngineOptions,
  /** Texts from this length are read as distinct chunks (tests compare with reading them whole). */
  chunkFrom = CHUNKED_FROM,
): readonly Proposal[] {
  // A first pass that spent the call's work budget has read all this text will be read.
  if (options.budget && options.budget.left <= 0) {
    // The second look is left undone (repairText's `complete: false`) if there was one to take.
    if (first.some((p) => p.applied)) options.budget.short = true;
    return first;
  }
  const w = oracleWindows(cps, first);
  if (!w) return first;
  const { reduced, toOut, fromInput } = w;
  const length = reduced.length;
  const { text, weights, cuts, copies }: Chunked = (length >= chunkFrom && chunked(reduced)) || {
    text: reduced,
    cuts: [0, length],
    copies: [0],
  };
  let read = '';
  for (let i = 0; i < text.length; i += 4096)
    // apply, not a spread: a typed array spreads through its iterator, three times slower.
    read += String.fromCodePoint.apply(
      null,
      text.subarray(i, Math.min(text.length, i + 4096)) as unknown as number[],
    );
  const second = readString(read, weights ? { ...options, weights } : options, 0).proposals;
  // Proposals are taken in order (chunks in order, each chunk's proposals in order) and apart
  // from the first pass's: both go into `merged` in one walk, no sort.
  const merged: Proposal[] = [];
  // The first proposal that may touch the next one taken; the first not yet in `merged`.
  let f = 0;
  let m = 0;
  // Each chunk takes the proposals inside its copy (not inside its copied neighbours).
  for (let c = 0; c + 1 < cuts.length; c++) {
    const copy = copies[c] ?? 0;
    const last = copy + (cuts[c + 1] ?? 0) - (cuts[c] ?? 0);
    // The first proposal at the copy or after it.
    let lo = 0;
    for (let hi = second.length; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if ((second[mid]?.start ?? 0) < copy) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < second.length; i++) {
      const q = second[i] as Proposal;
      if (q.end > last) break;
      if (!q.applied) continue;
      const at = q.start + (cuts[c] ?? 0) - copy;
      const os = toOut[at] ?? -1;
      const oe = (toOut[at + q.end - q.start - 1] ?? -2) + 1;
      if (oe - os !== q.end - q.start) continue; // spans two windows
      const start = fromInput[os] ?? -1;
      const end = (fromInput[oe - 1] ?? -2) + 1;
      // Touches a proposal of the first pass (or is not one stretch of the input): dropped.
      if (start < 0 || end - start !== oe - os) continue;
      while ((first[f]?.end ?? end) <= start) f++;
      if ((first[f]?.start ?? end) < end) continue;
      while (m < f) merged.push(first[m++] as Proposal);
      merged.push(moved(q, start - q.start));
    }
  }
  if (merged.length === 0) return first;
  while (m < first.length) merged.push(first[m++] as Proposal);
  return merged;
}

/**
 * The windows of the second pass, one after the other (`reduced`), where each of their characters
 * sits in the whole first-pass output (`toOut`) and where each character of that output came
 * from in the input (`fromInput`, -1: a repair); undefined when there is none.
 */
export function oracleWindows(
  cps: readonly number[],
  first: readonly Proposal[],
): { reduced: Int32Array; toOut: Int32Array; fromInput: Int32Array } | undefined {
  // The first pass's output, which of its characters are repairs, and where the others came from.
  // Sized for UTF-16 units (never fewer than code points), filled, then cut: no array per repair
  // (a megabyte of mojibake has 10^5 of them).
  let size = cps.length;
  let repairs = 0;
  for (const p of first)
    if (p.applied) {
      size += p.after.length - (p.end - p.start);
      repairs++;
    }
  if (repairs === 0) return undefined;
  let out = new Int32Array(size);
  let fromInput = new Int32Array(size);
  let k = 0;
  let o = 0;
  for (const p of first) {
    if (!p.applied) continue;
    for (; k < p.start; k++, o++) {
      out[o] = cps[k] ?? 0;
      fromInput[o] = k;
    }
    const a = p.after;
    for (let i = 0; i < a.length; i++) {
      const cp = a.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      out[o] = cp;
      fromInput[o++] = -1;
    }
    k = p.end;
  }
  for (; k < cps.length; k++, o++) {
    out[o] = cps[k] ?? 0;
    fromInput[o] = k;
  }
  out = out.subarray(0, o);
  fromInput = fromInput.subarray(0, o);
  const windows = windowsAround(out, fromInput);
  if (windows.length === 0) return undefined;
  // The windows, one after the other, and where each character of them sits in the output.
  let length = 0;
  for (const [from, to] of windows) length += to - from;
  const toOut = new Int32Array(length);
  const reduced = new Int32Array(length);
  let r = 0;
  for (const [from, to] of windows)
    for (let i = from; i < to; i++) {
      reduced[r] = out[i] ?? 0;
      toOut[r++] = i;
    }
  return { reduced, toOut, fromInput };
}

/**
 * Windows [from, to) of the output around each unrepaired non-ASCII character within two
 * characters of a repaired one, merged, each widened until GAP ASCII characters (or an end of
 * the text) on both sides.
 */
function windowsAround(out: Int32Array, fromInput: Int32Array): [number, number][] {
  const windows: [number, number][] = [];
  const n = out.length;
  let reach = 0; // the output up to here is inside the last window
  for (let i = 0; i < n; i++) {
    if (i < reach || (fromInput[i] ?? -1) < 0 || (out[i] ?? 0) < 0x80) continue;
    let near = false;
    for (let d = -2; d <= 2 && !near; d++) {
      const j = i + d;
      if (d !== 0 && j >= 0 && j < n && (fromInput[j] ?? 0) < 0) near = true;
    }
    if (!near) continue;
    let from = i;
    for (let ascii = 0; from > reach && ascii < GAP; ) {
      from--;
      ascii = (out[from] ?? 0) < 0x80 ? ascii + 1 : 0;
    }
    let to = i + 1;
    for (let ascii = 0; to < n && ascii < GAP; to++) ascii = (out[to] ?? 0) < 0x80 ? ascii + 1 : 0;
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
    reach = to;
  }
  return windows;
}
