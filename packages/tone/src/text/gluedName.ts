import { charInfo, isLetterOf, isUpper, SCRIPT, unigramCost } from './charClass.js';
import type { PageEncoder } from './codePages.js';
import { segmentCost } from './cost.js';
import { type Proposal, proposalOver } from './engine.js';
import { findGroups } from './findGroups.js';
import { CJK_FROM, endsSegment, isCjk } from './loneCjk.js';

// A name broken through a double-byte page, glued after CJK text with no space (T59f): Chinese
// and Japanese write a Latin word right after their own characters ("收件人是Łukasz Wójcik，",
// "担当：Łukasz Wójcik（…）"). Its first letter, broken, is one or two more non-ASCII characters at
// the end of a run that starts in the clean CJK text before it: "是艁ukasz" (Ł, C5 81, through
// GBK), "：ﾅ「kasz" (C5 81 75 through Shift-JIS: a halfwidth "ﾅ", then "「" holding the "u").
// The engine reads that run as one, with the clean CJK as the context of the broken tail, and
// the reading's own switch from Han to Latin ("是Ł") costs what the broken form's did ("艁u"):
// "艁" gains 2, "ﾅ「" 1, under the least gain applied (3). Nothing in two bytes says more; the
// field does. A tail is read back when
// - it is the end of a run of non-ASCII characters, glued after a CJK character or a full-width
//   mark (、。：（「…) that it leaves as they stand, and before an ASCII small letter;
// - it holds no common CJK character (a national standard's frequent level, kana: unigram cost
//   0), so Chinese glued to a Latin word ("用app", "的App") stays: "艁" is a GBK extension
//   character outside GB2312, "ﾅ" a halfwidth katakana;
// - the page of a repair applied in the same segment (loneCjk.ts SEGMENT_ENDS), in another word
//   after it within REACH, reads the tail as one group, a Latin capital and then Latin letters
//   only: the capital that opens a name ("Łu" + "kasz");
// - that reading costs no more than the tail, both read with the CJK before them as a word's edge.
// Such a tail is applied at the least gain (3: confidence 0.53, a tie's), and loneCjk.ts pairs
// the two words of the name across the CJK they are glued to. A name of one word glued to
// Chinese ("收件人是艁ukasz，请…") has no such repair beside it and stays.

/** How far from a repair a tail it vouches for may start (loneCjk.ts's REACH). */
const REACH = 32;

/** A full-width mark or CJK punctuation (U+3000-U+303F, U+FF01-U+FF65 but the halfwidth kana). */
const isCjkMark = (cp: number): boolean =>
  (cp >= 0x3000 && cp < 0x3040) || (cp >= 0xff01 && cp < 0xff66);

/** Whether `cp` is Han, kana or Hangul with a unigram cost of 0 (loneCjk.ts counts the same). */
const isCommonCjk = (cp: number): boolean =>
  cp >= CJK_FROM && isCjk(cp) && unigramCost(charInfo(cp)) === 0;

/** Whether `text` is a Latin capital and then Latin letters only ("Łu", "Ś"). */
function opensName(text: string): boolean {
  let first = true;
  for (const ch of text) {
    const info = charInfo(ch.codePointAt(0) as number);
    if (!isLetterOf(info, SCRIPT.latin)) return false;
    if (first && !isUpper(info)) return false;
    first = false;
  }
  return !first;
}

const isAsciiLower = (cp: number | undefined): boolean =>
  cp !== undefined && cp >= 0x61 && cp <= 0x7a;

/**
 * `proposals` with the broken first letters of names glued after CJK text read back (this file's
 * header), each through the page of the repair in its field that vouches for it.
 *
 * @param cps - The message's code points.
 * @param proposals - Every proposal, in order, without overlaps.
 * @param encoders - The call's pages.
 * @param minGain - The least gain applied (the gain the new repairs carry).
 * @returns The proposals, with such tails added in order; the same array when there is none.
 * @example
 * // "收件人是艁ukasz W贸jcik，请…" (GBK): "贸" → "ó" vouches for "艁" → "Ł".
 * // "担当：ﾅ「kasz Wﾃｳjcik（…）" (Shift-JIS): "ﾃｳ" → "ó" vouches for "ﾅ「" → "Łu".
 * // "这个App毛bug还没修好": no tail (no repair beside, "毛" is common and glued between letters).
 * @since 0.1.0
 */
export function withGluedNames(
  cps: readonly number[],
  proposals: readonly Proposal[],
  encoders: readonly PageEncoder[],
  minGain: number,
): readonly Proposal[] {
  let added: Proposal[] | undefined;
  let pages: Map<string, PageEncoder> | undefined;
  let tails: boolean | undefined;
  for (let k = 0; k < proposals.length; k++) {
    const q = proposals[k] as Proposal;
    if (!q.applied || q.chain.length !== 1) continue;
    pages ??= doubleByteOf(encoders);
    const page = pages.get(q.chain[0] as string);
    if (page === undefined) continue;
    // Every tail is glued after a CJK character or mark no proposal reads, and ends before an
    // ASCII small letter one to three characters later: most messages with a double-byte repair
    // hold none (one broken whole has its CJK all mojibake), and each walk back would find nothing.
    tails ??= holdsGluedTail(cps, proposals);
    if (!tails) return proposals;
    // Back from the repair, in its segment, past at least one space: the first run of non-ASCII
    // characters that ends before an ASCII small letter and starts in CJK text.
    let space = false;
    for (let i = q.start - 1; i >= 0 && q.start - i <= REACH; i--) {
      const cp = cps[i] as number;
      if (endsSegment(cp)) break;
      if (cp === 0x20) space = true;
      if (!space || cp < 0x80 || !isAsciiLower(cps[i + 1])) continue;
      // A run whose last character a proposal reads already has its reading.
      const tail = coveredAt(proposals, i) ? undefined : tailAt(cps, proposals, i + 1, page);
      if (tail) {
        added ??= [];
        added.push({
          start: tail.start,
          end: i + 1,
          after: tail.after,
          chain: q.chain,
          gain: minGain,
          applied: true,
          tie: true,
          seqs: undefined,
        });
      }
      break;
    }
  }
  if (added === undefined) return proposals;
  const out = [...proposals];
  for (const p of added) {
    if (out.some((o) => o.start < p.end && p.start < o.end)) continue;
    let at = out.findIndex((o) => o.start >= p.end);
    if (at < 0) at = out.length;
    out.splice(at, 0, p);
  }
  return out;
}

// The double-byte pages of a list of encoders, by name (a proposal's chain names its page).
const DOUBLE = new WeakMap<readonly PageEncoder[], Map<string, PageEncoder>>();
function doubleByteOf(encoders: readonly PageEncoder[]): Map<string, PageEncoder> {
  let map = DOUBLE.get(encoders);
  if (map === undefined) {
    map = new Map();
    for (const e of encoders) if (e.doubleByte) map.set(e.page, e);
    DOUBLE.set(encoders, map);
  }
  return map;
}

/**
 * Whether `cps` holds a CJK character or a full-width mark that no proposal (applied or not)
 * reads, followed within four characters by a non-ASCII one glued before an ASCII small letter
 * (where a tail {@link tailAt} reads could be): one walk, the proposals met in order.
 */
function holdsGluedTail(cps: readonly number[], proposals: readonly Proposal[]): boolean {
  let p = 0;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number;
    if (cp < CJK_FROM) continue;
    while (p < proposals.length && (proposals[p] as Proposal).end <= i) p++;
    const q = proposals[p];
    if (q !== undefined && q.start <= i) {
      i = q.end - 1;
      continue;
    }
    if (!isCjk(cp) && !isCjkMark(cp)) continue;
    for (let end = i + 2; end <= i + 4 && end < cps.length; end++)
      if (isAsciiLower(cps[end]) && (cps[end - 1] as number) >= 0x80) return true;
  }
  return false;
}

/** Whether a proposal (applied or not) reads cps[i]. */
const coveredAt = (proposals: readonly Proposal[], i: number): boolean =>
  proposalOver(proposals, i) !== undefined;

/**
 * The tail of the run ending at `end` (before an ASCII small letter) that `page` reads as a Latin
 * capital and letters, glued after CJK text and no worse read (this file's header), if any.
 */
function tailAt(
  cps: readonly number[],
  proposals: readonly Proposal[],
  end: number,
  page: PageEncoder,
): { start: number; after: string } | undefined {
  // One or two characters make a letter's two bytes (a double-byte character, or a halfwidth
  // kana and a double-byte character holding the next ASCII byte); three for a three-byte one.
  for (let start = end - 1; start >= Math.max(1, end - 3); start--) {
    // Not a span a proposal reads (a longer tail, with the same end, would hold it too; its last
    // character is no proposal's), glued to clean text (no proposal reads that character either).
    if (start < end - 1 && coveredAt(proposals, start)) return undefined;
    const before = cps[start - 1] as number;
    if (!(before >= CJK_FROM && isCjk(before)) && !isCjkMark(before)) continue;
    if (coveredAt(proposals, start - 1)) continue;
    let common = false;
    for (let i = start; i < end && !common; i++) common = isCommonCjk(cps[i] as number);
    if (common) continue;
    const groups = findGroups(cps, start, end, page);
    const g = groups[0];
    if (groups.length !== 1 || g === undefined || g.start !== start || g.end !== end) continue;
    if (!opensName(g.decoded)) continue;
    const after = Array.from(g.decoded, (c) => c.codePointAt(0) as number);
    const next = cps.slice(end, Math.min(cps.length, end + 2));
    if (segmentCost(after, [], next) > segmentCost(cps.slice(start, end), [], next)) continue;
    return { start, after: g.decoded };
  }
  return undefined;
}
