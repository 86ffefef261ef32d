// Five national ids of the thirteenth audit's markets and their neighbour that redact kept (T38b,
// issue #14): Finland's henkilötunnus, Denmark's CPR number, Norway's fødselsnummer, Singapore's
// NRIC/FIN and Iceland's kennitala.
// Their check rules and sources: checks/nationalIds3.ts. Their labels are kept here, as
// nationalIds2.ts keeps its own. Two of them are read with letters (Finland's century sign and
// check character, Singapore's prefix and check letter): a reader each, from the digit runs.
import type { CountryCode } from '@meridian-cx/core';
import {
  dkCprValid,
  fiHetuValid,
  isKennitalaValid,
  noFnrValid,
  sgNricValid,
} from '../checks/nationalIds3.js';
import {
  type ContextKind,
  contextBefore,
  gluedToCode,
  isGlueLetter,
  numberedAfter,
} from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isAsciiLetterAt, isDigitAt } from '../digits.js';
import { languageOf } from '../locales.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import {
  pastShippingWord,
  SHIPPING_WORDS,
  type ShippingWeighing,
  shippingWeighing,
} from '../shippingWords.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { ID_WORDS_2_IN_COUNTRY } from './nationalIds2.js';
import { shopsGeneric } from './numericId.js';

/**
 * Words before each of these ids. Finnish: "henkilötunnus" (DVV's name; its stem, so that
 * "henkilötunnukseni", my identity code, and "henkilötunnuksen" name it too), "hetu" (its short
 * form), "sotu" (sosiaaliturvatunnus, its name until 1993, still said), and the Swedish
 * "personbeteckning" of Finland's Swedish speakers. Danish: "CPR" ("CPR-nr.", "CPR-nummer"; the
 * number's everyday name). Norwegian: "fødselsnummer" (Skatteetaten's name), "fødselsnr", "fnr",
 * "d-nummer", each also typed with "o" for "ø" (labels are read folded, but "ø" has no base
 * letter). Singapore: "NRIC", "FIN" with "no"/"number"/":" (the bare "fin" starts "final" and
 * "find"), "IC no.", "identity card". Denmark's and Norway's "personnummer" are in
 * PERSONNUMMER, read only in their languages: it is Sweden's label too (nationalIds2.ts).
 *
 * @since 0.1.0
 */
export const ID_WORDS_3 = {
  'fi-hetu': [
    'henkilötunnu',
    'hetu',
    'sotu',
    'personbeteckning',
    'personal identity code',
    'finnish id',
  ],
  'dk-cpr': ['cpr', 'danish id'],
  'no-fnr': [
    'fødselsnummer',
    'fødselsnr',
    'fodselsnummer',
    'fodselsnr',
    'fnr',
    'f.nr',
    'd-nummer',
    'norwegian id',
  ],
  'sg-nric': [
    'nric',
    'fin no',
    'fin number',
    'fin:',
    'foreign identification number',
    'ic no',
    'ic number',
    'identity card',
  ],
  // Icelandic: "kennitala" by its stem (kennitölu, kennitölur: "ö" is read as "o"), and its
  // abbreviation "kt." (Þjóðskrá's forms: "Kt.").
  'is-kt': ['kennit', 'kt.', 'kt:', 'icelandic id'],
} as const;

/** "personnummer" (and "personnr"): the CPR's and the fødselsnummer's label in their languages. */
const PERSONNUMMER = ['personnummer', 'personnr'];

// How sure a match is: after its own label; in a print no other number takes (a letter in it);
// bare in its country, where its check holds a date and a check character.
const OWN = 0.95;
const DISTINCT = 0.85;
const AT_HOME = 0.7;

/** The label before `start`: its own words, the phone's or a reference's, as nationalIds2 reads it. */
function labelOf(
  context: RecognizerContext,
  start: number,
  words: readonly string[],
  home: boolean,
): ContextKind {
  const label = contextBefore(context, start, words);
  // "Customer ID number: …" at home: the shop's number, not the id ("id number" is generic).
  if (label === 'own' && home && shopsGeneric(context.shadow, start, words, ID_WORDS_2_IN_COUNTRY))
    return 'reference';
  return label;
}

/** One id of digits only, read after its label: its country, words, digit count and check. */
type DigitSpec = {
  readonly country: CountryCode;
  /** Its words where the customer writes in none of `languages`, away from and at home. */
  readonly words: readonly string[];
  readonly wordsHome: readonly string[];
  /** The same with PERSONNUMMER, for a text in one of `languages`. */
  readonly wordsLanguage: readonly string[];
  readonly wordsLanguageHome: readonly string[];
  readonly languages: readonly string[];
  /** How many digits: printed unbroken or six, a dash or a space, the rest (sixThenRest). */
  readonly digits: number;
  readonly valid: (digits: string) => boolean;
  /** Whether one unbroken or dashed goes bare in its country (0.7), as a Swedish one does. */
  readonly bareHome: boolean;
};

function digitSpec(
  country: CountryCode,
  words: readonly string[],
  languages: readonly string[],
  digits: number,
  valid: (digits: string) => boolean,
  bareHome = false,
): DigitSpec {
  const language = [...words, ...PERSONNUMMER];
  return {
    country,
    words,
    wordsHome: [...words, ...ID_WORDS_2_IN_COUNTRY],
    wordsLanguage: language,
    wordsLanguageHome: [...language, ...ID_WORDS_2_IN_COUNTRY],
    languages,
    digits,
    valid,
    bareHome,
  };
}

/** Whether `locale` is in one of `languages` (BCP 47: the language subtag first). */
function inLanguage(locale: string, languages: readonly string[]): boolean {
  return languages.includes(languageOf(locale));
}

/**
 * Whether a run of two groups is six digits, a dash (or " - ") or a space, and the rest: the
 * CPR's, the kennitala's and the fødselsnummer's print ("010190-1234", "120160 3389", "311299
 * 56715"; unbroken, of one group, each is too). Read from the groups, not from the run's shape:
 * the string built for each run of their digit counts and what V8 compiled of the reading cost
 * the stream 20M instructions of 6,736M (T39a). The shapes "6-4", "6 4", "6-5", "6 5" are the
 * oracle (nationalIds3.prop.test.ts).
 *
 * @since 0.1.0
 */
export function sixThenRest(run: NumberRun): boolean {
  if (run.groupCount !== 2 || run.groupEnd(0) - run.start !== 6) return false;
  const sep = run.sepText(0);
  return sep === '-' || sep === ' ';
}

/**
 * The ids of `spec` in the context: a run of one of its shapes whose check holds, right after its
 * own label (never glued to a code, or after an order's word, or before the words that name a
 * reference's number).
 */
function findLabelled(spec: DigitSpec, context: RecognizerContext): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const s = context.shadow;
  let words: readonly string[] | undefined;
  let home = false;
  for (const run of numberRuns(context) as readonly NumberRun[]) {
    if (run.digitCount !== spec.digits || run.groupCount > 2) continue;
    if (run.groupCount === 2 && !sixThenRest(run)) continue;
    if (!spec.valid(run.digits)) continue;
    if (gluedToCode(s, run.start, run.end) || numberedAfter(s, run.end)) continue;
    if (words === undefined) {
      home = context.country === spec.country;
      const language = inLanguage(context.locale, spec.languages);
      words = language
        ? home
          ? spec.wordsLanguageHome
          : spec.wordsLanguage
        : home
          ? spec.wordsHome
          : spec.words;
    }
    const label = labelOf(context, run.start, words, home);
    if (label === 'own') found.push({ start: run.start, end: run.end, confidence: OWN });
    // Bare at home where the check holds a date and a check digit; spaced, a label's only.
    else if (spec.bareHome && home && label !== 'reference' && run.sepAt(0) !== 32)
      found.push({ start: run.start, end: run.end, confidence: AT_HOME });
  }
  return found;
}

/**
 * A built-in recognizer of the id `id`, its type too and its placeholder the default one
 * (`[IS_KT]`), noted with the runs it reads (runs.ts readsRuns: a run of `counts` digits, or
 * whose first group is of `firsts`).
 */
function idRecognizer(
  id: string,
  find: (context: RecognizerContext) => RecognizerMatch[],
  counts: number,
  firsts = 0,
): Recognizer {
  return readsRuns(defineRecognizer({ id, type: id, find }), counts, firsts);
}

/** {@link idRecognizer} of the ids of `spec` after their label (findLabelled), of its digit count. */
function labelledRecognizer(id: string, spec: DigitSpec): Recognizer {
  return idRecognizer(id, (context) => findLabelled(spec, context), 1 << spec.digits);
}

const DK_CPR: DigitSpec = /* @__PURE__ */ digitSpec(
  'DK',
  ID_WORDS_3['dk-cpr'],
  ['da'],
  10,
  dkCprValid,
);

const NO_FNR: DigitSpec = /* @__PURE__ */ digitSpec(
  'NO',
  ID_WORDS_3['no-fnr'],
  ['nb', 'nn', 'no'],
  11,
  noFnrValid,
);

const IS_KT: DigitSpec = /* @__PURE__ */ digitSpec(
  'IS',
  ID_WORDS_3['is-kt'],
  [],
  10,
  isKennitalaValid,
  true,
);

/**
 * Icelandic kennitala of a person: DDMMYY-RRCM, a date, two digits, a mod-11 check digit and the
 * century ({@link isKennitalaValid}): six random runs of ten digits in 10,000 pass. After its
 * label ("kennitala", "kt."); bare in Iceland, as a Swedish personnummer is in Sweden; spaced 6 4,
 * after its label only.
 *
 * @since 0.1.0
 */
export const isKennitalaRecognizer: Recognizer = /* @__PURE__ */ labelledRecognizer('is-kt', IS_KT);

/**
 * Danish CPR number (personnummer): DDMMYY-SSSS, "0101901234" or "010190 1234", whose date holds
 * in the century its seventh digit states ({@link dkCprValid}). No check digit since 2007: one
 * random run of ten digits in 28 passes, and "010190-1234" is a date-led reference's shape too, so
 * only after its label ("CPR", "CPR-nr.", and in Danish "personnummer"), in Denmark too.
 *
 * @since 0.1.0
 */
export const dkCprRecognizer: Recognizer = /* @__PURE__ */ labelledRecognizer('dk-cpr', DK_CPR);

/**
 * Norwegian fødselsnummer and D-number: eleven digits, a date (a D-number's day plus 40), an
 * individual number that states the century, two mod-11 check digits ({@link noFnrValid}); unbroken
 * or spaced 6 5. After its label ("fødselsnummer", "fnr", "d-nummer", and in Norwegian
 * "personnummer"), in Norway too: eleven digits are a Norwegian order's or account's length.
 *
 * @since 0.1.0
 */
export const noFnrRecognizer: Recognizer = /* @__PURE__ */ labelledRecognizer('no-fnr', NO_FNR);

const FI_WORDS_HOME: readonly string[] = [...ID_WORDS_3['fi-hetu'], ...ID_WORDS_2_IN_COUNTRY];

/**
 * Whether a letter or a digit that a word runs on with stands at `i`: an ASCII one, or a letter
 * of a script that spaces its words (context.ts isGlueLetter). Han, kana, Hangul and Thai letters
 * touch a value without a space ("我的NRIC是S2345678H"). nationalIds7.ts reads it too.
 *
 * @since 0.1.0
 */
export function wordAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  // ASCII from its code (most neighbours: a space, a colon, a digit): no string made for the test.
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  return isGlueLetter(s.charAt(i));
}

// The shipping words the two prints with letters go past (T43a; the words and their sources:
// shippingWords.ts): a carrier's number passes by chance as the NRIC, a capital, seven digits and
// a capital, 1 in 131 (765 of 100,000), as the henkilötunnus with a letter century sign
// ("131052A308T"; a date, a sign and a check) 1 in 2,270 and with a letter check after "-"
// ("150385-124T") 1 in 1,190 (idGapsRates.test.ts), as rarely as the CUIT's 2-8-1 (1 in 149):
// "tracking S1234567D" names the card. The henkilötunnus in digits only (a date-led reference's
// shape, 1 in 31 of those) and every order's or invoice's word in reach still veto.
const SHIPPED: ShippingWeighing = /* @__PURE__ */ shippingWeighing(SHIPPING_WORDS);

/** The code at `i` in upper case if it is an ASCII letter, else as it is. */
function upperAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : s.charAt(i);
}

/**
 * The henkilötunnus at `start` (its date, the first group of a run), if one is there: its end and
 * whether a letter stands in it; -1 when none.
 */
function hetuAt(s: string, start: number, lower: { value: boolean }): number {
  const sign = start + 6;
  if (!isDigitAt(s, sign + 1) || !isDigitAt(s, sign + 2) || !isDigitAt(s, sign + 3)) return -1;
  const end = sign + 5;
  if (end > s.length || wordAt(s, end)) return -1;
  const code =
    s.slice(start, sign) + upperAt(s, sign) + s.slice(sign + 1, sign + 4) + upperAt(s, sign + 4);
  if (!fiHetuValid(code)) return -1;
  lower.value = code !== s.slice(start, end);
  return end;
}

/**
 * Finnish henkilötunnus: DDMMYY, the century sign, three digits and the check character
 * ({@link fiHetuValid}). With a letter in it (a sign A–F or Y–U, or a letter check: "131052-308T",
 * "010594Y9021") it is a print no other number takes: it goes anywhere (0.85), as a NINO does,
 * after a shipping word too ("tracking 131052A308T"; not after an order's word); in
 * digits only ("150385-1241", a date-led reference's shape, whose check one such reference in 31
 * passes) after its label, or bare in Finland (0.7). Lower case after its label only.
 *
 * @since 0.1.0
 */
export const fiHetuRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'fi-hetu',
  (context) => {
    const found: RecognizerMatch[] = [];
    const s = context.shadow;
    const lower = { value: false };
    for (const run of numberRuns(context) as readonly NumberRun[]) {
      if (run.groupEnd(0) - run.start !== 6 || wordAt(s, run.start - 1)) continue;
      const end = hetuAt(s, run.start, lower);
      if (end < 0 || gluedToCode(s, run.start, end) || numberedAfter(s, end)) continue;
      const home = context.country === 'FI';
      const words = home ? FI_WORDS_HOME : ID_WORDS_3['fi-hetu'];
      const label = labelOf(context, run.start, words, home);
      const letter = isAsciiLetterAt(s, run.start + 6) || isAsciiLetterAt(s, end - 1);
      let confidence = 0;
      if (label === 'own') confidence = OWN;
      else if (lower.value) confidence = 0;
      // With a letter it goes past a shipping word (see SHIPPED); in digits only it stays.
      else if (label === 'reference')
        confidence = letter && pastShippingWord(SHIPPED, context, run.start) ? DISTINCT : 0;
      else if (letter) confidence = DISTINCT;
      else if (home) confidence = AT_HOME;
      if (confidence > 0) found.push({ start: run.start, end, confidence });
    }
    return found;
  },
  // A run whose first group holds the six digits of the date.
  0,
  1 << 6,
);

/**
 * Singapore NRIC number and FIN: a prefix S, T, F, G or M, seven digits and the check letter
 * ({@link sgNricValid}), "S1234567D". A print no other number takes: one random code of a letter,
 * seven digits and a letter in 139 passes (one in 26 of those that start with a prefix), as a
 * Spanish NIE's letter passes one in 23 and goes anywhere; so does this (0.85), in upper case,
 * after a shipping word too ("tracking S1234567D"; not after an order's word).
 * Lower case ("nric s1234567d") after its label only. Its letters set apart by a space ("S
 * 1234567 D", "S1234567 D", as a form's boxes are copied) in capitals, after its label or in
 * Singapore: elsewhere a letter, a number and a letter apart are a list's or a grid's ("Row T
 * 1234567 A"). A masked number ("S****567D", "XXXXX567D", the partial NRIC PDPC's advisory
 * guidelines of 2018 let organisations collect instead of the whole) is not read: its check
 * cannot be read from three digits, and the number is not in it.
 *
 * @since 0.1.0
 */
export const sgNricRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'sg-nric',
  (context) => {
    const found: RecognizerMatch[] = [];
    const s = context.shadow;
    for (const run of numberRuns(context) as readonly NumberRun[]) {
      const last = run.groupEnd(0);
      if (last - run.start !== 7) continue;
      // The prefix and the check glued to the digits, or each after one space, in capitals.
      // (Each unit read inside the text only: a run that ended it read one past it and threw
      // this loop out of its compiled code in the measured pass, --trace-deopt, T66c.)
      const spacedPrefix =
        run.start >= 2 && s.charCodeAt(run.start - 1) === 32 && isCapitalAt(s, run.start - 2);
      const spacedCheck =
        last + 1 < s.length && s.charCodeAt(last) === 32 && isCapitalAt(s, last + 1);
      const start = run.start - (spacedPrefix ? 2 : 1);
      const at = spacedCheck ? last + 1 : last;
      if (start < 0 || wordAt(s, start - 1)) continue;
      const end = at + 1;
      if (end > s.length || wordAt(s, end)) continue;
      const code = upperAt(s, start) + s.slice(run.start, last) + upperAt(s, at);
      if (!sgNricValid(code)) continue;
      if (gluedToCode(s, start, end) || numberedAfter(s, end)) continue;
      const home = context.country === 'SG';
      const label = labelOf(context, start, ID_WORDS_3['sg-nric'], home);
      const spaced = spacedPrefix || spacedCheck;
      const upper = isCapitalAt(s, start) && isCapitalAt(s, at);
      let confidence = 0;
      if (label === 'own') confidence = OWN;
      else if (
        (label !== 'reference' || pastShippingWord(SHIPPED, context, start)) &&
        upper &&
        (!spaced || home)
      )
        confidence = DISTINCT;
      if (confidence > 0) found.push({ start, end, confidence });
    }
    return found;
  },
  // A run whose first group holds the seven digits.
  0,
  1 << 7,
);

/** Whether an upper-case ASCII letter stands at `i`. */
function isCapitalAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
}
