import { charInfo, KIND, kindOf } from './charClass.js';
import type { CodePage } from './codePages.js';
import {
  bytesOf,
  fittingLetters,
  isLossy,
  isPage,
  LOSSY_PAGES,
  LOST_LETTER_CONFIDENCE,
  restoredIn,
  sameBytes,
} from './lostLetter.js';
import type { Repair } from './schemas.js';

// withLostLetters (lostLetter.ts) as it was before U51f: at each lossy repair, the pages are
// asked of every other repair of the message again and the message's letters read again for its
// language, and the text is assembled by slicing the whole of it at each restored repair.
// Quadratic in a long message, kept as the oracle (test-only: no module of the package imports
// it); lostLetter.prop.test.ts holds the two equal.

/** The pages of LOSSY_PAGES that read `before` as `bytes` and each of `others` as its own page did. */
function pagesOf(before: string, bytes: readonly number[], others: readonly Repair[]): CodePage[] {
  const own = others.map((o) => bytesOf(o.before, o.chain[0] as CodePage) ?? []);
  return LOSSY_PAGES.filter(
    (q) =>
      sameBytes(bytesOf(before, q), bytes) &&
      others.every((o, k) => sameBytes(bytesOf(o.before, q), own[k] as number[])),
  );
}

/** {@link withLostLetters}, each lossy repair asking everything again. */
export function withLostLettersOracle(
  out: string,
  repairs: readonly Repair[],
): { text: string; repairs: Repair[] } | undefined {
  if (!repairs.some(isLossy)) return undefined;
  let letters = '';
  for (const c of out) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0x80 && kindOf(charInfo(cp)) === KIND.letter) letters += c;
  }
  const others = repairs.filter(
    (r) => r.applied && r.chain.length === 1 && !r.after.includes('\ufffd') && isPage(r.chain[0]),
  );
  const read: (string | undefined)[] = [];
  let shift = 0;
  for (const r of repairs) {
    const at = r.start + shift;
    if (r.applied) shift += r.after.length - (r.end - r.start);
    const got = isLossy(r)
      ? restoredIn(
          r,
          r.chain[0] as CodePage,
          (before, bytes) => pagesOf(before, bytes, others),
          (candidates, prev, next) => fittingLetters(candidates, prev, next, letters),
          out,
          at,
        )
      : undefined;
    if (got === null) return undefined;
    read.push(got);
  }
  let text = out;
  let changed = false;
  const next: Repair[] = [];
  shift = 0;
  for (let k = 0; k < repairs.length; k++) {
    const r = repairs[k] as Repair;
    const at = r.start + shift;
    if (r.applied) shift += r.after.length - (r.end - r.start);
    const restored = read[k];
    if (restored === undefined || restored === r.after) {
      next.push(r);
      continue;
    }
    text = text.slice(0, at) + restored + text.slice(at + r.after.length);
    next.push({
      ...r,
      after: restored,
      confidence: Math.min(r.confidence, LOST_LETTER_CONFIDENCE),
    });
    changed = true;
  }
  return changed ? { text, repairs: next } : undefined;
}
