import { isCommonHan, isCommonHangul } from './commonCjk.js';
import { PATTERNS as P } from './patterns.js';

// A character's class for the cost model: kind, script, case, and a unigram cost that says how
// unlikely the character is in text a person typed. Computed once per code point and cached.

export const KIND = {
  other: 0,
  letter: 1,
  mark: 2,
  digit: 3,
  space: 4,
  punct: 5,
  symbol: 6,
  control: 7,
} as const;

export const SCRIPT = {
  none: 0,
  latin: 1,
  greek: 2,
  cyrillic: 3,
  armenian: 4,
  hebrew: 5,
  arabic: 6,
  han: 7,
  kana: 8,
  hangul: 9,
  thai: 10,
  devanagari: 11,
  indic: 12,
  georgian: 13,
  other: 14,
} as const;

/**
 * Packed class: kind (bits 0-2), script (3-6), upper (7), lower (8), cost (9-12), computed (13),
 * may follow a letter (14: FINAL_OK), may precede one (15: INITIAL_OK).
 */
export type CharInfo = number;

export const kindOf = (info: CharInfo): number => info & 7;
export const scriptOf = (info: CharInfo): number => (info >> 3) & 15;
export const isUpper = (info: CharInfo): boolean => (info & 0x80) !== 0;
export const isLower = (info: CharInfo): boolean => (info & 0x100) !== 0;
export const unigramCost = (info: CharInfo): number => (info >> 9) & 15;
/**
 * Whether `info` is a letter (KIND.letter) of `script` (a SCRIPT value), or of any script when
 * `script` is -1: the one test that innerLayer, kanaWord, latinField, ownScript, gluedName and
 * loneCjk each wrote out (session 47's review).
 *
 * @example
 * isLetterOf(charInfo(0x3b1), SCRIPT.greek); // true ("α")
 * isLetterOf(charInfo(0x2b0), SCRIPT.latin); // true ("ʰ", a modifier letter)
 * isLetterOf(charInfo(0xb0), -1); // false ("°")
 */
export const isLetterOf = (info: CharInfo, script: number): boolean =>
  (info & 7) === KIND.letter && (script < 0 || ((info >> 3) & 15) === script);
/**
 * Whether the code unit `c` is an ASCII letter (A-Z, a-z). Internal: the field, sign and lone-sign
 * passes each wrote it out (session 49's review).
 *
 * @example
 * isAsciiLetter(0x61); // true ("a")
 * isAsciiLetter(0xe9); // false ("é")
 */
export const isAsciiLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/**
 * Whether the code unit `c` is an ASCII digit (0-9); false for NaN. Internal, as
 * {@link isAsciiLetter}.
 *
 * @example
 * isAsciiDigit(0x37); // true ("7")
 */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Punctuation that may follow a letter in clean text (cost.ts). */
export const FINAL = 0x4000;
/** Punctuation and signs that may precede a letter in clean text (cost.ts). */
export const INITIAL = 0x8000;

const cps = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? 0);
// The cost model's lists (cost.ts pairCost), read there as two bits of a class: its lines that
// looked characters up in these sets were 40% of its self time, 2.9% of all, on never-seen text
// broken twice (a warm profile; charClass.test.ts holds the bits to the lists).
const FINAL_OK = new Set(cps('’”»›…–—‐‑‒·•‧¹²³%‰′″׳״،؛؟٪۔։՝՞՜՛'));
const INITIAL_OK = new Set(cps('‘’“„‚«‹¿¡–—‐‑·•…£€¥₹₽₺₩₪₫¢$#@'));

const bmp = new Uint16Array(0x10000);
// Astral code points' classes, direct-mapped by their low 12 bits; slot 4096 is written for every
// BMP code point (its key never matches), so that one path of loads and stores serves both.
const ASTRAL_SLOTS = 4096;
const astralKeys = new Int32Array(ASTRAL_SLOTS + 1).fill(-1);
const astralInfos = new Uint16Array(ASTRAL_SLOTS + 1);

/** The class of code point `cp`. */
export function charInfo(cp: number): CharInfo {
  if (cp < 0x10000) {
    const hit = bmp[cp] ?? 0;
    if (hit !== 0) return hit;
  }
  return firstInfo(cp);
}

/**
 * {@link charInfo} of a BMP code point met for the first time, or of an astral one. Both take the
 * same loads and stores, the slot picked as data: V8 inlines this into windowCost and pairCost
 * with charInfo, and an astral branch of its own, first taken deep in a stream (a reading of four
 * UTF-8 bytes, the never-seen stream's 3,300th message), threw their compiled code away.
 */
function firstInfo(cp: number): CharInfo {
  const low = cp & (ASTRAL_SLOTS - 1);
  const slot = cp < 0x10000 ? ASTRAL_SLOTS : low;
  const kept = astralInfos[slot] as CharInfo;
  if (astralKeys[slot] === cp) return kept;
  const made = classify(cp);
  if (cp < 0x10000) bmp[cp] = made;
  astralKeys[slot] = slot === ASTRAL_SLOTS ? -1 : cp;
  astralInfos[slot] = made;
  return made;
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let kind: number = KIND.other;
  // ª and º are letters to Unicode but ordinal signs to a reader; ¹ ² ³ ¼ ½ are signs too.
  if (cp === 0xaa || cp === 0xba) kind = KIND.symbol;
  else if (P.letter.test(ch)) kind = KIND.letter;
  else if (P.mark.test(ch)) kind = KIND.mark;
  else if (P.digit.test(ch)) kind = KIND.digit;
  else if (P.number.test(ch)) kind = KIND.symbol;
  else if (P.space.test(ch)) kind = KIND.space;
  else if (P.punct.test(ch)) kind = KIND.punct;
  else if (P.symbol.test(ch)) kind = KIND.symbol;
  else if (P.control.test(ch)) kind = KIND.control;
  const script = kind === KIND.letter || kind === KIND.mark ? scriptFor(ch) : SCRIPT.none;
  const upper = P.upper.test(ch) ? 0x80 : 0;
  const lower = P.lower.test(ch) ? 0x100 : 0;
  const cost = Math.min(15, costFor(cp, ch, kind));
  const flags = (FINAL_OK.has(cp) ? FINAL : 0) | (INITIAL_OK.has(cp) ? INITIAL : 0);
  return kind | (script << 3) | upper | lower | (cost << 9) | 0x2000 | flags;
}

function scriptFor(ch: string): number {
  if (P.latin.test(ch)) return SCRIPT.latin;
  if (P.cyrillic.test(ch)) return SCRIPT.cyrillic;
  if (P.greek.test(ch)) return SCRIPT.greek;
  if (P.arabic.test(ch)) return SCRIPT.arabic;
  if (P.hebrew.test(ch)) return SCRIPT.hebrew;
  if (P.han.test(ch)) return SCRIPT.han;
  if (P.kana.test(ch)) return SCRIPT.kana;
  if (P.hangul.test(ch)) return SCRIPT.hangul;
  if (P.thai.test(ch)) return SCRIPT.thai;
  if (P.devanagari.test(ch)) return SCRIPT.devanagari;
  if (P.indic.test(ch)) return SCRIPT.indic;
  if (P.armenian.test(ch)) return SCRIPT.armenian;
  if (P.georgian.test(ch)) return SCRIPT.georgian;
  return SCRIPT.other;
}

// Latin Extended-A letters that no large language writes (Esperanto, Maltese, Sami, archaic
// forms): mojibake of a Latin-1 letter and a NBSP lands here ("Ġ" from "Ä\u00a0"). Not Welsh's
// "ŵ" and "ŷ" since T65e: its circumflex marks a long vowel ("â ê î ô û ŵ ŷ are always long",
// https://en-academic.com/dic.nsf/enwiki/130370, Welsh alphabet, read 2026-12-05), written where
// the language needs it ("Tŷ Newydd", a house's name in every other Welsh address), and at 3 no
// page's "Tŷ" came back (18 rows of the field audit, "TÅ·" through Windows-1252 among them).
// ISO-8859-2's reading of Windows-1250's "š" ("Ĺˇ", C5 A1 there) as "ŷ" costs its own pair
// instead (cost.ts: "Napíŷte" for "Napíšte", ftfy's Slovak case).
const RARE_LATIN_A = new Set(
  [...'ĈĉĜĝĤĥĴĵŜŝŬŭĠġĦħĲĳĿŀŉŊŋĸŦŧŴŵĔĕĬĭŎŏſ'].map((c) => c.codePointAt(0) ?? 0),
);
// Latin Extended-B letters in everyday use: Romanian comma-below, pinyin tones, Vietnamese horns,
// Azerbaijani's capital schwa "Ə" (its small "ə" below, among the IPA letters).
const COMMON_LATIN_B = new Set([
  0x018f,
  0x0218,
  0x0219,
  0x021a,
  0x021b,
  0x01a0,
  0x01a1,
  0x01af,
  0x01b0,
  ...Array.from({ length: 0x01dc - 0x01cd + 1 }, (_, i) => 0x01cd + i),
]);

function costFor(cp: number, ch: string, kind: number): number {
  if (cp >= 0x80 && cp < 0xa0) return 5; // C1 controls: a byte decoded as Latin-1, not text
  if (cp === 0xa0) return 1; // NBSP: real, but half of "à" in UTF-8 read as Windows-1252
  if (cp === 0xad) return 2; // soft hyphen: invisible, half of "í"
  if (cp === 0xfffd) return 0; // already lost: neither side of a comparison is blamed for it
  if (kind === KIND.control) return cp === 9 || cp === 10 || cp === 13 ? 0 : 3;
  // Ã and Â lead most UTF-8-as-Latin-1 mojibake; as letters they are rare outside capitals.
  if (cp === 0xc3 || cp === 0xc2) return 1;
  if (cp < 0x100) return 0;
  if (P.unassigned.test(ch)) return 6;
  if (P.privateUse.test(ch)) return 4;
  if (cp < 0x180) return RARE_LATIN_A.has(cp) ? 3 : 0;
  if (cp === 0x192) return 3; // ƒ: the florin sign, and Windows-1252's 0x83 in half of all mojibake
  if (cp < 0x250) return COMMON_LATIN_B.has(cp) ? 0 : 2;
  // "ə" is a letter of Azerbaijani's alphabet (CLDR's az exemplars "[a b c ç d e ə f g ğ h x ı i j
  // k q l m n o ö p r s ş t u ü v y z]", as ICU ships them in az.txt; read 2026-12-05), not only a
  // phonetic sign: "Gəncə", "Lənkəran" through Mac Roman ("G…ônc…ô") paid 3 a letter and stayed.
  if (cp === 0x259) return 0;
  if (cp < 0x2b0) return 3; // IPA
  if (cp < 0x300) return 1; // spacing modifiers (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝ are mojibake's favourites)
  if (cp < 0x370) return 1; // combining marks: NFC text rarely has them; cost.ts judges the base
  if (cp < 0x400) return cp >= 0x3cf || cp < 0x386 ? 2 : 0;
  if (cp < 0x460) return 0;
  if (cp < 0x500) return cp === 0x490 || cp === 0x491 ? 0 : 1;
  if (cp < 0x530) return 3; // Cyrillic supplement
  if (cp < 0x590) return 1; // Armenian (as Georgian: a script of its own, never a page's mojibake)
  if (cp < 0x600) return cp < 0x5d0 ? 1 : 0;
  if (cp < 0x700) return 0;
  if (cp < 0x750) return 3; // Syriac
  if (cp < 0x780) return 2; // Arabic supplement
  if (cp < 0x900) return 3; // Thaana, NKo, Samaritan, Mandaic, Arabic extended
  if (cp < 0xe00) return 0; // Indic
  // Kho khuat and kho khon: obsolete (no word of the Royal Institute Dictionary of 1999 uses kho
  // khuat; both kept on alphabet charts, and in a few publishers' conservative spelling, "ฃวด",
  // "ฅน"). Source: https://en.wikipedia.org/wiki/Kho_khuat and
  // http://www.unicode.org/mail-arch/unicode-ml/y2002-m06/0050.html, asOf 2026-12-05. As
  // Windows-874 they are 0xA3 and 0xA5, the last byte of "ร" and "ล" in UTF-8 ("รถ" → "เธฃเธ–").
  if (cp === 0xe03 || cp === 0xe05) return 3;
  if (cp < 0xe80) return 0; // Thai
  if (cp < 0x10a0) return 1;
  if (cp < 0x1100) return 1; // Georgian
  if (cp < 0x1200) return 2; // Hangul Jamo
  if (cp < 0x1e00) return 2;
  // ẜ ẝ ẟ: medieval letters (long s with strokes, delta) no language writes; through Windows-1252
  // "áºœ" reads E1 BA 9C as "ẜ" where ISO-8859-15's œ (0xBD) is the Vietnamese "ẽ" (T61e).
  if (cp >= 0x1e9c && cp <= 0x1e9f && cp !== 0x1e9e) return 3;
  if (cp < 0x1f00) return 0; // Latin extended additional (Vietnamese)
  if (cp < 0x2000) return 1;
  if (cp < 0x2070) return cp === 0x2028 || cp === 0x2029 ? 1 : 0;
  if (cp < 0x20a0) return 1;
  if (cp < 0x20d0) return 0; // currency
  if (cp < 0x2100) return 2;
  if (cp < 0x2150) return 0; // letterlike (™ №)
  if (cp < 0x2190) return 1;
  if (cp < 0x2300) return 0; // arrows, mathematics
  if (cp < 0x2400) return 1;
  if (cp < 0x2500) return 2;
  if (cp < 0x2580) return 1; // box drawing (KOI8-R, cp437)
  if (cp < 0x25a0) return 2; // block elements
  if (cp < 0x2800) return 0; // shapes, symbols, dingbats
  if (cp < 0x2900) return 2; // braille
  if (cp < 0x2c00) return 2; // supplemental arrows, mathematical operators B
  if (cp < 0x3000) return 2;
  if (cp < 0x3040) return 0; // CJK punctuation
  if (cp < 0x3100) return 0; // kana
  if (cp < 0x3200) return 2;
  if (cp < 0x3300) return 1;
  if (cp < 0x3400) return 2;
  if (cp < 0x4e00) return 3; // CJK extension A
  if (cp < 0xa000) return isCommonHan(cp) ? 0 : 2;
  if (cp < 0xac00) return 3;
  if (cp < 0xd7b0) return isCommonHangul(cp) ? 0 : 2;
  if (cp < 0xf900) return 3;
  if (cp < 0xfb00) return 2; // CJK compatibility ideographs
  if (cp < 0xfb50) return 1; // ligatures (ﬁ)
  if (cp < 0xfe00) return 1; // Arabic presentation forms
  if (cp < 0xfe10) return 0; // variation selectors
  if (cp < 0xfe70) return 2;
  if (cp < 0xff00) return 1;
  if (cp < 0xff61) return 0; // fullwidth ASCII: the customer's typography
  if (cp < 0xffa0) return 1; // halfwidth katakana: Shift-JIS single bytes
  if (cp < 0xfff0) return 2;
  if (cp < 0x10000) return 3;
  if (cp >= 0x1f000 && cp < 0x1fb00) return 0; // emoji
  return 2;
}
