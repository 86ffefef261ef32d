import type { Proposal } from './engine.js';
import { W, windows1252Classes } from './sloppyScan.js';

// A garble that went through more than wrong code pages (lowercased, truncated, mixed pages) still
// looks like Windows-1252 mojibake after every repair the engine can find: "ãƒâ€ ã¢€â„¢ãƒæ’…".
// Repairing a few sequences of it does not make it readable and is likely wrong (python-ftfy
// leaves such text alone: its test "An absolutely hopeless garble"). A run whose repaired text
// still holds at least HOPELESS pairs of a UTF-8 lead byte and a continuation byte (as Windows-1252
// reads them), and more such pairs than repairs, keeps its repairs as proposals only.

const HOPELESS = 3;

/**
 * Withdraw the repairs of runs that stay garbled after them: each applied proposal of such a run
 * is kept as a proposal that is not applied.
 *
 * @param cps - The message's code points.
 * @param proposals - Every proposal, in order, without overlaps.
 * @returns The proposals, with those of hopeless runs no longer applied.
 * @example
 * // "ã¢â‚¬â„¢ãƒæ’ã‚â¢" keeps its text: "â‚¬" → "€" would leave "ã¢€â„¢ãƒæ’ã‚â¢".
 * @since 0.1.0
 */
export function withoutHopeless(
  cps: readonly number[],
  proposals: readonly Proposal[],
): readonly Proposal[] {
  // Copied on the first withdrawal only: most calls withdraw nothing.
  let out = proposals as Proposal[];
  const w = windows1252Classes();
  // Pairs of a lead byte and a continuation byte, read as Windows-1252 one character at a time
  // (sloppyScan.ts's classes: C1 controls are the bytes they are), `c` the last one's class (a
  // lead: W.lead2 or W.lead). Read in the loops below, not by a closure: the closure kept `pairs`
  // and `c` in a context object, a load and a store of each per character (8% of the time of GBK
  // text that lost bytes, whose long runs all pass here).
  let pairs = 0;
  let c = 0;
  // From applied proposal to applied proposal: a run without one has nothing to withdraw, and a
  // long text is mostly such runs. A run's boundaries are found around its first applied proposal
  // (the run of non-ASCII characters holding its start, or the first one it reaches into when it
  // starts on ASCII); hopelessOracle.ts walks every run and hopeless.prop.test.ts holds them equal.
  let k = 0;
  while (k < out.length) {
    const first = out[k++] as Proposal;
    if (!first.applied) continue;
    let i = first.start;
    if ((cps[i] ?? 0) < 0x80) while (i < first.end && (cps[i] ?? 0) < 0x80) i++;
    else while (i > 0 && (cps[i - 1] as number) >= 0x80) i--; // no read at -1 (runParts.ts readFrom)
    // Reaching no run (all ASCII; empty at a run's start): nothing to read.
    if (first.end <= i) continue;
    k--;
    let j = Math.max(i, first.start);
    while ((cps[j] as number) >= 0x80) j++;
    // The run's proposals: this one and those after it that start inside the run.
    const from = k;
    // The run as its repairs leave it, read without building it (a run may be a megabyte long).
    pairs = 0;
    c = 0;
    let at = i;
    let repairs = 0;
    for (; k < out.length && (out[k]?.start ?? 0) < j; k++) {
      const p = out[k] as Proposal;
      if (!p.applied) continue;
      for (; at < p.start; at++) {
        // Counted by data, not by a branch: the first pair (the stream's 5,000th message) met an
        // increment withoutHopeless's compiled code had never run, and V8 threw that code away.
        const d = w[cps[at] as number] ?? W.none;
        pairs += d === W.cont && (c === W.lead2 || c === W.lead) ? 1 : 0;
        c = d;
      }
      // A surrogate has no Windows-1252 byte: a pair reads as a character without one.
      const after = p.after;
      for (let u = 0; u < after.length; u++) {
        const d = w[after.charCodeAt(u)] as number;
        pairs += d === W.cont && (c === W.lead2 || c === W.lead) ? 1 : 0;
        c = d;
      }
      at = Math.max(at, p.end);
      repairs++;
    }
    for (; at < j; at++) {
      const d = w[cps[at] as number] ?? W.none;
      pairs += d === W.cont && (c === W.lead2 || c === W.lead) ? 1 : 0;
      c = d;
    }
    if (pairs >= HOPELESS && pairs > repairs) {
      if (out === proposals) out = [...proposals];
      for (let m = from; m < k; m++) {
        const p = out[m] as Proposal;
        if (p.applied) out[m] = { ...p, applied: false };
      }
    }
  }
  return out;
}
