import iconv from 'iconv-lite';

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
// The levels, read out of iconv-lite's tables (no list copied), asOf 2026-12-05:
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

/** Per BMP code point: two bits a standard (0 frequent, 1 less frequent, 2 absent). */
let table: Uint8Array | undefined;

const ABSENT_ALL = 0b10101010;

/** Record level `level` of standard `s` for each character the byte pairs of `page` decode to. */
function mark(
  t: Uint8Array,
  s: number,
  page: string,
  leads: readonly [number, number],
  trails: readonly (readonly [number, number])[],
  level: (lead: number, trail: number) => number,
): void {
  const bytes: number[] = [];
  const levels: number[] = [];
  for (let l = leads[0]; l <= leads[1]; l++)
    for (const [t0, t1] of trails)
      for (let x = t0; x <= t1; x++) {
        bytes.push(l, x);
        levels.push(level(l, x));
      }
  // One pair at a time: a pair the page leaves undefined must not shift the rest.
  for (let k = 0; k < levels.length; k++) {
    const ch = iconv.decode(
      Buffer.from([bytes[2 * k] as number, bytes[2 * k + 1] as number]),
      page,
    );
    if (ch.length !== 1 || ch === '\ufffd') continue;
    setLevel(t, ch.charCodeAt(0), s, levels[k] as number);
  }
}

/** Lower standard `s`'s entry of `cp` to `level` (a character written twice keeps the lower). */
function setLevel(t: Uint8Array, cp: number, s: number, level: number): void {
  const shift = 2 * s;
  const now = ((t[cp] as number) >> shift) & 3;
  if (level < now) t[cp] = ((t[cp] as number) & ~(3 << shift)) | (level << shift);
}

/** The table, built on first use (a few milliseconds; only a field cjkField reads asks it). */
function levels(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000).fill(ABSENT_ALL);
  const hi: [number, number][] = [[0xa1, 0xfe]];
  const sjis: [number, number][] = [
    [0x40, 0x7e],
    [0x80, 0xfc],
  ];
  const big5: [number, number][] = [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ];
  // GB 2312.
  mark(t, 0, 'gbk', [0xa1, 0xa9], hi, () => 0);
  mark(t, 0, 'gbk', [0xb0, 0xf7], hi, (l) => (l <= 0xd7 ? 0 : 1));
  // Big5.
  mark(t, 1, 'big5', [0xa1, 0xa3], big5, () => 0);
  mark(t, 1, 'big5', [0xa4, 0xf9], big5, (l, x) =>
    l < 0xc6 || (l === 0xc6 && x <= 0x7e) ? 0 : l >= 0xc9 ? 1 : 2,
  );
  // JIS X 0208 and JIS X 0201's halfwidth katakana.
  mark(t, 2, 'shift_jis', [0x81, 0x84], sjis, () => 0);
  mark(t, 2, 'shift_jis', [0x88, 0x9f], sjis, (l, x) => (((l << 8) | x) < 0x989f ? 0 : 1));
  mark(t, 2, 'shift_jis', [0xe0, 0xea], sjis, () => 1);
  for (let cp = 0xff61; cp <= 0xff9f; cp++) setLevel(t, cp, 2, 0);
  // KS X 1001.
  mark(t, 3, 'euc-kr', [0xa1, 0xac], hi, () => 0);
  mark(t, 3, 'euc-kr', [0xb0, 0xc8], hi, () => 0);
  mark(t, 3, 'euc-kr', [0xca, 0xfd], hi, () => 1);
  table = t;
  return t;
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
  const t = levels();
  const sums = [0, 0, 0, 0];
  let absent = 0; // a bit a standard that lacks some character
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) continue;
    const e = t[cp] as number;
    for (let s = 0; s < 4; s++) {
      const level = (e >> (2 * s)) & 3;
      sums[s] = (sums[s] as number) + level;
      if (level === 2) absent |= 1 << s;
    }
  }
  return { cost: Math.min(...sums), whole: absent !== 0b1111 };
}

/**
 * The level of `cp` in standard `standard` (an index in {@link STANDARDS}): 0 frequent or no Han,
 * 1 less frequent, 2 absent.
 *
 * @param cp - A BMP code point.
 * @param standard - 0 GB 2312, 1 Big5, 2 JIS X 0208, 3 KS X 1001.
 * @returns 0, 1 or 2.
 * @example
 * levelIn(0x81fa, 1); // 0 ("臺" in Big5's frequent hanzi)
 * @since 0.1.0
 */
export const levelIn = (cp: number, standard: number): number =>
  ((levels()[cp] as number) >> (2 * standard)) & 3;
