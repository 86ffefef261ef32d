import { type EngineOptions, moved, type Proposal, readString } from './engine.js';
import { type Chunked, chunked } from './secondPassChunks.js';

// A second look at the runs the first pass left alone, now that their neighbours are repaired:
// "Ð " before "Ñƒ…" cannot be judged while its neighbour is still mojibake, and reads as "Р"
// next to "у…". Only the neighbourhoods of repairs are read again: windows around each
// unrepaired non-ASCII character within two characters of a repaired one, each window reaching
// into the ASCII on both sides farther than any look-ahead of the engine (GAP), read together as
// one text; a long one whose chunks repeat, one chunk each (secondPassChunks.ts). Proposals of
// the second pass that touch no proposal of the first are mapped back to the input's code points
// and merged; the rest are dropped. The output is built only around the repairs that may leave a
// window (secondLook), so the pass costs what its windows hold, not what the text holds.

/** ASCII characters kept on each side of a window: more than the engine ever looks past a run. */
const GAP = 8;

/** Second-pass texts from this length are read as distinct chunks when they repeat. */
const CHUNKED_FROM = 4096;

/** Merge a second pass over the first pass's output into the first pass's proposals. */
export function withSecondPass(
  cps: readonly number[],
  first: readonly Proposal[],
  options: EngineOptions,
  /** Texts from this length are read as distinct chunks (tests compare with reading them whole). */
  chunkFrom = CHUNKED_FROM,
  /** What to read (tests give the oracle's, secondPassOracle.ts). */
  look = secondLook,
): readonly Proposal[] {
  // A first pass that spent the call's work budget has read all this text will be read.
  if (options.budget && options.budget.left <= 0) {
    // The second look is left undone (repairText's `complete: false`) if there was one to take.
    if (first.some((p) => p.applied)) options.budget.short = true;
    return first;
  }
  const windows = look(cps, first);
  if (!windows) return first;
  const { inAt } = windows;
  const length = inAt.length;
  const { text, weights, cuts, copies }: Chunked = (length >= chunkFrom &&
    chunked(windows.text)) || {
    text: windows.text,
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
      const start = inAt[at] ?? -1;
      const end = (inAt[at + q.end - q.start - 1] ?? -2) + 1;
      // Not one stretch of the input, or touching a proposal of the first pass: dropped. (A
      // stretch of the input that holds no proposal is one stretch of the output: no proposal
      // that passes both spans two windows.)
      if (start < 0 || end - start !== q.end - q.start) continue;
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
 * What the second pass reads: the windows of the first pass's output around each unrepaired
 * non-ASCII character within two characters of a repaired one, each widened until GAP ASCII
 * characters (or an end of the text) on both sides, one after the other (`text`), and where each
 * of their characters came from in the input (`inAt`, -1: a repair). Undefined when none.
 */
export function secondLook(
  cps: readonly number[],
  first: readonly Proposal[],
): { text: Int32Array; inAt: Int32Array } | undefined {
  // Such a character sits one or two code points before or after an applied span, with no
  // applied span between (one that repairs to nothing brings its neighbours together, but the
  // character is then that near to it): the output is built only in regions around these spans,
  // one after the other, each reaching on both sides past GAP unrepaired ASCII characters of the
  // input (or to an end of it). A window around a character of a region then ends inside it, as
  // in the whole output, and none lies outside every region. Each region starts where the last
  // one ends or later, so the walks read each character of the input once at most. A repeated
  // message repaired word by word leaves no region.
  // The regions [a, b) one after the other, and a bound on the output they make.
  const regions: number[] = [];
  let size = 0;
  // The next applied proposal after y in the direction `step` (-1 or first.length: none). Never
  // read at -1: that read is a named-property lookup, megamorphic from then on (runParts.ts readFrom).
  const applied = (y: number, step: number): number => {
    do y += step;
    while (y >= 0 && y < first.length && !(first[y] as Proposal).applied);
    return y;
  };
  let b = 0; // the end of the last region
  let before = 0; // the end of the last applied span
  for (let x = applied(-1, 1), z = 0; x < first.length; x = z) {
    const p = first[x] as Proposal;
    z = applied(x, 1);
    let near = false;
    for (let j = Math.max(before, p.start - 2); j < p.start; j++) near ||= (cps[j] as number) > 127;
    const next = Math.min(first[z]?.start ?? cps.length, p.end + 2);
    for (let j = p.end; j < next; j++) near ||= (cps[j] as number) > 127;
    before = p.end;
    if (!near || p.start < b) continue; // nothing to look at, or inside the last region
    let a = p.start;
    size += p.after.length;
    for (let y = applied(x, -1), ascii = 0; ascii < GAP && a > b; ) {
      const q = y >= 0 ? first[y] : undefined;
      if (q?.end === a) {
        a = q.start;
        size += q.after.length;
        y = applied(y, -1);
        ascii = 0;
      } else ascii = (cps[--a] as number) < 0x80 ? ascii + 1 : 0;
    }
    b = p.end;
    for (let y = z, ascii = 0; ascii < GAP && b < cps.length; ) {
      const q = y >= 0 ? first[y] : undefined;
      if (q?.start === b) {
        b = q.end;
        size += q.after.length;
        y = applied(y, 1);
        ascii = 0;
      } else ascii = (cps[b++] as number) < 0x80 ? ascii + 1 : 0;
    }
    regions.push(a, b);
    size += b - a;
  }
  // None: a message repaired word by word (most calls) makes no arrays.
  if (!size) return undefined;
  // The output of the regions, typed and sized once (filled by push, secondLook took 1.5 times
  // as long on the bench's text), and where each character came from in the input (-1: a repair).
  const out = new Int32Array(size);
  const fromInput = new Int32Array(size);
  let n = 0;
  for (let g = 0, f = 0; g < regions.length; g += 2)
    for (let k = regions[g] as number; k < (regions[g + 1] as number); ) {
      const q = first[f];
      if (q && q.start <= k) {
        f++;
        // A proposal left as it was, or one before the region: the input as it is.
        if (!q.applied || q.start < k) continue;
        for (const c of q.after) {
          out[n] = c.codePointAt(0) as number;
          fromInput[n++] = -1;
        }
        k = q.end;
      } else {
        out[n] = cps[k] as number;
        fromInput[n++] = k++;
      }
    }
  // The windows: they never overlap (each starts where the last ends or later), so each goes
  // into the text as it is found.
  const text = new Int32Array(n);
  const inAt = new Int32Array(n);
  let r = 0;
  let reach = 0; // the output up to here is inside the last window
  for (let i = 0; i < n; i++) {
    if (i < reach || (fromInput[i] as number) < 0 || (out[i] as number) < 0x80) continue;
    let near = false;
    for (let j = i - 2; j <= i + 2; j++) near ||= j !== i && (fromInput[j] ?? 0) < 0;
    if (!near) continue;
    let from = i;
    for (let ascii = 0; from > reach && ascii < GAP; )
      ascii = (out[--from] as number) < 0x80 ? ascii + 1 : 0;
    let to = i + 1;
    for (let ascii = 0; to < n && ascii < GAP; to++)
      ascii = (out[to] as number) < 0x80 ? ascii + 1 : 0;
    for (reach = to; from < to; from++) {
      text[r] = out[from] as number;
      inAt[r++] = fromInput[from] as number;
    }
  }
  return r ? { text: text.subarray(0, r), inAt: inAt.subarray(0, r) } : undefined;
}
