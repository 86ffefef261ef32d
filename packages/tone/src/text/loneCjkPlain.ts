import type { Proposal } from './engine.js';
import { CJK_FROM, endsSegment, endsWord, isCjk, REACH } from './loneCjk.js';

// withoutLoneCjk's look at a repair's own word as it was before T69g: each repair walks back from
// itself, then ahead, up to REACH code points, to a space or a segment's end, counting the clean
// CJK characters and stopping at two. Test-only (no module of the package imports it):
// loneCjkLook.prop.test.ts holds it equal to WordLook (loneCjkLook.ts), which one walk serves.

const isSyllable = (cp: number): boolean => cp >= 0xac00 && cp <= 0xd7a3;

/** The clean CJK characters around `proposals[k]`, and the breaks before and after it, or -1. */
export function wordLookPlain(
  cps: readonly number[],
  proposals: readonly Proposal[],
  k: number,
  syllable: number,
): { clean: number; back: number; ahead: number } {
  const p = proposals[k] as Proposal;
  let clean = 0;
  let j = k - 1;
  let back = -1;
  for (let i = p.start - 1; i >= 0 && p.start - i <= REACH && clean < 2; i--) {
    const cp = cps[i] ?? 0;
    if (endsWord(cp) || endsSegment(cp)) {
      back = i;
      break;
    }
    if (cp < CJK_FROM || !isCjk(cp)) continue;
    while (j >= 0 && (proposals[j] as Proposal).start > i) j--;
    const r = j >= 0 ? (proposals[j] as Proposal) : undefined;
    if (!(r?.applied && i < r.end)) clean += 1 + (syllable & (isSyllable(cp) ? 1 : 0));
  }
  j = k + 1;
  let ahead = -1;
  for (let i = p.end; i < cps.length && i - p.end < REACH && clean < 2; i++) {
    const cp = cps[i] ?? 0;
    if (endsWord(cp) || endsSegment(cp)) {
      ahead = i;
      break;
    }
    if (cp < CJK_FROM || !isCjk(cp)) continue;
    while (j < proposals.length && (proposals[j] as Proposal).end <= i) j++;
    const r = j < proposals.length ? (proposals[j] as Proposal) : undefined;
    if (!(r?.applied && r.start <= i)) clean += 1 + (syllable & (isSyllable(cp) ? 1 : 0));
  }
  return { clean, back, ahead };
}
