// Four national ids a global desk meets every day that redact kept (T36a, issue #14): China's
// resident identity card number, Sweden's personnummer, Romania's CNP, Thailand's national id.
// Their check rules and sources: checks/nationalIds2.ts. Their labels are kept here (keywords.ts
// holds the older ids' words; these are read only by these recognizers).
import type { CountryCode } from '@meridian-cx/core';
import { cnRicValid, roCnpValid, sePinValid, thIdValid } from '../checks/nationalIds2.js';
import { contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt } from '../digits.js';
import { ID_WORDS_IN_COUNTRY } from '../keywords.js';
import { numberRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { numericIdRecognizer } from './numericId.js';

/**
 * Words before each of these ids. Chinese: 身份证 / 身份證 (identity card, in 身份证号 and
 * 居民身份证), 公民身份号码 (GB 11643's name of the number). Swedish: personnummer,
 * samordningsnummer (Skatteverket's names) and the short "personnr". Romanian: CNP and "cod
 * numeric personal". Thai: บัตรประชาชน (in เลขบัตรประชาชน, "identity card number") and
 * ประจำตัวประชาชน (in เลขประจำตัวประชาชน, the number's name, and บัตรประจำตัวประชาชน, the card's).
 * Han and Thai words start anywhere: no space is written before them.
 */
export const ID_WORDS_2 = {
  'cn-ric': ['身份证', '身份證', '公民身份号码', 'resident identity card', 'chinese id'],
  'se-pin': ['personnummer', 'personnr', 'samordningsnummer', 'swedish id'],
  'ro-cnp': ['cnp', 'cod numeric personal', 'codul numeric personal'],
  'th-id': ['บัตรประชาชน', 'ประจำตัวประชาชน', 'thai id'],
} as const;

/**
 * Chinese citizen identification number (公民身份号码), 18 digits: a date of birth and an ISO 7064
 * MOD 11-2 check (an address code led by 1–8, a year 1900–2099 and a date: about one random 18-digit
 * run in 19,000 passes): bare in China, as a PESEL is in Poland; after its label elsewhere. Its
 * check character may be X: {@link cnRicXRecognizer}.
 *
 * @since 0.1.0
 */
export const cnRicRecognizer: Recognizer = /* @__PURE__ */ numericIdRecognizer({
  id: 'cn-ric',
  type: 'cn-ric',
  placeholder: '[CN_RIC]',
  words: ID_WORDS_2['cn-ric'],
  wordsInCountry: ID_WORDS_IN_COUNTRY,
  country: 'CN',
  // Split after the address code and the date ("110105 19491231 0021"): with its label only.
  shapes: { '18': 'bare', '6 8 4': 'labelled' },
  valid: cnRicValid,
  bareInCountry: true,
});

/**
 * Swedish personnummer and samordningsnummer: YYMMDD-NNNC (or "+" at 100), or with the century,
 * YYYYMMDDNNNC; a date and Luhn's check digit (about one random run of ten digits in 140). Bare
 * in Sweden, after its label elsewhere: "811228-9874" is a date-led reference's shape too.
 *
 * @since 0.1.0
 */
export const sePinRecognizer: Recognizer = /* @__PURE__ */ numericIdRecognizer({
  id: 'se-pin',
  type: 'se-pin',
  placeholder: '[SE_PIN]',
  words: ID_WORDS_2['se-pin'],
  country: 'SE',
  shapes: { '6-4': 'bare', '10': 'bare', '8-4': 'bare', '12': 'bare', '6 4': 'labelled' },
  valid: sePinValid,
  bareInCountry: true,
});

/**
 * Romanian personal numeric code (CNP): 13 digits, sex and century, a date of birth, a county,
 * a serial and a control digit (about one random run of thirteen digits in 620): bare in Romania,
 * as a PESEL is in Poland; after its label elsewhere.
 *
 * @since 0.1.0
 */
export const roCnpRecognizer: Recognizer = /* @__PURE__ */ numericIdRecognizer({
  id: 'ro-cnp',
  type: 'ro-cnp',
  placeholder: '[RO_CNP]',
  words: ID_WORDS_2['ro-cnp'],
  country: 'RO',
  shapes: { '13': 'bare' },
  valid: roCnpValid,
  bareInCountry: true,
});

/**
 * Thai national id (เลขประจำตัวประชาชน): 13 digits and a mod-11 check digit, nothing else to
 * check but a first digit 1–8 (one random run of thirteen digits in 12 passes): bare, after its
 * label only, in Thailand too. Its
 * printed shape, 1-2345-67890-12-1, no other number takes: it goes anywhere.
 *
 * @since 0.1.0
 */
export const thIdRecognizer: Recognizer = /* @__PURE__ */ numericIdRecognizer({
  id: 'th-id',
  type: 'th-id',
  placeholder: '[TH_ID]',
  words: ID_WORDS_2['th-id'],
  wordsInCountry: ID_WORDS_IN_COUNTRY,
  country: 'TH',
  shapes: { '13': 'bare', '1-4-5-2-1': 'formatted', '1 4 5 2 1': 'labelled' },
  valid: thIdValid,
  bareInCountry: false,
});

/** Whether the unit at `i` of the shadow is X or x, ASCII or fullwidth (Ｘ, ｘ). */
function isX(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  return c === 0x78 || c === 0xff58;
}

/** Whether a letter or a digit stands at `i` (no word ends there). */
function wordAt(s: string, i: number): boolean {
  return i < s.length && /[\p{L}\p{N}]/u.test(s.charAt(i));
}

/**
 * How sure a match at `start`..`end` is after the labels before it: its own label 0.95; with none
 * (or a phone's) in its country 0.7 when `bare`; else 0 (it stays). Never after an order's word.
 */
function labelled(
  context: RecognizerContext,
  start: number,
  end: number,
  words: readonly string[],
  country: CountryCode,
  bare: boolean,
): number {
  if (gluedToCode(context.shadow, start, end)) return 0;
  const label = contextBefore(context, start, words);
  if (label === 'own') return 0.95;
  if (label === 'reference' || numberedAfter(context.shadow, end)) return 0;
  return bare && context.country === country && (label === 'none' || label === 'phone') ? 0.7 : 0;
}

/**
 * A Chinese citizen identification number whose check character is X (one in eleven are):
 * "11010519491231002X", seventeen digits and the letter glued (fullwidth too, "Ｘ"), or spaced
 * "110105 19491231 002X" after its label. The digit runs end before the letter, so
 * {@link cnRicRecognizer} never reads these.
 *
 * @since 0.1.0
 */
export const cnRicXRecognizer: Recognizer = /* @__PURE__ */ defineRecognizer({
  id: 'cn-ric-x',
  type: 'cn-ric',
  placeholder: '[CN_RIC]',
  find(context) {
    const found: RecognizerMatch[] = [];
    const s = context.shadow;
    for (const run of numberRuns(context)) {
      if (run.digitCount !== 17 || run.end >= s.length || !isX(s, run.end)) continue;
      if (wordAt(s, run.end + 1)) continue;
      const spaced = run.groupCount === 3 && run.shape === '6 8 3';
      if (run.groupCount !== 1 && !spaced) continue;
      if (!cnRicValid(`${run.digits}X`)) continue;
      const confidence = labelled(
        context,
        run.start,
        run.end + 1,
        ID_WORDS_2['cn-ric'],
        'CN',
        !spaced,
      );
      if (confidence >= 0.95 || (confidence > 0 && !spaced))
        found.push({ start: run.start, end: run.end + 1, confidence });
    }
    return found;
  },
});

/**
 * A Swedish personnummer of one who has turned 100: "YYMMDD+NNNC" (Skatteverket: the dash gives
 * way to a plus), which the digit runs read as two, a "+" between. Its label, or Sweden, names it.
 *
 * @since 0.1.0
 */
export const sePinPlusRecognizer: Recognizer = /* @__PURE__ */ defineRecognizer({
  id: 'se-pin-plus',
  type: 'se-pin',
  placeholder: '[SE_PIN]',
  find(context) {
    const found: RecognizerMatch[] = [];
    const s = context.shadow;
    for (const run of numberRuns(context)) {
      const at = run.end + 1;
      if (run.digitCount !== 6 || run.end >= s.length || s.charCodeAt(run.end) !== 43) continue;
      if (run.groupCount !== 1) continue;
      let end = at;
      while (end < s.length && end - at < 5 && isDigitAt(s, end)) end++;
      if (end - at !== 4 || wordAt(s, end) || !sePinValid(run.digits + s.slice(at, end))) continue;
      const confidence = labelled(context, run.start, end, ID_WORDS_2['se-pin'], 'SE', true);
      if (confidence > 0) found.push({ start: run.start, end, confidence });
    }
    return found;
  },
});
