import { encoderFor } from './codePages.js';
import { fromCps, type Proposal } from './engine.js';

// A garble that went through more than wrong code pages (lowercased, truncated, mixed pages) still
// looks like Windows-1252 mojibake after every repair the engine can find: "ãƒâ€ ã¢€â„¢ãƒæ’…".
// Repairing a few sequences of it does not make it readable and is likely wrong (python-ftfy
// leaves such text alone: its test "An absolutely hopeless garble"). A run whose repaired text
// still holds at least HOPELESS pairs of a UTF-8 lead byte and a continuation byte (as Windows-1252
// reads them), and more such pairs than repairs, keeps its repairs as proposals only.

const PAGE = encoderFor('windows-1252');
const HOPELESS = 3;

const byteOf = (cp: number): number => (cp < 0x80 ? cp : (PAGE.encode(cp)?.[0] ?? 0));
const isLead = (b: number): boolean => b >= 0xc2 && b <= 0xf4;
const isCont = (b: number): boolean => b >= 0x80 && b <= 0xbf;

/** Pairs of a lead byte and a continuation byte in `text` read as Windows-1252. */
function leftoverPairs(text: string): number {
  let pairs = 0;
  let previous = 0;
  for (const ch of text) {
    const b = byteOf(ch.codePointAt(0) ?? 0);
    if (isLead(previous) && isCont(b)) pairs++;
    previous = b;
  }
  return pairs;
}

/**
 * Withdraw the repairs of runs that stay garbled after them: each applied proposal of such a run
 * is kept as a proposal that is not applied.
 *
 * @param cps - The message's code points.
 * @param proposals - Every proposal, in order, without overlaps.
 * @returns The proposals, with those of hopeless runs no longer applied.
 * @example
 * // "ã¢â‚¬â„¢ãƒæ’ã‚â¢" keeps its text: "â‚¬" → "€" would leave "ã¢€â„¢ãƒæ’ã‚â¢".
 * @since 0.2.0
 */
export function withoutHopeless(
  cps: readonly number[],
  proposals: readonly Proposal[],
): Proposal[] {
  const out = [...proposals];
  let k = 0;
  let i = 0;
  while (i < cps.length && k < out.length) {
    if ((cps[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && (cps[j] ?? 0) >= 0x80) j++;
    while (k < out.length && (out[k]?.end ?? 0) <= i) k++;
    // The run's proposals: those that start inside it (a proposal never spans two runs' letters).
    const from = k;
    let text = '';
    let at = i;
    let repairs = 0;
    for (; k < out.length && (out[k]?.start ?? 0) < j; k++) {
      const p = out[k] as Proposal;
      if (!p.applied) continue;
      text += fromCps(cps, at, p.start) + p.after;
      at = Math.max(at, p.end);
      repairs++;
    }
    // Only runs with repairs are read again (most runs of a message have none).
    const pairs = repairs > 0 ? leftoverPairs(text + fromCps(cps, Math.min(at, j), j)) : 0;
    if (pairs >= HOPELESS && pairs > repairs) {
      for (let m = from; m < k; m++) {
        const p = out[m] as Proposal;
        if (p.applied) out[m] = { ...p, applied: false };
      }
    }
    i = j;
  }
  return out;
}
