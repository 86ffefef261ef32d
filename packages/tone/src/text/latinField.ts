import {
  charInfo,
  isAsciiLetter,
  isLetterOf,
  KIND,
  kindOf,
  SCRIPT,
  scriptOf,
  unigramCost,
} from './charClass.js';
import { callBits, FAMILY, FIELD_MAX, type FieldSpan, mayStand } from './cjkField.js';
import type { PageEncoder } from './codePages.js';
import { windowCost } from './cost.js';
import { fill, masksFor } from './pageMasks.js';
import { toCps } from './runParts.js';
import { decodeChecked, utf8SequenceLength } from './utf8.js';

// A short Latin field (a name, a city, a street line, a product title) with one letter or sign
// broken through a double-byte page: UTF-8 writes each character of U+0080-U+07FF as two bytes,
// a lead C2-DF and a continuation 80-BF, which GBK, Big5, EUC-JP and EUC-KR read as one CJK
// character ("Ø", C3 98, is GBK's "脴"; "à", C3 A0, "脿") and Shift-JIS as two halfwidth
// katakana (C2-DF and A1-BF are JIS X 0201's single bytes: "ö", C3 B6, is "ﾃｶ"; "½" is "ﾂｽ").
// The field audit kept 42 such rows (T64g: "Aarhus 脴", "1 tr ﾃｶ.g.", "Ring size ﾂｽ", "Tﾅｷ
// Newydd"): one character between ASCII is two bytes of evidence, and the engine's reading of
// it gains at most 2 of the cost model, under `minGain` (3). Chinese and Japanese write a lone
// character among Latin words themselves ("5 枚", "iPhone毛bug", loneCjk.ts), so what that
// character is decides, and the national standards say it: a character in some standard's
// frequently used level (commonCjk.ts: GB 2312 level 1, JIS X 0208 level 1, Big5's frequent
// hanzi, KS X 1001's Hangul) costs nothing and is a field's own ("Tea 100 g 路 organic" stays:
// "路", C2 B7 through GBK, is GB 2312's first level, and "·" gains nothing); one that no standard
// holds so (a GBK addition, a second-level or absent hanzi) or a halfwidth katakana costs 1-2
// (charClass.ts), and two bytes that read as one letter or sign of a Latin text are then what
// the field holds. Which CJK characters a UTF-8 letter becomes through each page is iconv-lite's
// tables (latinField.test.ts counts them, and the price below); where a capital of Latin-1
// (C3 80-9F) becomes one of GBK's additions (trail bytes below A1, outside GB 2312), its small
// letters (C3 A1-BF) become GB 2312's first level: "Aarhus 脴" is read, "tr 枚.g." is not.
//
// So a field is read back when all of this holds:
// - it is short (FIELD_MAX UTF-16 units), one line, and holds at least two ASCII letters (a Latin
//   field: its words are written in ASCII but for the stretches below);
// - each stretch past ASCII that no applied repair wrote is CJK (Han, kana, Hangul, their
//   punctuation, half and full widths), and one double-byte page of the call writes it as bytes
//   that are valid UTF-8 (a lossless round trip) spelling Latin letters and signs only, one or
//   more (Azerbaijani "Şə" is GBK's "艦蓹"); every page of the call that reads the stretches so
//   reads them alike (two pages, two texts: left);
// - each stretch read holds rare characters worth FIELD_GAIN (a GBK addition, a second-level or
//   absent hanzi, a pair of halfwidth katakana): a common character is a field's own whatever the
//   pairs around it cost ("Ring时size": "时" is GBK's C2 B1, the UTF-8 of "ʱ", and stays);
// - every stretch that an applied repair wrote went through that page's family, and the engine
//   left no reading of its own in the field (repairText.ts asks: "iPhone十bug" is loneCjk.ts's);
// - the reading gains at least FIELD_GAIN of the cost model over the whole field (the engine's
//   own measure, one under its `minGain`: the field is the rest of the evidence), and no
//   stretch costs more read than as it came.
// Halfwidth katakana count only in a stretch glued to an ASCII letter ("Tﾅｷ Newydd", "ﾄｦal"):
// standing apart, a pair of them is a Japanese word as often as a broken letter ("Gift wrap ﾅｼ",
// "nashi", none, stays; the lead's review of T65d, session 46).
// SPELT (T66f): Japanese spelling says two more things the cost model does not, each worth 1 more
// of rare and of gain (the field still gains FIELD_GAIN, counting them). A small kana (halfwidth
// ｧ-ｯ) follows a kana: ゃ ゅ ょ write yōon after a kana ending in i, the small vowels and っ
// follow a kana too (sljfaq.org/afaq/youon.html, en.wikipedia.org/wiki/Yōon, read 2026-12-05);
// after a kanji or opening a stretch it is no word's, standing apart or not: "Gift card 50 竄ｬ"
// is "€" (E2 82 AC: Shift-JIS's second-level "竄", E2 82, and JIS X 0201's "ｬ", AC; 竄 is Big5's
// frequent hanzi, so the field cost 1). And JIS X 0201 has its own halfwidth punctuation (A1-A5:
// ｡ ｢ ｣ ､ ･, the Unicode mapping tables): a full-width sign of JIS X 0208's first row right after a
// halfwidth katakana, the two a stretch of their own glued to an ASCII letter after them, is "Á"
// (C3 81) with the next letter taken as the sign's second byte ("ﾃ」ila" is "Ávila": 81 76 is
// "」"; "Baile ﾃ》ha"). A halfwidth word before a full-width bracket is Japanese as legacy systems
// write it, and stays: "ﾃｽﾄ（test）" ("テスト", test) is no "ýāitest）".
// Greek, Cyrillic and the other alphabets a field is not written in are ownScriptRest's below.
// The price: a clean Latin field holding one rare CJK character (or two halfwidth katakana glued
// to a letter) that is the UTF-8 of a Latin letter or sign through a page, gaining 2 there
// ("Sizeﾅｼ" would be "Sizeż"). Of the characters each page makes of the 1,920 two-byte
// sequences C2-DF 80-BF, those read standing alone between two words ("Ring size 脴 ok"): GBK 69
// (its additions for Latin-1's capitals, for Latin Extended-A and pinyin's "ǎ ǐ ǒ ǔ ǖ"), Big5 7,
// EUC-KR 54 (cp949's additions), Shift-JIS none apart (its pairs glued to a letter only), EUC-JP none; no
// common character at all. No clean text of the corpora, the audits, ftfy's cases or the
// never-seen streams is one (latinField.test.ts, latinField.prop.test.ts).

/** What a field's reading must gain: what two rare bytes cost (cjkField.ts asks the same). */
export const FIELD_GAIN = 2;

const codeAt = String.prototype.charCodeAt;

/**
 * Whether `cp` (a reading's character past ASCII) is a Latin letter or a sign Latin text writes:
 * Latin-1's (U+00A1-U+00BF, × and ÷) and those of General Punctuation, Currency Symbols and
 * Letterlike Symbols (U+2010-U+214F: – ’ “ € ™ №), not another script's punctuation ("״", "،").
 */
function latinOrSign(cp: number): boolean {
  const info = charInfo(cp);
  const k = kindOf(info);
  // Not a modifier letter (U+02B0-U+02FF: "ʰ", "ˢ"), which writes no word of a field.
  if (isLetterOf(info, SCRIPT.latin)) return cp < 0x2b0 || cp > 0x2ff;
  if (k === KIND.letter) return false;
  if (k !== KIND.punct && k !== KIND.symbol) return false;
  return (cp >= 0xa1 && cp <= 0xbf) || cp === 0xd7 || cp === 0xf7 || (cp >= 0x2010 && cp < 0x2150);
}

/**
 * What page `e` makes of text[start, end): the UTF-8 its bytes are when they are valid UTF-8 of
 * Latin letters and signs (and ASCII), at least one past ASCII; else undefined.
 */
export function readLatin(
  text: string,
  start: number,
  end: number,
  e: PageEncoder,
): string | undefined {
  const bytes: number[] = [];
  for (let i = start; i < end; i++) {
    const b = e.encode(codeAt.call(text, i));
    if (b === undefined) return undefined;
    for (const x of b) bytes.push(x);
  }
  let past = false;
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i, bytes.length);
    if (length < 2 || length > 3) return undefined; // astral and CESU-8 pairs: no Latin letter
    past = true;
    i += length;
  }
  if (!past) return undefined;
  const out = decodeChecked(bytes, 0, bytes.length);
  for (let i = 0; i < out.length; i++) {
    const cp = codeAt.call(out, i);
    if (cp >= 0x80 && !latinOrSign(cp)) return undefined;
  }
  return out;
}

/**
 * The stretches of a short Latin field to read back through one double-byte page (this file's
 * header), with the index in `encoders` of that page; empty when the field is not one or the
 * evidence does not hold.
 *
 * @param text - A pass's output (repairs applied).
 * @param encoders - The call's pages.
 * @param applied - Gives the spans [start, end) of `text` that applied repairs wrote, in order, and
 *   each one's page (an index in `encoders`, or -1), three numbers a span (asked only for a field).
 * @returns The stretches to read back, in order; empty when there is none.
 * @example
 * latinField('Aarhus 脴', encoders); // [{ at: 7, end: 8, after: 'Ø', page: 4 }] (GBK)
 * latinField('Tea 100 g 路 organic', encoders); // [] ("路" is GB 2312's first level: no gain)
 * @since 0.1.0
 */
export function latinField(
  text: string,
  encoders: readonly PageEncoder[],
  applied: () => readonly number[] = () => [],
): FieldSpan[] {
  const n = text.length;
  if (n > FIELD_MAX) return [];
  // The stretches past ASCII (UTF-16 offsets), each with 1 when all its characters are CJK.
  const stretches: number[] = [];
  let letters = 0;
  let alpha = false; // a character of the alphabets ownScriptRest follows (their blocks)
  let anyCjk = 0; // 1 when some stretch is CJK all
  for (let i = 0; i < n; ) {
    const c = codeAt.call(text, i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x7f) return [];
      if (isAsciiLetter(c)) letters++;
      i++;
      continue;
    }
    let j = i;
    let cjk = 1;
    for (; j < n && codeAt.call(text, j) >= 0x80; j++) {
      const d = codeAt.call(text, j);
      // The BMP only: a code point is a UTF-16 unit (the costs below index both alike).
      if (d >= 0xd800 && d < 0xe000) return [];
      if (!mayStand(d)) cjk = 0;
      else continue;
      if (d >= ALPHA_FROM && d < ALPHA_TO) alpha = true;
    }
    stretches.push(i, j, cjk);
    anyCjk |= cjk;
    i = j;
  }
  if (stretches.length === 0) return [];
  // With no Latin field, only the rest of a field the engine read in part (ownScriptRest) is
  // asked, and only of one holding a character of its alphabets' blocks, a CJK stretch and an
  // applied repair: most short messages list no repair and fill no page mask.
  if (letters < 2 && (!alpha || anyCjk === 0)) return [];
  let spans = letters < 2 ? applied() : undefined;
  if (spans?.length === 0) return [];
  // Some page of the call must write a CJK stretch's first character as a UTF-8 lead byte and a
  // continuation byte, or as a lead byte alone (a halfwidth katakana): the page masks say it in a
  // look-up a character (pageMasks.ts), before a page is asked about the characters.
  const bits = encoders.length > 31 ? 0 : callBits(encoders);
  if (bits === 0) return [];
  const m = masksFor(encoders);
  let some = false;
  for (let s = 0; s < stretches.length && !some; s += 3) {
    if (stretches[s + 2] === 0) continue;
    const c = codeAt.call(text, stretches[s] as number);
    if (m.cont[c] === 0) fill(m, c);
    some = (((m.self[c] as number) | (m.open[c] as number)) & bits) !== 0;
  }
  if (!some) return [];
  // The stretches applied repairs wrote (covered), and those to read (CJK all).
  spans ??= applied();
  // No Latin field: the rest of one the engine read in part as another script (ownScriptRest).
  if (letters < 2) return ownScriptRest(text, encoders, spans, stretches);
  const found = latinStretches(text, encoders, spans, stretches, bits);
  return found.length > 0 || !alpha ? found : ownScriptRest(text, encoders, spans, stretches);
}

/**
 * The Latin reading of a field's CJK stretches that no applied repair wrote (the header's rules
 * past the scan and the page masks), each with its page; empty when the evidence does not hold.
 *
 * @param text - The field.
 * @param encoders - The call's pages.
 * @param spans - The applied repairs' spans, three numbers a span (start, end, page index or -1).
 * @param stretches - The stretches past ASCII, three numbers a stretch (start, end, 1 when CJK).
 * @param bits - The call's double-byte pages of FAMILY, a bit each by index (callBits).
 */
function latinStretches(
  text: string,
  encoders: readonly PageEncoder[],
  spans: readonly number[],
  stretches: readonly number[],
  bits: number,
): FieldSpan[] {
  const n = text.length;
  const m = masksFor(encoders);
  const covered = (at: number, end: number): number => {
    for (let q = 0; q < spans.length; q += 3)
      if ((spans[q] as number) <= at && (spans[q + 1] as number) >= end) return q;
    return -1;
  };
  const toRead: number[] = [];
  let extra = 0; // what the spelling rules add to the cost model's measure
  for (let s = 0; s < stretches.length; s += 3) {
    const at = stretches[s] as number;
    const end = stretches[s + 1] as number;
    if (covered(at, end) >= 0) continue;
    if (stretches[s + 2] === 0) return [];
    // Its rare characters (no standard's frequent level, a halfwidth katakana) worth FIELD_GAIN:
    // a common character is a field's own, whatever the pairs around it cost ("Ring时size").
    // A halfwidth katakana counts only in a stretch glued to an ASCII letter ("Tﾅｷ Newydd",
    // "ﾄｦal"): standing apart, a pair of them is a Japanese word as often as a broken letter
    // ("ﾅｼ", none, on an order form whose legacy system writes halfwidth kana, was read "ż").
    const glued =
      (at > 0 && isAsciiLetter(codeAt.call(text, at - 1))) ||
      (end < n && isAsciiLetter(codeAt.call(text, end)));
    let rare = 0;
    for (let i = at; i < end; i++) {
      const d = codeAt.call(text, i);
      const before = i > at ? codeAt.call(text, i - 1) : 0;
      // What Japanese spelling says and the cost model does not (SPELT): a small kana that follows
      // no kana ("竄ｬ", E2 82 AC: "€"), glued or not, or a stretch of one halfwidth katakana and
      // a full-width sign glued to an ASCII letter after it ("ﾃ」ila": "Á" and "v" as C3 81 76).
      const spelt =
        (d >= 0xff67 && d <= 0xff6f && !isKana(before)) ||
        (i === at + 1 &&
          end === at + 2 &&
          end < n &&
          isAsciiLetter(codeAt.call(text, end)) &&
          isWideSign(d) &&
          before >= 0xff61 &&
          before <= 0xff9f);
      if (!glued && !spelt && d >= 0xff61 && d <= 0xff9f) continue;
      rare += unigramCost(charInfo(d));
      if (spelt) {
        rare++;
        extra++;
      }
    }
    if (rare < FIELD_GAIN) return [];
    toRead.push(at, end);
  }
  if (toRead.length === 0) return [];
  // Only the pages whose masks let every stretch to read open a UTF-8 sequence are asked (no other
  // can read it): a page asked about a character builds its codec, tens of milliseconds in a
  // process that never needed that page (loneSign.ts). Text 11 calls this 2,209 times, 1 field
  // passes the masks above and none gets here.
  let pages = bits;
  for (let s = 0; s < toRead.length && pages !== 0; s += 2) {
    const c = codeAt.call(text, toRead[s] as number);
    if (m.cont[c] === 0) fill(m, c);
    pages &= (m.self[c] as number) | (m.open[c] as number);
  }
  // The pages that read every stretch, alike.
  let best = -1;
  let reading: string[] | undefined;
  for (let e = 0; e < encoders.length && e < 31; e++) {
    if ((pages & (1 << e)) === 0) continue;
    const enc = encoders[e] as PageEncoder;
    const out: string[] = [];
    for (let s = 0; s < toRead.length; s += 2) {
      const r = readLatin(text, toRead[s] as number, toRead[s + 1] as number, enc);
      if (r === undefined) break;
      out.push(r);
    }
    if (out.length * 2 !== toRead.length) continue;
    if (reading === undefined) {
      best = e;
      reading = out;
    } else if (out.some((r, k) => r !== reading?.[k])) return []; // two pages, two texts
  }
  if (reading === undefined) return [];
  // Every applied repair of the field through the page's family.
  const family = FAMILY[(encoders[best] as PageEncoder).page];
  for (let q = 0; q < spans.length; q += 3) {
    const p = spans[q + 2] as number;
    if (p < 0 || FAMILY[(encoders[p] as PageEncoder).page] !== family) return [];
  }
  // The gain over the whole field, and no stretch costing more read.
  const gain = gainOf(text, toRead, reading);
  if (gain === undefined || gain + extra < FIELD_GAIN) return [];
  const found: FieldSpan[] = [];
  for (let s = 0; s < toRead.length; s += 2)
    found.push({
      at: toRead[s] as number,
      end: toRead[s + 1] as number,
      after: reading[s / 2] as string,
      page: best,
    });
  return found;
}

/**
 * What reading `reading[k]` in place of each stretch toRead[2k, 2k+1) of `text` gains over the
 * whole field in the cost model, or undefined when some stretch costs more read than as it came.
 */
export function gainOf(
  text: string,
  toRead: readonly number[],
  reading: readonly string[],
): number | undefined {
  const before = toCps(text);
  let after = '';
  let last = 0;
  for (let s = 0; s < toRead.length; s += 2) {
    after += text.slice(last, toRead[s] as number) + (reading[s / 2] as string);
    last = toRead[s + 1] as number;
  }
  after += text.slice(last);
  const read = toCps(after);
  let shift = 0;
  for (let s = 0; s < toRead.length; s += 2) {
    const at = toRead[s] as number;
    const end = toRead[s + 1] as number;
    const r = reading[s / 2] as string;
    // Code point offsets equal UTF-16 ones here: CJK stretches and their readings are the BMP.
    if (windowCost(before, at, end) < windowCost(read, at + shift, at + shift + r.length))
      return undefined;
    shift += r.length - (end - at);
  }
  return windowCost(before, 0, before.length) - windowCost(read, 0, read.length);
}

/** Whether `cp` is a kana (hiragana, katakana, their marks, halfwidth katakana). */
const isKana = (cp: number): boolean =>
  (cp >= 0x3041 && cp <= 0x30ff) ||
  (cp >= 0x31f0 && cp <= 0x31ff) ||
  (cp >= 0xff66 && cp <= 0xff9f);

/**
 * Whether `cp` is a full-width sign of JIS X 0208's first row: CJK Symbols and Punctuation and
 * the full-width forms of ASCII (U+3000-U+303F, U+FF01-U+FF60).
 */
const isWideSign = (cp: number): boolean =>
  (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff60);

/** Scripts whose letters a field's rest may be read as (ownScriptRest), as bits. */
const REST_SCRIPTS =
  (1 << SCRIPT.greek) |
  (1 << SCRIPT.cyrillic) |
  (1 << SCRIPT.armenian) |
  (1 << SCRIPT.hebrew) |
  (1 << SCRIPT.arabic) |
  (1 << SCRIPT.georgian);

/**
 * The blocks whose letters ownScriptRest follows, Greek to Georgian (U+0370-U+10FF): a field with
 * none (most) is asked nothing of it, and its applied repairs are not even listed.
 */
const ALPHA_FROM = 0x370;
const ALPHA_TO = 0x1100;

/**
 * The script of REST_SCRIPTS that all letters of text[start, end) are (each in ALPHA_FROM-ALPHA_TO),
 * 0 when none or two.
 */
function letterScript(text: string, start: number, end: number): number {
  let script = 0;
  // A span past the text's end (none a pass makes) reads up to it.
  for (let i = start; i < end && i < text.length; i++) {
    const cp = codeAt.call(text, i);
    const info = charInfo(cp);
    if (kindOf(info) !== KIND.letter) continue;
    const s = scriptOf(info);
    if (cp < ALPHA_FROM || cp >= ALPHA_TO) return 0;
    if (((1 << s) & REST_SCRIPTS) === 0 || (script !== 0 && s !== script)) return 0;
    script = s;
  }
  return script;
}

/**
 * What page `e` makes of text[start, end): the UTF-8 its bytes are when they are valid UTF-8 of
 * two or three bytes a character, each a letter of `script` (ASCII besides); else undefined.
 */
function readScript(
  text: string,
  start: number,
  end: number,
  e: PageEncoder,
  script: number,
): string | undefined {
  const bytes: number[] = [];
  for (let i = start; i < end; i++) {
    const b = e.encode(codeAt.call(text, i));
    if (b === undefined) return undefined;
    for (const x of b) bytes.push(x);
  }
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i, bytes.length);
    if (length < 2 || length > 3) return undefined;
    i += length;
  }
  const out = decodeChecked(bytes, 0, bytes.length);
  let past = false;
  for (let i = 0; i < out.length; i++) {
    const cp = codeAt.call(out, i);
    if (cp < 0x80) continue;
    const info = charInfo(cp);
    if (!isLetterOf(info, script)) return undefined;
    past = true;
  }
  return past ? out : undefined;
}

/**
 * The rest of a short field the engine read in part: "桅苇蟿伪 400 纬蟻." through GBK is read
 * "Φέτα 400 纬蟻." ("纬" is GB 2312's first level, "蟻" Big5's frequent hanzi: the second word
 * gains nothing), and "纬蟻" through the same page is "γρ", Greek as the repair's letters. When
 * every repair applied in the field went through one double-byte page and wrote letters of one
 * script that is neither Latin nor CJK (Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian), each
 * CJK stretch no repair wrote is read through that page when its bytes are valid UTF-8 of letters
 * of that script and nothing past ASCII else, and no stretch costs more read. The evidence is the
 * engine's repair (it gained at least `minGain`) and a second stretch whose every byte pair or
 * triple is that script's UTF-8 through that very page: clean Chinese beside a repaired word would
 * have to be written all in the few rows a script's letters take (Greek's CE-CF of GBK). Latin is
 * not followed so: GB 2312's first level holds most of Latin-1's small letters ("枚" is "ö"), and a
 * Latin field's rare characters are the header's question.
 *
 * @param text - The field.
 * @param encoders - The call's pages.
 * @param spans - The applied repairs' spans, three numbers a span (start, end, page index or -1).
 * @param stretches - The stretches past ASCII, three numbers a stretch (start, end, 1 when CJK).
 * @returns The stretches to read back, in order; empty when there is none.
 */
function ownScriptRest(
  text: string,
  encoders: readonly PageEncoder[],
  spans: readonly number[],
  stretches: readonly number[],
): FieldSpan[] {
  if (spans.length === 0) return [];
  const page = spans[2] as number;
  if (page < 0 || page >= 31) return [];
  const enc = encoders[page] as PageEncoder;
  if (!enc.doubleByte || FAMILY[enc.page] === undefined) return [];
  let script = 0;
  for (let q = 0; q < spans.length; q += 3) {
    if (spans[q + 2] !== page) return [];
    const s = letterScript(text, spans[q] as number, spans[q + 1] as number);
    if (s === 0 || (script !== 0 && s !== script)) return [];
    script = s;
  }
  const toRead: number[] = [];
  const reading: string[] = [];
  for (let s = 0; s < stretches.length; s += 3) {
    const at = stretches[s] as number;
    const end = stretches[s + 1] as number;
    let covered = false;
    for (let q = 0; q < spans.length && !covered; q += 3)
      covered = (spans[q] as number) <= at && (spans[q + 1] as number) >= end;
    if (covered) continue;
    if (stretches[s + 2] === 0) return [];
    const r = readScript(text, at, end, enc, script);
    if (r === undefined) return [];
    toRead.push(at, end);
    reading.push(r);
  }
  if (toRead.length === 0 || gainOf(text, toRead, reading) === undefined) return [];
  return reading.map((after, k) => ({
    at: toRead[2 * k] as number,
    end: toRead[2 * k + 1] as number,
    after,
    page,
  }));
}
