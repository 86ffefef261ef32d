import { type EngineOptions, moved, type Proposal, repairString } from './engine.js';
import { chunked } from './secondPassChunks.js';

// A second look at the runs the first pass left alone, now that their neighbours are repaired:
// "Ð " before "Ñƒ…" cannot be judged while its neighbour is still mojibake, and reads as "Р"
// next to "у…". Only the neighbourhoods of repairs are read again: windows around each
// unrepaired non-ASCII character within two characters of a repaired one, each window reaching
// into the ASCII on both sides farther than any look-ahead of the engine (GAP), read together as
// one text; a long one whose chunks repeat is read one chunk each (secondPassChunks.ts).
// Proposals of the second pass that touch no proposal of the first are mapped back to the
// input's code points and merged; the rest are dropped. Linear in the input.

/** ASCII characters kept on each side of a window: more than the engine ever looks past a run. */
const GAP = 8;

/** Second-pass texts from this length are read as distinct chunks when they repeat. */
const CHUNKED_FROM = 4096;

/** Merge a second pass over the first pass's output into the first pass's proposals. */
export function withSecondPass(
  cps: readonly number[],
  first: readonly Proposal[],
  options: EngineOptions,
): Proposal[] {
  // A first pass that spent the call's work budget has read all this text will be read.
  if (options.budget && options.budget.left <= 0) return [...first];
  // The first pass's output, which of its characters are repairs, and where the others came from.
  // Sized for UTF-16 units (never fewer than code points), filled, then cut: no array per repair
  // (a megabyte of mojibake has 10^5 of them).
  let size = cps.length;
  let repairs = 0;
  for (const p of first) {
    if (!p.applied) continue;
    size += p.after.length - (p.end - p.start);
    repairs++;
  }
  if (repairs === 0) return [...first];
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
  if (windows.length === 0) return [...first];
  // The windows, one after the other, and where each character of them sits in the output.
  let length = 0;
  for (let w = 0; w < windows.length; w += 2) length += (windows[w + 1] ?? 0) - (windows[w] ?? 0);
  const reduced = new Int32Array(length);
  const toOut = new Int32Array(length);
  let r = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w] ?? 0;
    const to = windows[w + 1] ?? 0;
    reduced.set(out.subarray(from, to), r);
    for (let i = from; i < to; i++) toOut[r++] = i;
  }
  const chunks = length >= CHUNKED_FROM ? chunked(reduced) : undefined;
  const second = chunks
    ? repairString(textOf(chunks.text), { ...options, weights: chunks.weights }, 0).proposals
    : repairString(textOf(reduced), options, 0).proposals;
  const taken = new Uint8Array(cps.length + 1);
  for (const p of first) taken.fill(1, p.start, p.end);
  const added: Proposal[] = [];
  // Proposal q of the second pass, read at `at` of the reduced text.
  const take = (q: Proposal, at: number): void => {
    if (!q.applied) return;
    const os = toOut[at] ?? -1;
    const oe = (toOut[at + q.end - q.start - 1] ?? -2) + 1;
    if (oe - os !== q.end - q.start) return; // spans two windows
    const start = fromInput[os] ?? -1;
    const end = (fromInput[oe - 1] ?? -2) + 1;
    // Touches a repair of the first pass (or is not one stretch of the input): dropped.
    if (start < 0 || end - start !== oe - os) return;
    for (let k = start; k < end; k++) if (taken[k] !== 0) return;
    taken.fill(1, start, end);
    added.push(moved(q, start - q.start));
  };
  if (!chunks) for (const q of second) take(q, q.start);
  else {
    // Each chunk takes the proposals inside its copy's chunk (not its copied neighbours).
    const { cuts, copies } = chunks;
    for (let c = 0; c + 1 < cuts.length; c++) {
      const copy = copies[c] ?? 0;
      const end = copy + (cuts[c + 1] ?? 0) - (cuts[c] ?? 0);
      const by = (cuts[c] ?? 0) - copy;
      for (let i = firstFrom(second, copy); i < second.length; i++) {
        const q = second[i] as Proposal;
        if (q.end > end) break;
        take(q, q.start + by);
      }
    }
  }
  return mergedInOrder(first, added);
}

/** The text of code points `cps`, built in pieces (apply has an argument limit). */
function textOf(cps: Int32Array): string {
  let text = '';
  for (let i = 0; i < cps.length; i += 4096)
    // apply, not a spread: a typed array spreads through its iterator, three times slower.
    text += String.fromCodePoint.apply(
      null,
      cps.subarray(i, Math.min(cps.length, i + 4096)) as unknown as number[],
    );
  return text;
}

/** The index of the first proposal of `ps` (in order) that starts at `at` or later. */
function firstFrom(ps: readonly Proposal[], at: number): number {
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ps[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two lists in order of start, merged in order (on an equal start, `a`'s first). */
function mergedInOrder(a: readonly Proposal[], b: readonly Proposal[]): Proposal[] {
  const out: Proposal[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] =
      (b[j] as Proposal).start < (a[i] as Proposal).start
        ? (b[j++] as Proposal)
        : (a[i++] as Proposal);
  while (i < a.length) out[k++] = a[i++] as Proposal;
  while (j < b.length) out[k++] = b[j++] as Proposal;
  return out;
}

/**
 * Windows [from, to) of the output around each unrepaired non-ASCII character within two
 * characters of a repaired one, merged, each widened until GAP ASCII characters (or an end of
 * the text) on both sides; as pairs (from, to), in order.
 */
function windowsAround(out: Int32Array, fromInput: Int32Array): number[] {
  const windows: number[] = [];
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
    if (windows.length > 0 && from <= (windows[windows.length - 1] ?? 0))
      windows[windows.length - 1] = to;
    else windows.push(from, to);
    reach = to;
  }
  return windows;
}
