import { RUN_UNITS } from './budget.js';
import { isAsciiDigit, isAsciiLetter } from './charClass.js';
import type { PageEncoder } from './codePages.js';
import { CJK_FROM, endsSegment, isCjk } from './loneCjk.js';

// A Latin-1 sign (°, ±, £, ½, ©, ¥, ×: UTF-8 C2 xx or C3 xx) read through GBK, Big5 or EUC-JP is
// one Han character, often a common one ("°" through GBK is "掳", "±" is "卤"), standing between
// ASCII: "Temperature: 21 掳C 卤 0,5 掳C". Each such reading gains 1-2 of the cost model, under
// `minGain` (3): two bytes and their neighbours are the least evidence a repair can have, and
// Chinese writes a lone character between Latin words itself ("iPhone毛bug", "A区3号"). The text
// around says which it is. Real Chinese and Japanese use these characters inside CJK runs; a sign
// broken whole stands alone, with no other CJK in its text, beside digits (T57d). So a character
// is read as a sign when
// - it is one Han, kana or Hangul character, its neighbours ASCII or the text's ends (not two
//   ASCII letters: "iPhone毛bug" is the brand's shape, and "毛" reads as a letter there anyway);
// - one double-byte page of the call writes it as exactly two bytes that are the UTF-8 of a sign
//   of numbers, money and units (SIGN_CHARS: ° ± £ ¥ ¢ © ® ½ ¼ ¾ × ÷ ² ³ µ §),
//   and not a currency sign (£ ¥ ¢) glued after a digit: there Chinese writes its counters and
//   units ("3楼", the third floor, is "3¥" through GBK), where a price writes "¥980" or "12 £";
// - a digit is the nearest character on one side, past spaces and other such characters
//   ("21 掳C", "卤 0,5", "0,5 簞 翻": "½" after "°" after "5");
// - the text holds no other CJK character, or the segment of its line (loneCjk.ts: a field after
//   ":" or ",") holds none and a repair applied through the same page ("Facture_n掳12_Soci茅t茅.pdf"
//   in "附件：", its "茅" read as "é" through GBK): a line of its own in a Chinese message
//   ("12 卤\n卤肉饭 一份") is not evidence enough;
// - every such character of the text (or of that segment) is read through one page: that of the
//   first repair applied there through a page that reads them all, else the first such page.
// What Chinese writes beside digits with no other CJK in its text ("5个", "12元", "A区3号") is
// rarely a sign's UTF-8 bytes through any page; in every clean text of the corpora, the audits and
// ftfy's cases, no character was read so. The price: a message of one such character beside a
// number and nothing else in CJK ("卤 12") is read as a sign ("± 12").

/** The currency signs of SIGN_CHARS, never read glued after a digit. */
const MONEY = new Set(Array.from('£¥¢', (c) => c.charCodeAt(0)));

/**
 * The signs of SIGN_CHARS written after a number ("m²", "2½"; not "°": "n°12"), never read glued before a
 * digit that no digit precedes: "他22" (he, 22) through EUC-JP is "¾22", a print no text writes
 * ("他22" -> "¾22" and the random field "戮1漏" -> "¾1©" were clean texts changed: cjkField.prop
 * at FC_SEED=602615999, session 45). And "µ", the SI prefix micro, which is attached to a unit
 * symbol and "never used in isolation" (SI brochure, section 5.4, "Rules for using SI prefixes",
 * http://www.bipm.org/en/si/si_brochure/chapter5/5-4.html, asOf 2026-12-05): "5 µm", never "µ5"
 * (clean "碌5" came back "µ5" through GBK: cjkField.prop at FC_SEED=1579213620, session 46).
 */
const TRAILING = new Set(Array.from('²³¼½¾µ', (c) => c.charCodeAt(0)));

/**
 * The degree sign, read glued before a digit only after an ASCII letter ("n°12", "N°5": the number
 * sign of French and other languages, "N" or "n" followed by the degree sign standing in for the
 * raised "o", https://fr.qwertyu.wiki/wiki/Numero_sign, asOf 2026-12-05). A degree follows its
 * number ("30° 22′ 8″", BIPM SI brochure 5.3.3,
 * https://www.bipm.org/en/publications/si-brochure/section5-3-3.html, asOf 2026-12-05), so "°"
 * with no digit and no letter before it and a digit after is no print a text writes; "째", the
 * sign's two bytes through EUC-KR, is a common Korean syllable (the ordinal suffix "-째", written
 * right after its number: "첫째", "셋째";
 * https://topik-in-depth.pages.dev/topik/5/entries/words/-%EC%A7%B8, asOf 2026-12-05): the clean
 * field "째1" came back "°1" (cjkField.prop at FC_SEED=8675309, session 47).
 */
const DEGREE = 0xb0;

/**
 * The copyright sign, read beside a number only before a year: a notice is the sign, the year of
 * first publication and the owner's name ("© 2001 John Doe": the form of notice for visually
 * perceptible copies, US Copyright Office Circular 3 as restated at
 * https://www.infoplease.com/business-finance/notice-copyright/form-notice-visually-perceptible-copies,
 * asOf 2026-12-06). "짤" (EUC-KR), "漏" (GBK, to leak), "穢" (Big5) and "息" (EUC-JP, breath) are
 * its two bytes: the clean fields "짤1" and "息 1" came back "©1" and "© 1" (session 47's note).
 */
const COPYRIGHT = 0xa9;

/**
 * The division sign, a binary operator ("12 ÷ 4"; ISO 80000-2 deprecates it for division) that in
 * Scandinavian print also stands for minus before a number ("÷10 %",
 * https://en.wikipedia.org/wiki/Division_sign, asOf 2026-12-06): unary, it is a print only of a
 * Latin text. Opening its line (no operand before it) in a text with no Latin letter, it is no
 * evidence of a broken sign: "첨" (EUC-KR's "÷") is a common Korean syllable ("첨부", attachment)
 * and "梅" (GBK's) a plum; the clean field "첨1" came back "÷1" (session 47's note).
 */
const DIVISION = 0xf7;

/** Line ends (as loneCjk.ts's segments end at them) and opening brackets: no operand before. */
const NO_OPERAND = new Set(Array.from('\n\r\v\f\u0085\u2028\u2029([', (c) => c.charCodeAt(0)));

/**
 * Whether `sign`, read at `i` of `text` with a digit nearest before it (`before`) or after it
 * (`after`, both past spaces and the other candidates, `masks`' keys), stands where a text writes
 * that sign beside a number:
 * - a copyright sign before a year only (COPYRIGHT);
 * - a degree sign or a sign written after numbers (TRAILING: "µ", a prefix attached to its unit,
 *   "never used in isolation", SI brochure 5.4), before a number no number precedes, only after an
 *   ASCII letter ("n° 12", "m² 12"): "째 1", "쨉 1", "陆 2" (GBK's "½", also "six" in financial
 *   numerals) stay, as T67c's "째1" glued did;
 * - a division sign with an operand before it, or in a text with a Latin letter (DIVISION).
 *
 * @param text - The text.
 * @param i - The candidate's offset.
 * @param sign - The sign a page reads it as (a code point).
 * @param before - Whether a digit is nearest before it.
 * @param after - Whether a digit is nearest after it.
 * @param year - Whether the nearest digit after it opens a run of four digits.
 * @param hasLetter - Whether the text holds an ASCII letter (asked once, when needed).
 * @returns False when that page's reading is no print a text writes there.
 */
function besideNumber(
  text: string,
  i: number,
  sign: number,
  before: boolean,
  after: boolean,
  year: boolean,
  hasLetter: () => boolean,
): boolean {
  if (sign === COPYRIGHT) return after && year;
  if (before || !after) return true;
  if (sign === DEGREE || TRAILING.has(sign)) return isAsciiLetter(text.charCodeAt(i - 1));
  if (sign === DIVISION) return !opensLine(text, i) || hasLetter();
  return true;
}

/** Whether nothing but spaces stands between `i` and its line's start or an opening bracket. */
function opensLine(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return k < 0 || NO_OPERAND.has(text.charCodeAt(k));
}

/** Han, kana or Hangul (loneCjk.ts isCjk), with no look-up below the first of them. */
const cjkAt = (cp: number): boolean => cp >= CJK_FROM && isCjk(cp);

// The characters each double-byte page writes as a sign's two UTF-8 bytes, each followed by its
// sign (from iconv-lite's tables, the pages' own: decoding C2 B0 through GBK gives "掳";
// loneSign.test.ts holds the list to them, decoding each sign's two bytes through each page). A table and not the
// pages: asking a page of the call for a character made its codec, tens of milliseconds the first
// time, in a process that never needed that page otherwise. Shift-JIS and cp932 read C2 and C3 as
// halfwidth katakana, one byte each: no character of theirs is two such bytes.
const GBK_SIGNS = '卤±垄¢庐®录¼戮¾拢£掳°搂§梅÷楼¥漏©碌µ脳×虏²陆½鲁³';
const BIG5_SIGNS = '瞼¥瞽¢瞿£禮§穢©簞°簡²簣±簧®糧³繕µ繩÷翹¼翻½職¾';
/** By page: its characters that are signs' bytes, each followed by the sign. */
export const SIGN_CHARS: Readonly<Record<string, string>> = {
  gbk: GBK_SIGNS,
  gb18030: GBK_SIGNS,
  big5: BIG5_SIGNS,
  cp950: BIG5_SIGNS,
  'euc-jp': '他¾促¥則§属°息©族²村¼歎÷続³蔵¢袖µ賊±贈£速®遜½',
  'euc-kr': '짖¢짙£짜¥짠§짤©짰®째°짹±짼²쨀³쨉µ쩌¼쩍½쩐¾첨÷횞×',
};

// For a list of pages: each character some of them writes as a sign's bytes → for each such page
// (its index in the list, at most 31), the index and the sign, two numbers a page.
const BY_LIST = new WeakMap<readonly PageEncoder[], Map<number, number[]>>();
function signsOf(encoders: readonly PageEncoder[]): Map<number, number[]> {
  let map = BY_LIST.get(encoders);
  if (map === undefined) {
    map = new Map();
    for (let e = 0; e < encoders.length && e < 31; e++) {
      const list = SIGN_CHARS[(encoders[e] as PageEncoder).page] ?? '';
      for (let k = 0; k + 1 < list.length; k += 2) {
        const cp = list.charCodeAt(k);
        const pages = map.get(cp) ?? [];
        pages.push(e, list.charCodeAt(k + 1));
        map.set(cp, pages);
      }
    }
    BY_LIST.set(encoders, map);
  }
  return map;
}

// loneSigns' notes on a candidate: a digit nearest before it, after it, and that digit opening a
// run of four (a year).
const DIGIT_BEFORE = 1;
const DIGIT_AFTER = 2;
const YEAR_AFTER = 4;

/** The index of the first of the ascending offsets `at` at or after `from` (binary search). */
function firstAtOrAfter(at: readonly number[], from: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((at[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A lone character read as a sign: its UTF-16 offset, the sign and the page. */
export type LoneSign = { readonly at: number; readonly sign: string; readonly page: number };

/**
 * The lone CJK characters of `text` that are Latin-1 signs broken through a double-byte page
 * (this file's header), each with the sign and the index in `encoders` of its page.
 *
 * @param text - A pass's output (repairs applied).
 * @param encoders - The call's pages.
 * @param applied - Gives the spans [start, end) of `text` that applied repairs wrote, in order and
 *   without overlaps, and each one's page (an index in `encoders`, or -1), three numbers a span
 *   (asked only when a character may be a sign).
 * @param budget - The call's work budget (budget.ts), charged 2 × RUN_UNITS a sign read, as a use
 *   of a run of one character and its one span are: once spent, the signs after are left as they
 *   stand and `short` is set (the sign that spends it is read).
 * @returns The characters to read as signs, by offset; empty when there is none.
 * @example
 * // "Temperature: 21 掳C 卤 0,5 掳C" (GBK) → "°" at 16, "±" at 19, "°" at 25.
 * // "这个 iPhone毛bug" → none ("毛" is "ë", no sign, and the line holds Chinese).
 * @since 0.1.0
 */
export function loneSigns(
  text: string,
  encoders: readonly PageEncoder[],
  applied: () => readonly number[] = () => [],
  budget?: { left: number; short?: boolean },
): LoneSign[] {
  // The characters that may be signs: CJK, in the BMP, between ASCII or the text's ends.
  let at: number[] | undefined;
  const n = text.length;
  let table: Map<number, number[]> | undefined;
  for (let i = 0; i < n; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x1100) continue;
    const l = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const r = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
    if (l >= 0x80 || r >= 0x80 || (isAsciiLetter(l) && isAsciiLetter(r))) continue;
    table ??= signsOf(encoders);
    if (!table.has(cp)) continue;
    at ??= [];
    at.push(i);
  }
  if (at === undefined) return [];
  // Each one's pages (a bit per encoder), by its index in `at` (0: none). Typed arrays by that
  // index, not maps by offset: a megabyte of "째1" holds half a million candidates, and maps and
  // sets of them cost 6.7 times a megabyte of mojibake prose (GC a sixth of it).
  const count = at.length;
  const table_ = table as Map<number, number[]>;
  const masks = new Int32Array(count);
  let anyMask = false;
  for (let k = 0; k < count; k++) {
    const i = at[k] as number;
    let m = 0;
    const pages = table_.get(text.charCodeAt(i)) as number[];
    const afterDigit = i > 0 && isAsciiDigit(text.charCodeAt(i - 1));
    const leadsDigit = !afterDigit && i + 1 < n && isAsciiDigit(text.charCodeAt(i + 1));
    const bareLead = leadsDigit && !(i > 0 && isAsciiLetter(text.charCodeAt(i - 1)));
    for (let j = 0; j < pages.length; j += 2) {
      const sign = pages[j + 1] as number;
      if (
        !(afterDigit && MONEY.has(sign)) &&
        !(leadsDigit && TRAILING.has(sign)) &&
        !(bareLead && sign === DEGREE)
      )
        m |= 1 << (pages[j] as number);
    }
    masks[k] = m;
    if (m !== 0) anyMask = true;
  }
  if (!anyMask) return [];
  // Those with a digit nearest on one side, past spaces and each other: one sweep each way
  // (DIGIT_BEFORE, DIGIT_AFTER). Backwards, the length of the run of digits the nearest character
  // opens (YEAR_AFTER: four).
  const near = new Uint8Array(count);
  for (const dir of [1, -1] as const) {
    let digit = false;
    let run = 0;
    let k = dir > 0 ? 0 : count - 1;
    for (let i = dir > 0 ? 0 : n - 1; i >= 0 && i < n; i += dir) {
      if (k >= 0 && k < count && at[k] === i) {
        const kk = k;
        k += dir;
        if (masks[kk] !== 0) {
          if (digit) near[kk] = (near[kk] as number) | (dir > 0 ? DIGIT_BEFORE : DIGIT_AFTER);
          if (digit && dir < 0 && run === 4) near[kk] = (near[kk] as number) | YEAR_AFTER;
          continue;
        }
      }
      const c = text.charCodeAt(i);
      if (c === 0x20) continue;
      digit = isAsciiDigit(c);
      run = digit && i + 1 < n && isAsciiDigit(text.charCodeAt(i + 1)) ? run + 1 : digit ? 1 : 0;
    }
  }
  // Less the pages that read one as a sign no number beside it writes so (besideNumber).
  const signs = new Int32Array(count);
  let anySign = false;
  let lettered: boolean | undefined;
  const hasLetter = (): boolean => {
    lettered ??= /[A-Za-z]/.test(text);
    return lettered;
  };
  for (let k = 0; k < count; k++) {
    const m0 = masks[k] as number;
    if (m0 === 0) continue;
    const flags = near[k] as number;
    const before = (flags & DIGIT_BEFORE) !== 0;
    const after = (flags & DIGIT_AFTER) !== 0;
    if (!before && !after) continue;
    const i = at[k] as number;
    let m = m0;
    const pages = table_.get(text.charCodeAt(i)) as number[];
    for (let j = 0; j < pages.length; j += 2) {
      const sign = pages[j + 1] as number;
      if (!besideNumber(text, i, sign, before, after, (flags & YEAR_AFTER) !== 0, hasLetter))
        m &= ~(1 << (pages[j] as number));
    }
    signs[k] = m;
    if (m !== 0) anySign = true;
  }
  if (!anySign) return [];
  // Whether the character at `i` is another CJK character (not a sign); `k` the index in `at` of
  // the first candidate at or after `i` (the loops below read ascending and keep it).
  const other = (i: number, k: number): boolean => {
    if (k < count && at[k] === i && signs[k] !== 0) return false;
    const c = text.charCodeAt(i);
    return cjkAt(c) || (c >= 0xd800 && c < 0xdc00);
  };
  // The text's other CJK characters, and the pages that read all its signs.
  let textClean = true;
  let textMask = -1;
  for (let i = 0, k = 0; i < n && textClean; i++) {
    while (k < count && (at[k] as number) < i) k++;
    textClean = !other(i, k);
  }
  for (let k = 0; k < count; k++) if (signs[k] !== 0) textMask &= signs[k] as number;
  const spans = applied();
  const whole = textClean && textMask !== 0 ? pageOf(textMask, spans, 0, n, 0) : -1;
  const out: LoneSign[] = [];
  // The segment last looked at, and its page (-1: none).
  let segTo = -1;
  let segPage = -1;
  let q = 0;
  for (let k0 = 0; k0 < count; k0++) {
    if (signs[k0] === 0) continue;
    const i = at[k0] as number;
    let page = whole;
    if (!(textClean && textMask !== 0)) {
      if (i >= segTo) {
        // Its segment (a line break ends one too): no other CJK character there, and a repair
        // applied there through a page that reads the segment's signs so.
        let from = i;
        while (from > 0 && !endsSegment(text.charCodeAt(from - 1))) from--;
        segTo = i + 1;
        while (segTo < n && !endsSegment(text.charCodeAt(segTo))) segTo++;
        let mask = -1;
        let clean = true;
        let k = firstAtOrAfter(at, from);
        for (let j = from; j < segTo && clean; j++) {
          while (k < count && (at[k] as number) < j) k++;
          clean = !other(j, k);
          if (k < count && at[k] === j && signs[k] !== 0) mask &= signs[k] as number;
        }
        // The applied spans are in order: those ending at or before this segment are behind.
        while (q < spans.length && (spans[q + 1] as number) <= from) q += 3;
        segPage = clean && mask !== 0 ? pageOf(mask, spans, from, segTo, q, -1) : -1;
      }
      page = segPage;
    }
    if (page < 0) continue;
    if (budget) {
      if (budget.left <= 0) {
        budget.short = true;
        break;
      }
      budget.left -= 2 * RUN_UNITS;
    }
    const pages = table_.get(text.charCodeAt(i)) as number[];
    let sign = 0;
    for (let j = 0; j < pages.length; j += 2) if (pages[j] === page) sign = pages[j + 1] as number;
    out.push({ at: i, sign: String.fromCharCode(sign), page });
  }
  return out;
}

/**
 * The page of `mask` to read [from, to) with: that of the first repair applied there through one
 * of its pages (the spans from `first` on, in order), else the first of them (`none`, -1, when a
 * repair is required).
 */
function pageOf(
  mask: number,
  applied: readonly number[],
  from: number,
  to: number,
  first: number,
  none = 31 - Math.clz32(mask & -mask),
): number {
  for (let s = first; s < applied.length && (applied[s] as number) < to; s += 3) {
    const p = applied[s + 2] as number;
    if ((applied[s + 1] as number) > from && p >= 0 && (mask >> p) & 1) return p;
  }
  return none;
}
