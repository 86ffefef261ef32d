import type { Proposal } from './engine.js';

// The second pass's windows as they were found before only the regions of the output that can hold
// a window were built (secondPass.ts): the whole first-pass output as two arrays, scanned from end
// to end. Kept as the oracle of secondLook (test-only: nothing else imports it); withSecondPass
// reads either (its `look`), and secondPass.prop.test.ts holds the two together, windows and results.

/** ASCII characters kept on each side of a window: more than the engine ever looks past a run. */
const GAP = 8;

/**
 * The oracle's windows as secondLook gives them (withSecondPass's `look`): their characters, one
 * window after the other, and where each came from in the input (-1: a repair).
 */
export function oracleLook(
  cps: readonly number[],
  first: readonly Proposal[],
): { text: Int32Array; inAt: Int32Array } | undefined {
  const w = oracleWindows(cps, first);
  if (!w) return undefined;
  return { text: w.reduced, inAt: Int32Array.from(w.toOut, (o) => w.fromInput[o] ?? -9) };
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
