import { charInfo, unigramCost } from './charClass.js';
import { encoderOfLabel, type PageEncoder } from './codePages.js';
import type { Proposal } from './engine.js';
import { isBreak } from './runParts.js';
import { decodeChecked, utf8SequenceLength } from './utf8.js';

// One two-character group is the least evidence a repair can have. When it is the message's only
// repair, its line also holds clean non-ASCII text that both its page and a second page can write
// (so the line could be single-byte text of either, and neither reads it whole as UTF-8), and that
// second page reads the same two characters as a different valid UTF-8 character ("Ã¥" is "å"
// through Latin-1 and U+0334 through Mac Roman, beside a clean "–" both pages have), nothing in
// the line says which page it went through, or whether it went through one at all: the repair is
// reported, not applied. A field pasted into text its page cannot write ("ChloÃ©" in Turkish or
// Japanese) is partial mojibake and is repaired. Another line's clean text is not looked at: a
// clean line says nothing about the next one (lineVotes.ts). This is the rule behind python-ftfy's
// negative test case "this inconsistent mojibake could be Latin-1 or MacRoman ... it's safest to
// not decode it as either" (ftfy 6.3.1, tests/test-cases/negative.json), whose fix_text also fixes
// a text line by line.

/** The character two code points make as one UTF-8 sequence in `page`, or undefined. */
function readAs(page: PageEncoder, a: number, b: number): string | undefined {
  const x = page.encode(a);
  const y = page.encode(b);
  if (!x || !y) return undefined;
  const bytes = [...x, ...y];
  if (utf8SequenceLength(bytes, 0, bytes.length) !== bytes.length) return undefined;
  return decodeChecked(bytes, 0, bytes.length);
}

// A rival reading that text seldom holds (unigram cost 2 or more, charClass.ts) is no second
// page's word (T55c): "Ć¤" is "ä" through Windows-1257 and "Ƥ" (U+01A4, a Latin Extended-B letter
// outside charClass.ts's everyday ones) through Windows-1250, which both write a clean "–";
// Mac Roman's U+0334 for "Ã¥" (a combining mark, cost 1) still counts, as ftfy's case wants.
const plausible = (read: string): boolean => unigramCost(charInfo(read.codePointAt(0) ?? 0)) < 2;

/** Whether `page` encodes `cps[from, to)` into bytes that are UTF-8 sequences end to end. */
function readsWhole(page: PageEncoder, cps: readonly number[], from: number, to: number): boolean {
  const bytes: number[] = [];
  for (let k = from; k < to; k++) {
    const b = page.encode(cps[k] ?? 0);
    if (!b) return false;
    for (const x of b) bytes.push(x);
  }
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i, bytes.length);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * Leave a lone two-character repair unapplied when another page reads it differently and its
 * line holds clean non-ASCII text that both pages can write.
 *
 * @param cps - The message's code points.
 * @param proposals - Every proposal, in order, without overlaps.
 * @param encoders - The pages of the call.
 * @returns The proposals, with such a lone repair no longer applied.
 * @example
 * // "Bremer/Mccoy – DrÃ¥ber": "Ã¥" is "å" (Latin-1) or U+0334 (Mac Roman) → left as it is.
 * @since 0.1.0
 */
export function withoutLoneAmbiguous(
  cps: readonly number[],
  proposals: readonly Proposal[],
  encoders: readonly PageEncoder[],
): readonly Proposal[] {
  // One loop, no copy: a megabyte has 10^5 applied proposals.
  let lone: Proposal | undefined;
  for (const p of proposals)
    if (p.applied) {
      if (lone) return proposals;
      lone = p;
    }
  if (!lone || lone.end - lone.start !== 2 || lone.chain.length !== 1) return proposals;
  // The clean text of the repair's own line only: a clean "tänään" on the line above left
  // "tÃ¥lmodigheten" unrepaired. A line end before the repair starts the list again, one after it
  // ends it. Each stretch of non-ASCII characters between ASCII ones and the repair is kept as a
  // stretch (its first index and end), to be judged whole below.
  let stretches: number[] = [];
  let from = -1;
  for (let k = 0; k <= cps.length; k++) {
    const cp = k < cps.length ? (cps[k] ?? 0) : 0;
    const inside = cp >= 0x80 && (k < lone.start || k >= lone.end);
    if (from >= 0 && !inside) {
      stretches.push(from, k);
      from = -1;
    }
    if (k === cps.length) break;
    if (isBreak(cp)) {
      if (k > lone.start) break;
      stretches = [];
    } else if (inside && from < 0) from = k;
  }
  const own = encoderOfLabel(lone.chain[0], encoders);
  if (stretches.length === 0 || !own) return proposals;
  // A stretch that the repair's own page reads whole as UTF-8 is no clean text but a group left
  // as it stands, too weak to repair alone ("Åžubat" beside "SipariÅŸleri.xlsx": "Åž" is "Ş" through
  // Windows-1252, "Ÿ" through ISO-8859-15): it says nothing for the rival page.
  const clean: number[] = [];
  for (let s = 0; s < stretches.length; s += 2) {
    const a = stretches[s] as number;
    const b = stretches[s + 1] as number;
    if (!readsWhole(own, cps, a, b)) for (let k = a; k < b; k++) clean.push(cps[k] ?? 0);
  }
  if (clean.length === 0) return proposals;
  // The line as a whole is text of both pages (each can write every character of it).
  const writes = (page: PageEncoder): boolean => clean.every((cp) => page.encode(cp) !== undefined);
  const a = cps[lone.start] ?? 0;
  const b = cps[lone.start + 1] ?? 0;
  const after = lone.after.normalize('NFC');
  const rival = encoders.some((page) => {
    const read = readAs(page, a, b);
    return read !== undefined && read.normalize('NFC') !== after && plausible(read) && writes(page);
  });
  if (!rival || !writes(own)) return proposals;
  return proposals.map((p) => (p === lone ? { ...p, applied: false } : p));
}
