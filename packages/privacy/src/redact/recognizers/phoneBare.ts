import type { CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import { sliceOf, unitAt } from '../digits.js';
import type { NumberSpan } from './phoneMatcher.js';
import { validBareNumber } from './phoneValidity.js';

// libphonenumber-js's PhoneNumberMatcher, walked step by step for a bare slice (digits in groups
// joined by single spaces, dots or dashes, or by " - ", after an optional "+"), with the number
// check of phoneValidity.ts in place of its parse. On such a slice the matcher's steps are few and
// known (PhoneNumberMatcher.js, findNumbers/*.js of the library):
// 1. its candidate is the whole slice from the first digit or "+" (the "+" may follow one space,
//    the caller's "00");
// 2. it parses the candidate: a valid number ends the reading;
// 3. otherwise it tries parts of it (INNER_MATCHES): of its patterns only three can match here,
//    in this order: the hyphen one, a "-" with a space beside it (the part before the first " - ",
//    then all of the rest after it: its group runs to the end), the dot one (the part before the
//    first dot, then each part after a dot) and the space one (the part before the first space,
//    then each part after a space, a " - "'s lone "-" among them, which is no number); the first
//    valid part is taken, and the reading goes on from its end with a new candidate (step 1, from
//    the next digit);
// 4. with no valid part, the reading ends.
// A part is valid when the library's parse would take it: at least three digits (or exactly two
// and nothing else, its "viable number" rule), and the number valid. With one group in
// parentheses only step 2 is walked (the parts would depend on the brackets): an invalid one goes
// to the matcher. The property test compares with findNumbers on generated slices. A value
// written with " - " between its groups ("5191 - 0091 - 5140 - 3697", "312 - 345 - 4676") went to
// the matcher, which parsed each of its parts (the hyphen's, the dots', every group and lone "-"
// after a space): a card so written cost 0.49 ms.

// libphonenumber-js's PUB_PAGES (isValidCandidate.js): "12-345 (6" reads as pages, not a number.
const PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;

// More groups than any number is written in: the walk would cost more than the matcher's reading.
const MAX_GROUPS = 12;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The number of groups of digits in a slice if it is bare, else 0. Bare: digits in at most 20
 * groups joined by single spaces, dots or dashes or by " - ", after an optional "+" (which one
 * space may precede: the caller writes a "00" as " +"). One group, not the last, may stand in
 * parentheses, with or without a separator beside them ("(11) 96123-4567", "+44 (0)20 7946
 * 0018"): the matcher's candidate ends at a digit, so a last group in parentheses would leave its
 * "(" unmatched. One pass, no backtracking.
 */
export function bareGroups(slice: string): number {
  // (The slices are strings of several kinds: their units are read through unitAt, a look-up per
  // unit went megamorphic, T64d.)
  const n = slice.length;
  let i = 0;
  if (unitAt(slice, 0) === 32) {
    if (unitAt(slice, 1) !== 43) return 0;
    i = 1;
  }
  if (unitAt(slice, i) === 43) i++;
  let groups = 0;
  let parens = 0;
  for (;;) {
    const paren = unitAt(slice, i) === 40;
    if (paren) {
      if (++parens > 1) return 0;
      i++;
    }
    const start = i;
    while (i < n && isDigit(unitAt(slice, i))) i++;
    if (i === start || ++groups > 20) return 0;
    if (paren) {
      if (unitAt(slice, i) !== 41) return 0;
      i++;
    }
    if (i === n) return paren ? 0 : groups;
    const c = unitAt(slice, i);
    if (c === 32 && unitAt(slice, i + 1) === 45 && unitAt(slice, i + 2) === 32) i += 3;
    else if (c === 32 || c === 46 || c === 45) i++;
    else if (!paren && c !== 40) return 0;
  }
}

/** Whether the library would take `text[from, to)` as a valid number; undefined: no answer. */
function verifies(
  text: string,
  from: number,
  to: number,
  country: PhoneCountry | undefined,
): boolean | undefined {
  // Joined a group at a time, each cut from the text (a string per group, not one per digit: the
  // joins were 1.7M instructions of redact 1 8 outside V8's compiler, V59b).
  let digits = '';
  let count = 0;
  let group = -1;
  for (let k = from; k < to; k++) {
    const c = unitAt(text, k);
    if (isDigit(c)) {
      if (group < 0) group = k;
      count++;
      continue;
    }
    if (group >= 0) {
      digits += sliceOf(text, group, k);
      group = -1;
    } else if (c === 43 && k === from) digits = '+';
  }
  if (group >= 0) digits += sliceOf(text, group, to);
  // isViablePhoneNumber: three digits or more, or exactly two digits and nothing else.
  if (count < 3 && !(count === 2 && to - from === 2)) return false;
  return validBareNumber(digits, country);
}

type Part = readonly [number, number] | null | undefined;

/**
 * The hyphen pattern's parts of `text[from, to)`, in the matcher's order: the part before the
 * first " - ", then all after it (the pattern's group takes the rest), the first valid one.
 */
function hyphenPart(
  text: string,
  from: number,
  to: number,
  country: PhoneCountry | undefined,
): Part {
  const h = text.indexOf(' - ', from);
  const before = h < 0 || verifies(text, from, h, country);
  if (before !== false) return h < 0 ? null : before && [from, h];
  const after = verifies(text, h + 3, to, country);
  return after === false ? null : after && [h + 3, to];
}

/** The parts of `text[from, to)` split at `sep`, in the matcher's order: the first valid one. */
function partAt(
  text: string,
  from: number,
  to: number,
  sep: number,
  country: PhoneCountry | undefined,
): Part {
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k < to && unitAt(text, k) !== sep) continue;
    // The whole candidate is not a part: only text before a first separator or after one.
    if (start === from && k === to) return null;
    const valid = verifies(text, start, k, country);
    if (valid === undefined) return undefined;
    if (valid) return [start, k];
    start = k + 1;
  }
  return null;
}

/**
 * The valid numbers of a bare slice as the matcher finds them, or undefined when this walk cannot
 * answer (not bare, parentheses around an invalid number, too many groups, a number too long).
 */
export function bareNumbersIn(
  slice: string,
  country: PhoneCountry | undefined,
): NumberSpan[] | undefined {
  const groups = bareGroups(slice);
  if (!groups || groups > MAX_GROUPS) return undefined;
  const paren = slice.includes('(');
  if (paren && PUB_PAGES.test(slice)) return undefined;
  const n = slice.length;
  const out: NumberSpan[] = [];
  let from = unitAt(slice, 0) === 32 ? 1 : 0;
  while (from < n) {
    const whole = verifies(slice, from, n, country);
    if (whole === undefined) return undefined;
    if (whole) {
      out.push({ startsAt: from, endsAt: n });
      return out;
    }
    if (paren) return undefined;
    let part = hyphenPart(slice, from, n, country);
    if (part === null) part = partAt(slice, from, n, 46, country); // "."
    if (part === null) part = partAt(slice, from, n, 32, country); // " "
    if (part === undefined) return undefined;
    if (part === null) return out;
    out.push({ startsAt: part[0], endsAt: part[1] });
    // The next candidate starts at the next digit after the part.
    from = part[1];
    while (from < n && !isDigit(unitAt(slice, from))) from++;
  }
  return out;
}
