// A phone number an OCR read with a letter for a digit (T45d, issue #14): "Tel: O712 345 678"
// (an "O" for a "0"), "Phone: 0803 l23 4567" (an "l" for a "1"), as screenshots pasted into a chat
// come out. Reading letters as digits anywhere would take words for numbers ("Tel: Ollie"), so
// the reading is narrow: right after a phone's label (at most ":", ".", "#", "-" and spaces
// between), only "O"/"o" for 0 and "l"/"I" for 1, and only inside a group of digits (a group
// that holds a digit and those letters alone, written apart from any other letter), and the
// number read so must be valid where the customer is (libphonenumber-js), and no date.
import { lastEnd } from '../context.js';
import { PHONE_WORDS } from '../keywords.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';

// A digit beside an OCR letter: most texts have none, and are read no further.
const BESIDE = /[0-9][OolI]|[OolI][0-9]/;
// A run of groups of digits and OCR letters, a "+" or "(" before it, spaces, dots, dashes and
// brackets between its groups, written apart from letters and digits on both sides.
const RUN =
  /(?<![\p{L}\p{N}])(?:\+|\(\+?)?[0-9OolI]+(?:[ .\-()]{1,2}[0-9OolI]+)*(?![\p{L}\p{N}])/gu;
const GROUP = /[0-9OolI]+/g;
// What may stand between a phone's label and the number.
const BETWEEN = /^[ :.#\-\u00a0]{0,3}$/;
// How far before the number a phone word is looked for (the longest ends right before it).
const REACH = 24;
// A phone number holds 7 to 17 digits.
const MIN = 7;
const MAX = 17;

/**
 * The confidence of a number read so: below a labelled number's 0.9, as the letters are a guess
 * the text does not confirm (an OCR's confidence per character is not in it).
 */
export const OCR_CONFIDENCE = 0.8;

/**
 * The phone numbers in `context` that an OCR wrote with "O"/"o" for 0 or "l"/"I" for 1 inside
 * their groups of digits, right after a phone's label: "Tel: O712 345 678" → [5, 17). `reads`
 * says whether the number with its letters read as digits (same length) is a phone's there (the
 * phone recognizer's own reading: its label, its validity, no date).
 *
 * @param context - The text being redacted, its shadow and lower case, its country.
 * @param reads - Whether the number read from `start`, its letters made digits, is a phone.
 * @returns The spans found, in the text's order.
 * @since 0.1.0
 */
export function ocrPhones(
  context: RecognizerContext,
  reads: (start: number, digits: string) => boolean,
): RecognizerMatch[] {
  const { shadow, lower } = context;
  const out: RecognizerMatch[] = [];
  if (!BESIDE.test(shadow)) return out;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(shadow); m !== null; m = RUN.exec(shadow)) {
    const run = m[0];
    if (!/[OolI]/.test(run) || !insideDigits(run)) continue;
    const digits = run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
    const count = digits.replace(/\D/g, '').length;
    if (count < MIN || count > MAX) continue;
    if (!afterPhoneLabel(lower, m.index) || !reads(m.index, digits)) continue;
    out.push({ start: m.index, end: m.index + run.length, confidence: OCR_CONFIDENCE });
  }
  return out;
}

/** Whether every group of `run` that holds an OCR letter holds a digit too ("O712", not "lO"). */
function insideDigits(run: string): boolean {
  for (const group of run.match(GROUP) ?? [])
    if (/[OolI]/.test(group) && !/[0-9]/.test(group)) return false;
  return true;
}

/**
 * Whether a phone word (keywords.ts PHONE_WORDS, read as every label is) ends right before
 * `start` in `lower`, on its line, at most three of " :.#-" between: "Tel: ", "Phone ", "tel.".
 */
function afterPhoneLabel(lower: string, start: number): boolean {
  const line = lower.lastIndexOf('\n', start - 1) + 1;
  const end = lastEnd(lower, Math.max(line, start - REACH), start, PHONE_WORDS);
  return end >= 0 && BETWEEN.test(lower.slice(end, start));
}
