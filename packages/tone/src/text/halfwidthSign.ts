import { isAsciiDigit, isAsciiLetter } from './charClass.js';
import type { PageEncoder } from './codePages.js';

// A Latin-1 sign's UTF-8 (C2 A1-BF) read through Shift-JIS or cp932 is two halfwidth katakana,
// one a byte (JIS X 0201: C2 is "ﾂ", B1 "ｱ"): "Cable 2 m ± 5 %" comes as "Cable 2 m ﾂｱ 5 %".
// loneSign.ts reads the signs other double-byte pages make one CJK character of; a halfwidth pair
// is two, and latinField.ts reads one only glued to an ASCII letter ("Tﾅｷ Newydd"): standing
// apart, a pair of halfwidth katakana is a Japanese word as often as a broken letter ("Gift wrap
// ﾅｼ", nashi, the lead's review of T65d). Beside a number it is not: Japanese writes no word of
// "ﾂ" and one kana after it beside digits with no other kana in its text. So a pair is read as a
// sign when all of this holds:
// - it is two halfwidth katakana, "ﾂ" and one of ｡-ｿ (A1-BF), its neighbours ASCII or the text's
//   ends and neither an ASCII letter;
// - a Shift-JIS page of the call writes it C2 A1-BF, the UTF-8 of a sign of numbers and units
//   read as loneSign.ts reads them: "±" with a digit nearest on either side (past spaces); "°",
//   "²", "³", "½", "¼", "¾" with a digit nearest before it (they follow their number: "21 °",
//   "2 ½"); "£", "¥", "¢" with a digit nearest after it, not glued after a digit ("£ 12");
// - the text holds no other character past U+1100 (no CJK, kana or Hangul: a Japanese text
//   writes halfwidth kana among its own).
// The price: a text whose only Japanese is "ﾂ" and a kana beside a number ("2 ﾂｱ", no word) is
// read as a sign. No clean text of the corpora, the audits or ftfy's cases is one
// (halfwidthSign.test.ts, halfwidthSign.prop.test.ts).

/** A halfwidth pair read as a sign: its UTF-16 span, the sign and the page's index. */
export type HalfwidthSign = {
  readonly at: number;
  readonly end: number;
  readonly sign: string;
  readonly page: number;
};

const codeAt = String.prototype.charCodeAt;

/** "ﾂ", JIS X 0201's C2, and the halfwidth katakana of A1-BF ("｡" to "ｿ"). */
const TSU = 0xff82;
const TRAIL_FROM = 0xff61;
const TRAIL_TO = 0xff7f;

/** Signs that follow their number, that precede it, and "±" (either). */
const AFTER_NUMBER = new Set(Array.from('°²³½¼¾', (c) => c.charCodeAt(0)));
const BEFORE_NUMBER = new Set(Array.from('£¥¢', (c) => c.charCodeAt(0)));
const PLUS_MINUS = 0xb1;

/** Whether the nearest character from `i` stepping by `dir`, past spaces, is a digit. */
function digitNear(text: string, i: number, dir: 1 | -1): boolean {
  let k = i;
  while (k >= 0 && k < text.length && codeAt.call(text, k) === 0x20) k += dir;
  return k >= 0 && k < text.length && isAsciiDigit(codeAt.call(text, k));
}

/**
 * The halfwidth katakana pairs of `text` that are Latin-1 signs broken through Shift-JIS or cp932
 * (this file's header), each with its sign and the index in `encoders` of the page.
 *
 * @param text - A pass's output (repairs applied).
 * @param encoders - The call's pages.
 * @returns The pairs to read as signs, by offset; empty when there is none.
 * @example
 * halfwidthSigns('Cable 2 m ﾂｱ 5 %', encoders); // [{ at: 10, end: 12, sign: '±', page: 8 }]
 * halfwidthSigns('ﾃｽﾄ 2 ﾂｱ', encoders); // [] (other kana in the text)
 * @since 0.1.0
 */
export function halfwidthSigns(text: string, encoders: readonly PageEncoder[]): HalfwidthSign[] {
  // Most texts hold no "ﾂ": one native search, not a loop over the text in this pass.
  if (text.indexOf('\uff82') < 0) return [];
  const n = text.length;
  let pairs: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const c = codeAt.call(text, i);
    if (c < 0x1100) continue;
    const d = i + 1 < n ? codeAt.call(text, i + 1) : 0;
    if (c !== TSU || d < TRAIL_FROM || d > TRAIL_TO) return [];
    const l = i > 0 ? codeAt.call(text, i - 1) : 0x20;
    const r = i + 2 < n ? codeAt.call(text, i + 2) : 0x20;
    if (l >= 0x80 || r >= 0x80 || isAsciiLetter(l) || isAsciiLetter(r)) return [];
    pairs ??= [];
    pairs.push(i);
    i++;
  }
  if (pairs === undefined) return [];
  const page = encoders.findIndex(
    (e) => e.page.startsWith('shift_jis') || e.page.startsWith('cp932'),
  );
  if (page < 0) return [];
  const enc = encoders[page] as PageEncoder;
  const out: HalfwidthSign[] = [];
  for (const i of pairs) {
    const a = enc.encode(TSU);
    const b = enc.encode(codeAt.call(text, i + 1));
    if (a?.length !== 1 || a[0] !== 0xc2 || b?.length !== 1) continue;
    const sign = b[0] as number;
    if (sign < 0xa1 || sign > 0xbf) continue;
    const before = digitNear(text, i - 1, -1);
    const after = digitNear(text, i + 2, 1);
    const glued = i > 0 && isAsciiDigit(codeAt.call(text, i - 1));
    const read =
      sign === PLUS_MINUS
        ? before || after
        : AFTER_NUMBER.has(sign)
          ? before
          : BEFORE_NUMBER.has(sign) && after && !glued;
    if (read) out.push({ at: i, end: i + 2, sign: String.fromCharCode(sign), page });
  }
  return out;
}
