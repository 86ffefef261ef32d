import type { CodePage } from './codePageList.js';
import { encoderFor } from './codePages.js';

// Which national standard writes a short CJK text best. A Chinese, Japanese or Korean field is
// written in one standard's repertoire, and mostly in its frequently-used level: a name in
// Taiwan in Big5's frequent hanzi ("臺中", "陳美玲"), one in Japan in JIS X 0208's first level. A
// field mis-decoded through another CJK page is not: each three bytes of UTF-8 open with E0-EF,
// which every double-byte page spends on its own rarer characters (GB 2312's second level and
// GBK's additions, JIS X 0208's second level, Big5's less frequent hanzi, KS X 1001's hanja), and
// beside them stand the page's ordinary characters. "臺中" through GBK is "鑷轰腑": "鑷" is a
// traditional form GB 2312 lacks, "轰" a simplified one that only GB 2312 has, so no standard
// writes the three. The cost model (charClass.ts) counts a character as common when any
// standard's frequent level holds it, so it sees nothing there; this file scores a text in the
// standard that suits it best (cjkField.ts reads a field whose reading suits one clearly better,
// when no standard writes the field whole or the cost model charges one of its characters: two of
// GB 2312's second level, "蟒晁涛", are a Chinese field's own).
//
// The levels, by the bytes each standard's page writes (iconv-lite's tables, no list copied),
// asOf 2026-12-05:
//   - GB 2312 (en.wikipedia.org/wiki/GB_2312): rows 01-09 symbols and kana, rows 16-55 the first
//     level of hanzi (3,755), rows 56-87 the second (3,008); EUC-CN/GBK bytes A1-F7, A1-FE;
//   - Big5 (en.wikipedia.org/wiki/Big5; i18nwithvb.com/surrogate_ime/codepages/big5.htm): symbols
//     A140-A3FE, hanzi A440-F9FE of which the first, frequently used block is A440-C67E
//     (commonCjk.ts) and the rest, from C940, the less frequent; trails 40-7E and A1-FE;
//   - JIS X 0208 (en.wikipedia.org/wiki/JIS_X_0208): symbols, kana, Greek and Cyrillic in
//     Shift-JIS 8140-84BE, level 1 kanji 889F-9872, level 2 989F-EAA4; with JIS X 0201's
//     halfwidth katakana (Shift-JIS single bytes A1-DF), which Japanese systems write beside it;
//   - KS X 1001 (en.wikipedia.org/wiki/KS_X_1001): symbols, jamo and kana in rows 01-12 (EUC-KR
//     A1-AC), the 2,350 Hangul syllables in rows 16-40 (B0-C8), 4,888 hanja in rows 42-93
//     (CA-FD, the less usual way to write Korean); trails A1-FE (cp949's additions are no part).
// A character scores 0 in a standard that holds it in its frequent level (or holds it and it is no
// Han: kana, Hangul, symbols), 1 in its less frequent level, 2 where it does not hold it.

/** The standards, in the order of their two bits in a code point's entry. */
export const STANDARDS = ['GB 2312', 'Big5', 'JIS X 0208', 'KS X 1001'] as const;

/** Each standard's page and its levels by the bytes that page writes (this file's header). */
const LEVEL_BY_BYTES: readonly [CodePage, (b: readonly number[]) => number][] = [
  [
    'gbk',
    ([l = 0, t = 0]) =>
      t < 0xa1 || t > 0xfe || l < 0xa1 || l > 0xf7 || (l > 0xa9 && l < 0xb0) ? 2 : l < 0xd8 ? 0 : 1,
  ],
  [
    'big5',
    ([l = 0, t = 0]) => {
      const code = (l << 8) | t;
      if (l < 0xa1 || l > 0xf9 || !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) return 2;
      return code <= 0xa3fe || (code >= 0xa440 && code <= 0xc67e) ? 0 : code >= 0xc940 ? 1 : 2;
    },
  ],
  [
    'shift_jis',
    (b) => {
      const [l = 0, t = 0] = b;
      if (b.length === 1) return l >= 0xa1 && l <= 0xdf ? 0 : 2; // JIS X 0201's halfwidth kana
      const code = (l << 8) | t;
      if ((l >= 0x81 && l <= 0x84) || (code >= 0x889f && code < 0x989f)) return 0;
      return (l >= 0x98 && l <= 0x9f) || (l >= 0xe0 && l <= 0xea) ? 1 : 2;
    },
  ],
  [
    'euc-kr',
    ([l = 0, t = 0]) =>
      t < 0xa1 || t > 0xfe
        ? 2
        : (l >= 0xa1 && l <= 0xac) || (l >= 0xb0 && l <= 0xc8)
          ? 0
          : l >= 0xca && l <= 0xfd
            ? 1
            : 2,
  ],
];

/**
 * The level of `cp` in standard `standard` (an index in {@link STANDARDS}): 0 frequent or no Han,
 * 1 less frequent, 2 absent. Read from the bytes the standard's page writes for it (codePages.ts
 * keeps each page's answer a character, so a field costs look-ups, not a table built ahead: that
 * cost a cold process 180 ms of iconv-lite decoding, T64g).
 *
 * @param cp - A BMP code point past ASCII.
 * @param standard - 0 GB 2312, 1 Big5, 2 JIS X 0208, 3 KS X 1001.
 * @returns 0, 1 or 2.
 * @example
 * levelIn(0x81fa, 1); // 0 ("臺" in Big5's frequent hanzi)
 * @since 0.1.0
 */
export function levelIn(cp: number, standard: number): number {
  const [page, level] = LEVEL_BY_BYTES[standard] as (typeof LEVEL_BY_BYTES)[number];
  const bytes = encoderFor(page).encode(cp);
  return bytes === undefined || bytes.length > 2 ? 2 : level(bytes);
}

/**
 * What `text` costs in the national standard that writes it best: the sum over its characters
 * past ASCII of 0 (the standard's frequent level, or no Han), 1 (its less frequent level) or 2
 * (not in it), the least over GB 2312, Big5, JIS X 0208 (with halfwidth katakana) and KS X 1001;
 * and whether some standard holds every character.
 *
 * @param text - A short text (a field).
 * @returns The least of the four sums, and whether a standard writes the text whole.
 * @example
 * standardFit('臺中'); // { cost: 0, whole: true } (Big5's frequent hanzi)
 * standardFit('鑷轰腑'); // { cost: 2, whole: false } ("鑷" is no GB 2312, "轰" only GB 2312's)
 * standardFit('蟒晁涛'); // { cost: 2, whole: true } (GB 2312, two of its second level)
 * @since 0.1.0
 */
export function standardFit(text: string): { readonly cost: number; readonly whole: boolean } {
  const sums = [0, 0, 0, 0];
  let absent = 0; // a bit a standard that lacks some character
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) continue;
    for (let s = 0; s < 4; s++) {
      const level = levelIn(cp, s);
      sums[s] = (sums[s] as number) + level;
      if (level === 2) absent |= 1 << s;
    }
  }
  return { cost: Math.min(...sums), whole: absent !== 0b1111 };
}
