// Taiwan's personal id (T38d, issue #14): the national identification card's number (國民身分證
// 統一編號, "身分證字號") and, since 2021-01-02, a foreign resident's (新式外來人口統一證號), which
// the Ministry of the Interior made the same shape so that sites checking the one accept the other
// (CNA, 2020-12-16, "新式外來人口統一證號 比照身分證字號編碼": the second character 8 for a man, 9
// for a woman). redact kept both: "身分證字號 A123456789" stayed whole. The resident's number of
// before 2021, two letters and eight digits ("AA00000009"), is read too: it stays valid until
// the end of 2030 (T40a).
import { contextBefore, isGlueLetter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isAsciiLetterAt, isDigitAt, marksEnd } from '../digits.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { sweep } from './sweep.js';

/**
 * Its labels, read only by this recognizer: "身分證" (in 身分證字號, 身分證號, 國民身分證統一編號)
 * and its common miswriting "身份證"; a resident's "統一證號" (外來人口統一證號) and "居留證"
 * (居留證號, the resident certificate's). Not "統一編號" alone: that is a company's (營利事業統一
 * 編號, eight digits, public), and "身分證統一編號" holds "身分證" already. Han words start anywhere.
 * Each also ending where "號碼" (number, a phone's label alone: keywords.ts PHONE_WORDS) ends, so
 * that at the tie its own label names it ("身分證號碼 A123456789" stayed outside Taiwan), and the
 * form's "證件號碼" (the document's number), as the Chinese id reads it (nationalIds2.ts).
 *
 * @since 0.1.0
 */
export const TW_ID_WORDS: readonly string[] = [
  '身分證',
  '身份證',
  '統一證號',
  '居留證',
  '身分證號碼',
  '身份證號碼',
  '統一證號碼',
  '居留證號碼',
  '證件號碼',
  'taiwan id',
  'taiwanese id',
  'roc id',
];

// The two-digit number of each first letter, A to Z: the county or city of first registration
// (the letters of places merged away since 2010 keep theirs; I, O, W, Z came last). The Ministry
// of Finance's note on the number (mof.gov.tw/Eng/download/16968, as python-stdnum and stdnum-js
// cite it) and magiclen.org/tw-id-num give the same table.
const LETTER_VALUES = [
  10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30,
  31, 33,
];

/**
 * Whether a letter (`letter`, its code in either case) and nine ASCII digits at `digits[from]`
 * on are a Taiwanese id: the second character 1 or 2 (a citizen: man, woman) or 8 or 9 (a resident
 * since 2021), and the check. The letter's two digits weigh 1 and 9, the nine digits 8, 7, 6, 5,
 * 4, 3, 2, 1 and 1; the sum is a multiple of 10. One letter and nine random digits in 25 pass.
 *
 * @since 0.1.0
 */
export function twIdValid(letter: number, digits: string, from = 0): boolean {
  const value = LETTER_VALUES[(letter | 0x20) - 0x61];
  if (value === undefined) return false;
  const sex = digits.charCodeAt(from) - 48;
  if (sex !== 1 && sex !== 2 && sex !== 8 && sex !== 9) return false;
  let sum = Math.floor(value / 10) + (value % 10) * 9;
  for (let k = 0; k < 9; k++) {
    const d = digits.charCodeAt(from + k) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * (k === 8 ? 1 : 8 - k);
  }
  return sum % 10 === 0;
}

/**
 * Whether two letters (their codes, either case) and eight ASCII digits at `digits[from]` on are a
 * resident's number of the old style (舊式統一證號), issued until 2021-01-01 and valid until
 * 2030-12-31 ("舊版統一證號將在120年1月1日以後全面停用": the National Immigration Agency as
 * newtalk.tw reported it, 2020-12-16; CNA the same day: "由2碼英文搭配8碼數字改成1碼英文搭配9碼
 * 數字"). The first letter is the new number's, the second A to D; the check is the new number's,
 * the second letter read as its value's last digit (A 0 … D 3), so "AA00000009" passes (the
 * Ministry of Finance's note, mof.gov.tw/Eng/download/16968, as stdnum-js's tw UI number cites
 * it; taiwan-id-validator's sample and dotblogs.com.tw's CheckOldResidentID read it so). One
 * pair of capitals and eight random digits in 65 pass.
 *
 * @since 0.1.0
 */
export function twOldResidentValid(
  first: number,
  second: number,
  digits: string,
  from = 0,
): boolean {
  const value = LETTER_VALUES[(first | 0x20) - 0x61];
  const kind = (second | 0x20) - 0x61;
  if (value === undefined || kind < 0 || kind > 3) return false;
  let sum = Math.floor(value / 10) + (value % 10) * 9 + kind * 8;
  for (let k = 0; k < 8; k++) {
    const d = digits.charCodeAt(from + k) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * (k === 7 ? 1 : 7 - k);
  }
  return sum % 10 === 0;
}

/** Whether the unit at `i` of the shadow is a digit, an ASCII letter or a spaced script's letter. */
function wordAt(s: string, i: number): boolean {
  return isDigitAt(s, i) || isAsciiLetterAt(s, i) || isGlueLetter(s.charAt(i));
}

function twIdAt(context: RecognizerContext, i: number, found: RecognizerMatch[]): number {
  const s = context.shadow;
  if (i + 10 > s.length || !isAsciiLetterAt(s, i)) return -1;
  // The old resident's number: a second letter where the new one's second digit stands.
  const old = isAsciiLetterAt(s, i + 1);
  // Alone: no letter or digit of a code glued before or after ("SKU-A123456789", "A1234567890");
  // a Han character before it is a label's ("身分證字號A123456789").
  const before = s.charAt(i - 1);
  if (i > 0 && (wordAt(s, i - 1) || ('-_/.'.includes(before) && wordAt(s, i - 2)))) return -1;
  if (wordAt(s, i + 10) || ('-_/'.includes(s.charAt(i + 10)) && wordAt(s, i + 11))) return -1;
  if (
    old
      ? !twOldResidentValid(s.charCodeAt(i), s.charCodeAt(i + 1), s, i + 2)
      : !twIdValid(s.charCodeAt(i), s, i + 1)
  )
    return -1;
  const label = contextBefore(context, i, TW_ID_WORDS);
  if (label === 'reference') return -1;
  // Without its label only in Taiwan and in capitals, as the card prints it: one letter and nine
  // digits in 25 pass the check by chance, product and parcel codes among them elsewhere.
  const capital = s.charCodeAt(i) < 0x61 && (!old || s.charCodeAt(i + 1) < 0x61);
  if (label !== 'own' && !(capital && context.country === 'TW')) return -1;
  // A combining mark typed after its last digit goes with it (as a phone's, T37b).
  const end = marksEnd(context.text, i + 10);
  found.push({ start: i, end, confidence: label === 'own' ? 0.95 : 0.85 });
  return end;
}

/**
 * Taiwanese ids in the context, tried at `starts` (every position: the oracle's reading) or,
 * without them, where a digit run's first group of exactly nine digits follows a letter, or of
 * eight two letters.
 *
 * @since 0.1.0
 */
export function findTwIds(
  context: RecognizerContext,
  starts?: readonly number[],
): RecognizerMatch[] {
  if (starts !== undefined) return sweep(context, starts, twIdAt, true);
  const found: RecognizerMatch[] = [];
  let lastEnd = 0;
  const runs = numberRuns(context);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    // Nine digits after a letter; eight after two, the old resident's number.
    const digits = run.groupEnd(0) - run.start;
    const i = run.start - (digits === 8 ? 2 : 1);
    if (i < lastEnd || (digits !== 9 && digits !== 8)) continue;
    const end = twIdAt(context, i, found);
    if (end >= 0) lastEnd = end;
  }
  return found;
}

/**
 * Taiwan's national id (身分證字號) and a foreign resident's new-style number: one letter, nine
 * digits, the check; and a resident's old-style number, two letters, eight digits, the check
 * ({@link twOldResidentValid}). Named by its label anywhere; in Taiwan a capital letter alone says it.
 *
 * @since 0.1.0
 */
export const twIdRecognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'tw-id',
    type: 'tw-id',
    placeholder: '[TW_ID]',
    find: findTwIds,
  }),
  // A run whose first group holds nine digits (after a letter) or eight (after two).
  0,
  (1 << 8) | (1 << 9),
);
