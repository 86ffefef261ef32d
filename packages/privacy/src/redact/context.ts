import { isDigitAt, shadowTop, sliceOf, unitAt } from './digits.js';
import {
  GLUED_REFERENCE_ENDINGS,
  HU_MY_NUMBER_OWNERS,
  KZ_MY_NUMBER_OWNERS,
  LANGUAGE_REFERENCE_WORDS,
  MY_NUMBER_OWNERS,
  NUMBER_WORDS,
  PHONE_WORDS,
  REFERENCE_WORD_PREFIXES,
  REFERENCE_WORDS,
  UZ_MY_NUMBER_OWNERS,
  VERSION_WINDOW,
  VERSION_WORDS,
} from './keywords.js';
import { lineAboveEnd } from './labelAbove.js';
import { LABEL_WORD_ENDS, runsOn } from './labelWordEnds.js';
import { noteLabels } from './laterPass.js';
import { cellLoose, cellRow, headerCellOf, MAX_ROW } from './lines.js';
import { languageOf } from './locales.js';
import { precomposedTwin } from './nukta.js';
import { releaseAfterCall } from './release.js';
import type { RecognizerContext } from './types.js';

/** What the nearest keyword before a span says it is. */
export type ContextKind = 'own' | 'phone' | 'reference' | 'none';

// How far before a value its label may stand. A reference label must be close ("order #", "nr
// zamówienia: "); a label for personal data may sit a little further ("my PESEL number is ").
const OWN_WINDOW = 48;
const REFERENCE_WINDOW = 24;

const LETTER = /\p{L}/u;
// Chinese and Japanese write without spaces: a number right after a kana or a Han character is not
// glued to a word, as it would be after a Latin letter. Korean spaces its words but writes their
// particles onto them, a number's too ("010-1234-5678이고", "192.168.0.1에서"): Hangul beside a
// value is not a code either. Thai, Lao, Khmer and Myanmar write their words without spaces too:
// "โทร0812345678ค่ะ" ("call", the number, a polite particle) kept the phone as a code's, glued to
// Thai letters (the twelfth audit's session; email.ts reads those scripts so since T36c).
const SPACELESS =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u30fc\u3000-\u303f\uff01-\uff0f]/u;

/** Whether `c` is a letter of a script that separates words with spaces (so a value next to it is glued). */
export function isGlueLetter(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  // ASCII answers from its code: a Latin letter is glue, nothing else is (no ASCII is spaceless).
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(c) && !SPACELESS.test(c);
}

/** Whether `c` is a character of a script written without spaces (Han, kana, Thai…). */
export function isSpaceless(c: string): boolean {
  return c !== '' && c.charCodeAt(0) >= 0x80 && SPACELESS.test(c);
}

function startsWord(lower: string, at: number, end: number, word: string): boolean {
  const first = word.charCodeAt(0);
  const spaced = (first >= 0x61 && first <= 0x7a) || cyrillic(first) || greekOrArabic(first);
  return (
    !spaced ||
    at === 0 ||
    (!letterAt(lower, at - 1) && !bracketed(lower, at, end)) ||
    prefixedAt(lower, at, end, word) ||
    (arabic(first) && particlesPlain(lower, at))
  );
}

// The particles Arabic writes onto the word after them (the plain reading: startsWord): "و", "ف"
// (and, so), then "ب", "ك", "ل" (with, as, for) or the article "ال" ("بال", "كال"; "لل" is "ل" and
// "ال"): "للتواصل", "والتواصل", "بالجوال", "الواتس" start "تواصل", "جوال", "واتس" where "متواصل"
// (continuous), "التجوال" (roaming) do not. Four units at most.
const ARABIC_CLITICS = /[وف]?(?:[بكک]?ال|لل|[بلكک])?$/;

/**
 * Whether the units right before `at` in `s` are Arabic particles ({@link ARABIC_CLITICS}) after
 * no letter: the plain reading of {@link arabicCliticsBefore}. The pattern's first match is the
 * longest run of them before `at`; a shorter one after no letter would be inside it.
 */
function particlesPlain(s: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  const m = ARABIC_CLITICS.exec(s.slice(from, at)) as RegExpExecArray;
  const p = from + m.index;
  return p === 0 || !letterAt(s, p - 1);
}

/**
 * Whether a word's first unit `c` (folded) is a Greek or an Arabic letter: as a Latin or a
 * Cyrillic word, such a word labels only where a word starts (V62d): "κινητό" (mobile) ends
 * "αυτοκίνητο" (a car) and "ακίνητο" (real estate), "καλέστε" (call) "προσκαλέστε" (invite),
 * "επικοινων…" (contact) "τηλεπικοινωνίες" (telecommunications); Arabic "تواصل" (contact) ends
 * "متواصل" (continuous), "جوال" (mobile) "تجوال" (roaming), "هاتف" "مهاتف". An Arabic word may
 * follow the particles written onto it (see {@link arabicCliticsBefore}).
 */
function greekOrArabic(c: number): boolean {
  return (c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff) || arabic(c);
}

/** Whether a word's first unit `c` (folded) is a letter of the Arabic script (Arabic, Persian). */
function arabic(c: number): boolean {
  return (c >= 0x620 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff);
}

/**
 * Whether the Arabic letters right before `at` in `s` (folded) are particles written onto the
 * word at `at`, after no letter: "و" or "ف", then "ب", "ك" or "ل", or the article ("ال", "بال",
 * "كال"; "لل"). Read only where a letter stands before an Arabic word.
 */
function arabicCliticsBefore(s: string, at: number): boolean {
  let k = at;
  const c1 = lowerCodeAt(s, k - 1);
  const c2 = k >= 2 ? lowerCodeAt(s, k - 2) : 0;
  if (c1 === 0x644 && (c2 === 0x627 || c2 === 0x644)) {
    k -= 2;
    const c = k >= 1 ? lowerCodeAt(s, k - 1) : 0;
    if (c2 === 0x627 && (c === 0x628 || c === 0x6a9)) k--;
  } else if (c1 === 0x628 || c1 === 0x644 || c1 === 0x6a9) k--;
  if (k >= 1) {
    const c = lowerCodeAt(s, k - 1);
    if (c === 0x648 || c === 0x641) k--;
  }
  return k === 0 || !letterAt(s, k - 1);
}

/**
 * Whether the Cyrillic `word` at [at, end) follows one of its prefixes that starts a word
 * (keywords.ts REFERENCE_WORD_PREFIXES): "предзаказ" is a pre-order, its "заказ" an order's word;
 * or ends a word glued after any Cyrillic part, with one of its endings (GLUED_REFERENCE_ENDINGS):
 * "спецзаказ", "автозаказа". Read only where a letter stands before a Cyrillic word (no word
 * starts there).
 */
function prefixedAt(s: string, at: number, end: number, word: string): boolean {
  if (!cyrillic(unitAt(word, 0))) return false;
  for (const prefix of REFERENCE_WORD_PREFIXES[word] ?? []) {
    const from = at - prefix.length;
    if (from < 0 || (from > 0 && letterAt(s, from - 1))) continue;
    let k = 0;
    while (k < prefix.length && lowerCodeAt(s, from + k) === prefix.charCodeAt(k)) k++;
    if (k === prefix.length) return true;
  }
  return gluedAt(s, at, end, word);
}

// The most letters read back for the part glued before an order word: a word's, not a text's.
const GLUED_PART = 16;

/**
 * Whether the Cyrillic `word` at [at, end) ends, with one of its endings, a word that Cyrillic
 * letters only start ("спецзаказ", "автозаказу"; not "OZONзаказ", "спецзаказчик").
 */
function gluedAt(s: string, at: number, end: number, word: string): boolean {
  const endings = GLUED_REFERENCE_ENDINGS[word];
  if (endings === undefined || !endingAt(s, end, endings)) return false;
  for (let k = at - 1; k >= at - 1 - GLUED_PART; k--) {
    if (k < 0 || !letterAt(s, k)) return true;
    const c = lowerCodeAt(s, k);
    if (!cyrillic(c) && !isMark(c)) return false;
  }
  return false;
}

/** Whether one of `endings` (folded) stands at `end` of `s` and ends a word there. */
function endingAt(s: string, end: number, endings: readonly string[]): boolean {
  for (const ending of endings) {
    const after = ending === '' ? end : wordEnd(s, end, ending);
    if (after >= 0 && !letterAt(s, after)) return true;
  }
  return false;
}

/**
 * Whether a word's first unit `c` (folded) is a Cyrillic letter: a Cyrillic word, as a Latin one,
 * labels only where a word starts. "тел " ends "хотел " (I wanted: "я хотел 380671234567" is no
 * phone's label), and at a line's start no space stood before it for " тел " to match ("тел
 * 89161234567" stayed, T38d).
 */
function cyrillic(c: number): boolean {
  return c >= 0x430 && c <= 0x4ff;
}

/**
 * Whether the word at [at, end) stands in square brackets: a placeholder a pass before wrote
 * ("[PHONE]"), no label of the value after it ("João,[PHONE],1234567890": the order's number).
 */
function bracketed(s: string, at: number, end: number): boolean {
  // (Read through unitAt, inside `s` only: its callers ask after a word start past the text's
  // first unit, and the shadows are strings of several kinds, whose `s.charCodeAt` look-up went
  // megamorphic in endAt, T66c.)
  return at > 0 && end < s.length && unitAt(s, at - 1) === 91 && unitAt(s, end) === 93;
}

/**
 * Whether a reference word ending at `end` is a verb there: a Korean or Japanese noun that a
 * light verb (하다, する) follows ("주문했는데", "注文した": I ordered) names no order, and the phone
 * after it is not the order's; nor do English "ordered", "ordering" and German "bestellt",
 * "bestellte", "bestellen" ("Bestellung", "Bestellnummer" and "orders" still do). Nor is a
 * word that another before it makes some other noun's (Turkish "sipariş numaram") a label there.
 */
function verbAt(s: string, at: number, end: number, word: string): boolean {
  // (The units after the word read through unitAt and inside `s` only, -1 past its end: endAt
  // asks at every word it finds, at a text's end too, and the shadows are strings of several
  // kinds, whose `s.charCodeAt` look-up went megamorphic there, T66c. Only a Hangul or kana unit
  // reads the one after it.)
  const n = s.length;
  const unit = end < n ? unitAt(s, end) : -1;
  let c = unit;
  if (c >= 0x1100) {
    let after = end + 1 < n ? sliceOf(s, end + 1, end + 2) : '';
    // Hangul typed decomposed (NFD, conjoining jamo: a macOS file name's) read as its syllables.
    if (c <= 0x11ff) {
      const syllables = s.slice(end, end + 6).normalize('NFC');
      c = syllables.charCodeAt(0);
      after = syllables.charAt(1);
    }
    // 하다's syllables (LIGHT_VERB); さ, し, す, せ and their voiced twins (not ぜ: せ and a
    // separate voicing mark): after a noun written in kana, Han or Hangul only ("order핸드폰",
    // "счёт핸드폰": a reference word glued to the Korean phone word).
    if (
      (c >= 0xd558 && c <= 0xd588 && LIGHT_VERB.includes(String.fromCharCode(c))) ||
      (c === 0xd587 && TYPED_PAST.includes(after)) ||
      (c >= 0x3055 && c <= 0x305b && !(c === 0x305b && after === '\u3099'))
    ) {
      const whole = word.normalize('NFC');
      return whole.charCodeAt(0) >= 0x3040 && REFERENCE_WORDS.includes(whole);
    }
  }
  // Any other word is answered by one look-up, not by nine compares of strings (T70b).
  return BESIDE_READ.has(word) && besideRead(s, at, end, word);
}

/**
 * The words {@link besideRead} can answer true for: verbAt asks it about them alone. Internal (a
 * property test holds it to besideRead, asked about any other word).
 *
 * @since 0.1.0
 */
export const BESIDE_READ: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'commande',
  'envio',
  'no',
  'comanda',
  'numaram',
  'нөмірім',
  'raqamim',
  'order',
  'bestell',
  'kom.',
  '電話',
  ...Object.keys(LABEL_WORD_ENDS),
]);

/**
 * Whether the reference word `word` at [at, end) of `s` is a verb, or another noun's number, by
 * what stands beside it (verbAt's reading after the light verbs). Internal (see BESIDE_READ).
 *
 * @since 0.1.0
 */
export function besideRead(s: string, at: number, end: number, word: string): boolean {
  const unit = end < s.length ? unitAt(s, end) : -1;
  // Words the fold merges with another of other meaning, told apart by the text's own last unit:
  // French "commandé(e)" (ordered) and Spanish "envió" (sent) are no "commande", "envío" ("J'ai
  // commandé hier 06 12 34 56 78"), nor is Vietnamese "nó" (it) the number word "no" ("Đơn hàng
  // 4711 của nó 0912 345 678": the phone is no order's).
  const last = lastUnit(s, end) | 0x20;
  if (
    (word === 'commande' && last === 0xe9) ||
    (word === 'envio' && last === 0xf3) ||
    (word === 'no' && last !== 0x6f) ||
    // Romanian "comandat", "comandată", "comandați" (ordered, order!) are no "comandă".
    (word === 'comanda' && (unit | 0x20) === 0x74)
  )
    return true;
  // Turkish "numaram" (my number) after another noun is that noun's number: "sipariş numaram".
  if (word === 'numaram') return !MY_NUMBER_OWNERS.includes(wordBefore(s, at));
  // Kazakh "нөмірім" (my number) likewise: "тапсырыс нөмірім" is my order number; and
  // "нөмірімен" is "with its number" (нөмір-і-мен), the number named before it.
  if (word === 'нөмірім')
    return (
      s.slice(end, end + 2).toLowerCase() === 'ен' ||
      !KZ_MY_NUMBER_OWNERS.includes(wordBefore(s, at))
    );
  // Uzbek "raqamim" (my number) likewise: "hisob raqamim" is my account number (T59b).
  if (word === 'raqamim') return !UZ_MY_NUMBER_OWNERS.includes(wordBefore(s, at));
  // Japanese "電話代", "電話料金" (the phone's bill, its charge): the number after is the bill's,
  // an amount or an account's, no phone's (V64d). Not "電話帳" (the phone book), nor Chinese
  // "话费", "電話費" (a phone's credit: "话费充值 13812345678" tops up that mobile).
  if (word === '電話') return end < s.length && PHONE_FEE.includes(s.charAt(end));
  // Hungarian "számom" (my number) likewise: "rendelési számom" is my order number (V64d); its
  // endings are read below ("számomra", for me, names no number).
  if (word === 'szamom' && !HU_MY_NUMBER_OWNERS.includes(wordBefore(s, at))) return true;
  // Polish "kom." (komórka, a mobile) is Swedish, Danish, Norwegian and Icelandic "kom." (came,
  // ending a sentence: "Paketet kom. 4011493 …"; Danish and Swedish "kom." is a kommune's too): no
  // label in a text of those languages (V62d).
  if (word === 'kom.') return NORDIC.has(languageOf(referencesOf));
  const verb = word === 'order' ? ORDER_VERB : word === 'bestell' ? BESTELL_VERB : undefined;
  if (verb !== undefined) return verb.test(s.slice(end, end + 4));
  // A label word that starts longer words ("τηλ" in "τηλεόραση", a television) ends with one of
  // its endings there, or names no phone (labelWordEnds.ts, V63d; false for any other word).
  return runsOn(s, at, end, word);
}

// What makes Japanese "電話" a fee's word when it follows: 代 ("電話代", the telephone bill), 料
// ("電話料金", telephone charges: "どのくらい電話料金を支払っているか", toha.fromation.co.jp/?p=28967;
// "電話料", the call charge). Searched 2026-12-07.
const PHONE_FEE = '代料';

/**
 * The word before `at` in `s`, folded, past at most four spaces: its last 12 letters at most
 * (longer than any of MY_NUMBER_OWNERS), '' where none stands there.
 */
function wordBefore(s: string, at: number): string {
  let k = at;
  while (k > 0 && at - k < 4 && s.charCodeAt(k - 1) === 32) k--;
  let w = k;
  while (w > 0 && k - w < 12 && letterAt(s, w - 1)) w--;
  let out = '';
  for (let i = w; i < k; i++)
    if (!isMark(s.charCodeAt(i))) out += String.fromCharCode(lowerCodeAt(s, i));
  return out;
}

/**
 * The unit before `end` as NFC writes it: a letter and the combining marks typed after it
 * (decomposed, NFD) composed into one ("commande\u0301" ends in "é", as "commandé" does).
 */
function lastUnit(s: string, end: number): number {
  let k = end - 1;
  // (Through unitAt: `end` ends a word, so `k` is inside `s`.)
  const c = unitAt(s, k);
  if (!isMark(c)) return c;
  while (k > 0 && isMark(unitAt(s, k))) k--;
  return s.slice(k, end).normalize('NFC').charCodeAt(0);
}

/**
 * Whether the code unit `c` is a combining diacritical mark (U+0300 to U+036F), which the fold
 * drops from a precomposed letter (see lowerCodeAt): typed apart from its letter (decomposed,
 * NFD: "nume\u0301ro"), a label reads it as part of that letter, so as its NFC twin reads. The
 * one place the range is written: the label fold's other readers of it ({@link withoutMarks},
 * letterAt, accented) ask this. Not what a reader of numbers skips: any combining mark, digits.ts
 * isCombiningAt (a label's letters are those whose accents NFD splits off into this block, and
 * the fold must not drop a Devanagari vowel sign; no digit takes any mark).
 *
 * @since 0.1.0
 */
export function isMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/**
 * `s` without the marks {@link isMark} holds ("nu\u0301mero" is "numero").
 *
 * @since 0.1.0
 */
export function withoutMarks(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++)
    if (isMark(s.charCodeAt(i))) {
      out += s.slice(from, i);
      from = i + 1;
    }
  return from === 0 ? s : out + s.slice(from);
}

// The text the pass reads (a context's shadow), and whether it holds one of them.
let joinsOf: string | undefined;
let joinsIn = false;
releaseAfterCall(() => {
  joinsOf = undefined;
});

/**
 * Note the text a pass reads (`context.shadow`): whether it holds a unit NFC joins, asked once
 * per text (a table's header cell, read as a label, is never noted: it would ask again per cell).
 */
function readingText(shadow: string): void {
  if (shadow !== joinsOf) {
    joinsOf = shadow;
    // (No unit JOINS holds lies below U+0300: a text whose highest unit does holds none, T68a.)
    joinsIn = shadowTop(shadow) >= JOINS_LOW && holdsJoining(shadow);
  }
}

// The units {@link joins} holds, as a class (a property test holds the two together).
const JOINS = /[\u0300-\u036f\u0653-\u0655\u1160-\u11ff\u3099\u309a]/;
/** @internal The lowest unit JOINS holds (a test holds them together). */
export const JOINS_LOW = 0x300;

/**
 * Whether `s` holds a unit that NFC joins to the one before it ({@link joins}): a regular
 * expression's scan, not a call per unit, since the text is read whole once per message that asks
 * for a label (the loop was 5% of the label look-ups' time). Internal.
 *
 * @since 0.1.0
 */
export function holdsJoining(s: string): boolean {
  return JOINS.test(s);
}

/**
 * Where a window of `n` characters before `start` in `s` starts (not before 0), a unit that NFC
 * joins to the one before it counted with that one: a label's reach is the same typed
 * decomposed (NFD) as composed ("Đơn hàng của tôi, SĐT …" spends four units more on its marks).
 * The text a pass reads with none of them (readingText) answers `start - n` at once.
 */
function windowStart(s: string, start: number, n: number): number {
  if (s === joinsOf && !joinsIn) return Math.max(0, start - n);
  return reachStart(s, start, n);
}

/**
 * Where `n` characters before `start` in `s` start (not before 0), a unit that NFC joins to the
 * one before it counted with that one (see windowStart; spoken.ts reads its window so too).
 */
export function reachStart(s: string, start: number, n: number): number {
  let k = start;
  for (let count = 0; k > 0 && count < n; k--) if (!joins(s.charCodeAt(k - 1))) count++;
  return k;
}

/**
 * Whether NFC joins the code unit `c` to the unit before it: a combining diacritical mark, Arabic
 * maddah or hamza above or below, Hangul's vowel or final jamo, kana's voicing marks. Internal.
 *
 * @since 0.1.0
 */
export function joins(c: number): boolean {
  return (
    isMark(c) ||
    (c >= 0x653 && (c <= 0x655 || (c >= 0x1160 && c <= 0x11ff) || c === 0x3099 || c === 0x309a))
  );
}

// The syllables 하다 (to do) starts with when it makes a noun a verb: its stem 하 (하다, 하고,
// 하는), 한 and 할 (past and future modifiers: 주문한 상품), 함 (nominal: 주문함), 합 (합니다), 해
// (해요, 해서) and 했 (past: 주문했는데). Not the whole of 하's and 해's blocks (U+D558-U+D58F):
// nouns start with the other syllables there, 핸 (핸드폰: "주문핸드폰" read 주문 as a verb), 항
// (항목, an item), 행 (행사, an event), 학, 핫.
const LIGHT_VERB = '하한할함합해했';
// 햇 (U+D587) is 했 typed without its double final, as chats write it ("주문햇는데 010-1234-5678로
// 연락주세요" kept the phone as the order's, the ninth audit). It starts nouns too (햇빛, 햇살, 햇반,
// 햇수, 햇고구마: "주문햇반"), so only before the syllable a past verb goes on with: 는(데), 어(요),
// 습(니다), 다, 지, 으(니), 던, 잖, 네, 음. No noun starts 햇 and one of these.
const TYPED_PAST = '는어습다지으던잖네음';

// The endings that make "order" and "bestell" verbs, then no letter.
const ORDER_VERB = /^(?:ed|ing)(?!\p{L})/iu;
const BESTELL_VERB = /^(?:te?|en)(?!\p{L})/iu;

// Words indexed by their first two code units (a one-unit word by its unit), built once per word
// list: a window is scanned once and only the few words that start with each pair are compared,
// instead of one lastIndexOf per word (there are about 150) for every candidate. Keyed by the
// first unit alone, a look-up compared about three words that share it ("c": case, call, cell…),
// a third of a label scan's cost. A bit per list in small tables of first code units (one-unit
// words) and of first pairs of code units (folded to 12 bits) answers "no word starts here" for
// most characters without the Map.
type WordIndex = {
  readonly bit: number;
  readonly byPair: Map<number, string[]>;
  // The lists of words of two units or more, by the same keys, with their units (see PairWords).
  readonly pairWords: Map<number, PairWords>;
};

/**
 * A list of an index's words that start with one pair of units (keyed as in `byPair`), with the
 * units of its words in one integer array: word `k`'s are `units[offsets[k], offsets[k + 1])`.
 * The label scan compares a word's units from there (pairEnd): read from the words, each was a
 * call of charCodeAt on a string of one of several kinds, 38% of endAt's instructions (V59h).
 */
type PairWords = {
  readonly words: readonly string[];
  readonly units: Uint16Array;
  readonly offsets: Int32Array;
  // How many first units word `k` shares with word `k - 1` (0 for the first): the words are in
  // the order of their units (backwards), so that pairEnd reads a unit the word before matched or missed
  // no second time ("telefone", "telefono", "telefonu" after "telefon", V62f).
  readonly shared: Int32Array;
  // Where every word starts with one pair (a key below U+8000's, pairOf), the words by their third
  // unit: the distinct third units in the words' order (`thirds`, falling), group `g`'s words
  // from `groups[g]` to `groups[g + 1]`, and the two-unit words after them from `two` on; empty
  // (`two` -1) where the words start with several pairs. pairEnd reads the group of the text's
  // third unit and the two-unit words alone: 23,000 of the 61,000 words a pass of redact 1 8
  // compared had another third unit (V64e).
  readonly thirds: Uint16Array;
  readonly groups: Int32Array;
  readonly two: number;
};

// The longest word a pair's list holds, and where pairEnd found each unit of the last word it
// compared (unitStart[u]: where unit u's reading starts, marks typed before it included).
let longestWord = 0;
let unitStart = new Int32Array(32);

/** The {@link PairWords} of `list`: their units, one after another, in the order of their units. */
function pairWordsOf(list: readonly string[]): PairWords {
  // (The list's own order is no answer's: pairEnd keeps the furthest end of any word. Their
  // order backwards puts a word before the words it starts with, "telefon" before "tel": a
  // shorter one that matches ends no further, and is not asked whether it starts a word.)
  const words = [...list].sort().reverse();
  const offsets = new Int32Array(words.length + 1);
  const shared = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    offsets[k + 1] = (offsets[k] as number) + word.length;
    if (word.length > longestWord) longestWord = word.length;
    if (k === 0) continue;
    const before = words[k - 1] as string;
    let n = 0;
    while (n < word.length && n < before.length && word.charCodeAt(n) === before.charCodeAt(n)) n++;
    shared[k] = n;
  }
  if (longestWord >= unitStart.length) unitStart = new Int32Array(longestWord + 1);
  const units = new Uint16Array(offsets[words.length] as number);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    for (let i = 0; i < word.length; i++) units[(offsets[k] as number) + i] = word.charCodeAt(i);
  }
  return { words, units, offsets, shared, ...groupsOf(words) };
}

/** The {@link PairWords} groups of `words` (falling in the order of their units) by third unit. */
function groupsOf(words: readonly string[]): Pick<PairWords, 'thirds' | 'groups' | 'two'> {
  const first = words[0] as string;
  const thirds: number[] = [];
  const groups: number[] = [];
  let two = words.length;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    if (
      word.length < 2 ||
      word.charCodeAt(0) !== first.charCodeAt(0) ||
      word.charCodeAt(1) !== first.charCodeAt(1)
    )
      return { thirds: new Uint16Array(0), groups: new Int32Array(0), two: -1 };
    if (word.length === 2) {
      if (two === words.length) two = k;
    } else if (two < words.length) {
      // (A longer word after a two-unit one: not the order pairEnd's groups read.)
      return { thirds: new Uint16Array(0), groups: new Int32Array(0), two: -1 };
    } else if (thirds.length > 0 && (thirds[thirds.length - 1] as number) < word.charCodeAt(2)) {
      // (A third unit rising: not the order either.)
      return { thirds: new Uint16Array(0), groups: new Int32Array(0), two: -1 };
    } else if (thirds.length === 0 || thirds[thirds.length - 1] !== word.charCodeAt(2)) {
      thirds.push(word.charCodeAt(2));
      groups.push(k);
    }
  }
  groups.push(two);
  return { thirds: Uint16Array.from(thirds), groups: Int32Array.from(groups), two };
}
const indexes = new WeakMap<readonly string[], WordIndex>();
const FOLD = 0xfff;
// The four tables below, one array of four parts (first units, first pairs, first triples, whole
// pairs, FOLD + 1 entries each): the scan asks two or four of them per unit, and each array asked
// was a check of its map and a read of where its elements are, once per part (T70b).
const tables = new Uint32Array(4 * (FOLD + 1));
// Where each part starts: the one-unit words' first units, the first pairs of longer words.
const SINGLE = 0;
const PAIRS = FOLD + 1;
// The label scan (scanSlots) reads a third unit before it asks the Map: where a pair starts a word
// of a list, seven times in ten no word of it starts there ("co" of "could" is "code"'s pair, not
// its first three; 17,226 of 23,979 pair look-ups of the corpus's label windows found none). A bit
// per list for the first three units of its longer words (folded to 12 bits) and for the pairs
// that are a whole word ("no", "id") rules out 10,853 of them before the Map and the words are
// read (T38a: 2.6% fewer instructions per label look-up).
const TRIPLES = 2 * (FOLD + 1);
const WHOLE = 3 * (FOLD + 1);
let lists = 0;
// Whether a word of some list starts with a space (the label scan reads past a space at once
// where none does).
let spaceStarts = false;
// A bit per list for each ASCII unit some word of it starts with (see `tables`).
const asciiStarts = new Uint32Array(0x80);
// The bits of the lists some word of which starts with an ASCII digit (the label scan reads a run
// of digits to its last at once where none of its lists is one of them).
let digitStarts = 0;

function pairKey(first: number, second: number): number {
  return ((first << 5) ^ second) & FOLD;
}

function tripleKey(first: number, second: number, third: number): number {
  return ((first << 10) ^ (second << 5) ^ third) & FOLD;
}

/**
 * The Map key of the words that start with the units `first`, `second` (a small integer), or,
 * without `second`, of the one-unit word `first` (negative, -1 to -65536). A pair of units below
 * U+8000 each is its key's alone (from 0 to 2^30 - 1): a list found by such a pair holds only
 * words that start with it, and endAt reads no word's first units again there. Any other pair's
 * key is below -65536, and pairs share it (their words' first units are compared).
 */
function pairOf(first: number, second?: number): number {
  if (second === undefined) return ~first;
  return (first | second) < 0x8000
    ? (first << 15) | second
    : -0x10001 - (((first << 15) ^ second) & 0x3ffeffff);
}

/**
 * The index of `words` (with a language's `own` words, see {@link buildIndex}), built once per
 * list. Only the look-up here: it is asked for each window read (lastEnd, scanWindow's callers)
 * and V8 compiled it late, in the fourth pass of the workload, with the building loop in it (one
 * of the largest compiles of that pass, T66c); the loop runs once per list, apart.
 */
function indexOf(words: readonly string[], own?: readonly string[]): WordIndex {
  return indexes.get(words) ?? buildIndex(words, own);
}

/** The index of `words` (or of `own` under the shared reference words'), made and kept. */
function buildIndex(words: readonly string[], own?: readonly string[]): WordIndex {
  // Past 31 lists the table has one bit left, and the lists after share it: a unit where a word
  // of any of them starts is read for each (the Map tells them apart). Bit 0 sent every unit to
  // the Map: a language's own reference words (two lists more, T54b) pushed the 32nd id list
  // past the table, +2.6% of redact's instructions (seed 1).
  const bit = 1 << Math.min(lists, 31);
  lists++;
  // The reference words with a language's `own` (languageReferenceWords): the shared words'
  // index, its Map copied and the own words added (a list one joins copied first), under two
  // bits, the shared list's and one for the own words (a unit where a word of either starts is
  // read; the Map holds both). Indexing the shared words again for each such language made V8
  // compile this loop (Portuguese's and Polish's, T54b: about 0.9% of redact's instructions,
  // seed 1, T55e).
  const shared = own === undefined ? undefined : indexOf(REFERENCE_WORDS);
  const byPair = shared ? new Map(shared.byPair) : new Map<number, string[]>();
  // The words folded as the text is read (see lowerCodeAt).
  for (const word of folded(own ?? words)) {
    if (word === '') continue;
    const first = word.charCodeAt(0);
    if (first === 32) spaceStarts = true;
    if (first < 0x80) asciiStarts[first] = (asciiStarts[first] as number) | bit;
    if (first >= 48 && first <= 57) digitStarts |= bit;
    let key: number;
    if (word.length === 1) {
      tables[SINGLE + (first & FOLD)] = (tables[SINGLE + (first & FOLD)] as number) | bit;
      key = pairOf(first);
    } else {
      const second = word.charCodeAt(1);
      tables[PAIRS + pairKey(first, second)] =
        (tables[PAIRS + pairKey(first, second)] as number) | bit;
      if (word.length === 2) {
        const k = pairKey(first, second);
        tables[WHOLE + k] = (tables[WHOLE + k] as number) | bit;
      } else {
        const k = tripleKey(first, second, word.charCodeAt(2));
        tables[TRIPLES + k] = (tables[TRIPLES + k] as number) | bit;
      }
      key = pairOf(first, second);
    }
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [word]);
    else if (shared) byPair.set(key, [...list, word]);
    else list.push(word);
  }
  const pairWords = new Map<number, PairWords>();
  // (A one-unit word's key is from -1 to -65536, pairOf; every other key is a pair's.)
  for (const [key, list] of byPair)
    if (key >= 0 || key < -0x10000) pairWords.set(key, pairWordsOf(list));
  const index = { bit: shared ? shared.bit | bit : bit, byPair, pairWords };
  indexes.set(words, index);
  return index;
}

/** End offset of the last occurrence of any word in `lower[from, to)`, read folded, or -1. */
export function lastEnd(lower: string, from: number, to: number, words: readonly string[]): number {
  // Only the window is read: searching the whole text would walk back to its start whenever a
  // word is absent, which is quadratic over a long transcript. The furthest end over every
  // occurrence of every word is the furthest end of each word's last occurrence.
  if (to <= from) return -1;
  return scanWindow(lower, from, to, indexOf(words));
}

/**
 * Whether a version word (keywords.ts VERSION_WORDS) ends in `lower[from, to)`, read folded:
 * `lastEnd(lower, from, to, VERSION_WORDS) >= 0`, for ip.ts's walk over the words before a dotted
 * quad (versionWordsBefore). In a text with no combining mark typed apart (readingText), a unit
 * where no version word's first one, two or three units stand (the tables scanSlots reads) starts
 * none, and a word with no such unit ("from", "server") is answered without the scan: the walk
 * once made {@link scanWindow}, its pair's read and the index's look-up hot enough for V8 to
 * compile them, about 1% of redact's instructions (seed 1) for 895 addresses (T55e).
 *
 * @since 0.1.0
 */
export function versionWordIn(lower: string, from: number, to: number): boolean {
  versions ??= indexOf(VERSION_WORDS);
  if (lower !== joinsOf || joinsIn || to + 1 >= lower.length)
    return to > from && scanWindow(lower, from, to, versions) >= 0;
  const bit = versions.bit;
  let c = lowerCodeAt(lower, from);
  let next = lowerCodeAt(lower, from + 1);
  for (let at = from; at < to; at++) {
    const third = lowerCodeAt(lower, at + 2);
    const pair = pairKey(c, next);
    // (tripleKey's, written out: a call per unit here made V8 compile it apart.)
    const triple = ((c << 10) ^ (next << 5) ^ third) & FOLD;
    const starts =
      (tables[SINGLE + (c & FOLD)] as number) |
      ((tables[PAIRS + pair] as number) &
        ((tables[TRIPLES + triple] as number) | (tables[WHOLE + pair] as number)));
    if ((starts & bit) !== 0) return scanWindow(lower, from, to, versions) >= 0;
    c = next;
    next = third;
  }
  return false;
}

function scanWindow(lower: string, from: number, to: number, index: WordIndex): number {
  const { bit, byPair } = index;
  let best = -1;
  for (let at = from; at < to; at++) {
    const c = lowerCodeAt(lower, at);
    const next = secondAt(lower, at);
    if (
      bit !== 0 &&
      ((tables[SINGLE + (c & FOLD)] as number) & bit) === 0 &&
      ((tables[PAIRS + pairKey(c, next)] as number) & bit) === 0
    )
      continue;
    // The one-unit words of this unit, then the words of this pair (no array made per unit).
    const one = byPair.get(pairOf(c));
    if (one) best = lastWordEnd(lower, at, to, one, best);
    const two = byPair.get(pairOf(c, next));
    if (two) best = lastWordEnd(lower, at, to, two, best);
  }
  return best;
}

/**
 * The folded unit after the one at `at`: past the combining marks typed after that one
 * (decomposed, NFD), as the pair a word starts with is read (see isMark).
 */
function secondAt(s: string, at: number): number {
  let k = at + 1;
  let c = lowerCodeAt(s, k);
  while (isMark(c)) c = lowerCodeAt(s, ++k);
  return c;
}

/** The furthest end past `best`, within `to`, of a word of `words` that starts a word at `at`. */
function lastWordEnd(
  lower: string,
  at: number,
  to: number,
  words: readonly string[],
  best: number,
): number {
  let found = best;
  for (const word of words) {
    if (at + word.length > to) continue;
    const end = wordEnd(lower, at, word);
    if (end < 0 || end > to || end <= found || verbAt(lower, at, end, word)) continue;
    if (startsWord(lower, at, end, word)) found = end;
  }
  return found;
}

// The reference words with a language's own (LANGUAGE_REFERENCE_WORDS), one list per language,
// made once: the same array each time, so its index is built once too.
const withLanguage = new Map<string, readonly string[]>();

// The reference words of each locale tag asked, kept: a stream of messages in several locales
// asked at every change of locale, and the look-up by the tag's language (a string sliced anew,
// as a property name) was 0.5% of a profile of redact over the corpus. Bounded: past 64 tags, cleared.
const byLocale = new Map<string, readonly string[]>();

/**
 * The reference words read for a text in `locale` (a BCP 47 tag): the shared ones, and its
 * language's own. Internal (a property test holds their index to one made from the whole list).
 *
 * @since 0.1.0
 */
export function referenceWords(locale: string): readonly string[] {
  let words = byLocale.get(locale);
  if (words === undefined) {
    words = languageReferenceWords(locale);
    if (byLocale.size >= 64) byLocale.clear();
    byLocale.set(locale, words);
  }
  return words;
}

/** {@link referenceWords}, read from the tag's language. */
function languageReferenceWords(locale: string): readonly string[] {
  const language = languageOf(locale);
  const own = LANGUAGE_REFERENCE_WORDS[language];
  if (!own) return REFERENCE_WORDS;
  let words = withLanguage.get(language);
  if (!words) {
    words = [...REFERENCE_WORDS, ...own];
    indexOf(words, own);
    withLanguage.set(language, words);
  }
  return words;
}

/** The index of {@link referenceWords}, kept for the last locale: every scan reads one. */
function referenceIndex(locale: string): WordIndex {
  if (references === undefined || locale !== referencesOf) {
    references = indexOf(referenceWords(locale));
    referencesOf = locale;
  }
  return references;
}

// The languages in which "kom." is a verb (came), no label: besideRead asks the language of the
// text whose labels are read (the locale of {@link referenceIndex}'s last look-up), only where
// "kom." stands (asked at each change of locale, it cost the scan of every text).
const NORDIC: ReadonlySet<string> = /* @__PURE__ */ new Set(['sv', 'da', 'nb', 'nn', 'no', 'is']);

/**
 * The kind of the nearest label before `start` on the same line (or, for a value that opens its
 * line, its own label ending the line above: labelAbove.ts), read with three look-ups (one per
 * word list): the plain reading, kept as the oracle of {@link contextBefore}. With `above` false,
 * the value's line alone: the oracle of {@link phoneLabelsBefore}.
 */
export function contextBeforePlain(
  context: RecognizerContext,
  start: number,
  own: readonly string[],
  window: number = OWN_WINDOW,
  above = true,
): ContextKind {
  // A table's header, read first as a label written before the value (see tableLabel).
  const label = tableLabel(context, start);
  if (label !== undefined) {
    const lower = label.toLowerCase();
    const header = { ...context, text: label, shadow: label, lower };
    const kind = contextBeforePlain(header, lower.length, own, window);
    if (kind !== 'none') return kind;
  }
  const kind = lineBeforePlain(context, start, own, window);
  if (kind !== 'none' || !above) return kind;
  // The value alone on its line but for blanks and a reply's quote marks: the line above's own
  // label names it (labelAbove.ts), read here with a search of the text before it.
  const line = /\r?\n[ \t\u00a0>]*$/.exec(context.lower.slice(0, start));
  return line !== null &&
    line.index > 0 &&
    lineBeforePlain(context, line.index, own, window) === 'own'
    ? 'own'
    : 'none';
}

/** {@link contextBeforePlain}'s reading of the value's line alone. */
function lineBeforePlain(
  context: RecognizerContext,
  start: number,
  own: readonly string[],
  window: number,
): ContextKind {
  const { lower } = context;
  // (The text's language noted, as the scan notes it: besideRead reads "kom." by it.)
  referenceIndex(context.locale);
  const line = lower.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(line, windowStart(lower, start, window));
  const ownEnd = lastEnd(lower, from, start, own);
  const phoneEnd = own === PHONE_WORDS ? -1 : lastEnd(lower, from, start, PHONE_WORDS);
  const refFrom = Math.max(line, windowStart(lower, start, REFERENCE_WINDOW));
  const refEnd = lastEnd(lower, refFrom, start, referenceWords(context.locale));
  // A "#" that another label ends at most one character before is that label's number sign; a
  // "#" that opens the text has no label before it.
  const other = Math.max(ownEnd, phoneEnd);
  const sign = refEnd >= 2 && lower.charAt(refEnd - 1) === '#' && other >= refEnd - 2;
  // A digit between a reference label and the value: the label named that other value, unless a
  // number word right before the value, after the last digit and no other label, names it again.
  // A sentence's end ends the label's reach as a digit ends it (see endsSentence).
  // A reference label further back, that only a date parts from that number word, names it too.
  const digit = Math.max(
    lower.slice(0, start).search(/[0-9][^0-9]*$/),
    lastSentenceEndPlain(lower, start),
  );
  const named = digit >= refEnd;
  const again = lastEnd(lower, digit + 1, start, NUMBER_WORDS);
  const back = refEnd >= 0 || datedReference(lower, start) >= 0;
  const ref = named ? (other < digit && closeTo(lower, again, start) && back ? again : -1) : refEnd;
  return kindOf(ownEnd, phoneEnd, sign ? -1 : ref);
}

// A full stop, "!", "?", "؟" or "…" before a space, or before one or two closing brackets or
// quotes and a space (the sentence's end unless a full stop ends an abbreviation), or a full stop
// that needs none.
const SENTENCE_END = /[。।۔！？]|[.!?؟…][)"'»«“”’」』›‹]{0,2}(?=[ \t\u00a0])/g;
const PLAIN_BEFORE_STOP = /[.…)"'»«“”’」』›‹]/;

/**
 * Where the last sentence ends before `start` in `lower` (see {@link endsSentence}), or -1: the
 * plain reading, a search over the whole text and the word before each full stop read whole.
 */
function lastSentenceEndPlain(lower: string, start: number): number {
  let last = -1;
  for (const m of lower.matchAll(SENTENCE_END)) {
    const stop = m.index;
    // The sentence ends at the match's last unit: its stop, or the quote or bracket after it.
    const at = stop + m[0].length - 1;
    if (at >= start) break;
    const before = lower.charAt(stop - 1);
    // "da... ", "da…. ", "(da). ", '"da". ': a full stop after a stop, a bracket or a quote.
    if (m[0].charAt(0) !== '.' || PLAIN_BEFORE_STOP.test(before)) {
      last = at;
      continue;
    }
    let from = stop;
    // A letter, or a combining mark typed apart from its letter (NFD), part of it (letterAt).
    while (from > 0 && letterAt(lower, from - 1)) from--;
    const word = lower.slice(from, stop).normalize('NFC');
    let letters = 0;
    for (let k = from; k < stop; k++) if (!partOfLetter(lower.charCodeAt(k))) letters++;
    const abbreviation =
      letters === 1 ||
      (letters <= MAX_ABBREVIATION && (ABBREVIATIONS.has(word) || word.endsWith('nr')));
    if (word !== '' && !abbreviation) last = at;
  }
  return last;
}

// A date, then a word (group 1) right before a value, as a number word stands ("30.11.2024 nr "):
// of six units, or seven typed decomposed (NFD: "nu\u0301mero"; "번호" is five jamo).
const DATED =
  /(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})[ ,]{0,2}(\S{1,7}?)[ .:#]{0,2}$/;

/**
 * Where the letters start before a date that alone parts a reference word from a number word
 * right before `start` ("Zamówienie z 30.11.2024 nr 600 123 456": the date put "Zamówienie" past
 * the reference window), within the own window; -1 if none. Read in `s` (the shadow or its lower
 * case: the same answer), rarely: only where a digit and no reference word stand before a value.
 */
function datedReference(s: string, start: number): number {
  const from = windowStart(s, start, OWN_WINDOW);
  const m = DATED.exec(s.slice(from, start));
  if (!m || !NUMBER_WORDS.includes((m[1] as string).normalize('NFC').toLowerCase())) return -1;
  const end = from + m.index;
  let at = end;
  // A word's vowel signs and viramas are marks, not letters (Bengali "অর্ডার", Tamil "ஆர்டர்"):
  // read as part of it, or the walk stopped inside the order's word (T64c).
  while (at > from && (s.charCodeAt(at - 1) === 32 || letterOrMarkAt(s, at - 1))) at--;
  const words = folded(REFERENCE_WORDS);
  for (let k = at; k < end; k++) if (endAt(s, k, end, words, -1) >= 0) return at;
  return -1;
}

const MARK = /\p{M}/u;

/**
 * Whether a letter ({@link letterAt}) or a combining mark of any script stands at `i` in `s`: the
 * units of a word in a script whose vowel signs are marks (Bengali, Tamil, Devanagari).
 */
function letterOrMarkAt(s: string, i: number): boolean {
  return letterAt(s, i) || (s.charCodeAt(i) >= 0x300 && MARK.test(s.charAt(i)));
}

// The last units of the number words (lower case; none ends in a letter the fold changes), and of
// their NFD forms ("번호" ends in a vowel jamo).
const NUMBER_ENDS = new Set(
  NUMBER_WORDS.flatMap((w) => [w, w.normalize('NFD')]).map((w) => w.charCodeAt(w.length - 1)),
);

/**
 * Whether a number word may end right before `start`, at most two of " .:#" between, as
 * {@link datedReference} needs: read from three units, where its regular expression reads the
 * window (0.4 runs per phone label scan cost about 8% of the scans, and most find nothing).
 */
function mayEndNumberWord(s: string, start: number): boolean {
  for (let at = start - 1; at >= 0 && at >= start - 3; at--) {
    if (NUMBER_ENDS.has(lowerCodeAt(s, at))) return true;
    // (" ", ".", ":", "#" by their units: a one-unit string made and searched for each was most
    // of this function's cost, asked by most label scans, V62f.)
    const c = unitAt(s, at);
    if (c !== 32 && c !== 46 && c !== 58 && c !== 35) return false;
  }
  return false;
}

/** Whether a word ending at `end` stands right before `start`: at most ". ", ": ", "# " between. */
function closeTo(s: string, end: number, start: number): boolean {
  return end >= 0 && start - end <= 2 && /^[ .:#\u00a0]*$/.test(s.slice(end, start));
}

function kindOf(ownEnd: number, phoneEnd: number, refEnd: number): ContextKind {
  const best = Math.max(ownEnd, phoneEnd, refEnd);
  if (best < 0) return 'none';
  if (best === refEnd) return 'reference';
  if (best === ownEnd) return 'own';
  return 'phone';
}

// Labels are read folded, text and words alike, one code unit at a time: lower case, and a letter
// without its accents (NFD's first unit where the rest are combining diacritical marks, from
// U+0300 to U+036F: Latin with Vietnamese's stacked ones, Greek tonos and dialytika, Cyrillic "ё"
// and "й"), Polish "ł", Turkish "ı" and Vietnamese "đ" as "l", "i", "d". Customers type labels without
// their accents or their language's letters ("Numero de telefono", "Don hang", "Urun kodu",
// "siparis no", "Nr zamowienia"), and Greek capitals carry no tonos ("ΤΟ ΚΙΝΗΤΟ ΜΟΥ"): one word
// per spelling was a list that never ends. Each unit folds to one unit, so every offset is the
// text's own; a unit whose lower case is longer is folded from its base ("İ" reads "i": "KİMLİK",
// "İade kodu") or stays as it is. Greek's final sigma reads as its sigma: the capital "Σ" lowers to
// "σ" wherever it stands, so "Ο ΑΡΙΘΜΟΣ ΜΟΥ" is read as "ο αριθμός μου" (the one lower-case
// mapping that depends on the neighbours, folded away). Kana, Hangul, Devanagari and Arabic
// letters decompose into marks of their own blocks, not these, and stay whole ("が" is no "か"). No folded copy of the text is
// made: ASCII from its code, any other unit once, then from a table. A text typed decomposed
// (NFD: "nume\u0301ro") keeps its marks as units of their own: a word's match skips them (wordEnd),
// and a label's window counts them with their letter (windowStart).
let foldTable: Uint16Array | undefined;
// Letters with no decomposition that customers type as a plain Latin one: ł ı đ; the Arabic
// kaf and yeh that a Persian text typed on an Arabic keyboard holds for its own ک and ی ("كد ملي:
// 0079461816" is "کد ملی", a national code's label; tenth audit); Greek's final sigma ς as σ.
const UNDECOMPOSED = 'łıđ\u0643\u064aς';
const PLAIN = 'lid\u06a9\u06ccσ';

/** Whether `d` (a unit's NFD) is a letter and the marks {@link isMark} holds after it. */
function accented(d: string): boolean {
  if (d.length < 2 || !LETTER.test(d.charAt(0))) return false;
  for (let k = 1; k < d.length; k++) if (!isMark(d.charCodeAt(k))) return false;
  return true;
}

/** The folded lower case of the code unit at `i` of `s` (NaN past the end, as charCodeAt). */
export function lowerCodeAt(s: string, i: number): number {
  return foldUnit(unitAt(s, i));
}

/** The code unit `c` folded as {@link lowerCodeAt} reads it (NaN stays NaN). */
function foldUnit(c: number): number {
  // ASCII, and NaN past the end, answer from the code.
  if (!(c >= 0x80)) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  foldTable ??= new Uint16Array(0x10000);
  let f = foldTable[c] as number;
  if (f === 0) {
    let ch = String.fromCharCode(c);
    const d = ch.normalize('NFD');
    if (accented(d)) ch = d.charAt(0);
    const lower = ch.toLowerCase();
    if (lower.length === 1) ch = lower;
    const k = UNDECOMPOSED.indexOf(ch);
    f = (k < 0 ? ch : PLAIN.charAt(k)).charCodeAt(0);
    foldTable[c] = f;
  }
  return f;
}

/**
 * `word` folded unit by unit as {@link lowerCodeAt} reads a text (same length), as one flat
 * string: made from its units at once, not joined a unit at a time. Joined, a word of 13 units or
 * more was a rope and a shorter one flat, one or two bytes a unit: the lists' words came in more
 * than four kinds of string, and each read of a word's length in the label scan (endAt) was a
 * megamorphic look-up (T66c).
 */
export function foldWord(word: string): string {
  // Made a chunk of units at a time, joined: a word read from a text (prepositions.ts wordFrom)
  // may be a hostile input's run of letters, more units than a call takes arguments.
  if (word.length <= FOLD_CHUNK) return foldedPart(word, 0, word.length);
  const parts: string[] = [];
  for (let from = 0; from < word.length; from += FOLD_CHUNK)
    parts.push(foldedPart(word, from, Math.min(word.length, from + FOLD_CHUNK)));
  return parts.join('');
}

/** The units of `word[from, to)` folded, one flat string. */
function foldedPart(word: string, from: number, to: number): string {
  const units: number[] = [];
  for (let k = from; k < to; k++) units.push(lowerCodeAt(word, k));
  return String.fromCharCode.apply(null, units);
}

// The units foldWord makes into a string at once (as digits.ts folded's chunks).
const FOLD_CHUNK = 8192;

const foldedLists = new WeakMap<readonly string[], readonly string[]>();

/**
 * The words of `words` folded ({@link foldWord}), each once: made once per list. With each word
 * decomposed (NFD) where the fold keeps its letters whole, less the marks the reading skips:
 * Hangul as its jamo, kana with a separate voicing mark, Arabic with a separate hamza ("주문",
 * "でんわ", "إصدار" typed decomposed, as a macOS file name is, read as their NFC twins).
 */
function folded(words: readonly string[]): readonly string[] {
  let list = foldedLists.get(words);
  if (list === undefined) {
    list = [
      ...new Set(
        words.flatMap((w) => [
          foldWord(w),
          foldWord(withoutMarks(w.normalize('NFD'))),
          // A letter with a nukta that NFC leaves decomposed, typed precomposed (nukta.ts).
          foldWord(precomposedTwin(w)),
        ]),
      ),
    ];
    foldedLists.set(words, list);
  }
  return list;
}

/**
 * Where `word` (folded) ends in `shadow` from `at`, read folded from its unit `known` (the units
 * before it are known to match), or -1: a combining mark typed apart from its letter (NFD) is
 * read as part of it, inside the word and after its last letter, so that "nume\u0301ro" ends
 * where "numéro" does. Internal (a property test holds it to {@link wordEndPlain}).
 *
 * @since 0.1.0
 */
export function wordEnd(
  shadow: string,
  at: number,
  word: string,
  known = 0,
  n = word.length,
): number {
  let i = at;
  // (Its length read once, given by endAt, and its units and the shadow's through unitAt: the
  // words of the lists are strings of several kinds, and a look-up per unit on them went
  // megamorphic, T64d.)
  // Each unit of the shadow is read once, for the marks and the compare (was twice: 14% of the
  // label scan's word matching, T69b); the units known to match are not read at all.
  for (let k = 0; k < n; k++, i++) {
    if (k < known && k === 0) continue;
    let u = unitAt(shadow, i);
    if (k > 0) while (isMark(u)) u = unitAt(shadow, ++i);
    if (k >= known && foldUnit(u) !== unitAt(word, k)) return -1;
  }
  while (isMark(unitAt(shadow, i))) i++;
  return i;
}

/**
 * {@link wordEnd} as it read each unit twice (for the marks, then for the compare): its oracle.
 * Internal (a property test holds the two together).
 *
 * @since 0.1.0
 */
export function wordEndPlain(shadow: string, at: number, word: string, known = 0): number {
  let i = at;
  for (let k = 0; k < word.length; k++, i++) {
    if (k > 0) while (isMark(shadow.charCodeAt(i))) i++;
    if (k >= known && lowerCodeAt(shadow, i) !== word.charCodeAt(k)) return -1;
  }
  while (isMark(shadow.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether the unit at `i` is a letter (a lower-case unit is one exactly when its original is), or
 * a combining mark ({@link isMark}) or kana's voicing mark ({@link partOfLetter}), part of the
 * letter before it ("Xe\u0301order" glues "order" as "Xéorder" does; "コート\u3099." ends in a
 * word as "コード." does); prepositions.ts reads its words with it.
 *
 * @since 0.1.0
 */
export function letterAt(s: string, i: number): boolean {
  const c = unitAt(s, i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  // (Past the text's end: no letter.)
  if (!(c < 0x10000)) return false;
  if (partOfLetter(c)) return true;
  // LETTER's answer for each unit past ASCII, asked once: a word of another script before a "."
  // called the expression per letter (~500 instructions each, 1.8M a pass of redact 1, V63f).
  letterUnits ??= new Uint8Array(0x10000);
  let known = letterUnits[c] as number;
  if (known === 0) {
    known = LETTER.test(s.charAt(i)) ? 1 : 2;
    letterUnits[c] = known;
  }
  return known === 1;
}

// Of each code unit past ASCII, whether LETTER holds it: 1 it does, 2 it does not, 0 not asked yet.
let letterUnits: Uint8Array | undefined;

/**
 * Whether the code unit `c`, typed apart from its letter (NFD), is part of it as a word reads it:
 * a combining mark ({@link isMark}), or kana's voicing or semi-voicing mark (U+3099, U+309A:
 * "ド" as "ト\u3099"). Not {@link isMark}: the fold drops those marks, and "ド" is no "ト"; a
 * word's end and its letters' count read both (T54b: "商品コード. 0151 23456789" typed decomposed
 * kept the phone, the full stop after "ト\u3099" read as no word's).
 */
function partOfLetter(c: number): boolean {
  return isMark(c) || c === 0x3099 || c === 0x309a;
}

/**
 * The furthest end of a word of `list` starting at `at` and ending by `to`, or `best`. A caller
 * that has read the lowered unit at `at` (`c`) gives it: not read again; `exact` where every word
 * of `list` is known to start with it (a one-unit word's list of an index): the words' first
 * units are not read either. The words of a pair's list, with the pair and the third unit read,
 * are compared by {@link pairEnd} (the third's reading here before V59h, T70b).
 */
function endAt(
  shadow: string,
  at: number,
  to: number,
  list: readonly string[],
  best: number,
  c = -1,
  exact = false,
) {
  const known = c < 0 ? 0 : 1;
  let found = best;
  for (let k = 0; k < list.length; k++) {
    const word = list[k] as string;
    const n = word.length;
    if (at + n > to || (!exact && known > 0 && unitAt(word, 0) !== c)) continue;
    const end = wordEnd(shadow, at, word, known, n);
    if (end < 0 || end > to || end <= found || verbAt(shadow, at, end, word)) continue;
    if (startsAt(shadow, at, end, word, unitAt(word, 0))) found = end;
  }
  return found;
}

/**
 * Whether a word of a list found at `at` (ending at `end`, its first unit `first`) stands where a
 * label may: a word that starts with a Latin, Cyrillic, Greek or Arabic letter must start a word,
 * or follow one of its prefixes ("предзаказ": prefixedAt), an Arabic one the particles written
 * onto it ("للتواصل": arabicCliticsBefore); other scripts' words (Han, kana, Hangul, Devanagari…)
 * may stand anywhere (endAt's and pairEnd's test).
 */
function startsAt(shadow: string, at: number, end: number, word: string, first: number): boolean {
  return (
    ((first < 0x61 || first > 0x7a) && !cyrillic(first) && !greekOrArabic(first)) ||
    at === 0 ||
    (!letterAt(shadow, at - 1) && !bracketed(shadow, at, end)) ||
    prefixedAt(shadow, at, end, word) ||
    (arabic(first) && arabicCliticsBefore(shadow, at))
  );
}

/**
 * {@link endAt} for a pair's words (`list`, each of two units or more), the lowered units at `at`
 * and after it given (`c`, `next`) and the third (`third`, at `thirdAt`, -1: not read): the
 * words' units read from the list's integer arrays (see PairWords), not from the words.
 */
function pairEnd(
  shadow: string,
  at: number,
  to: number,
  list: PairWords,
  best: number,
  c: number,
  next: number,
  third: number,
  thirdAt: number,
  exact: boolean,
): number {
  const { words, units, offsets, shared } = list;
  let found = best;
  // The words read: all of them, or, where the list's words are grouped by their third unit and
  // the text's is read, the group of that unit (from `k` to `skip`) and the two-unit words (from
  // `resume`): the others miss at their third unit.
  let k = 0;
  let skip = -1;
  let resume = 0;
  const two = list.two;
  if (two >= 0 && exact && thirdAt >= 0 && !pairsWhole) {
    const thirds = list.thirds;
    let g = 0;
    while (g < thirds.length && (thirds[g] as number) > third) g++;
    const held = g < thirds.length && thirds[g] === third;
    k = held ? (list.groups[g] as number) : two;
    skip = held ? (list.groups[g + 1] as number) : two;
    resume = two;
  }
  // The last word compared from its fourth unit: how many of its first units match the text
  // (`known`; 0: none compared yet), and the fewest first units the words since it share (with
  // it, the words being in the order of their units). A word that shares more than `known`
  // misses where it missed; one that shares fewer is read from the first unit it does not share.
  let known = 0;
  let common = 0;
  unitStart[3] = thirdAt + 1;
  for (; k < words.length; k++) {
    if (k === skip) {
      k = resume;
      if (k >= words.length) break;
    }
    const from = offsets[k] as number;
    const n = (offsets[k + 1] as number) - from;
    const sharing = shared[k] as number;
    if (sharing < common) common = sharing;
    if (
      at + n > to ||
      (!exact && ((units[from] as number) !== c || (units[from + 1] as number) !== next))
    )
      continue;
    const word = words[k] as string;
    let end: number;
    if (n > 2 && thirdAt >= 0) {
      if ((units[from + 2] as number) !== third) continue;
      if (common > known) continue;
      const u = Math.max(common, 3);
      end = unitsEndAt(shadow, units, from, u, n);
      known = end < 0 ? unitMissed : n;
      common = n;
    } else end = wordEnd(shadow, at, word, 2, n);
    if (end < 0 || end > to || end <= found || verbAt(shadow, at, end, word)) continue;
    if (startsAt(shadow, at, end, word, units[from] as number)) found = end;
  }
  return found;
}

// The unit of the word unitsEndAt compared last where the text read another (where it returned -1).
let unitMissed = 0;

// Whether pairEnd reads every word of a pair's list, as before V64e (see readPairsWhole).
let pairsWhole = false;

/**
 * Whether the label scan's {@link pairEnd} reads every word of a pair's list (`true`: its reading
 * before V64e) or the group of the text's third unit and the two-unit words alone (`false`, the
 * default). The first is the oracle of the second: a property test holds the label readings of
 * the two together. Internal.
 *
 * @since 0.1.0
 */
export function readPairsWhole(whole: boolean): void {
  pairsWhole = whole;
}

/**
 * {@link wordEnd}'s reading of the word at `units[from, from + n)` from its unit `u` on (the units
 * before it known to match), that unit's reading (or the marks before it) starting at
 * `unitStart[u]`: each unit's start noted in `unitStart` as it is matched, the unit missed in
 * `unitMissed`.
 */
function unitsEndAt(
  shadow: string,
  units: Uint16Array,
  from: number,
  u: number,
  n: number,
): number {
  let i = unitStart[u] as number;
  for (; u < n; u++, i++) {
    let c = unitAt(shadow, i);
    while (isMark(c)) c = unitAt(shadow, ++i);
    if (foldUnit(c) !== (units[from + u] as number)) {
      unitMissed = u;
      return -1;
    }
    unitStart[u + 1] = i + 1;
  }
  while (isMark(unitAt(shadow, i))) i++;
  return i;
}

/**
 * Whether the unit `c` at `at` of `shadow` (`next` the lowered unit after it) ends a sentence, so
 * that a reference word before it names no value after it: "Preciso da nota fiscal. 123.456.789-09
 * é o meu." (the CPF is the customer's, not the invoice's), "Bestellung ist da. 0151 23456789",
 * "سفارش دادم. لطفاً با ۰۹۱۲ …". A full stop no abbreviation uses ("。", "।", Urdu "۔") and a
 * full-width "！" or "？" end one wherever they stand; "!", "?" and Arabic "؟" before a space; a
 * "." before a space after a word that is no abbreviation: "Bestellnr. 12345", "Order no. 123456",
 * "pedido n. 4711", "Ref. 12345678" keep their number (one letter, a number word, a word that
 * ends in "nr", or one of {@link ABBREVIATIONS}). A "." after no letter ("30.11. ", "n°. ") ends
 * nothing here (a digit before it already ended the reach).
 */
function endsSentence(shadow: string, at: number, c: number, next: number): boolean {
  // No unit below "!", none from "@" to before "«", ends one or closes a quote (letters, most
  // of a window, answer here).
  if (c < 33 || (c > 63 && c < 0xab)) return false;
  if (c === 0x3002 || c === 0x964 || c === 0x6d4 || c === 0xff01 || c === 0xff1f) return true;
  if (next !== 32 && next !== 9 && next !== 0xa0) return false;
  // Neither a stop nor a closer ends one (a comma, a colon, a digit's sign before a space: most
  // units that reach here): answered without the call of stopEnds, the unit before read and the
  // closers' set asked (-12,000 such calls a pass of the redact workload, V62f).
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x61f && c !== 0x2026 && !isCloser(c)) return false;
  // A closing bracket or quote after a stop ends the sentence the stop ended, one unit later:
  // 'Er schrieb "Bestellung ist da." 0151 23456789'; "(Order no.) 123" keeps its number. So do
  // two, a quote inside a bracket or a bracket inside a quote ('(sagte er: "Die Bestellung ist
  // da.") 0151 23456789', «(ist da.)»), two units later: one mark alone ended a sentence where
  // two marks ended nothing, and the reference word before them named the phone after them.
  // One loop for the stop and the closers after it, each step's unit before read ahead: a first
  // closer before a space met code never run in the scan compiled around this (message 325 of
  // the stream) and threw it away (--trace-deopt); a step back now runs what the first ran.
  let k = at;
  let u = c;
  for (;;) {
    if (stopEnds(shadow, k, u)) return true;
    const back = k - 1;
    const before = back >= 0 ? lowerCodeAt(shadow, back) : Number.NaN;
    if (back < at - 2 || !isCloser(u)) return false;
    k = back;
    u = before;
  }
}

/**
 * Whether the stop `c` at `at` of `shadow` ends a sentence, read as if a space followed it: "!",
 * "?", "؟", an ellipsis "…", and a "." after the last "." of "..." ("Bestellung ist da... 0151
 * 23456789"), after a closing bracket or quote ("Bestellung (ist da). 0151 …", 'Bestellung "ist
 * da". 0151 …', «…». and „…“.), or after a word that is no abbreviation.
 */
function stopEnds(shadow: string, at: number, c: number): boolean {
  if (c === 33 || c === 63 || c === 0x61f || c === 0x2026) return true;
  if (c !== 46) return false;
  const before = unitAt(shadow, at - 1);
  if (before === 46 || before === 0x2026 || isCloser(before)) return true;
  if (!letterAt(shadow, at - 1)) return false;
  // The word before a "." read once a text: the windows of a text's values overlap, and each read
  // the same stop again (477 of 2,733 look-ups a pass of redact 1, ~1,900 instructions each, V63f).
  if (at === stopAt && shadow === stopOf) return stopAnswer;
  stopOf = shadow;
  stopAt = at;
  stopAnswer = !abbreviationBefore(shadow, at);
  return stopAnswer;
}

// The last "." stopEnds read past a word, in which text, and its answer (let go with the call).
let stopOf: string | undefined;
let stopAt = -1;
let stopAnswer = false;
releaseAfterCall(() => {
  stopOf = undefined;
  stopAt = -1;
});

// The closing brackets and quotes: ) " ' » « “ ” ’ 」 』 › ‹ (« and ‹ close »German« quotes).
const CLOSERS = ')"\'»«“”’」』›‹';

// Their code units, asked by number: endsSentence asks at the end of every word before a space
// (its last letter), not only rarely, and a one-unit string made and searched for each was 7% of
// a label look-up's profile ticks (with holdsJoining, 14.5% fewer instructions a look-up).
const CLOSER_UNITS: ReadonlySet<number> = /* @__PURE__ */ new Set(
  Array.from(CLOSERS, (c) => c.charCodeAt(0)),
);

/** Whether the code unit `c` is one of {@link CLOSERS}. */
function isCloser(c: number): boolean {
  // (ASCII's three answered by compares, not the set: most units asked are ASCII.)
  if (c < 0x80) return c === 41 || c === 34 || c === 39;
  return CLOSER_UNITS.has(c);
}

/**
 * Whether a sentence ends (see {@link endsSentence}) in `s[from, to)`, read in lower case: where a
 * reader of its own (the spoken numbers') finds a reference word, one scan of what stands after it.
 */
export function sentenceEndsIn(s: string, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < to; at++) {
    if (endsSentence(s, at, lowerCodeAt(s, at), lowerCodeAt(s, at + 1))) return true;
  }
  return false;
}

// Abbreviations that stand between a reference word and its value or a name ("Order ref. 123",
// "Rechnung Nr. 4711", "Tel. 0151…", "Bestellung für Hr. Müller"), lower case and not folded (a
// Vietnamese "nó." ends its sentence, as "no." does not); besides them every
// number word ("nr", "no", "num", "nº"…), every word of one letter ("n.", an initial) and every
// word that ends in "nr" (German compounds: "Bestellnr.", "Kundennr.", "Rechnungsnr.").
const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...NUMBER_WORDS,
  'ref',
  'réf',
  'rif',
  'art',
  'inv',
  'tel',
  'tél',
  'tlf',
  'ph',
  'mob',
  'cel',
  'fax',
  'mr',
  'mrs',
  'ms',
  'dr',
  'hr',
  'fr',
  'sr',
  'sra',
  'st',
  'ca',
  'bzw',
  'vgl',
  'approx',
]);
// Longer words are no abbreviation ("Lieferscheinnr." has 14 letters, "Kundenauftragsnr." 16):
// the walk back over a word stops there.
const MAX_ABBREVIATION = 16;

// The ASCII units an abbreviation's last letter may be, lower case: those of ABBREVIATIONS and
// the "r" of a word that ends in "nr" (made once, on the first ASCII word read).
let abbreviationEnds: Uint8Array | undefined;

/** {@link abbreviationEnds}, made from ABBREVIATIONS. */
function abbreviationEndsOf(): Uint8Array {
  const ends = new Uint8Array(0x80);
  ends[0x72] = 1; // "r": a word that ends in "nr"
  for (const word of ABBREVIATIONS) {
    const last = word.charCodeAt(word.length - 1);
    if (last < 0x80) ends[last] = 1;
  }
  return ends;
}

/**
 * Whether the letters before the "." at `dot` of `shadow` are an abbreviation (see endsSentence).
 * A word of ASCII letters (most of those read, 70% on the corpus) is its own NFC form, and one
 * whose last letter ends no abbreviation is none: answered without a copy, its normalising (a call
 * into the runtime) and its lower case, where each dot a label window met cost ~2,400
 * instructions (1% of redact's, seed 1, V54c). {@link abbreviationBeforePlain} is the reading
 * without these shortcuts, held to this one by abbreviations.prop.test.ts. Internal.
 *
 * @since 0.1.0
 */
export function abbreviationBefore(shadow: string, dot: number): boolean {
  // Its letters counted without the marks typed apart from them (NFD), and read composed (NFC):
  // "Te\u0301l." is "Tél.".
  let from = dot;
  let length = 0;
  let ascii = true;
  while (from > 0 && length <= MAX_ABBREVIATION && letterAt(shadow, from - 1)) {
    from--;
    const c = unitAt(shadow, from);
    if (c >= 0x80) ascii = false;
    if (!partOfLetter(c)) length++;
  }
  if (length === 1) return true;
  if (length > MAX_ABBREVIATION) return false;
  if (!ascii) return plainAbbreviation(shadow.slice(from, dot).normalize('NFC'));
  // (An ASCII letter lowered: its bit 0x20 set.)
  abbreviationEnds ??= abbreviationEndsOf();
  if (abbreviationEnds[unitAt(shadow, dot - 1) | 0x20] === 0) return false;
  return plainAbbreviation(shadow.slice(from, dot));
}

/** Whether `word` (NFC) lowered is one of ABBREVIATIONS or ends in "nr". */
function plainAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || lower.endsWith('nr');
}

/**
 * {@link abbreviationBefore} as it read every word before V54c: each word copied, normalised
 * (NFC) and lowered, then looked up. The oracle of its ASCII shortcuts (abbreviations.prop.test.ts).
 * Internal.
 *
 * @since 0.1.0
 */
export function abbreviationBeforePlain(shadow: string, dot: number): boolean {
  let from = dot;
  let length = 0;
  while (from > 0 && length <= MAX_ABBREVIATION && letterAt(shadow, from - 1)) {
    from--;
    if (!partOfLetter(unitAt(shadow, from))) length++;
  }
  if (length === 1) return true;
  if (length > MAX_ABBREVIATION) return false;
  const word = shadow.slice(from, dot).normalize('NFC').toLowerCase();
  return ABBREVIATIONS.has(word) || word.endsWith('nr');
}

// The lists one scan reads, each from its own window start: their indexes, where each window
// starts, and the furthest end found per list (-1: none). Module scratch, not a new array per call.
const MAX_SLOTS = 4;
const slotIndex: (WordIndex | undefined)[] = [undefined, undefined, undefined, undefined];
// The indexes of the lists every scan reads, kept: not a WeakMap look-up each per scan.
let references: WordIndex | undefined;
let referencesOf = '';
let phones: WordIndex | undefined;
let versions: WordIndex | undefined;
const slotFrom = new Int32Array(MAX_SLOTS);
const slotEnd = new Int32Array(MAX_SLOTS);
// Where the word that ends at slotEnd starts.
const slotWord = new Int32Array(MAX_SLOTS);
// Of the last scan: its last digit, where the reference word a digit dropped starts (-1: none, or
// one found after the last digit stands), and the end of a number word right before the value
// after that digit (-1: none), which gives the value back to the dropped label.
let lastDigit = -1;
let dropped = -1;
let again = -1;
// Where the last scan's widest window started.
let scanFirst = 0;

/**
 * One pass over `shadow` (read folded: see lowerCodeAt) before `start`, on its line: for each of the first
 * `count` slots, the furthest end of a word of its list that starts at or after its window start
 * (`start - slotFrom[k]`, not before the line) and ends by `start`, in `slotEnd`. The line start
 * is not looked for first: a line break met on the way drops what was found before it, and a
 * digit drops a reference word (slot 1) found before it (see `dropped` and `again`).
 */
function scanSlots(shadow: string, start: number, count: number): void {
  let bits = 0;
  let all = false;
  // (An integer from here on: `start` as given is a tagged value, and the loop's position, from
  // it, was kept tagged and checked a small integer at each unit, spilled and reloaded, V64e.)
  let first = start | 0;
  // Whether the text is the one a pass reads and holds no unit NFC joins (windowStart), asked
  // once, not per slot.
  const plain = shadow === joinsOf && !joinsIn;
  for (let k = 0; k < count; k++) {
    const bit = (slotIndex[k] as WordIndex).bit;
    // A list with bit 0 would have every character read for it (indexOf gives none now).
    if (bit === 0) all = true;
    bits |= bit;
    const n = slotFrom[k] as number;
    const from = (plain ? Math.max(0, start - n) : reachStart(shadow, start, n)) | 0;
    slotFrom[k] = from;
    slotEnd[k] = -1;
    if (from < first) first = from;
  }
  scanFirst = first;
  // Read once: a look-up per unit on the texts' strings, of several kinds, went megamorphic (T64d).
  const length = shadow.length;
  let prevLatin = false;
  // The last line break read: a word found before it (slotWord at or before it) is on another
  // line, and is dropped once the window is read. Dropped there, not at the break: the first
  // window that held a line break met a clearing never run before and threw this function's
  // compiled code away (--trace-deopt); keeping the break's place runs nothing new.
  let line = first - 1;
  lastDigit = -1;
  dropped = -1;
  again = -1;
  // Each unit is lowered once: the next one, read for the pair table, is kept for the next step.
  // Past the text's end it reads 0, not NaN, which every use of it reads alike (the pair table's
  // key, a sentence's end, a mark, endAt's second unit): a unit that may be NaN was a tagged
  // number in the compiled loop, checked and untagged at each step (T69b: 0.4% of redact's
  // instructions, seed 1).
  // Any other unit than ASCII is read from the fold's table (foldUnit's, made here if no fold
  // made it yet), foldUnit asked only for a unit it holds no answer for yet (0): lowerCodeAt's
  // call per such unit read the unit again and cost ~68 instructions (44,400 calls, 3.0M a pass
  // of redact 1 8, V64e).
  foldTable ??= new Uint16Array(0x10000);
  const folds = foldTable;
  const u0 = first < length ? shadow.charCodeAt(first) : 0;
  let next = u0 < 0x80 ? (u0 >= 0x41 && u0 <= 0x5a ? u0 + 32 : u0) : (folds[u0] as number);
  if (next === 0 && u0 !== 0) next = foldUnit(u0) | 0;
  for (let at = first; at < start; at++) {
    const c = next;
    // (An ASCII unit lowered here, any other from the table: lowerCodeAt's call per unit, which
    // V8 did not inline into this loop, cost ~4.7M instructions a pass of redact 1 8, V63f.)
    const u = at + 1 < length ? shadow.charCodeAt(at + 1) : 0;
    if (u < 0x80) next = u >= 0x41 && u <= 0x5a ? u + 32 : u;
    else {
      next = folds[u] as number;
      if (next === 0) next = foldUnit(u) | 0;
    }
    // A space: no line break, digit or sentence's end, and where no word of any list starts with
    // one, nothing starts here (most of a window's units that are no Latin letter, T53c).
    if (c === 32 && !spaceStarts) {
      prevLatin = false;
      continue;
    }
    // A word that starts with a Latin letter starts a word: not right after another Latin letter.
    // (Lowered, an upper-case Latin letter reads as a lower-case one.) A Latin letter is no line
    // break, digit or sentence's end either: most units of a window are read no further.
    const latin = c >= 0x61 && c <= 0x7a;
    if (latin) {
      if (prevLatin) continue;
      prevLatin = true;
    } else prevLatin = false;
    // A line break: what was found before it is on another line (no word holds one).
    if (c === 10) {
      line = at;
      dropped = -1;
    }
    // A reference label names the first value after it: a digit after it starts that value, so
    // a value further on is not the one it named ("ご注文903895054について090-…", "order
    // UK-123456; NI JG103721B"), nor is a value in its next sentence ("注文しました。090-…",
    // "Bestellung ist da. 0151 23456789": see endsSentence). Slot 1 holds the reference words.
    else if ((c >= 48 && c <= 57) || endsSentence(shadow, at, c, next)) {
      // A run of digits read to its last in a loop of its own, where no list read starts a word
      // with a digit: each digit after the first only moved lastDigit (V62f).
      if (c >= 48 && c <= 57 && (digitStarts & bits) === 0 && !all)
        while (next >= 48 && next <= 57 && at + 1 < start) {
          at++;
          const v = at + 1 < length ? shadow.charCodeAt(at + 1) : 0;
          if (v < 0x80) next = v >= 0x41 && v <= 0x5a ? v + 32 : v;
          else {
            next = folds[v] as number;
            if (next === 0) next = foldUnit(v) | 0;
          }
        }
      lastDigit = at;
      if ((slotEnd[1] as number) >= 0 && (slotWord[1] as number) > line)
        dropped = slotWord[1] as number;
      slotEnd[1] = -1;
    }
    // An ASCII unit no word of these lists starts with (a digit, most punctuation): nothing starts
    // here, and the tables of its unit and pair need not be read (T53c).
    if (c < 0x80 && ((asciiStarts[c] as number) & bits) === 0 && !all) continue;
    const ones = tables[SINGLE + (c & FOLD)] as number;
    // A word's second letter, past the marks typed apart from its first (NFD: "u\u0308run").
    const second = isMark(next) ? secondAt(shadow, at) : next;
    let pairs = tables[PAIRS + pairKey(c, second)] as number;
    if (((ones | pairs) & bits) === 0 && !all) continue;
    // A pair some list's word starts with: the lists whose words of three units or more start
    // with the next unit too, or that hold the pair as a word.
    // What the third unit reads (0: none, past the text's end) and where it stands (-1: not
    // read), handed to pairEnd: a word of the pair's list whose third unit is another is passed
    // over without reading the text again.
    let third = 0;
    let thirdAt = -1;
    if ((pairs & bits) !== 0) {
      let k = at + 1;
      // (The next unit is a mark exactly when its folded reading is, for each of the 65,536:
      // read again only past one, V59h.)
      if (isMark(next)) while (isMark(unitAt(shadow, k))) k++;
      // (No read past the text's end: NaN there met this function's integer feedback and threw
      // its compiled code away; a pair at the end starts no longer word.)
      if (k + 1 < length) {
        thirdAt = k + 1;
        const t = shadow.charCodeAt(thirdAt);
        if (t < 0x80) third = t >= 0x41 && t <= 0x5a ? t + 32 : t;
        else {
          third = folds[t] as number;
          if (third === 0) third = foldUnit(t) | 0;
        }
        // (Past the text's end, where marks end it, 0: no unit, as the table read it.)
        while (isMark(third)) third = ++thirdAt < length ? lowerCodeAt(shadow, thirdAt) : 0;
      }
      pairs &=
        (tables[TRIPLES + tripleKey(c, second, third)] as number) |
        (tables[WHOLE + pairKey(c, second)] as number);
      if (((ones | pairs) & bits) === 0 && !all) continue;
    }
    // Two slots may read one list (phoneLabelsBefore): the words here are read once for both.
    let read: WordIndex | undefined;
    let end = -1;
    for (let k = 0; k < count; k++) {
      const index = slotIndex[k] as WordIndex;
      const bit = index.bit;
      // No word of this list starts with this unit (or pair): its Map need not be asked.
      if (at < (slotFrom[k] as number) || (bit !== 0 && ((ones | pairs) & bit) === 0)) continue;
      if (index !== read) {
        read = index;
        end = -1;
        const two =
          bit === 0 || (pairs & bit) !== 0 ? index.pairWords.get(pairOf(c, second)) : undefined;
        // (Below U+8000 a pair's key is its pair's alone, pairOf: its words start with it.)
        const exact = (c | second) < 0x8000;
        if (two) end = pairEnd(shadow, at, start, two, end, c, second, third, thirdAt, exact);
        // (A one-unit word's key is its unit's alone: its words start with `c`.)
        const list = bit === 0 || (ones & bit) !== 0 ? index.byPair.get(pairOf(c)) : undefined;
        if (list) end = endAt(shadow, at, start, list, end, c, true);
      }
      // (A word of an earlier line ended before `at`: any end found here is past it.)
      if (end > (slotEnd[k] as number)) {
        slotEnd[k] = end;
        slotWord[k] = at;
      }
    }
  }
  for (let k = 0; k < count; k++) if ((slotWord[k] as number) <= line) slotEnd[k] = -1;
  // No reference word in the window: one further back that only a date parts from a number
  // word right before the value stands as one a digit dropped.
  if (
    (slotEnd[1] as number) < 0 &&
    dropped < 0 &&
    lastDigit >= 0 &&
    mayEndNumberWord(shadow, start)
  )
    dropped = datedReference(shadow, start);
  if (dropped < 0 || (slotEnd[1] as number) >= 0) dropped = -1;
  else {
    // A number word (at most six units) that ends at most two before `start`.
    let end = -1;
    const numbers = folded(NUMBER_WORDS);
    for (let at = Math.max(lastDigit + 1, windowStart(shadow, start, 8)); at < start; at++)
      end = endAt(shadow, at, start, numbers, end);
    if (closeTo(shadow, end, start)) again = end;
  }
}

/**
 * The reference label's end for a reading of slots 0..count-1 (leaving out the slots in the
 * `skip` bit mask): the word found, or, where a digit dropped it, the number word right before
 * the value when no other label of the reading stands after that digit.
 */
function referenceEnd(count: number, skip: number): number {
  if ((slotEnd[1] as number) >= 0 || again < 0) return slotEnd[1] as number;
  return otherEndsFrom(lastDigit, count, skip) ? -1 : again;
}

/** Whether a word of a slot other than 1 among 0..count-1 (not in `skip`) ends at `at` or later. */
function otherEndsFrom(at: number, count: number, skip: number): boolean {
  for (let k = 0; k < count; k++) {
    if (k !== 1 && !((skip >> k) & 1) && (slotEnd[k] as number) >= at) return true;
  }
  return false;
}

/**
 * Whether the reference word found (slot 1) is a "#" that a word of another of the first `count`
 * slots (leaving out those in the `skip` bit mask) ends at most one character before: that
 * label's number sign ("SSN #536-22-8714", "phone #(212) 555-0187"), not an order's ("#123456",
 * "order #123456").
 */
function numberSign(shadow: string, ref: number, count: number, skip: number): boolean {
  const hash = (slotEnd[1] as number) >= 0 ? (slotWord[1] as number) : dropped;
  return (
    ref >= 0 && hash >= 1 && shadow.charCodeAt(hash) === 35 && otherEndsFrom(hash - 1, count, skip)
  );
}

/**
 * Where the part of a window that decided a reading of slots 0..count-1 (leaving out the slots in
 * the `skip` bit mask) starts: the start of the word with the furthest end (the earliest such
 * word, if several end there), or `windowStart` when no word was found. Nothing before that word
 * can change the reading: a word found there would end before it. A reference word a digit
 * dropped counts from its start (a digit replaced by a later pass would give it back).
 */
function decidedFrom(windowStart: number, count: number, skip: number): number {
  let best = -1;
  let from = windowStart;
  for (let k = 0; k < count; k++) {
    if ((skip >> k) & 1) continue;
    const end = slotEnd[k] as number;
    if (end > best) {
      best = end;
      from = slotWord[k] as number;
    } else if (end === best && end >= 0) from = Math.min(from, slotWord[k] as number);
  }
  from = best < 0 ? windowStart : from;
  return dropped >= 0 && dropped < from ? dropped : from;
}

/**
 * The kind of the nearest label before `start` on the same line (or, for a value that opens its
 * line, its own label ending the line above: labelAbove.ts): the recognizer's own words,
 * phone words, or reference words (order, invoice, tracking… in the desk's languages). One pass
 * over the window reads the three lists at once (a bit per list in the first-unit tables), and
 * the line start is looked for only inside the window, so the cost is the window's, not the
 * text's. A property test holds it to {@link contextBeforePlain}.
 */
export function contextBefore(
  context: RecognizerContext,
  start: number,
  own: readonly string[],
  window: number = OWN_WINDOW,
): ContextKind {
  readingText(context.shadow);
  const label = tableLabel(context, start);
  if (label !== undefined) {
    const kind = readContext(context, label, label.length, own, window);
    if (kind !== 'none') return kind;
  }
  const kind = readContext(context, context.shadow, start, own, window);
  if (kind !== 'none') return kind;
  // A value that opens its line, its own label ending the line above ("BSN:\n123456708"): see
  // labelAbove.ts. Only that label: an order's word there leaves it as it was.
  const above = lineAboveEnd(context.shadow, start);
  return above > 0 && readContext(context, context.shadow, above, own, window) === 'own'
    ? 'own'
    : 'none';
}

/**
 * {@link contextBefore}'s reading of `shadow` before `start` (the text's, or a table's header
 * label: then the window noted for a later pass is the row before the value).
 */
function readContext(
  context: RecognizerContext,
  shadow: string,
  start: number,
  own: readonly string[],
  window: number,
): ContextKind {
  slotIndex[0] = indexOf(own);
  slotFrom[0] = window;
  slotIndex[1] = referenceIndex(context.locale);
  slotFrom[1] = REFERENCE_WINDOW;
  const phone = own !== PHONE_WORDS;
  if (phone) {
    slotIndex[2] = phones ??= indexOf(PHONE_WORDS);
    slotFrom[2] = window;
  }
  const reach = Math.max(window, REFERENCE_WINDOW);
  scanSlots(shadow, start, phone ? 3 : 2);
  const count = phone ? 3 : 2;
  const ref = referenceEnd(count, 0);
  const sign = numberSign(shadow, ref, count, 0);
  const from = Math.min(start - reach, scanFirst);
  noteRead(context, shadow, start, decidedFrom(from, count, sign ? 2 : 0) - 1);
  return kindOf(slotEnd[0] as number, phone ? (slotEnd[2] as number) : -1, sign ? -1 : ref);
}

/**
 * Note the window a label look-up read for a later pass (laterPass.ts): `from` to the value in
 * the text, or, where a table's header was read (`shadow` is not the text's), the value's row up
 * to it: the row's cells before the value decide its column.
 */
function noteRead(context: RecognizerContext, shadow: string, start: number, from: number): void {
  if (shadow === context.shadow) noteLabels(context, from, start);
  else noteLabels(context, cellRow - 1, cellAt);
}

// Where the value stands whose header label was read last (tableLabel).
let cellAt = -1;

/**
 * What the header of the column gives a value that starts a cell of a table pasted as text
 * (lines.ts `headerCellOf`: "MST;SĐT\n0312345678;0912345678"): the header cell written as a
 * label before the value, "MST: ", and read as the line would be. A header of reference words
 * keeps its column ("MST", "Bestellnummer", "Order ID", "注文番号"), one of phone or id words
 * labels its column's values ("SĐT", "Telefon", "PESEL"); the row's other cells, before the value,
 * are other columns' values and label nothing. A header cell that says nothing leaves the value
 * to its line. `undefined` where the value starts no cell of a table.
 *
 * A loose row's header (lines.ts: more or fewer cells than the header, a header cell over 32
 * units, a header of prose split by ", ") labels its column only where it names a phone, its last
 * label word a phone's ("Telefon;Imię\n600123456;Jan;extra"): it keeps no value as a reference's
 * and no number as a version's. A sentence over a sentence reads as a header and a row ("About my
 * order, please help\n(212) 555-0187, thanks"), and its "order" kept the phone; being wrong the
 * other way costs a redacted order number where a row is ragged, not a phone left in the text.
 */
function tableLabel(context: RecognizerContext, start: number): string | undefined {
  const cell = headerCellOf(context.shadow, start, true);
  if (cell === undefined || cell === '') return undefined;
  // Its last label word, within the window a label is read in, a phone's: no reference or version
  // word after it.
  if (
    cellLoose &&
    (cellKind(cell, referenceWords(context.locale)) !== 'own' ||
      cellKind(cell, VERSION_WORDS) !== 'own')
  )
    return undefined;
  cellAt = start;
  return `${cell}: `;
}

/** What the labels before a phone-ish span say: see {@link phoneLabelsBefore}. */
export type PhoneLabels = { readonly version: boolean; readonly phone: ContextKind };

/**
 * The two readings the phone recognizer asks about one start, in one pass over the window:
 * `version`, whether `contextBefore(context, start, VERSION_WORDS, VERSION_WINDOW)` is `'own'`,
 * and `phone`, `contextBefore(context, start, PHONE_WORDS)`, read on the value's line alone: a
 * phone reads no label on the line above (labelAbove.ts; a phone needs none to go, and an order's
 * word there names it no more than before). A property test holds it to those two readings
 * (contextBeforePlain with `above` false).
 */
export function phoneLabelsBefore(context: RecognizerContext, start: number): PhoneLabels {
  // The context's fields read once, here: the contexts are objects of several shapes, and each
  // read of one further down (the locale's, the shadow's again to tell the text from a header's
  // label) was a megamorphic look-up per candidate (T51c).
  const { shadow, locale } = context;
  readingText(shadow);
  const label = tableLabel(context, start);
  if (label !== undefined) {
    // Never the text (`label === shadow` was always false: a header cell holds no "\n", and a
    // text with a row under its header holds one): the window noted is the row up to the value,
    // which tables.test.ts's row carried past MAX_ROW pins.
    const labels = readPhoneLabels(context, locale, label, label.length, false);
    if (labels.version || labels.phone !== 'none') return labels;
  }
  return readPhoneLabels(context, locale, shadow, start, true);
}

// The eight answers phoneLabelsBefore gives, made once: not an object per candidate.
const PHONE_LABELS: readonly PhoneLabels[] = /* @__PURE__ */ [false, true].flatMap((version) =>
  (['none', 'own', 'reference', 'phone'] as const).map((phone) => ({ version, phone })),
);

/** The answer of {@link PHONE_LABELS} that holds `version` and `phone`. */
function phoneLabels(version: boolean, phone: ContextKind): PhoneLabels {
  const k = phone === 'none' ? 0 : phone === 'own' ? 1 : phone === 'reference' ? 2 : 3;
  return PHONE_LABELS[version ? k + 4 : k] as PhoneLabels;
}

/**
 * {@link phoneLabelsBefore}'s reading of `shadow` before `start` (see {@link readContext}), in a
 * text in `locale`; `text`: whether `shadow` is the context's own (not a header cell's label).
 */
function readPhoneLabels(
  context: RecognizerContext,
  locale: string,
  shadow: string,
  start: number,
  text: boolean,
): PhoneLabels {
  slotIndex[0] = versions ??= indexOf(VERSION_WORDS);
  slotFrom[0] = VERSION_WINDOW;
  slotIndex[1] = referenceIndex(locale);
  slotFrom[1] = REFERENCE_WINDOW;
  slotIndex[2] = phones ??= indexOf(PHONE_WORDS);
  slotFrom[2] = VERSION_WINDOW;
  slotIndex[3] = slotIndex[2];
  slotFrom[3] = OWN_WINDOW;
  scanSlots(shadow, start, 4);
  // Two readings: the version one (slots 0-2), the phone one (slots 1 and 3).
  const versionRef = referenceEnd(3, 0);
  const phoneRef = referenceEnd(4, 1 | 4);
  const versionSign = numberSign(shadow, versionRef, 3, 0);
  const phoneSign = numberSign(shadow, phoneRef, 4, 1 | 4);
  const windowFrom = Math.min(start - OWN_WINDOW, scanFirst);
  const from = Math.min(
    decidedFrom(windowFrom, 3, versionSign ? 2 : 0),
    decidedFrom(windowFrom, 4, phoneSign ? 1 | 2 | 4 : 1 | 4),
  );
  if (text) noteLabels(context, from - 1, start, true);
  else noteLabels(context, cellRow - 1, cellAt, true);
  return phoneLabels(
    kindOf(slotEnd[0] as number, slotEnd[2] as number, versionSign ? -1 : versionRef) === 'own',
    kindOf(slotEnd[3] as number, -1, phoneSign ? -1 : phoneRef),
  );
}

// The delimiters of a table pasted as text (CSV, TSV, a spreadsheet's rows, a Markdown table).
const DELIMITERS = ',;\t|';

/**
 * What a form's label alone on the line above says of the value at `start`, where the value
 * starts its line (a quote aside) and the line holds no table delimiter ("Phone\n2125550187",
 * "Telefon:\n600…"): `'own'` for a phone word there, `'reference'` for an order's, `'none'`
 * otherwise. A table's cells are labelled by their column's header, and by no other reading
 * (lines.ts `headerCellOf`, read by {@link phoneLabelsBefore}): this once read a table's header
 * a second time, the nearest line above with no digit, split by the delimiter before the value
 * whether or not it stood between quotes ('Note;Order\n"a;(212) 555-0187";558812449' kept
 * the phone under "Order"), and a sentence over a sentence as a header. The line is read up to MAX_ROW
 * units: each look-up costs a bounded amount however long the text's lines are.
 */
export function formLabel(shadow: string, start: number): ContextKind {
  readingText(shadow);
  let at = start;
  if (at > 0 && shadow.charCodeAt(at - 1) === 34) at--; // '"'
  // Most values stand after a space: the answer is at once, the line not looked for.
  const before = at > 0 ? shadow.charAt(at - 1) : '';
  if (before !== '' && before !== '\n') return 'none';
  const line = lineStart(shadow, at);
  if (line < 0) return 'none';
  // The row is read to the text's end, not past it: a read there threw the phone recognizer's
  // label look-up out of its compiled code (--trace-deopt, T56d).
  const rowEnd = Math.min(at + MAX_ROW, shadow.length);
  for (let k = at; k < rowEnd; k++) {
    const c = shadow.charAt(k);
    if (c === '\n') break;
    if (DELIMITERS.includes(c)) return 'none';
  }
  return lineAbove(shadow, line);
}

/**
 * What a form's label or a header cell says, read as a label is before a value (its last
 * OWN_WINDOW units): `'own'` for a phone word that no word of `references` follows,
 * `'reference'` for one of `references`, an order's, where the line is no sentence (holds no ", ",
 * the comma and space that lines.ts reads as prose's too: "About my order, please help\n(212)
 * 555-0187" kept the phone as an order's). A phone word names the value however the line is
 * written: "Phone, please call\n2125550187" is one. Its answers are kept, a bounded few per list
 * (see `cellKinds`). Internal (a property test holds it to {@link cellKindPlain}).
 *
 * @since 0.1.0
 */
export function cellKind(cell: string, references = REFERENCE_WORDS): ContextKind {
  let kinds = cellKinds.get(references);
  if (kinds === undefined) {
    kinds = new Map();
    cellKinds.set(references, kinds);
  }
  let kind = kinds.get(cell);
  if (kind === undefined) {
    kind = cellKindPlain(cell, references);
    if (kinds.size >= CELL_KINDS) kinds.clear();
    kinds.set(cell, kind);
  }
  return kind;
}

// cellKind's answers per list of reference words, by cell, at most CELL_KINDS a list. A table's
// loose rows (a ragged row, a header cell over 32 units) ask it twice per value of the column,
// each time for the same header cell: it read every unit of the cell's last 48 against every
// word of the phone list and of the locale's reference list, the same for each row, and was
// 70-75% of redact's time on a 40,000-character CSV of phones under a ragged or long header
// (issue #14, V55d). A text's tables have few header cells, so a few entries serve a whole paste.
// A cell is a slice of the customer's text (and may hold the whole text alive through it): the
// answers are let go when the call returns (release.ts), as everything else a pass kept.
const cellKinds = new Map<readonly string[], Map<string, ContextKind>>();
const CELL_KINDS = 64;
// Cleared only when it holds answers: cleared on every call, empty or not (most texts hold no
// table), it cost ~15% of redact's CPU time on the bench's accuracy corpus and 33 MiB more of its
// RSS, where one pass's instruction count (hotPass) barely moved (session 55, same minutes, bisected
// to this line; V8 gives a Map a new table at each clear(), why that costs so much is not pinned).
releaseAfterCall(() => {
  if (cellKinds.size !== 0) cellKinds.clear();
});

/**
 * {@link cellKind} read afresh, with no memo: its oracle. Internal (a property test holds the
 * two together).
 *
 * @since 0.1.0
 */
export function cellKindPlain(cell: string, references = REFERENCE_WORDS): ContextKind {
  let phone = -1;
  let reference = -1;
  const phoneList = folded(PHONE_WORDS);
  const referenceList = folded(references);
  for (let i = windowStart(cell, cell.length, OWN_WINDOW); i < cell.length; i++) {
    phone = endAt(cell, i, cell.length, phoneList, phone);
    reference = endAt(cell, i, cell.length, referenceList, reference);
  }
  if (phone > reference) return 'own';
  return reference >= 0 && !cell.includes(', ') ? 'reference' : 'none';
}

/** What the line above `line` says if it is a short label with no digit, as a form's; else 'none'. */
function lineAbove(shadow: string, line: number): ContextKind {
  const from = line > 0 ? lineStart(shadow, line - 1) : -1;
  if (from < 0 || windowStart(shadow, line, 40) > from) return 'none';
  const above = shadow.slice(from, line - 1);
  return /[0-9]/.test(above) ? 'none' : cellKind(above);
}

/** The start of the line holding `at` (after its "\n", or 0), or -1 past MAX_ROW units back. */
function lineStart(shadow: string, at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - MAX_ROW; k--) if (shadow[k] === '\n') return k + 1;
  return at <= MAX_ROW ? 0 : -1;
}

// A number in three groups or more, or two after a trunk "0" ("4711-0815" is a product's), then
// the end of the text or of a sentence, a quote, a link's "?".
const LINK_END = /^(?:0\d*[-. ]|\d+[-. ]\d+[-. ])[-. \d]*\d(?:[.,]?(?:\s|$)|[?#"'<>)])/;

// Turkish writes its case endings and its copula onto a number: after an apostrophe by the rules
// ("0532 418 27 90'dan"), and in chats often without one ("numaram 0532 418 27 90dan arayın",
// "call me from …"), where the letters glued the number to a code and it stayed. The endings, in
// every vowel-harmony form: ablative -dan/-den/-tan/-ten, locative -da/-de/-ta/-te, dative
// -(y)a/-(y)e, accusative -(y)ı/i/u/ü, genitive -(n)ın/in/un/ün, instrumental -(y)la/-(y)le,
// copula -dır/dir/dur/dür/tır/tir/tur/tür; a letter or digit after them makes a code again.
const TURKISH_ENDING = /^(?:[dt][ae]n?|[dt][ıiuü]r|y?[aeıiuü]|n?[ıiuü]n|y?l[ae])(?![\p{L}\d])/u;

/**
 * Whether a letter of a spaced script touches the span, before or after; for a Turkish `locale`,
 * a case ending or the copula written onto it is no such letter ("IP adresim 203.0.113.58dir").
 * The phone and IP recognizers read their glue with it.
 */
export function letterGlued(shadow: string, start: number, end: number, locale = ''): boolean {
  return (
    (start > 0 && glueLetterAt(shadow, start - 1)) ||
    (end < shadow.length &&
      glueLetterAt(shadow, end) &&
      !(locale.startsWith('tr') && TURKISH_ENDING.test(shadow.slice(end, end + 4))))
  );
}

/**
 * {@link isGlueLetter} of the unit at `i` of `s`, inside it (0 <= i < s.length): an ASCII unit
 * answered from its code, with no one-unit string made for it (see gluedToCode).
 */
function glueLetterAt(s: string, i: number): boolean {
  const code = unitAt(s, i);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return isGlueLetter(sliceOf(s, i, i + 1));
}

/**
 * Whether the span is glued to a product code: a letter, or a letter and `-`/`_`/`/`, before or
 * after. For a Turkish `locale`, a case ending or the copula written onto the number is no code.
 */
export function gluedToCode(shadow: string, start: number, end: number, locale = ''): boolean {
  // No unit is read outside the text (-1 there): a value at its start or end read one there and
  // threw the phone recognizer's mayAccept out of its compiled code (--trace-deopt, T56d). The
  // units are compared as numbers: compared as one-unit strings, each unit past U+00FF was a new
  // string and each compare a call of the builtin that compares strings (T51c).
  const n = shadow.length;
  const before = start > 0 ? unitAt(shadow, start - 1) : -1;
  const after = end < n ? unitAt(shadow, end) : -1;
  if (letterGlued(shadow, start, end, locale)) return true;
  // "_" glues like "-" and "/", between a value and a code's letters ("AB_44051401458"); around
  // a value alone it is chat markup ("_536-22-8714_", italics), which once hid the value.
  // A "+" after a link's "/" starts a number ("https://t.me/+48600123456"), not a code's part;
  // so does a number written as a phone's that ends the link ("/kontakt/600-123-456"; a bare
  // one, "/zamowienie/600123456", needs a label as any bare number does).
  if (
    (before === 45 ||
      before === 95 ||
      (before === 47 && !(start < n && unitAt(shadow, start) === 43))) &&
    start > 1 &&
    glueLetterAt(shadow, start - 2) &&
    !(before === 45 && hebrewParticles(shadow, start - 1))
  )
    // (After a "/", whether the value is a number written as a phone's that ends a link: read
    // here, not in a helper of its own, which 242 calls a pass compiled in the ninth, V63f.)
    return before !== 47 || !LINK_END.test(shadow.slice(start, end + 2));
  // A dot joins a decimal's digits: a value a dot joins to a digit is a part of a number
  // ("35.681236 139.767125", a place; "30.11.2024-02.12.2024").
  if (
    (before === 46 && isDigitAt(shadow, start - 2)) ||
    (after === 46 && isDigitAt(shadow, end + 1))
  )
    return true;
  // "-", "/" or "_" after the value, then a code's letter or digit.
  if (after === 45 || after === 47 || after === 95) {
    const next = end + 1 < n ? unitAt(shadow, end + 1) : -1;
    return (next >= 48 && next <= 57) || (next >= 0 && glueLetterAt(shadow, end + 1));
  }
  // A "#" before a value is read as a label (keywords.ts): the order's, or another label's sign.
  return false;
}

// Hebrew's one-letter particles (ב, ה, ו, כ, ל, מ, ש: in, the, and, as, to, from, that) are
// written onto the word after them, and before a digit with a hyphen: "אפשר להתקשר ל-03-123-4567"
// (you can call …) kept the phone as a code's part ("ל-" read as a letter and "-" before it).
// They stack ("ול-", "שב-", "וכש-"); one to three of them and nothing else make the word.
const HEBREW_PARTICLES = 'בהוכלמש';

/** Whether the word ending at `hyphen` (a "-") is one to three Hebrew particles. */
function hebrewParticles(shadow: string, hyphen: number): boolean {
  let at = hyphen - 1;
  while (at >= 0 && hyphen - at <= 4 && HEBREW_PARTICLES.includes(shadow.charAt(at))) at--;
  const count = hyphen - 1 - at;
  return count >= 1 && count <= 3 && !isGlueLetter(shadow.charAt(at));
}

// Turkish names an order, a parcel, an invoice, a return, a request or a package by its number
// before the word: "12345678950 nolu siparişim" (my order numbered …), "… numaralı kargom", "…
// no'lu fatura", "… nolu talebim" (talep's p is a b before a vowel). One number in a hundred of
// eleven digits passes the T.C. kimlik no's checks, and went as one. Korean does the same with 번
// (number) written onto it: "210315-3234567번 주문" (order no. …), a date-led order number that a
// resident number of one born since 2020 reads. Anchored at the number's end, fixed words and at
// most one optional space each: no backtracking.
const NUMBERED_AFTER =
  /^(?: (?:no['’]?lu|numaral[ıi]) (?:s[iİ]par[iİ][şs]|kargo|fatura|[iİ]ade|tale[pb]|paket)| ?번 ?주문)/iu;

/**
 * Whether the words right after the value ending at `end` name it as a reference's number: the
 * Turkish "… nolu siparişim", the Korean "…번 주문" (see NUMBERED_AFTER). Words before a value are
 * read by {@link contextBefore}; this reads only what these languages put after it.
 */
export function numberedAfter(shadow: string, end: number): boolean {
  return NUMBERED_AFTER.test(shadow.slice(end, end + 24));
}
