// A phone number an OCR read with a letter for a digit (T45d, issue #14): "Tel: O712 345 678"
// (an "O" for a "0"), "Phone: 0803 l23 4567" (an "l" for a "1"), as screenshots pasted into a chat
// come out. Reading letters as digits anywhere would take words for numbers ("Tel: Ollie"), so
// the reading is narrow: right after a phone's label (at most ":", ".", "#", "-" and spaces
// between), only "O"/"o" for 0 and "l"/"I" for 1, and only inside a group of digits (a group
// that holds a digit and those letters alone, written apart from any other letter), and the
// number read so must be valid where the customer is (libphonenumber-js), and no date.
import { lastEnd, letterAt } from '../context.js';
import { isDigitAt } from '../digits.js';
import { PHONE_WORDS } from '../keywords.js';
import { type NumberRun, numberRuns } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';

// A run of groups of digits and OCR letters, a "+" or "(" before it, spaces, dots, dashes and
// brackets between its groups (ASCII alone: a Unicode class compiled for it cost a stream of
// messages 11 million instructions); written apart from letters and digits on both sides, which
// ocrPhones reads beside each match.
const RUN = /(?:\+|\(\+?)?[0-9OolI]+(?:[ .\-()]{1,2}[0-9OolI]+)*/y;
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

/** Whether `c` is "O", "o", "l" or "I". */
function ocrLetter(c: number): boolean {
  return c === 79 || c === 111 || c === 108 || c === 73;
}

/** Whether `c` is a digit or an OCR letter: a unit of a group {@link RUN} reads. */
function ocrUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || ocrLetter(c);
}

/** Whether `c` may stand in a number {@link RUN} reads: a digit, an OCR letter, " .-()+". */
function numberUnit(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    ocrLetter(c) ||
    c === 32 ||
    c === 46 ||
    c === 45 ||
    c === 40 ||
    c === 41 ||
    c === 43
  );
}

/**
 * The phone numbers in `context` that an OCR wrote with "O"/"o" for 0 or "l"/"I" for 1 inside
 * their groups of digits, right after a phone's label: "Tel: O712 345 678" → [5, 17). `reads`
 * says whether the number with its letters read as digits (same length) is a phone's there (the
 * phone recognizer's own reading: its label, its validity, no date). Only where such a letter
 * touches a run of digits (runs.ts, read once per text) is the text read further: most texts
 * cost a look at each run's two ends.
 *
 * @param context - The text being redacted, its shadow and lower case, its country.
 * @param reads - Whether the number read from `start` of `context`, its letters made digits, is
 *   a phone.
 * @returns The spans found, in the text's order.
 * @since 0.1.0
 */
export function ocrPhones(
  context: RecognizerContext,
  reads: (context: RecognizerContext, start: number, digits: string) => boolean,
): RecognizerMatch[] {
  const shadow = context.shadow;
  let out: RecognizerMatch[] | undefined;
  const runs = numberRuns(context);
  // The end of the stretch last read: a stretch holds several runs.
  let done = 0;
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k] as NumberRun;
    const at =
      r.start > 0 && ocrLetter(shadow.charCodeAt(r.start - 1))
        ? r.start - 1
        : r.end < shadow.length && ocrLetter(shadow.charCodeAt(r.end))
          ? r.end
          : -1;
    if (at < done) continue;
    // The stretch of units a number may hold around the letter.
    let a = at;
    while (a > 0 && numberUnit(shadow.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < shadow.length && numberUnit(shadow.charCodeAt(b))) b++;
    done = b;
    // Each start apart from a letter or a digit before it is read once, sticky, to its match's
    // end: one pass over the stretch.
    for (let p = a; p < b; ) {
      const c = shadow.charCodeAt(p);
      if (
        !(ocrUnit(c) || c === 43 || c === 40) ||
        letterAt(shadow, p - 1) ||
        isDigitAt(shadow, p - 1)
      ) {
        p++;
        continue;
      }
      RUN.lastIndex = p;
      const m = RUN.exec(shadow);
      if (m === null) {
        p++;
        continue;
      }
      const end = p + m[0].length;
      const found =
        letterAt(shadow, end) || isDigitAt(shadow, end) ? undefined : read(context, p, m[0], reads);
      if (found !== undefined) {
        out ??= [];
        out.push(found);
      }
      p = end;
    }
  }
  return out ?? NONE;
}

// What most texts get: no number an OCR wrote (not written to).
const NONE: RecognizerMatch[] = [];

/** The run `run` at `start` as a finding where it is a phone an OCR wrote (see ocrPhones). */
function read(
  context: RecognizerContext,
  start: number,
  run: string,
  reads: (context: RecognizerContext, start: number, digits: string) => boolean,
): RecognizerMatch | undefined {
  if (!/[OolI]/.test(run) || !insideDigits(run)) return undefined;
  const digits = run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
  const count = digits.replace(/\D/g, '').length;
  if (count < MIN || count > MAX) return undefined;
  if (!afterPhoneLabel(context.lower, start) || !reads(context, start, digits)) return undefined;
  return { start, end: start + run.length, confidence: OCR_CONFIDENCE };
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
  // The line's start is looked for within the reach only: a text with no line break is not
  // walked back to its start for each number (quadratic on a long one).
  let from = Math.max(0, start - REACH);
  const line = lower.slice(from, start).lastIndexOf('\n');
  if (line >= 0) from += line + 1;
  const end = lastEnd(lower, from, start, PHONE_WORDS);
  return end >= 0 && BETWEEN.test(lower.slice(end, start));
}
