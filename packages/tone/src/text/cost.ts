import {
  charInfo,
  FINAL,
  INITIAL,
  isLower,
  isUpper,
  KIND,
  kindOf,
  SCRIPT,
  scriptOf,
  unigramCost,
} from './charClass.js';
import { isFrenchClose } from './frenchSpace.js';
import { isFullMark, isHalfKana, japaneseKanaRun } from './kanaWord.js';

// The cost model: how unlikely a stretch of text is as something a person typed. Unigram costs
// (charClass.ts) plus pair costs between neighbours: a letter glued to a symbol, a lowercase
// letter followed by an uppercase one inside a word, two scripts inside one word. Mojibake is
// expensive because UTF-8 lead bytes read as a single-byte page are mostly uppercase accented
// letters and continuation bytes are mostly symbols, punctuation and C1 controls; read as a
// double-byte page they are rare Han, halfwidth katakana and Hangul glued to Latin letters.

const cps = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? 0);

/** Marks inside a word that join its letters in clean text (apostrophes, hyphens, dots). */
const JOINERS = new Set(cps("’'·‧‐‑–—・׳״-."));
/** Mathematical signs and C1 controls glued to a letter: Mac Roman and Latin-1 mojibake. */
const isLoud = (cp: number, kind: number): boolean =>
  kind === KIND.control ||
  cp === 0xac ||
  (cp >= 0x2200 && cp < 0x2300) ||
  cp === 0xb1 ||
  cp === 0xf7;

const isMath = (cp: number): boolean => (cp >= 0x2200 && cp < 0x2300) || cp === 0xb1 || cp === 0xf7;
/** ≠ ≤ ≥ ± ∂: signs no radicand opens with (a relation, a sign, an operator on what follows). */
const noRadicand = (cp: number): boolean =>
  cp === 0x2260 || cp === 0x2264 || cp === 0x2265 || cp === 0xb1 || cp === 0x2202;
const isCurrency = (cp: number): boolean =>
  (cp >= 0xa2 && cp <= 0xa5) || (cp >= 0x20a0 && cp < 0x20d0);

/**
 * Letters Windows-1252 puts in its 0x80-0x9F row (ƒ Š Œ Ž š œ ž Ÿ): after "à"…"ï" (the page's
 * three-byte lead bytes) they make "âœ", "Ã¢Å", and after "Ã", "Ä", "Å" "Åž", "Ãœ" — pairs no
 * language writes.
 */
const C1_LETTERS_1252 = new Set(cps('ƒŠŒŽšœžŸ'));
/**
 * Letters Windows-1250 puts in its 0x80-0x9F row but "ś" (Š Ś Ť Ž Ź š ť ž ź): after "Ă" (its
 * 0xC3) they are the second byte of "Ê", "Ì", "Í", "Î", "Ï", "Ú", "Ý", "Þ", "ß" ("VOCĂŠ", "AQUĂŤ",
 * "GRĂ–ĂźE"). Romanian, the language that writes "Ă", glues none of them to it ("CASĂ"). "Ăś"
 * ("Ü") keeps its own rule, where "Ă" opens a word (windowCost's opens1250).
 */
const C1_LETTERS_1250 = new Set(cps('ŠŚŤŽŹšťžź'));
/**
 * Mac Roman's 0x80-0xBF, the bytes that continue every UTF-8 sequence: 0x80-0x9F are 32 accented
 * letters, 0xA0-0xBF signs and a few letters (0xBD is "Ω", U+2126 in iconv-lite's table, U+03A9
 * in Apple's since Mac OS 8.5: both). Source: Apple's ROMAN.TXT (Unicode's
 * MAPPINGS/VENDORS/APPLE/ROMAN.TXT, read 2026-12-05 as mirrored at
 * http://sources.postnix.pw/plan9/sys/lib/antiword/roman); cost.test.ts holds it to iconv-lite.
 */
export const MAC_ROMAN_ROW =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªº\u2126æø\u03a9';
/** The first 32 characters of {@link MAC_ROMAN_ROW}, each with its byte's rank (1-32); then the rest. */
const MAC_ROW = new Map(cps(MAC_ROMAN_ROW).map((c, k) => [c, k < 64 ? k + 1 : 64]));
/** Whether `c` is Mac Roman's reading of a byte 0x80-0x9F (a continuation byte, an accented letter). */
const isMacRowLetter = (c: number): boolean => (MAC_ROW.get(c) ?? 99) <= 32;
/** Whether `c` is Mac Roman's reading of a byte 0x80-0xBF. */
const isMacRow = (c: number): boolean => MAC_ROW.has(c);

/** Vowel letters a, e, i, o, u with or without a mark, either case (not "w" and "y"). */
const VOWELS = new Set(
  cps('aeiouáàâäãåāăąéèêëēĕėęěíìîïĩīĭįóòôöõōŏőøúùûüũūŭůűų').flatMap((c) => [
    c,
    String.fromCodePoint(c).toUpperCase().codePointAt(0) ?? c,
  ]),
);

/**
 * "ŷ" or "Ŷ" beside a vowel letter of {@link VOWELS}: Welsh writes "ŷ" as the long vowel of its
 * syllable, after a consonant or opening a word ("tŷ", "gwŷn", "ŷd"), never glued to another of
 * those vowels; ISO-8859-2 reads Windows-1250's "Ĺˇ" (C5 A1, "š") as C5 B7, "ŷ", wherever Czech
 * and Slovak write "š": "Napíŷte" for "Napíšte" (ftfy's Slovak case) once "ŷ" cost nothing.
 */
const welshYBesideVowel = (p: number, c: number): boolean =>
  (c | 1) === 0x177 ? VOWELS.has(p) : (p | 1) === 0x177 && VOWELS.has(c);

/**
 * – — ‘ ’: Mac Roman's 0xD0, 0xD1, 0xD4, 0xD5, the lead bytes of U+0400-U+047F (Cyrillic) and
 * U+0500-U+057F (Cyrillic Supplement, Armenian). Not “ ” (0xD2, 0xD3: U+0480-U+04FF, which opens
 * with combining marks: "où“Über" would read as a mark, "҆", glued to "ber").
 */
const macLeadSign = (c: number): boolean =>
  c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019;

/** Cyrillic vowel letters, either case: what Ukrainian "ї" may follow. */
const CYRILLIC_VOWELS = new Set(cps('аеєиіїоуюяыэёАЕЄИІЇОУЮЯЫЭЁ'));

/** "Ĺ" (U+0139) or "ĺ" (U+013A), in one unsigned comparison. */
const isSyllabicL = (c: number): boolean => (c - 0x139) >>> 0 <= 1;

/**
 * "ĺ" or "Ĺ" beside a vowel letter ({@link VOWELS}, "y", "ý"): Slovak's long syllable-forming
 * consonant is its syllable's nucleus, between consonants ("stĺp", "dĺžka", "vĺča"; slovake.eu,
 * "Syllable-forming consonants r, ŕ, l, ĺ" and "Rhythmic rule", read 2026-12-05), and no other
 * language writes it. Windows-1250 reads 0xE5, the lead of U+5000-U+5FFF, as "ĺ", and 0xB9 after
 * it as "ą" ("广州" is "ĺążĺ·ž", T65e: Slovak and Polish letters, each where letters belong).
 */
const syllabicLBesideVowel = (p: number, c: number): boolean =>
  isSyllabicL(c) ? isVowelOrY(p) : isSyllabicL(p) && isVowelOrY(c);

/** A vowel letter of {@link VOWELS}, or "y", "ý" in either case (Slovak's vowels). */
const isVowelOrY = (c: number): boolean =>
  VOWELS.has(c) || c === 0x79 || c === 0x59 || c === 0xfd || c === 0xdd;

/** The letters German writes before "ß". */
const AFTER_SZ = new Set(cps('aeiouyäöüAEIOUÄÖÜ'));

/**
 * Pictographs (♫ ✔ ❤ ★, emoji) sit next to words in clean text. The astral range is tested in
 * one unsigned comparison made for every character: a comparison first reached by an astral
 * character (a reading of four UTF-8 bytes, the never-seen stream's 3,300th message) threw away
 * the compiled code of pairCost and windowCost, which hold this test.
 */
const isPictograph = (cp: number): boolean =>
  (cp >= 0x2600 && cp < 0x27c0) || (cp >= 0x2b00 && cp < 0x2c00) || (cp - 0x1f000) >>> 0 < 0xb00;

const isCjkPunct = (cp: number): boolean =>
  (cp >= 0x3000 && cp < 0x3040) || (cp >= 0xff00 && cp < 0xff66);

function isCjkScript(s: number): boolean {
  return s === SCRIPT.han || s === SCRIPT.kana || s === SCRIPT.hangul;
}

function compatible(a: number, b: number): boolean {
  if (a === b || a === SCRIPT.none || b === SCRIPT.none) return true;
  return isCjkScript(a) && isCjkScript(b);
}

/** A letter or a digit: what goes on a word. */
const isWordChar = (cp: number): boolean => {
  const k = kindOf(charInfo(cp));
  return k === KIND.letter || k === KIND.digit;
};

/** Non-ASCII characters that are not letters, digits, marks or ordinary spaces. */

function isOdd(cp: number, kind: number): boolean {
  if (cp < 0x80 || cp === 0xfffd || isPictograph(cp)) return false;
  return (
    kind === KIND.punct ||
    kind === KIND.symbol ||
    kind === KIND.control ||
    kind === KIND.other ||
    cp === 0xa0
  );
}

function greekLower(info: number): boolean {
  return scriptOf(info) === SCRIPT.greek && isLower(info);
}

/** A Latin letter beside a lowercase Greek one: science writes "IL2Rγc", "TNFα", "βcat". */
function scienceGreek(a: number, b: number): boolean {
  return (
    (scriptOf(a) === SCRIPT.latin && greekLower(b)) ||
    (greekLower(a) && scriptOf(b) === SCRIPT.latin)
  );
}

// pairCost's memo (session 51, U51e). A pair's cost is a function of its two code points alone
// (their classes are charInfo's, fixed), and text repeats few pairs: on the text bench's
// never-seen stream (seed 12) windowCost asked 300,000 pairs, under 9,000 of them distinct, at
// some 130 instructions each (pairCost was 2.3% of the pass). Direct-mapped and bounded: 2^14
// slots, each the pair's two code points (-1 when empty) and its cost; a pair found costs a hash
// and two comparisons (4% of the asks missed in a replay of that stream's pairs).
const PAIR_BITS = 14;
const pairKeys = new Int32Array(2 << PAIR_BITS).fill(-1);
const pairCosts = new Float64Array(1 << PAIR_BITS);
// The slots in use, less one: all of them unless a test asked for fewer (resetPairMemo).
let pairMask = (1 << PAIR_BITS) - 1;

/**
 * Empties {@link pairCost}'s memo and lets it use 2^`bits` of its slots (all 16,384 unless
 * given): tests give it one, so that every pair takes the slot of the one before and both of its
 * code points are asked.
 *
 * @param bits - How many slots, as a power of two from 0 to 14.
 */
export function resetPairMemo(bits = PAIR_BITS): void {
  pairKeys.fill(-1);
  pairMask = (1 << Math.max(0, Math.min(PAIR_BITS, Math.trunc(bits)))) - 1;
}

/**
 * The cost of the pair (p, c), given their classes `pi` and `ci` (charInfo(p), charInfo(c): the
 * cost is remembered by the two code points alone): a term of {@link windowCost} for each pair it
 * counts, never negative (readRun.ts floors a decoded text's cost by its pairs). windowCost reads
 * two pairs further than this: a no-break space before » ; : ! ? costs nothing (frenchSpace; the
 * floor leaves out every pair ending in a no-break space), and "â" ending a word glued to „ † ‡ ‰
 * ‹ costs 3, more than here. Remembered in a bounded memo; {@link pairCostOnce} computes it.
 */
export function pairCost(p: number, c: number, pi: number, ci: number): number {
  const slot =
    ((Math.imul(p, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> (32 - PAIR_BITS)) & pairMask;
  const at = slot << 1;
  if (pairKeys[at] === p && pairKeys[at + 1] === c) return pairCosts[slot] as number;
  const cost = pairCostOnce(p, c, pi, ci);
  pairKeys[at] = p;
  pairKeys[at + 1] = c;
  pairCosts[slot] = cost;
  return cost;
}

/**
 * {@link pairCost} computed, never looked up in its memo: what the memo keeps, and the oracle
 * cost.prop.test.ts holds the memo to.
 */
export function pairCostOnce(p: number, c: number, pi: number, ci: number): number {
  const pk = kindOf(pi);
  const ck = kindOf(ci);
  if (pk === KIND.letter && ck === KIND.letter) {
    const ps = scriptOf(pi);
    const cs = scriptOf(ci);
    if (!compatible(ps, cs)) return scienceGreek(pi, ci) ? 1 : 3;
    if (welshYBesideVowel(p, c) || syllabicLBesideVowel(p, c)) return 3;
    // Ukrainian "ї" is /ji/ and follows a vowel, an apostrophe or nothing ("їжа", "Україна",
    // "в'їзд"), never a consonant or the soft sign: the orthography of 1928 dropped its old
    // Western use after consonants (Pugh and Press, "Ukrainian: A Comprehensive Grammar", 1999,
    // p. 20: "restricted to the very beginning of a word or following a vowel"). Windows-1251
    // reads the continuation byte 0xAF as "Ї" after the lead of "Я" ("РЇ", D0 AF), "د" ("ШЇ",
    // D8 AF, T65e: "دبي" came back as it was), "گ" ("ЪЇ"), "ï" ("ГЇ"). Pannonian Rusyn still
    // writes "ї" after consonants ("нїч"): a word of it costs 3 here.
    if ((c === 0x457 || c === 0x407) && cs === SCRIPT.cyrillic && !CYRILLIC_VOWELS.has(p)) return 3;
    // But "íž": Czech and Slovak write it (potíže, níže, blíží), while as Windows-1252 it is the
    // lead of U+D780–U+D7BF (the last Hangul syllables, Jamo Extended-B), which text seldom holds.
    if (p >= 0xe0 && p <= 0xef && C1_LETTERS_1252.has(c) && !(c === 0x17e && p === 0xed)) return 3;
    // The same row after "Ã", "Ä", "Å" (C3-C5, two-byte leads): "Åžubat" ("Şubat", C5 9E),
    // "Ãœber" ("Über"), "DoÄŸan" ("Doğan"). No orthography writes these capitals before š, ž, œ,
    // ƒ or a capital of the row (Czech "Úštěk" and "ÚŽASNÝ" have "Ú", C3 9A's reading).
    // And Windows-1250's row after its "Ă" (T58a): "VOCĂŠ" ("VOCÊ"), "ĂŠTRE", "NAĂŹVE", "GRĂ–ĂźE".
    // And Windows-1257's "Āŗ": "º" (C2 BA) after a number ("7Āŗ andar", T63g). Latvian no longer
    // writes "ŗ" (CLDR's lv exemplars leave it out, letterFit.ts), and never after "Ā". The three
    // leads lie in U+00C3-U+0102: one comparison skips them for most pairs.
    if (p >= 0xc3 && p <= 0x102) {
      if (
        p <= 0xc5
          ? C1_LETTERS_1252.has(c)
          : p === 0x102
            ? C1_LETTERS_1250.has(c)
            : p === 0x100 && c === 0x157
      )
        return 3;
    }
    // German writes "ß" only after a vowel or an umlaut ("Straße", "heißt", "Füße"): after another
    // letter it is Windows-1250's reading of ISO-8859-2's "ü" ("fĂźr" as "fßr", "Rßcksendung").
    if (c === 0xdf && !AFTER_SZ.has(p)) return 3;
    // A small letter before a capital, one of them beyond ASCII ("Ã¼Ã"); not "ß" before an ASCII
    // capital, which German capitals write ("GROßE", windowCost's run of capitals).
    if (isLower(pi) && isUpper(ci) && (p >= 0x80 || c >= 0x80) && !(p === 0xdf && c < 0x80))
      return c >= 0x80 ? 3 : 2;
    return 0;
  }
  if (pk === KIND.letter && isOdd(c, ck)) {
    if (isCjkPunct(c) || (c === 0xa0 && p < 0x80)) return 0;
    if (isLoud(c, ck) || c === 0xa8 || c === 0xaf || c === 0xb8) return 3; // ¨ ¯ ¸ glued: "à¸"
    // "Â»", "Â«": a guillemet's own lead byte (C2 BB, C2 AB) through Windows-1252 or 1250. French
    // opens words with "Â" ("ÂGE"), Romanian writes it inside them ("ÎNCÂNTAT"); neither glues a
    // guillemet to it (T58a: "LA Â»" gained 1 under the least gain applied, 3).
    if (p === 0xc2 && (c === 0xbb || c === 0xab)) return 3;
    // "â€": the lead of every “ ” ‘ ’ – — (E2 80); Windows-1257 reads 0xE2 as "ā" ("ā€“" for "–",
    // T63g), and Latvian glues no "€" to a word ending in "ā".
    // Windows-1251 reads 0xE2 as "в" ("в€’" for "−", T64e): Russian writes a price "в €", apart.
    if (c === 0x20ac && ((p >= 0xe0 && p <= 0xef) || p === 0x101 || p === 0x432)) return 3;
    // "™" and "®" glued to a word in ASCII ("Meridian™", "Intel®"): how they are written. As
    // mojibake they follow a lead byte that is no ASCII letter ("Ä™" for "ę", "Ã®" for "î").
    if (p < 0x80 && (c === 0x2122 || c === 0xae)) return 0;
    if ((ci & FINAL) === 0) return 2;
    // "Â·" and 1257's "Ā·" (C2 B7, "·"), "Ã—", 1250's "Ă—" and 1257's "Ć—" (C3 97, "×"), "Ä—"
    // (C4 97, the Lithuanian "ė", through 1252, 1250 and 1257): no language glues a middle dot to
    // "Â" or "Ā", nor an em dash to a word ending in "Ã", "Ă", "Ć" or "Ä" (T63g: "×3", "·" and
    // "dÄ—kui" came back as they were). A word in capitals ending in "Ä" before a glued dash
    // ("HYVÄ—PAREMPI") stays: "ė" there costs more, a small letter between capitals. Both signs
    // may close a word (FINAL): asked here, after the signs that may not. Windows-1251 reads
    // 0xC2 as "В" and 0xC3 as "Г" (T64e: "g В· organic", "pack Г—3"); Russian glues neither
    // sign to a word (it spaces its dashes: "Москва — Г. Иванов"). And since T64e the middle dot
    // after any capital beyond ASCII: 0xB7 is the last byte of "ŷ" ("TЕ·" through 1251, "TÅ·"
    // through 1252), "ķ" ("Ä·"), "з" ("Ð·"), "η" ("Î·"). Catalan glues it between two "l"
    // ("COL·LECCIÓ") and inclusive French between letters ("ÉLU·E·S", "CRÉÉ·E·S"), where a reading
    // of "É·" (C9 B7, "ɷ") gains nothing.
    if (c === 0xb7) return p === 0x412 || (p >= 0xc0 && isUpper(pi)) ? 3 : 0;
    if (c === 0x2014)
      return p === 0xc3 || p === 0x102 || p === 0x106 || p === 0xc4 || p === 0x413 ? 3 : 0;
    // ¹ ² ³ close words ("m²", "x³", a footnote's "¹"), but "Ã¹" is "ù" (C3 B9) through Windows-1252
    // and Latin-1, and "OÃ¹ est mon colis ?" ("Où", opening a French question after a capital)
    // gained 1 where a repair needs 3 (T59e). "Ã²" is left: "Ã" squared is mathematics.
    return c === 0xb9 || c === 0xb2 || c === 0xb3 ? (c === 0xb9 && p === 0xc3 ? 3 : 1) : 0;
  }
  if (ck === KIND.letter && isOdd(p, pk)) {
    if (isCjkPunct(p) || p === 0xa0) return 0;
    // √π, ∑α: mathematics writes Greek letters after operators.
    if (scriptOf(ci) === SCRIPT.greek && p >= 0x2200 && p < 0x2300) return 0;
    if (isLoud(p, pk)) return 3;
    // "»" glued before "ò", "ô", "õ": Mac Roman's reading of Romanian "Ș", "ș", "ț" (C8 98, C8 99,
    // C8 9B; T65e: "Bd. »òtefan cel Mare" gained 2). German and Danish open quotations with "»"
    // ("»Über«", "»ö…«"), but neither writes those three letters; "»ö" ("Ț", C8 9A) stays 2.
    if (p === 0xbb && (c === 0xf2 || c === 0xf4 || c === 0xf5)) return 3;
    return (pi & INITIAL) !== 0 ? 0 : 2;
  }
  if (ck === KIND.mark) {
    // Thai writes its vowels above and below and its tone marks as combining marks after its own
    // letters, with no precomposed forms ("ดูก่อน"): there they cost nothing; after anything else
    // they have no base (Windows-874 reads "ูก" as "١", an Arabic-Indic digit, before "่").
    if (scriptOf(ci) === SCRIPT.thai) return scriptOf(pi) === SCRIPT.thai ? 0 : 2;
    if (pk === KIND.letter) return String.fromCodePoint(p, c).normalize('NFC').length === 1 ? 0 : 2;
    return pk === KIND.digit || pk === KIND.mark || pk === KIND.symbol ? 0 : 2;
  }
  if (isOdd(p, pk) && isOdd(c, ck) && !isCjkPunct(p) && !isCjkPunct(c)) {
    // "√†", "√©": a root sign followed by punctuation or by a sign that is not mathematics is
    // Mac Roman's reading of "à", "é" (its lead byte 0xC3); mathematics writes √2, √π, √∑.
    // Nor before a relation, "±" or "∂" (T65e): no radicand starts with one, while Mac Roman's
    // "√≠", "√±", "√≤", "√≥", "√∂" are "í", "ñ", "ò", "ó", "ö" ("1 tr √∂.g." for Swedish "ö.g.").
    if (p === 0x221a && (ck !== KIND.symbol || (!isMath(c) && !isCurrency(c)) || noRadicand(c)))
      return 3;
    // "¬" is Mac Roman's 0xC2, the lead of every Latin-1 sign (C2 A0-BF): "¬∞" is "°", "¬±" "±",
    // "¬∑" "·", "¬∫" "º" (T64e: "Freezer −18 °C", "Cable 2 m ± 5 %" came back as they were, the
    // pair gaining 1). Logic writes "¬" before a formula ("¬p", "¬∀x", "¬¬p", "¬(a ∧ b)"), never
    // before a sign of Mac Roman's 0x80-0xBF row; a letter of it after "¬" costs 3 already. But
    // faces drawn in signs glue "¬" to the spacing accents "´" and "¨" ("`¬´", ftfy's negative
    // "angry face"; Mac Roman's "«" and "¬"): those two stay as they were.
    // Those two glued to "¬" cost nothing (T65e): a face is a whole clean token, and at 1 a
    // message of three ("`¬´ `¬´ `¬´") gave Mac Roman votes enough to read each as "«"
    // (singleByteLeft.prop at FC_SEED=1894718857). A message Mac Roman broke reads its "¬´"
    // through that page still, as its other runs do (engine.ts: a run its page reads no worse).
    if (p === 0xac && (c === 0xb4 || c === 0xa8)) return 0;
    if (p === 0xac && isMacRow(c)) return 3;
    // Both may follow a letter, or both may precede one (charClass.ts FINAL, INITIAL). "¿" opens
    // a Spanish question after a space or another opening sign ("¡¿"), never glued after one that
    // closes a word: "¹¿" is Windows-1252's 0xB9 0xBF, the middle of "广" (E5 B9 BF), and "å¹¿å·ž"
    // ("广州") gained 2, under the least gain applied (3; T63g).
    return (pi & ci & (FINAL | INITIAL)) !== 0 ? 0 : c === 0xbf ? 2 : 1;
  }
  // "Â" glued after a digit: 0xC2, the lead of the Latin-1 signs that follow numbers ("25Â°C",
  // "7Âº", "5Â½"), through Windows-1252 and 1250, whose 0xBA is "ş": "7Âş" for "7º" gained 1
  // (T64e), a letter beside a letter. No word opens with "Â" glued to a number (Turkish
  // "Âşık", French "Âge" stand apart from one).
  return c === 0xc2 && pk === KIND.digit ? 2 : 0;
}

/**
 * ‚ „ † ‡ ‰ ‹: Windows-1252's 0x82 and 0x84-0x8B signs, the second byte of currency signs,
 * letterlike signs, arrows and mathematical operators (E2 82-E2 8B: "â‚«" for "₫", "â„¢" for "™",
 * "â†’" for "→", "â‰¥" for "≥"). Compared, not looked up: "â" opens most Windows-1252 mojibake
 * ("â€™"), and every such pair asks. "‚" since T59g: "₫", "₡", "₣" and "₿" read "â‚" before
 * « ¡ £ ¿, signs that may open a word, and alone gained 2, under the least gain applied (3).
 * Windows-1257 reads 0xE2 as "ā" and has these signs where 1252 does: "ā‚« 20" is "₫ 20" (T61e).
 * Latvian ends words in "ā", but glues none of these signs to one ("Rīgā‰", "mājā‚" are no text).
 */
const isASign = (c: number): boolean =>
  c === 0x201a || c === 0x201e || c === 0x2020 || c === 0x2021 || c === 0x2030 || c === 0x2039;

/**
 * Whether `c` (class `info`), the character before an "â", leaves that "â" ending a word: ASCII
 * or a letter. No word ends in "â" (or "ā") glued to a sign of {@link isASign} ("Meridianâ„¢",
 * "x â‰¥ 5"): 3. After a sign the "â" is inside a longer garble ("ã¢â‚¬â„¢ãƒæ’", hopeless.ts), costed as before.
 */
const wordEdge = (c: number, info: number): boolean => c < 0x80 || kindOf(info) === KIND.letter;

/**
 * € ‚ „ † ‡ ˆ ‰ ‹: Windows-1252's 0x80-0x8B signs (1250 has them all but ˆ), the second byte of
 * the capitals "À" "Â" "Ä" "Æ" "Ç" "È" "É" "Ë" (C3 80-C3 8B). Compared, not looked up.
 */
const isCapitalSign = (c: number): boolean => c === 0x20ac || c === 0x2c6 || isASign(c);

/**
 * Whether the pair at `all[i]` is "Ã" (Windows-1252's 0xC3) or "Ă" (Windows-1250's) glued to a
 * sign of {@link isCapitalSign} and closing a word, after ASCII or a letter (`p2Info` the class of
 * all[i - 2]): a capital through 1252 or 1250 at a word's end ("PAYÃ‰" for "PAYÉ", "Ã‰" for the
 * Portuguese "É", "CAFĂ‰"). Portuguese ends words in "Ã" ("IRMÃ", "MAÇÃ") and Romanian in "Ă"
 * ("CASĂ"), but clean text glues none of these signs after a letter (‰ follows a number, the
 * others open a quote or stand apart); "…", "’", "”", "–", "—", "›", "•" may close such a word,
 * so "PÃ…" ("PÅ") is left. Since T58a "Ä" too (0xC4 through Windows-1252 and 1250): "CASÄ‚" is
 * the Romanian "CASĂ" (C4 82), and German, which ends few words in "Ä", glues no such sign to it.
 * The window's edge counts as a word's end, as its start does for "â":
 * nothing outside [lo, hi) is read, so a window read in place costs what its copy does.
 */
function capitalAtWordEnd(
  all: readonly number[],
  i: number,
  lo: number,
  hi: number,
  p2Info: number,
): boolean {
  if (!isCapitalSign(all[i] as number)) return false;
  if (i - 2 >= lo && !wordEdge(all[i - 2] as number, p2Info)) return false;
  return i + 1 >= hi || !isWordChar(all[i + 1] as number);
}

/**
 * … ‘ ’ “ ” • – —: Windows-874's 0x85 and 0x91-0x97, the only signs of its 0x80-0x9F row. After
 * "เธ" or "เน" (E0 B8 and E0 B9, the lead bytes of every Thai character, read through 874) they are
 * a Thai letter's or digit's last byte: "เธ–" is "ถ" (E0 B8 96), "เธ”" "ด", "เน–" "๖". Thai writes
 * "เธอ" and "เน้น", but no word of it stops at "เธ" or "เน" before a quotation mark, a dash or a
 * bullet, so such a pair costs 3 (T59e: "ถ", "สด", "มด" and "ถาม" stayed as they came, their
 * Thai letters free beside each other and these signs free after a letter). Compared, not looked
 * up: the engine asks it after every "ธ" and "น".
 */
const isThaiRowSign = (c: number): boolean =>
  (c >= 0x2013 && c <= 0x2014) ||
  (c >= 0x2018 && c <= 0x2019) ||
  (c >= 0x201c && c <= 0x201d) ||
  c === 0x2022 ||
  c === 0x2026;

/** Whether `open` opens the quotation that `close` (’ or ”) ends: ‘…’ or “…”. */
const quotedFrom = (open: number, close: number): boolean =>
  open === (close === 0x2019 ? 0x2018 : 0x201c);

/**
 * Whether `cp` (all[i]), a sign of {@link isThaiRowSign} after "ธ" or "น", follows "เ" there:
 * a Thai character's last byte through 874. Not a syllable quoted whole ("‘เน’", "“เธ”": a
 * closing mark after "เ" opened by its mark).
 */
function thaiAfterE(all: readonly number[], i: number, lo: number, cp: number): boolean {
  return (
    isThaiRowSign(cp) &&
    i - 2 >= lo &&
    all[i - 2] === 0xe40 &&
    !((cp === 0x2019 || cp === 0x201d) && i - 3 >= lo && quotedFrom(all[i - 3] as number, cp))
  );
}

/**
 * Whether the no-break space at `all[i]`, after the letter `p` (class `pInfo`), is French
 * typography: before » ; : ! ? ("ÉTÉ\u00a0»", "CASSÉ\u00a0!"), where a word ends. Not after "Ã"
 * or "Â": their 0xA0 is "à" and a no-break space's own lead byte (C3 A0, C2 A0).
 */
function frenchSpace(
  all: readonly number[],
  i: number,
  hi: number,
  p: number,
  pInfo: number,
): boolean {
  return (
    p >= 0x80 &&
    p !== 0xc3 &&
    p !== 0xc2 &&
    kindOf(pInfo) === KIND.letter &&
    i + 1 < hi &&
    i + 1 < all.length &&
    isFrenchClose(all[i + 1] as number)
  );
}

/**
 * The pair (all[i - 1], all[i]) read in place, `pc` its {@link pairCost} and `p2Info` the class
 * of all[i - 2]: 0 for a no-break space of French typography (frenchSpace), 3 for "â" ending a
 * word glued to a sign of {@link isASign}, for a capital at a word's end (capitalAtWordEnd) and for
 * "เธ" or "เน" glued to a sign of {@link isThaiRowSign}, else `pc`.
 */
function pairInPlace(
  all: readonly number[],
  i: number,
  lo: number,
  hi: number,
  pc: number,
  pInfo: number,
  p2Info: number,
): number {
  const p = all[i - 1] as number;
  const cp = all[i] as number;
  if (cp === 0xa0) return frenchSpace(all, i, hi, p, pInfo) ? 0 : pc;
  if (p === 0xc3 || p === 0x102 || p === 0xc4)
    return capitalAtWordEnd(all, i, lo, hi, p2Info) ? 3 : pc;
  // "ธ" or "น" after "เ" (windowCost asks only after those two).
  if ((p | 1) === 0xe19) return thaiAfterE(all, i, lo, cp) ? 3 : pc;
  // Windows-1251 reads 0xE2 as "в" ("в‰¤" for "≤", "в‚¬" for "€", T64e), the Russian preposition,
  // which may be glued to the opening quote "„" ("в„Газпроме“"), not to the other signs.
  return (p === 0xe2 || p === 0x101 || (p === 0x432 && cp !== 0x201e)) &&
    isASign(cp) &&
    (i - 2 < lo || wordEdge(all[i - 2] as number, p2Info))
    ? 3
    : pc;
}

/**
 * Marks that may follow a closing guillemet where a word ends (a quotation closed, then a dash,
 * an ellipsis, a bullet or a footnote: "«ya está»…", "«está»” dijo", "«está»¹"). Compared, not
 * looked up.
 */
const isAfterQuote = (c: number): boolean =>
  c === 0x2019 ||
  c === 0x201d ||
  c === 0xbb ||
  c === 0x203a ||
  c === 0x2026 ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 0x2022 ||
  c === 0xb9 ||
  c === 0xb2 ||
  c === 0xb3;

/**
 * The cost of the character `all[i]` (class `info`, beyond ASCII) glued after "á»" or "į»"
 * (T61e): Vietnamese letters U+1EC0-U+1EFF are E1 BB 80-BF in UTF-8, and every Latin page that
 * reads 0xE1 as "á" and 0xBB as "»" (Windows-1252, 1250, 1254, Latin-1, ISO-8859-15, -9; 1257
 * reads 0xE1 as "į") writes them "á»" and one sign or letter of the 0x80-0xBF row: "Nguyá»…n",
 * "Thá»‹", "Há»“ng", "Tá»•ng". Each of those pairs costs nothing (» may end a word, …, • and “
 * may open one). Windows-1250 reads 0xBA as "ş": U+1E80-U+1EBF (E1 BA 80-BF) are "áş" and one
 * more ("Huáşż" for "Huế"), and no language writes "á" beside "ş". Spanish and Portuguese
 * close a quotation after "á" ("«ya está»"), and may follow it with a closing mark, a dash or an
 * ellipsis where a word ends ("está»…"); no language glues another sign or letter to that »,
 * nor lets one of those marks run on into a word: 3. A space or a no-break space costs nothing.
 */
function vietnameseAfterGuillemet(
  all: readonly number[],
  i: number,
  hi: number,
  info: number,
): number {
  if (kindOf(info) === KIND.space) return 0;
  const cp = all[i] as number;
  if (!isAfterQuote(cp)) return 3;
  return i + 1 < hi && isWordChar(all[i + 1] as number) ? 3 : 0;
}

/**
 * A one-letter word that is a non-ASCII capital ("Ã", "Å", "Ð") followed by a lowercase word, or
 * by a word that starts with another non-ASCII capital: what "à" and "Š" become when their 0xA0
 * byte turned into a space. Spaced-out capitals ("C O N C L U S Ã O") do not count.
 */
function loneCapital(
  all: readonly number[],
  i: number,
  lo: number,
  hi: number,
  info: number,
): number {
  const cp = all[i] ?? 0;
  // Only capitals that are UTF-8 lead bytes in Latin-1 (Â…ß): "À" at the start of a sentence is a
  // word. A lone Cyrillic or Greek capital before a Latin word counts too ("trouve Г l’ouest":
  // "à" through Windows-1251). `info`: charInfo(cp).
  const foreign =
    isUpper(info) && (scriptOf(info) === SCRIPT.cyrillic || scriptOf(info) === SCRIPT.greek);
  if (!foreign && (cp < 0xc2 || cp > 0xdf || !isUpper(info))) return 0;
  const prev = i > lo ? all[i - 1] : undefined;
  if (prev !== undefined && prev !== 0x20 && prev !== 0x27 && prev !== 0x2019) return 0;
  // Read inside the text only: a read past its end deoptimised windowCost ('out of bounds').
  if (i + 1 >= all.length || all[i + 1] !== 0x20) return 0;
  // "Ã  demain": the 0xA0 became a space beside the word gap's own ("à demain").
  const gap = !foreign && i + 2 < all.length && all[i + 2] === 0x20 ? 3 : 2;
  const next = i + gap < hi ? all[i + gap] : undefined;
  if (next === undefined) return 0;
  const nextInfo = charInfo(next);
  if (foreign) return isLower(nextInfo) && scriptOf(nextInfo) === SCRIPT.latin ? 3 : 0;
  if (isLower(nextInfo)) return 3;
  // "Ã  Besançon", "Ã  100 %": no word is a lone "Ã" or "Â" (à and a no-break space), and two
  // spaces after one are its lost 0xA0 and the gap, whatever word follows.
  const k = kindOf(nextInfo);
  if (gap === 3 && (cp === 0xc2 || cp === 0xc3) && (k === KIND.letter || k === KIND.digit))
    return 3;
  return next >= 0xc0 && isUpper(nextInfo) ? 2 : 0;
}

/**
 * The cost of `segment` read between `before` and `after` (up to two characters of context on
 * each side; their own unigram costs are not counted).
 */
export function segmentCost(
  segment: readonly number[],
  before: readonly number[],
  after: readonly number[],
): number {
  return windowCost(
    [...before, ...segment, ...after],
    before.length,
    before.length + segment.length,
  );
}

// windowCost's memo. The cost of a window is a function of its characters and where the segment
// lies in it, nothing else (cost.prop.test.ts: read in place, it is the cost of its copy), and the
// engine asks for the same few windows again and again: a group's neighbours and itself ("Ã©t"
// between "r" and "s") recur across the pages of a run, the runs of a message and the messages
// of a stream. On the text bench's never-seen stream (seed 12, after three passes over seed 11)
// windowCost was 9.5% of the instructions, 1,900 a call; over half its calls were a window met
// before (T66d). Direct-mapped and bounded: SLOTS windows of at most MEMO_MAX characters, each
// slot its key (length + 1, 0 when empty; the segment's start and end in the window; the
// characters) and its cost. A window found costs a hash and a comparison of its characters.
const MEMO_MAX = 16;
const MEMO_BITS = 13;
const STRIDE = MEMO_MAX + 3;
const memoKeys = new Int32Array((1 << MEMO_BITS) * STRIDE);
const memoCosts = new Float64Array(1 << MEMO_BITS);
// The slots in use, less one: all of them unless a test asked for fewer (resetWindowMemo).
let memoMask = (1 << MEMO_BITS) - 1;

/**
 * Empties {@link windowCost}'s memo and lets it use 2^`bits` of its slots (all 8,192 unless
 * given): tests give it one, so that every window takes the slot of the one before and every
 * part of the key is asked.
 *
 * @param bits - How many slots, as a power of two from 0 to 13.
 */
export function resetWindowMemo(bits = MEMO_BITS): void {
  memoKeys.fill(0);
  memoMask = (1 << Math.max(0, Math.min(MEMO_BITS, Math.trunc(bits)))) - 1;
  forgetLongWindows();
}

// The long windows (over MEMO_MAX characters) of one call, kept from where a cost is first
// computed to where the same window is asked again (session 53, V53d). A fresh message asks a
// fifth of its long windows' characters twice (V52e: 21% of 240k a pass of text 11 3 12): the
// proof that a run is quiet (quietRun.ts) and readShared's cost of the same group in place; a
// decoded text costed in place at one depth (textCost) and the same characters as the run one
// layer down (innerLayer.ts reads them between the same neighbours); the inner text at that
// layer and again where the outer reading takes its gain (gainOf). Those asks lie a few long
// windows apart (16 catch all of them on that pass), so the last RECENT are kept and compared
// with, no hash: a long window costs ~300 instructions a character, a look-up a few per slot
// whose length and segment match, and a miss a copy of its characters (a hash of every long
// window was what a memo of them could not win back, session 52). Emptied at each repairText
// call (forgetLongWindows): nothing is kept from one call to the next.
// What an exact split could share (session 55, V55e, a fresh pass of seed 12 after one of seed 11):
// 3,864 long windows computed (188k characters); 1,207 of them (44.6k) textCost's scratch, a new
// text each time, whose common prefix and suffix with the last 16 windows is 24% of all the
// characters; the other 2,657 over 1,113 arrays cover 92.8k positions with 143.4k characters, so
// a cost summed once per position of an array would leave at most 35% of those (~20M of the 79M
// windowCostOnce spends on long windows, before its edges are read again): no 3% there.
const RECENT = 16;
// The longest window kept: a run is read in pieces of LONG_RUN (1,024) characters (engine.ts).
const RECENT_MAX = 2048;
// Per slot: the window's length + 1 (0: empty), the segment's start and end in it.
const recentKeys = new Int32Array(RECENT * 3);
const recentChars = new Int32Array(RECENT * RECENT_MAX);
const recentCosts = new Float64Array(RECENT);
// The call each slot was kept in (forgetLongWindows numbers them).
const recentCalls = new Int32Array(RECENT);
let call = 1;
let recentNext = 0;

/**
 * Empties the long windows {@link windowCost} keeps for the call in progress: repairText calls
 * it first, so that a call's costs are its own windows' (and tests, for a memo emptied whole).
 */
export function forgetLongWindows(): void {
  // A new number, not the slots emptied: fill() cost 6M a pass of text 11 3 12, a loop of 16 stores
  // 3.6M a pass of text 11 (a call each). A slot kept under an older number is empty.
  call = (call + 1) | 0;
  recentNext = 0;
}

/** {@link windowCostOnce} of a window over MEMO_MAX characters, or its cost kept by the call. */
function longWindowCost(
  all: readonly number[],
  segFrom: number,
  segTo: number,
  lo: number,
  hi: number,
): number {
  const n = hi - lo;
  if (n > RECENT_MAX) return windowCostOnce(all, segFrom, segTo, lo, hi);
  const from = segFrom - lo;
  const to = segTo - lo;
  for (let k = 0; k < RECENT; k++) {
    const m = 3 * k;
    if (recentKeys[m] !== n + 1 || recentKeys[m + 1] !== from || recentKeys[m + 2] !== to) continue;
    if (recentCalls[k] !== call) continue;
    const at = k * RECENT_MAX;
    let i = 0;
    while (i < n && recentChars[at + i] === all[lo + i]) i++;
    if (i === n) return recentCosts[k] as number;
  }
  const cost = windowCostOnce(all, segFrom, segTo, lo, hi);
  const k = recentNext;
  recentNext = k + 1 === RECENT ? 0 : k + 1;
  const at = k * RECENT_MAX;
  for (let i = 0; i < n; i++) recentChars[at + i] = all[lo + i] as number;
  recentKeys[3 * k] = n + 1;
  recentKeys[3 * k + 1] = from;
  recentKeys[3 * k + 2] = to;
  recentCosts[k] = cost;
  recentCalls[k] = call;
  return cost;
}

/**
 * {@link segmentCost} of `all[segFrom, segTo)`, with `all[lo, hi)` around it as its context: the
 * same number, read in place from an array the caller has at hand (no copies; nothing outside
 * [lo, hi) is read; the segment lies inside it: lo <= segFrom <= segTo <= hi). Windows of up to
 * MEMO_MAX characters are remembered by their characters (the memo above).
 */
export function windowCost(
  all: readonly number[],
  segFrom: number,
  segTo: number,
  lo = 0,
  hi = all.length,
): number {
  const n = hi - lo;
  if (n > MEMO_MAX) return longWindowCost(all, segFrom, segTo, lo, hi);
  const from = segFrom - lo;
  const to = segTo - lo;
  // FNV-1a over the key's words.
  let h = Math.imul(0x811c9dc5 ^ (n | (from << 5) | (to << 10)), 0x01000193);
  for (let i = lo; i < hi; i++) h = Math.imul(h ^ (all[i] as number), 0x01000193);
  const slot = (h ^ (h >>> MEMO_BITS) ^ (h >>> (2 * MEMO_BITS))) & memoMask;
  const at = slot * STRIDE;
  let hit = memoKeys[at] === n + 1 && memoKeys[at + 1] === from && memoKeys[at + 2] === to;
  for (let i = 0; hit && i < n; i++) hit = memoKeys[at + 3 + i] === all[lo + i];
  if (hit) return memoCosts[slot] as number;
  const cost = windowCostOnce(all, segFrom, segTo, lo, hi);
  memoKeys[at] = n + 1;
  memoKeys[at + 1] = from;
  memoKeys[at + 2] = to;
  for (let i = 0; i < n; i++) memoKeys[at + 3 + i] = all[lo + i] as number;
  memoCosts[slot] = cost;
  return cost;
}

/**
 * {@link windowCost} computed, never looked up in its memo: what the memo keeps, and the oracle
 * cost.prop.test.ts holds the memo to.
 */
export function windowCostOnce(
  all: readonly number[],
  segFrom: number,
  segTo: number,
  lo = 0,
  hi = all.length,
): number {
  let cost = 0;
  // A combining mark with nothing before it has no base at all.
  const first = segTo > segFrom ? (all[segFrom] as number) : 0;
  if (segFrom === lo && kindOf(charInfo(first)) === KIND.mark) cost += 2;
  let upperRun = 0;
  let upperWide = false;
  // The character before i (0 at lo) and the classes of the two before it, carried along: each
  // character's class is looked up once (this loop is the engine's hottest).
  let p = 0;
  let pInfo = 0;
  let p2Info = 0;
  // Nothing past segTo adds to the cost (loneCapital reads ahead on its own, up to hi): the loop
  // stops at segTo's pair, and the segment's unigram costs (integers: the sum's order does not
  // change it) are summed here, with the class looked up once for both.
  const stop = segTo < hi ? segTo + 1 : hi;
  // The halfwidth katakana run last judged (kanaWord.ts), up to kanaEnd: free when Japanese.
  let kanaEnd = -1;
  let kanaFree = false;
  for (let i = lo; i < stop; i++) {
    const cp = all[i] ?? 0;
    const info = charInfo(cp);
    if (i >= segFrom && i < segTo) {
      // A halfwidth kana (U+FF66-U+FF9F) asks, once a run, whether its run is a Japanese word
      // glued before a full-width mark: then it costs nothing. One comparison for the others.
      if (isHalfKana(cp)) {
        if (i >= kanaEnd) {
          let s = i;
          while (s > lo && isHalfKana(all[s - 1] as number)) s--;
          kanaEnd = i + 1;
          while (kanaEnd < hi && isHalfKana(all[kanaEnd] as number)) kanaEnd++;
          kanaFree =
            kanaEnd < hi && isFullMark(all[kanaEnd] as number) && japaneseKanaRun(all, s, kanaEnd);
        }
        if (!kanaFree) cost += unigramCost(info);
      } else cost += unigramCost(info);
    }
    // Pairs that touch the segment: (i-1, i) for i in [segFrom, segTo].
    if (i > lo && i >= segFrom && i <= segTo) {
      const pc = pairCost(p, cp, pInfo, info);
      // Two pairs read beyond themselves, rare: a call of its own keeps this loop small.
      // "Ã"/"Ă"/"Ä" asks only before a sign of isCapitalSign, "ธ"/"น" before one of
      // isThaiRowSign (all at or above U+02C6): not "Ã©". The sign is asked first: most pairs
      // end below it, and skip the four comparisons of the lead.
      cost +=
        cp === 0xa0 ||
        p === 0xe2 ||
        p === 0x101 ||
        (cp >= 0x2c6 && (p === 0xc3 || p === 0x102 || p === 0xc4 || (p | 1) === 0xe19)) ||
        (cp >= 0x201a && p === 0x432)
          ? pairInPlace(all, i, lo, hi, pc, pInfo, p2Info)
          : pc;
    }
    if (i >= segFrom && i < segTo + 1) {
      // "Ã…" as a word of its own ("Ã… och Ã„", the Swedish "Å och Ä" through Windows-1252, C3
      // 85): "…" may end a word, but no word is a lone "Ã" (Portuguese writes it inside words:
      // "SÃO…", "NÃO…"), so "Ã" opening a word and "…" closing it cost 2, as a sign glued there.
      if (
        cp === 0x2026 &&
        p === 0xc3 &&
        i > lo &&
        (i - 2 < lo || kindOf(p2Info) !== KIND.letter) &&
        (i + 1 >= hi || !isWordChar(all[i + 1] as number))
      )
        cost += 2;
      // Two or more capitals that turn lowercase, with a non-ASCII letter at the turn ("AHř",
      // "ÄŒeština", "ÄÆdomu"): a decoding artefact far more often than a word.
      // Not "ß": German capitals keep it where the rare capital "ẞ" is not typed ("GROßE
      // STRAßE", "GIEßEN" in an address export), so it turns no case.
      if (upperRun >= 2 && isLower(info) && cp !== 0xdf && (cp >= 0x80 || upperWide))
        cost += upperWide ? 3 : 2;
      // Vietnamese's capital horn letters "Ơ" and "Ư" standing alone in mid-sentence (a space
      // before, after a small letter or a digit, and a space or the end after): Vietnamese opens
      // no word of its own with one capital there, while Windows-1250 reads 1257's "Ć" and a
      // no-break space (C6 A0) as "Ơ" (T69e: "Kanelbullar 6 st Ć  80 g" came back "Ơ", a tie with
      // 1257's "à" taken by the more common page). 1, which breaks that tie.
      if (
        (cp === 0x1a0 || cp === 0x1af) &&
        i - 2 >= lo &&
        all[i - 1] === 0x20 &&
        (isLower(p2Info) || ((all[i - 2] as number) >= 0x30 && (all[i - 2] as number) <= 0x39)) &&
        (i + 1 >= hi || all[i + 1] === 0x20)
      )
        cost += 1;
      // Windows-1251's "В" (0xC2, the lead of Latin-1's signs) opening a word before "Ѕ" or "ѕ"
      // (0xBD, 0xBE: "ВЅ" for "½", "Вѕ" for "¾"; T69e: "Ring size ВЅ" gained 0). Both are
      // letters, so the sign rules above do not see them; "Ѕ" is Macedonian's alone, and no
      // clean text of the corpora, the audits or ftfy's cases opens a word with "вѕ": 3, as
      // Windows-1252's "Â½" weighs.
      if (
        p === 0x412 &&
        (cp === 0x405 || cp === 0x455) &&
        (i - 2 < lo || kindOf(p2Info) !== KIND.letter)
      )
        cost += 3;
      // A lone capital pays only where its space is inside the segment: the group that took that
      // space for a lost 0xA0 ("Å " → "Š", "Ã " → "à"). A capital a repair writes before a space
      // the reading left outside ("Ã…" → "Å" in "Ã… och Ã„", the Swedish "Å och Ä") was read
      // from bytes before that space, and was charged after a space or at the text's start but
      // not after a line break until T48d.
      // Asked of capitals only (loneCapital's own first test): its call and its reads were 12.8M
      // of windowCostOnce's 91.4M on text 11 3 12, at every character of a segment.
      if (i + 1 < segTo && isUpper(info)) cost += loneCapital(all, i, lo, hi, info);
      // "á»" (or 1250's "áş") glued to a sign or letter beyond ASCII: Vietnamese through
      // Windows-1252/1250/1254 or Latin-1 ("Nguyá»…n", "Thá»‹", "Tá»•ng", 1250's "Huáşż"), and
      // 1257's "įŗ" (0xBA is "ŗ" there: "Huįŗæ" for "Huế", T64e).
      if (
        // 0x15F "ş" or 0x157 "ŗ": one comparison.
        (p === 0xbb || (p | 8) === 0x15f) &&
        cp >= 0x80 &&
        i - 2 >= lo &&
        (all[i - 2] === 0xe1 || all[i - 2] === 0x12f)
      )
        cost += vietnameseAfterGuillemet(all, i, hi, info);
      // "‚" and two characters of Mac Roman's 0x80-0xBF row, the first an accented letter of its
      // 0x80-0x9F: Mac Roman's reading of U+2000-U+27FF (E2 80-9F, then any continuation byte),
      // every dash, quote, bullet, ellipsis, minus and arrow ("‚Äì" for "–", "‚Äô" for "’", "‚àí"
      // for "−", "‚Ä¢" for "•"). German opens a quotation with "‚" ("‚Äpfel‘"), but no word opens
      // with two such characters ("Äì", "àí"): 3 (T64e: "Brunost 500 g ‚Äì Tine" gained 0).
      // Asked at "‚" (rare: one comparison a character), of the two after it up to segTo.
      if (
        p === 0x201a &&
        i - 1 >= segFrom &&
        i + 1 <= segTo &&
        i + 1 < hi &&
        isMacRowLetter(cp) &&
        isMacRow(all[i + 1] as number)
      )
        cost += 3;
      // A dash or a single quotation mark glued after an accented letter of Mac Roman's 0x80-0x9F
      // row and before a character of its 0x80-0xBF: Mac Roman reads the lead bytes of
      // Cyrillic and Armenian as "–" "—" "‘" "’" and every continuation byte as a character
      // of that row ("–ù–∏—à" for "Ниш": "ù–∏" is the first letter's second byte, the next one's
      // lead and its second byte; T65e, gained 2). Clean text glues a dash between two words
      // ("Malmö–Århus", whose reading "MalmöЁrhus" mixes two scripts and costs more) or a quote
      // after one ("l’été", an ASCII letter before it). Not after a sign of the row: a garble of
      // lowercased mojibake three layers deep ("ãƒæ’ã‚", hopeless.ts) reads as nothing better.
      // Asked at the sign's neighbour, rare.
      if (
        (p - 0x2013) >>> 0 <= 6 &&
        macLeadSign(p) &&
        i - 2 >= lo &&
        isMacRow(cp) &&
        isMacRowLetter(all[i - 2] as number)
      )
        cost += 2;
      // "Ă", "Г", "Ć" or "Ā" opening a word, glued to a sign that may not close one: the lead
      // byte 0xC3 (C2 for "Ā") through Windows-1250, 1251 and 1257, and a Latin-1 letter's or
      // sign's second byte ("tr Ă¶.g.", "Г¶", "Ć¶" for "ö"; "size Ā½" for "½"). A letter glued to
      // such a sign costs 2 (pairCost); through Windows-1252 the same bytes read "Ã¶" and "Â½",
      // whose "Ã" and "Â" cost 1 of their own, while these four are letters of Romanian, Russian,
      // Polish and Latvian and cost nothing: 1 more, so that the same two bytes weigh the same
      // through each page (T64e: they gained 2, under the least gain applied, 3). A word is
      // not opened by such a letter and a sign in any of those languages. Windows-1251's "В" (its
      // 0xC2: "В°C", "В©", "В§" for "°C", "©", "§") too, but not before "«": Russian opens a
      // quotation after its preposition "в", and may glue the two ("В«Газпроме»").
      // The sign's kind is asked first: most characters are letters, and skip the five leads.
      if (
        kindOf(info) >= KIND.punct &&
        (p === 0x102 ||
          p === 0x413 ||
          p === 0x106 ||
          p === 0x100 ||
          (p === 0x412 && cp !== 0xab)) &&
        (info & FINAL) === 0 &&
        isOdd(cp, kindOf(info)) &&
        !isCjkPunct(cp) &&
        (i - 2 < lo || kindOf(p2Info) !== KIND.letter)
      )
        cost += 1;
      // A sign glued between two letters ("Ã©t", "Ã¼y"), other than an apostrophe or a hyphen;
      // "…" 3: it is 0x85 in every Windows page, the continuation byte of "Å" ("Ă…terbetalning"
      // through Windows-1250, "Г…" through 1251), of "ą", "х" and "Ņ", and clean text seldom
      // glues it between two letters.
      if (i - 2 >= lo && kindOf(info) === KIND.letter && kindOf(p2Info) === KIND.letter) {
        const pk = kindOf(pInfo);
        // "Ă" opening a word, then a sign or "ś" glued to a small letter: Windows-1250's reading of
        // C3 84, C3 96, C3 9C ("Ă„nderung", "Ă–deme", "Ăśber" for "Ä", "Ö", "Ü"). "Ă" is a letter
        // of Romanian and costs nothing of its own ("Ăsta"), so such a pair costs 3 (no language
        // writes "Ă" beside "ś", nor opens a word with "Ă" and a sign).
        const opens1250 =
          all[i - 2] === 0x102 &&
          isLower(info) &&
          (i - 3 < lo || kindOf(charInfo(all[i - 3] as number)) !== KIND.letter);
        if (isOdd(p, pk) && p !== 0xa0 && !JOINERS.has(p) && !isCjkPunct(p))
          cost += p === 0x2026 || opens1250 ? 3 : 2;
        // "Ã–lfilter", "Bericht_Ã–sterreich": a word opened by "Ã" and an en dash glued to a
        // small letter is "Ö" through Windows-1252 (C3 96). The dash costs nothing elsewhere
        // ("A–Z", "Paris–Berlin"), but a word does not open with "Ã" and a dash ("Ã – b", with
        // spaces, and "Ã–Ã–" stay signs). Not the apostrophe (C3 92, "Ò"): "a lot of Ã’s" is
        // clean English about mojibake (one of ftfy's negative cases). Windows-1251 reads 0xC3 as
        // "Г" and 1257 as "Ć" (T63g: "Г–berg" and "Ć–berg" for "Öberg", "Åsa Öberg" came back
        // half repaired): these before a Latin letter only ("Г–н" is Russian).
        else if (
          p === 0x2013 &&
          (all[i - 2] === 0xc3 ||
            ((all[i - 2] === 0x413 || all[i - 2] === 0x106) && scriptOf(info) === SCRIPT.latin)) &&
          // The "Ã" inside the segment read: before it, the window's edge is no word's start (a
          // piece "â€“" read after "MALMÃ–" saw "Ã–â" open a word and won over the whole "Ö–").
          i - 2 >= segFrom &&
          isLower(info) &&
          (i - 3 < lo || kindOf(charInfo(all[i - 3] as number)) !== KIND.letter)
        )
          // "Ã" carries a cost of its own (1, charClass.ts), "Г" and "Ć" none: 3 with it, as
          // 1250's "Ă–" (opens1250; T64e: "Г–rebro" and "Ć–rebro" for "Örebro" gained 2).
          cost += all[i - 2] === 0xc3 ? 2 : 3;
        else if (opens1250 && (p === 0x2013 || p === 0x15b)) cost += 3;
        // A middle dot between a lowercase letter and a capital, one of them beyond ASCII
        // ("í·Éõ"): Catalan and French inclusive writing keep one case across it ("col·lecció",
        // "client·e·s"), while Mac Roman reads 0xE1, the lead of U+1000-U+1FFF (Georgian's
        // "·Éí" for "გ"), as "·" after the last letter's continuation byte.
        else if (
          p === 0xb7 &&
          isLower(p2Info) &&
          isUpper(info) &&
          (cp >= 0x80 || (all[i - 2] as number) >= 0x80)
        )
          cost += 2;
      }
    }
    if (isUpper(info)) {
      upperWide = upperRun === 0 ? cp >= 0x80 : upperWide || cp >= 0x80;
      upperRun++;
    } else upperRun = 0;
    p2Info = pInfo;
    pInfo = info;
    p = cp;
  }
  return cost;
}
