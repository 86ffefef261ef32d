import { encoderFor } from './codePages.js';
import type { Proposal } from './engine.js';

// withoutHopeless as it was before it went from applied proposal to applied proposal: every run of
// the text is walked, character by character. Kept as its oracle (test-only: no module of the
// package imports it); hopeless.prop.test.ts holds the two equal.

const PAGE = encoderFor('windows-1252');
const HOPELESS = 3;

const byteOf = (cp: number): number => (cp < 0x80 ? cp : (PAGE.encode(cp)?.[0] ?? 0));
const isLead = (b: number): boolean => b >= 0xc2 && b <= 0xf4;
const isCont = (b: number): boolean => b >= 0x80 && b <= 0xbf;

/** Counts pairs of a lead byte and a continuation byte, read as Windows-1252, one character at a time. */
type Pairs = { pairs: number; previous: number };

function feed(state: Pairs, cp: number): void {
  const b = byteOf(cp);
  if (isLead(state.previous) && isCont(b)) state.pairs++;
  state.previous = b;
}

function feedText(state: Pairs, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    feed(state, cp);
  }
}

/** The repairs of hopeless runs withdrawn, walking every code point (see withoutHopeless). */
export function withoutHopelessOracle(
  cps: readonly number[],
  proposals: readonly Proposal[],
): readonly Proposal[] {
  // Copied on the first withdrawal only: most calls withdraw nothing.
  let out = proposals as Proposal[];
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
    // The run as its repairs leave it, read without building it (a run may be a megabyte long).
    const state: Pairs = { pairs: 0, previous: 0 };
    let at = i;
    let repairs = 0;
    for (; k < out.length && (out[k]?.start ?? 0) < j; k++) {
      const p = out[k] as Proposal;
      if (!p.applied) continue;
      for (let m = at; m < p.start; m++) feed(state, cps[m] ?? 0);
      feedText(state, p.after);
      at = Math.max(at, p.end);
      repairs++;
    }
    // Only runs with repairs are read again (most runs of a message have none).
    if (repairs > 0) for (let m = Math.min(at, j); m < j; m++) feed(state, cps[m] ?? 0);
    const pairs = state.pairs;
    if (pairs >= HOPELESS && pairs > repairs) {
      if (out === proposals) out = [...proposals];
      for (let m = from; m < k; m++) {
        const p = out[m] as Proposal;
        if (p.applied) out[m] = { ...p, applied: false };
      }
    }
    i = j;
  }
  return out;
}
