import { charInfo, SCRIPT, scriptOf, unigramCost } from './charClass.js';
import { standardFit } from './cjkStandards.js';
import type { PageEncoder } from './codePages.js';
import { fill, masksFor } from './pageMasks.js';
import { decodeChecked, utf8SequenceLength } from './utf8.js';

// A short field of CJK text (a name, a city, a product title of a few words) mis-decoded through
// another CJK page: "東京" through GBK is "鏉变含", "北京" through Shift-JIS "蛹嶺ｺｬ", "上海"
// through EUC-KR "訝딀돈", "제주" through GBK "鞝滌＜". Each reading gains 2 of the cost model (one
// rare character, or two halfwidth kana, for common ones), under `minGain` (3), and a field has no
// sentence around it to vouch for it: the field audit kept 29 such rows (T61f). A message's worth
// of such text gains enough; two characters do not. The field itself is the evidence, so a field
// is read back when all of this holds:
// - it is short (FIELD_MAX UTF-16 units) and one line, and all it holds past ASCII is Han, kana,
//   Hangul, their punctuation and halfwidth and fullwidth forms;
// - each stretch of it past ASCII that holds a character the cost model does not count as common
//   CJK (a rare Han, a halfwidth kana, a Hangul syllable outside KS X 1001) is written by one
//   double-byte page of the call as bytes that are whole UTF-8 sequences of three bytes (a lossless
//   round trip: the page encodes each character, the bytes decode strictly), and those decode to
//   common CJK characters only (letter fit), of one writing system (Hangul or Han with kana, not
//   both: script consistency);
// - the rare characters the field loses cost at least 2 (what the engine's reading gains), or 1
//   where the engine applied a repair in the field through the page's family;
// - every other stretch is common CJK written by a repair applied through that page's family (the
//   engine read "魑ｳ譴ｨ驟･" as "鳳梨酥" and left "12蜈･": "入" follows), and every applied repair
//   of the field went through that family;
// - every page of the call that reads the field so reads it alike (GBK and GB18030 do; GBK and
//   Big5 giving two texts leave it).
// A field the cost model sees nothing wrong in may still be one no national standard writes
// (T64g): "臺中" through GBK is "鑷轰腑", common characters all, but "鑷" is a traditional form GB
// 2312 lacks and "轰" a simplified one only GB 2312 has; "陳美玲" through Shift-JIS is "髯ｳ鄒守軸",
// two second-level kanji about a halfwidth kana. So a field with no repair applied in it is read
// whole, each stretch through one page as above, when its reading costs at least STANDARD_GAIN
// less than it in the standard that writes each best (cjkStandards.ts: 0 a frequent character,
// 1 a less frequent one, 2 one the standard lacks), and either no standard writes the field whole
// or the cost model charges a character of it: a Chinese name of two second-level hanzi is one
// standard's text ("蟒晁涛" through Shift-JIS is "廝蓓": 1 in 1.2 million random clean fields).
// Clean text is safe by construction where it counts: a field of common CJK costs nothing, so it
// loses nothing and is never read; a clean field with a rare character is read only when its bytes
// through a page are whole three-byte UTF-8 sequences of common CJK, which a page's byte layout
// makes rare (the first byte must be a lead byte E0-EF of that page, its rarer characters; then
// the pattern repeats exactly). cjkField.prop.test.ts holds a brute-force reading to it, and
// generated clean fields of common characters, with and without rare ones, to none being read
// where no page breaks them.

/**
 * What a field's reading must save in the standard that writes it best (cjkStandards.ts) when no
 * rare character vouches for it: 2, what the cost model asks of rare characters (one standard's
 * hanja or second-level kanji is 1: a clean Korean or Japanese name may hold one).
 */
export const STANDARD_GAIN = 2;

/** The longest field read (UTF-16 units): names, cities, street lines, short titles. */
export const FIELD_MAX = 40;

/**
 * Pages that write the same bytes for the characters of a field alike (a repair of one vouches for
 * the other); latinField.ts reads its families too.
 */
export const FAMILY: Readonly<Record<string, number>> = {
  gbk: 1,
  gb18030: 1,
  shift_jis: 2,
  cp932: 2,
  'euc-jp': 3,
  big5: 4,
  cp950: 4,
  'euc-kr': 5,
};

// Each call's bits, by its array of encoders.
const CALL_BITS = new WeakMap<readonly PageEncoder[], number>();
/**
 * The call's double-byte pages of FAMILY, a bit each by index (pageMasks.ts: at most 31 pages);
 * latinField.ts asks it too.
 */
export function callBits(encoders: readonly PageEncoder[]): number {
  let bits = CALL_BITS.get(encoders);
  if (bits === undefined) {
    bits = 0;
    for (let e = 0; e < encoders.length && e < 31; e++) {
      const enc = encoders[e] as PageEncoder;
      if (enc.doubleByte && FAMILY[enc.page] !== undefined) bits |= 1 << e;
    }
    CALL_BITS.set(encoders, bits);
  }
  return bits;
}

// String.prototype.charCodeAt, called on each string (runParts.ts toCps): a field comes in every
// V8 representation (a message as received, a pass's output built by concatenation), and
// `text.charCodeAt` in the scans was a megamorphic load.
const codeAt = String.prototype.charCodeAt;

const HANGUL = 1;
const HAN_KANA = 2;

/** The writing system of common CJK `cp` (HANGUL, HAN_KANA), or 0 when it is not one. */
function commonKind(cp: number): number {
  const info = charInfo(cp);
  if (unigramCost(info) !== 0) return 0;
  const s = scriptOf(info);
  return s === SCRIPT.hangul ? HANGUL : s === SCRIPT.han || s === SCRIPT.kana ? HAN_KANA : 0;
}

/**
 * Whether `cp` may stand in a CJK field past ASCII: CJK, its punctuation, half and full widths
 * (latinField.ts asks it of a Latin field's broken stretches too).
 */
export const mayStand = (cp: number): boolean =>
  (cp >= 0x1100 && cp < 0x1200) ||
  (cp >= 0x3000 && cp < 0xa000) ||
  (cp >= 0xac00 && cp < 0xd7b0) ||
  (cp >= 0xf900 && cp < 0xfb00) ||
  (cp >= 0xff00 && cp < 0xffa0);

/**
 * What page `e` makes of the stretch text[start, end): the text its bytes are as UTF-8 when they
 * are whole three-byte sequences of common CJK of one writing system, else undefined.
 */
function readThrough(text: string, start: number, end: number, e: PageEncoder): string | undefined {
  // Most stretches fail at their first byte (no lead byte E0-EF), asked before anything is made.
  const first = e.encode(codeAt.call(text, start));
  if (first === undefined || (first[0] as number) < 0xe0 || (first[0] as number) > 0xef)
    return undefined;
  const bytes: number[] = [];
  let kinds = 0;
  let read = 0; // bytes checked: whole sequences of common CJK
  for (let i = start; i < end; i++) {
    const b = e.encode(codeAt.call(text, i));
    if (b === undefined) return undefined;
    for (const x of b) bytes.push(x);
    for (; bytes.length - read >= 3; read += 3) {
      if (utf8SequenceLength(bytes, read, read + 3) !== 3) return undefined;
      const k = commonKind(
        (((bytes[read] as number) & 0x0f) << 12) |
          (((bytes[read + 1] as number) & 0x3f) << 6) |
          ((bytes[read + 2] as number) & 0x3f),
      );
      if (k === 0) return undefined;
      kinds |= k;
    }
    if (read < bytes.length && ((bytes[read] as number) < 0xe0 || (bytes[read] as number) > 0xef))
      return undefined;
  }
  if (read !== bytes.length || kinds === (HANGUL | HAN_KANA)) return undefined;
  return decodeChecked(bytes, 0, bytes.length);
}

/** A stretch of the field to read back: its UTF-16 span, its reading and its page. */
export type FieldSpan = {
  readonly at: number;
  readonly end: number;
  readonly after: string;
  readonly page: number;
};

/**
 * The stretches of a short CJK field to read back through one double-byte page (this file's
 * header), with the index in `encoders` of that page; empty when the field is not one or the
 * evidence does not hold.
 *
 * @param text - A pass's output (repairs applied).
 * @param encoders - The call's pages.
 * @param applied - Gives the spans [start, end) of `text` that applied repairs wrote, in order, and
 *   each one's page (an index in `encoders`, or -1), three numbers a span (asked only for a field).
 * @returns The stretches to read back, in order; empty when there is none.
 * @example
 * cjkField('鏉变含', encoders); // [{ at: 0, end: 3, after: '東京', page: 4 }] (GBK)
 * cjkField('东京', encoders); // [] (clean: common characters lose nothing)
 * @since 0.1.0
 */
export function cjkField(
  text: string,
  encoders: readonly PageEncoder[],
  applied: () => readonly number[] = () => [],
): FieldSpan[] {
  const n = text.length;
  if (n > FIELD_MAX) return [];
  // The stretches past ASCII (UTF-16 offsets; a field of the BMP only).
  const stretches: number[] = [];
  for (let i = 0; i < n; ) {
    const c = codeAt.call(text, i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x7f) return [];
      i++;
      continue;
    }
    let j = i;
    for (; j < n && codeAt.call(text, j) >= 0x80; j++)
      if (!mayStand(codeAt.call(text, j))) return [];
    stretches.push(i, j, 0);
    i = j;
  }
  if (stretches.length === 0) return [];
  // Some page of the call must write some stretch as a lead byte and a continuation byte, then
  // characters each opening with a continuation byte or such a pair: the page masks (pageMasks.ts,
  // filled for every character by the scan every text passes, cleanScan.ts) say it in a look-up a
  // character, and most fields fail here, before a page or the cost model is asked about their
  // characters (a character the engine never read costs a classification, a page it lacks a look
  // through iconv-lite: asked first, they cost the stream of text 11 1.2-3% more instructions).
  const bits = encoders.length > 31 ? 0 : callBits(encoders);
  if (bits === 0) return [];
  const m = masksFor(encoders);
  let some = false;
  for (let s = 0; s < stretches.length && !some; s += 3) {
    const end = stretches[s + 1] as number;
    let at = stretches[s] as number;
    let c = codeAt.call(text, at);
    if (m.cont[c] === 0) fill(m, c);
    let pages = (m.self[c] as number) & bits;
    while (pages !== 0 && ++at < end) {
      c = codeAt.call(text, at);
      if (m.cont[c] === 0) fill(m, c);
      pages &= (m.self[c] as number) | (m.cont[c] as number);
    }
    some = pages !== 0;
  }
  if (!some) return [];
  // Each stretch gets 1 where it holds a character the cost model charges (a rare one); `cost`:
  // what the rare ones cost.
  let cost = 0;
  for (let s = 0; s < stretches.length; s += 3)
    for (let i = stretches[s] as number; i < (stretches[s + 1] as number); i++) {
      const k =
        unigramCost(charInfo(codeAt.call(text, i))) +
        (loneHalfwidth(text, i, stretches[s] as number, stretches[s + 1] as number) ? 1 : 0);
      if (k > 0) {
        stretches[s + 2] = 1;
        cost += k;
      }
    }
  const found = cost >= 1 ? byRareStretches(text, encoders, applied, stretches, cost) : undefined;
  return found ?? byStandard(text, encoders, applied, stretches, cost);
}

/**
 * Whether text[i] is one halfwidth katakana between two full-width Han or kana characters of its
 * stretch [from, to): Japanese writes halfwidth katakana as whole words (legacy systems' forms:
 * "ﾃｽﾄ"), never one inside full-width kanji, and a page's reading makes one there ("林志玲"
 * through Shift-JIS is "譫怜ｿ礼軸": "ｿ" is the BF of "志", E5 BF 97). Worth 1 more (T69e): the
 * field cost 1, and JIS X 0208 writes it whole at 1, under both gains asked (2).
 */
function loneHalfwidth(text: string, i: number, from: number, to: number): boolean {
  const c = codeAt.call(text, i);
  if (c < 0xff66 || c > 0xff9d || c === 0xff70 || i === from || i + 1 >= to) return false;
  return fullWidthHanKana(codeAt.call(text, i - 1)) && fullWidthHanKana(codeAt.call(text, i + 1));
}

/** Han (the unified block and its extension A, compatibility ideographs) or full-width kana. */
const fullWidthHanKana = (c: number): boolean =>
  (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00);

/**
 * The pages of FAMILY in `encoders` that read each stretch marked 1 in `stretches` (start, end,
 * mark: three numbers a stretch), and what the first of them makes of each ('' for an unmarked
 * one): undefined when none reads them all or two read them as two texts.
 */
function readStretches(
  text: string,
  encoders: readonly PageEncoder[],
  stretches: readonly number[],
): { best: number; reading: string[] } | undefined {
  let best = -1;
  let reading: string[] | undefined;
  for (let e = 0; e < encoders.length; e++) {
    const enc = encoders[e] as PageEncoder;
    if (!enc.doubleByte || FAMILY[enc.page] === undefined) continue;
    const out: string[] = [];
    for (let s = 0; s < stretches.length; s += 3) {
      const r =
        stretches[s + 2] === 0
          ? ''
          : readThrough(text, stretches[s] as number, stretches[s + 1] as number, enc);
      if (r === undefined) break;
      out.push(r);
    }
    if (out.length * 3 !== stretches.length) continue;
    if (reading === undefined) {
      best = e;
      reading = out;
    } else if (out.some((r, k) => r !== reading?.[k])) return undefined; // two pages, two texts
  }
  return reading === undefined ? undefined : { best, reading };
}

/**
 * The field read by its rare characters (this file's header): each stretch holding one read
 * through one page, the rest written by repairs applied through its family; undefined when the
 * evidence does not hold.
 */
function byRareStretches(
  text: string,
  encoders: readonly PageEncoder[],
  applied: () => readonly number[],
  stretches: number[],
  cost: number,
): FieldSpan[] | undefined {
  const read = readStretches(text, encoders, stretches);
  if (read === undefined) return undefined;
  const { best, reading } = read;
  // The common stretches: each written by a repair applied through the page's family, and every
  // applied repair of the field through it.
  const family = FAMILY[(encoders[best] as PageEncoder).page];
  const spans = applied();
  for (let s = 0; s < spans.length; s += 3) {
    const p = spans[s + 2] as number;
    if (p < 0 || FAMILY[(encoders[p] as PageEncoder).page] !== family) return undefined;
  }
  // Rare characters worth 2, or 1 beside a repair the engine applied through the family.
  if (cost < (spans.length > 0 ? 1 : 2)) return undefined;
  const found: FieldSpan[] = [];
  for (let s = 0; s < stretches.length; s += 3) {
    const at = stretches[s] as number;
    const end = stretches[s + 1] as number;
    if (stretches[s + 2] === 1) {
      found.push({ at, end, after: reading[s / 3] as string, page: best });
      continue;
    }
    let covered = false;
    for (let q = 0; q < spans.length && !covered; q += 3)
      covered = (spans[q] as number) <= at && (spans[q + 1] as number) >= end;
    if (!covered) return undefined;
  }
  return found;
}

/**
 * The field read whole by the standard that writes it (cjkStandards.ts): with no repair applied
 * in it, every stretch read through one page, the reading costing at least STANDARD_GAIN less in
 * the national standard that suits it best than the field does in the one that suits it best
 * ("鑷轰腑", 2 in every standard, is "臺中", 0 in Big5), the field no standard's whole or `cost` (what
 * the cost model charges its characters) at least 1; empty otherwise.
 */
function byStandard(
  text: string,
  encoders: readonly PageEncoder[],
  applied: () => readonly number[],
  stretches: number[],
  cost: number,
): FieldSpan[] {
  for (let s = 0; s < stretches.length; s += 3) stretches[s + 2] = 1;
  const read = readStretches(text, encoders, stretches);
  if (read === undefined || applied().length > 0) return [];
  let field = '';
  for (let s = 0; s < stretches.length; s += 3)
    field += text.slice(stretches[s] as number, stretches[s + 1] as number);
  // One standard's text with no character the cost model charges is a field's own, whatever its
  // levels ("蟒晁涛", two of GB 2312's second level: a random clean field read through Shift-JIS).
  const fit = standardFit(field);
  if (fit.whole && cost < 1) return [];
  if (fit.cost - standardFit(read.reading.join('')).cost < STANDARD_GAIN) return [];
  const found: FieldSpan[] = [];
  for (let s = 0; s < stretches.length; s += 3)
    found.push({
      at: stretches[s] as number,
      end: stretches[s + 1] as number,
      after: read.reading[s / 3] as string,
      page: read.best,
    });
  return found;
}
