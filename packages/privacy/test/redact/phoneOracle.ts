// The phone recognizer as it read every text up to faa7deb (2026-12-01): one scan of the whole
// shadow for phone-ish spans, then the per-span tests in their first order. Test-only: the oracle
// that phone.prop.test.ts holds src/redact/recognizers/phone.ts to; the helpers the two still
// share unchanged (the per-span tests, the window bounds) are imported from it. Not shipped.
import {
  type CountryCode as PhoneCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { Cover, setClaims } from '../../src/redact/claims.js';
import {
  formLabel,
  gluedToCode,
  type PhoneLabels,
  phoneLabelsBefore,
} from '../../src/redact/context.js';
import { defineRecognizer } from '../../src/redact/defineRecognizer.js';
import { isDigitAt } from '../../src/redact/digits.js';
import { builtInRecognizers } from '../../src/redact/recognizers/index.js';
import { mpesaNumberAt } from '../../src/redact/recognizers/mpesa.js';
import {
  accept,
  DATE,
  dottedQuad,
  HOLDS_DATE,
  INTERNATIONAL,
  LABELLED,
  labelledAfter,
  labels,
  MAX_DIGITS,
  type PhoneOptions,
  phoneChar,
  phoneOptionsFor,
  phoneRecognizer,
  readListPiece,
  readWindow,
  SEPARATED,
  WINDOW,
  whole,
  worthReading,
} from '../../src/redact/recognizers/phone.js';
import { referenceLabelWrapped } from '../../src/redact/recognizers/phoneLabelWrapped.js';
import { validNumbersIn } from '../../src/redact/recognizers/phoneMatcher.js';
import { outDialCut } from '../../src/redact/recognizers/phoneOutDial.js';
import type { Candidate } from '../../src/redact/resolve.js';
import { codeEndsAt, type NumberRun, numberRuns } from '../../src/redact/runs.js';
import type { RecognizerContext, RecognizerMatch } from '../../src/redact/types.js';
import { contextOf } from './recognizerContext.js';
import { proseAbovePlain, sentenceLinePlain } from './sentenceOracle.js';

/**
 * (Since V59e: one reading of a wrap for ids and phones.) How many units a line's wrap at `at`
 * spans, written plainly: blanks (spaces, tabs), a "\r" or not, a "\n", then a reply's quote
 * marks with blanks before each, and blanks; the next line's first unit within 48 units of `at`.
 * -1 where no wrap stands at `at`.
 */
function wrapAt(text: string, at: number): number {
  let k = at;
  while (text[k] === ' ' || text[k] === '\t') k++;
  if (text[k] === '\r') k++;
  if (text[k] !== '\n') return -1;
  k++;
  while (text[k] === ' ' || text[k] === '\t' || text[k] === '>') k++;
  return k - at < 48 ? k - at : -1;
}

/**
 * (Since V59e.) The end of the line above `s` (blanks before its break aside), where only a wrap
 * ({@link wrapAt}) stands between it and `s`; -1 where none does.
 */
function aboveEnd(text: string, s: number): number {
  for (let k = s - 1; k >= 0 && k >= s - 48; k--) {
    if (text[k] !== '\n') continue;
    let end = k;
    if (text[end - 1] === '\r') end--;
    while (text[end - 1] === ' ' || text[end - 1] === '\t') end--;
    return wrapAt(text, end) === s - end ? end : -1;
  }
  return -1;
}

/** (Since V59e.) Whether a wrap at `at` ({@link wrapAt}) is followed by a digit. */
function wrapsToDigit(text: string, at: number): boolean {
  const w = wrapAt(text, at);
  return w >= 0 && /[0-9]/.test(text.charAt(at + w));
}

function pushSpan(shadow: string, out: [number, number][], s: number, j: number, digits: number) {
  let e = j;
  while (e > s && !isDigitAt(shadow, e - 1) && shadow.charCodeAt(e - 1) !== 41) e--; // ')'
  // Fewer, before a line break (since 2026-12-03): a wrapped number's first part.
  // (Since V58b: or before a "-" and a line break, where a trunk "0" or a "+" opens the span.)
  // (Since V59e: blanks before the break, tabs too.)
  const dashed = /^-[ \t]*\r?\n/.test(shadow.slice(e)) && /^\(?[0+]/.test(shadow.slice(s));
  if (digits >= 6 || (digits >= 2 && (/^[ \t]*\r?\n/.test(shadow.slice(e)) || dashed)))
    out.push([s, e]);
}

/**
 * From `j`, over phone-ish characters: where the scan stops, the digits it read and the length of
 * the last run of digits (it stops inside a run longer than a number can hold).
 */
function scanForward(shadow: string, j: number): [number, number, number] {
  let digits = 0;
  let run = 0;
  for (; j < shadow.length; j++) {
    const cj = shadow.charCodeAt(j);
    // Nor past a space after a code's digits ("QK12AB3CD4 0712345678", T47a).
    if (!phoneChar(cj) || (cj === 32 && codeEndsAt(shadow, j))) break;
    if (cj >= 48 && cj <= 57) {
      digits++;
      run++;
      if (run > MAX_DIGITS) break;
    } else run = 0;
  }
  return [j, digits, run];
}

/**
 * Spans of phone-ish characters that start at `+`, `(` or a digit and hold at least 6 digits. A run
 * of more digits in a row than a phone number has cannot be part of one, so it ends the span.
 */
function spans(shadow: string): [number, number][] {
  const out: [number, number][] = [];
  const n = shadow.length;
  let i = 0;
  while (i < n) {
    const c = shadow.charCodeAt(i);
    // A "+" before a 0, spaces between or not (no country code starts with 0), is not part of
    // the number; nor are those spaces.
    const national = c === 43 && /^ *0/.test(shadow.slice(i + 1));
    if (!((c >= 48 && c <= 57) || c === 43 || c === 40) || national) {
      i++;
      continue;
    }
    let j = i;
    let digits: number;
    let run: number;
    [j, digits, run] = scanForward(shadow, j);
    if (run > MAX_DIGITS) {
      pushSpan(shadow, out, i, j - run + 1, digits - run + 1);
      for (let c = shadow.charCodeAt(j); c >= 48 && c <= 57; c = shadow.charCodeAt(j)) j++;
      i = j;
      continue;
    }
    pushSpan(shadow, out, i, j, digits);
    i = j + 1;
  }
  return out;
}

/**
 * The phone-ish spans as the recognizer found them from 66ed683 to cefe0a5 (2026-12-01): from each
 * digit run, a walk back over the phone-ish characters before it, then a forward scan of every
 * character. phone.prop.test.ts holds phoneSpans (which reads the runs' group table a group at a
 * time) to it.
 */
export function spansFromRuns(context: RecognizerContext): [number, number][] {
  const { shadow } = context;
  const out: [number, number][] = [];
  let i = 0;
  const runs = numberRuns(context);
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k] as NumberRun;
    if (r.end <= i) continue;
    let j = r.start;
    if (j < i) j = i;
    else
      while (
        j > i &&
        phoneChar(shadow.charCodeAt(j - 1)) &&
        !(shadow.charCodeAt(j - 1) === 32 && codeEndsAt(shadow, j - 1))
      )
        j--;
    for (i = j; !isDigitAt(shadow, i) && shadow.charAt(i) !== '+' && shadow.charAt(i) !== '('; )
      i++;
    // "+0…", "+ 0…": national, read from the 0.
    if (shadow.charCodeAt(i) === 43)
      i = /^\+ *0/.test(shadow.slice(i)) ? shadow.indexOf('0', i) : i;
    j = i;
    let digits: number;
    let run: number;
    [j, digits, run] = scanForward(shadow, j);
    if (run > MAX_DIGITS) {
      pushSpan(shadow, out, i, j - run + 1, digits - run + 1);
      while (isDigitAt(shadow, j)) j++;
      i = j;
      k--;
      continue;
    }
    pushSpan(shadow, out, i, j, digits);
    i = j + 1;
    // Stopped at a code's space inside the run: the run's rest is read again.
    if (j < r.end && shadow.charCodeAt(j) === 32 && codeEndsAt(shadow, j)) k--;
  }
  return out;
}

/**
 * Whether any number in a short span could be accepted, decided before asking libphonenumber (the
 * costly part): a bare digit run needs a phone label or a trunk "0"; dates, dotted quads, code
 * fragments and numbers after an order or version label never go.
 */
function mayAccept(
  context: RecognizerContext,
  s: number,
  e: number,
  text: string,
  given: PhoneLabels | undefined,
): boolean {
  const { shadow } = context;
  if (DATE.test(text) || dottedQuad(text) || gluedToCode(shadow, s, e, context.locale))
    return false;
  // A date with its year anywhere in the span (since T22c).
  if (HOLDS_DATE.test(text)) return false;
  // A "+" anywhere may start an international number after a reference ("4491-3335+8190…").
  if (text.includes('+') || text.startsWith('00')) return true;
  // (Since V56a: or a "00" calling code after a value, where readWindow cuts before it.)
  if (outDialCut(text, phoneOptionsFor(context.country)) > 0) return true;
  // (Since V57b: or a "00" head past the span's start that a line break follows, which trailing
  // reads: "Order 4711 0048 512\n345 678", as "Order 4711 +48 512\n345 678" passes above.)
  if (/^[ \t]*\r?\n/.test(shadow.slice(e)) && headAt(shadow, s, e) > s) return true;
  const { version, phone: label } = given ?? labels(context, s);
  if (version) return false;
  if (label === 'reference') return false;
  // A phone word right after the number, where the verb comes last (Hindi "… पर कॉल करें").
  return (
    label === 'own' ||
    SEPARATED.test(text) ||
    text.startsWith('0') ||
    (label === 'none' && labelledAfter(shadow, e))
  );
}

/**
 * The end of a window from `w`, written plainly: the span's end if it holds at most 17 digits
 * from `w`, else just past the group of digits that holds its seventeenth (since T29b: a window
 * cut inside a group read "4907214368 9931893" of two order numbers as a German number).
 */
function budgetEnd(shadow: string, w: number, e: number): number {
  const text = shadow.slice(w, e);
  const digits = [...text.matchAll(/[0-9]/g)];
  if (digits.length <= MAX_DIGITS) return e;
  const seventeenth = (digits[MAX_DIGITS - 1] as RegExpMatchArray).index as number;
  return (
    w + seventeenth + 1 + (/^[0-9]*/.exec(text.slice(seventeenth + 1)) as RegExpExecArray)[0].length
  );
}

/**
 * Where to read a span longer than 48 characters (a shorter one is read once, whole): a table of
 * numbers or hostile input, read at its start, at each "+" or "(" (one per 48 characters) and at
 * its end, each window cut to 17 digits, so the cost stays linear and small.
 */
function windows(shadow: string, s: number, e: number): [number, number, boolean][] {
  const out: [number, number, boolean][] = [[s, budgetEnd(shadow, s, e), true]];
  let last = s;
  for (let k = s + 1; k < e; k++) {
    const c = shadow.charAt(k);
    if ((c === '+' || c === '(') && k - last >= WINDOW) {
      out.push([k, budgetEnd(shadow, k, e), true]);
      last = k;
    }
  }
  let tail = Math.max(last + 1, e - WINDOW);
  while (tail < e && !(isDigitAt(shadow, tail) && !isDigitAt(shadow, tail - 1))) tail++;
  if (tail < e) out.push([tail, budgetEnd(shadow, tail, e), true]);
  return out;
}

/**
 * The parts of a span that are read apart (since 2026-12-01): a date at its start ("30/11/2024
 * 06 12 34 56 78"), each sentence's part (". " between), and, in a span too long to read whole,
 * each number of a list with " / " between them. Written plainly, with a fresh regular expression per part.
 * Each part comes with the start whose labels it reads (since T25a: a part after a " / " reads
 * those of the part the list began with, until a date or a sentence's end), or -1: its own.
 */
function parts(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
): [number, number, number][] {
  const { shadow } = context;
  const out: [number, number, number][] = [];
  let at = s;
  let carry = -1;
  for (;;) {
    const rest = shadow.slice(at, e);
    // (Since V62c: or a year alone, 1900-2099, then a space, where the rest is one valid number
    // and the part whole is none, in a part of a window's length at most, no order's or version's
    // label before it: "tel 2015 512 228 090".)
    const year =
      rest.length <= WINDOW &&
      /^(?:19|20)[0-9]{2} [0-9+(]/.test(rest) &&
      oneNumber(rest.slice(5), options) &&
      !oneNumber(rest, options) &&
      !labels(context, at).version &&
      labels(context, at).phone !== 'reference'
        ? /^[0-9]{4} /.exec(rest)
        : null;
    // A year after a week's or a month's number or after a year too (since T22c; not a year
    // alone: "2012 3456" is a Danish mobile). Since V58d a day's date in brackets too.
    const date =
      /^(?:\(?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\)?|(?:\d{1,2}[./-]|(?:19|20)\d\d[/-])(?:19|20)\d\d) /.exec(
        rest,
      );
    const slash = rest.length > WINDOW ? rest.indexOf(' / ') : -1;
    // A sentence's full stop and space (since T21b).
    const stop = rest.indexOf('. ');
    // (Since V57a: failing those, in a part of a window's length at most, a word past the first,
    // a "(" before it or not, that starts with a date and its year: the part ends at the space
    // before it, and the date starts the next.)
    const dated = stop > 0 || rest.length > WINDOW ? -1 : datedWordAt(rest, options);
    const cut = date ?? year;
    if (cut) {
      out.push([at, at + cut[0].length - 1, carry]);
      at += cut[0].length;
      carry = -1;
    } else if (stop > 0) {
      out.push([at, at + stop, carry]);
      at += stop + 2;
      carry = -1;
    } else if (dated > 0) {
      out.push([at, at + dated, carry]);
      at += dated + 1;
      carry = -1;
    } else if (slash >= 0) {
      out.push([at, at + slash, carry]);
      if (carry < 0) carry = at;
      at += slash + 3;
    } else {
      out.push([at, e, carry]);
      return out;
    }
  }
}

/**
 * Whether `text`, trimmed, its "00" dialled out as "+", is one valid number whole (the reading
 * of tokenAfter.ts's and phone.ts's `whole(dialled(…))`, written plainly).
 */
function oneNumber(text: string, options: PhoneOptions): boolean {
  const dialled = text.trim().replace(/^(\(?)00/, '$1+');
  return validNumbersIn(dialled, options.defaultCountry).some(
    (n) => n.startsAt === 0 && n.endsAt === dialled.length,
  );
}

/**
 * (Since V57a.) The offset in `rest` of the space before its first word, past its first, that
 * starts with a date and its year, a "(" before it or not: a day, a month and a year of
 * 1900-2099, or the year first, each two with ".", "/" or "-" between, no digit after (or, with
 * dots, a day, a month and a year of two digits: V58d); -1 where
 * no word does. Written plainly: the words split at each space.
 */
function datedWordAt(rest: string, options: PhoneOptions): number {
  const words = rest.split(' ');
  let at = (words[0] as string).length;
  for (let k = 1; k < words.length; k++) {
    const word = (words[k] as string).replace(/^\(/, '');
    const dayFirst = /^[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}(?![0-9])/;
    const yearFirst = /^(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}(?![0-9])/;
    if (dayFirst.test(word) || yearFirst.test(word)) return at;
    at += (words[k] as string).length + 1;
  }
  // (Since V58d, failing those: the first word that starts with a short date, a day of 1-31, a
  // month of 1-12 and a year of two digits, with dots, nothing after it that goes on as a number
  // ("01.05.24", not "01.05.24.78"), where the words before it, "00" read as "+", are one valid
  // number: "+49 30 12.05.24" is one.)
  at = (words[0] as string).length;
  for (let k = 1; k < words.length; k++) {
    const word = (words[k] as string).replace(/^\(/, '');
    const short = /^([0-9]{1,2})\.([0-9]{1,2})\.[0-9]{2}(?![0-9]|[./-][0-9])/.exec(word);
    const day = Number(short?.[1]);
    const month = Number(short?.[2]);
    if (short !== null && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      const before = rest
        .slice(0, at)
        .trim()
        .replace(/^(\(?)00/, '$1+');
      const valid = validNumbersIn(before, options.defaultCountry).some(
        (n) => n.startsAt === 0 && n.endsAt === before.length,
      );
      return valid ? at : -1;
    }
    at += (words[k] as string).length + 1;
  }
  // (Since V59g, failing those: the first word that starts with three groups or more of one or
  // two digits with dots between, no digit or dot after them ("01.05.24.78"), where the words
  // before it are one valid number and the part whole is none.)
  at = (words[0] as string).length;
  for (let k = 1; k < words.length; k++) {
    const word = (words[k] as string).replace(/^\(/, '');
    if (/^[0-9]{1,2}(?:\.[0-9]{1,2}){2,}(?![0-9.])/.test(word))
      return oneNumber(rest.slice(0, at), options) && !oneNumber(rest, options) ? at : -1;
    at += (words[k] as string).length + 1;
  }
  // (Since V61c, failing those: the first word that starts with a month of 1-12 and a year of
  // 1900-2099, either first, ".", "/" or "-" between, no digit after it nor a mark and a digit
  // ("01/1991", "1997-05"), where the words before it are one valid number.)
  at = (words[0] as string).length;
  for (let k = 1; k < words.length; k++) {
    const word = (words[k] as string).replace(/^\(/, '');
    const month = '(?:0?[1-9]|1[0-2])';
    const year = '(?:19|20)[0-9]{2}';
    const monthYear = new RegExp(
      `^(?:${month}[./-]${year}|${year}[./-]${month})(?![0-9]|[-/.,:][0-9])`,
    );
    if (monthYear.test(word)) return oneNumber(rest.slice(0, at), options) ? at : -1;
    at += (words[k] as string).length + 1;
  }
  // (Since V62c, failing those: the first word past the first that is a fraction or a month and a
  // year of two digits whole, one or two digits, "/", one to three ("1/3", "06/90"), where the
  // words before it are one valid number and the part whole is none; only where seven units or
  // more follow the first word, the least room the recognizer reads any date in.)
  at = (words[0] as string).length;
  const room = rest.length >= at + 7;
  for (let k = 1; room && k < words.length; k++) {
    if (/^[0-9]{1,2}\/[0-9]{1,3}$/.test(words[k] as string))
      return oneNumber(rest.slice(0, at), options) && !oneNumber(rest, options) ? at : -1;
    at += (words[k] as string).length + 1;
  }
  return -1;
}

/**
 * (Since V57a.) The span [s, e) of `shadow` without the hour of a time that ends it: a space and
 * one or two digits at its end, a time's mark right after it; the span's
 * phone characters before the space that no digit or ")" ends go too. Unchanged where no time
 * follows.
 */
function withoutHour(shadow: string, span: [number, number]): [number, number] {
  const [s, e] = span;
  const hour = / [0-9]{1,2}$/.exec(shadow.slice(s, e));
  // A colon and two minutes, or a French "h" and two minutes or no letter or digit ("14h30", "14h").
  const mark = /^(?::[0-9]{2}(?![0-9])|h[0-9]{2}(?![0-9])|h(?![0-9A-Za-z]|[\u0080-\uffff]))/;
  if (hour === null || hour.index === 0 || !mark.test(shadow.slice(e))) return span;
  const kept = shadow.slice(s, s + hour.index).replace(/[^0-9)]+$/, '');
  return [s, s + kept.length];
}

/**
 * (Since V58d.) The span [s, e) of `shadow` without a German time with a dot that ends it, "Uhr"
 * after it ("… 14.30 Uhr"): a space, an hour of 0-24, a dot and minutes of 00-59 at its end, a
 * space and "Uhr" (or "uhr") after it, no ASCII letter after that; the span's phone characters
 * before the space that no digit or ")" ends go too. Unchanged where no such time follows.
 */
function withoutUhr(shadow: string, span: [number, number]): [number, number] {
  const [s, e] = span;
  const time = / ([0-9]{1,2})\.([0-9]{2})$/.exec(shadow.slice(s, e));
  if (time === null || time.index === 0 || !/^ [Uu]hr(?![A-Za-z])/.test(shadow.slice(e)))
    return span;
  if (Number(time[1]) > 24 || Number(time[2]) > 59) return span;
  const kept = shadow.slice(s, s + time.index).replace(/[^0-9)]+$/, '');
  return [s, s + kept.length];
}

/**
 * (Since V60c.) The span [s, e) of `shadow` without an amount that ends it: after the span's
 * last space (within 16 units of its end), a whole part of one to three digits or one in
 * thousands ("1.021", "2,630"), a comma or a point and one or two decimals, no digit after them
 * and no mark and digit, the amount reaching the span's end or past it (ending it, a currency
 * sign, "%" or three capitals after it); the span's phone
 * characters before the space that no digit or ")" ends go too. Unchanged where none does.
 */
function withoutAmount(shadow: string, span: [number, number]): [number, number] {
  const [s, e] = span;
  const text = shadow.slice(s, e);
  const space = text.lastIndexOf(' ');
  if (space <= 0 || space < text.length - 16 || space === text.length - 1) return span;
  const from = s + space + 1;
  const m = AMOUNT_AT.exec(shadow.slice(from, from + 32));
  if (m === null || from + m[0].length < e) return span;
  // A thousands separator the same throughout.
  const seps = m[0].slice(0, m[0].search(/[.,][0-9]{1,2}$/)).replace(/[0-9]/g, '');
  if (new Set(seps).size > 1) return span;
  // Its decimals inside the span (a point): only with a currency sign, "%" or three capitals
  // after it, a space or NBSP between or not; or (since V63c) after a whole part of four digits
  // or more, no mark in it.
  if (from + m[0].length === e && !/^[0-9]{4}/.test(m[0])) {
    const next = shadow.slice(e, e + 5).replace(/^[ \u00a0]/, '');
    const unit =
      /^\p{Sc}/u.test(next) || next.startsWith('%') || /^[A-Z]{3}(?![\p{L}])/u.test(next);
    if (!unit) return span;
  }
  const kept = text.slice(0, space).replace(/[^0-9)]+$/, '');
  return [s, s + kept.length];
}

// An amount from its first digit: a whole part in thousands, of one to three digits, or (since
// V61c) of four to six with no "0" first, then one or two decimals after a comma or a point.
const AMOUNT_AT =
  /^(?:[1-9][0-9]{0,2}(?:[.,'][0-9]{3})+|[0-9]{1,3}|[1-9][0-9]{3,5})[.,][0-9]{1,2}(?![0-9]|[.,][0-9])/;

/**
 * (Since V61c.) The span [s, e) of `shadow` without an amount that runs into it from before a
 * comma right before it ("am 1,002.06 4111 …", "12,50 4711 0815 …"): the digits and marks , . :
 * / - h ' right before the comma (no more than 16 units back), read as an amount from their first
 * digit, before the span's start, that ends past it; the span starts again at the next digit, "+"
 * or "(" past the amount (or at its end where none follows).
 */
function withoutLeadAmount(shadow: string, span: [number, number]): [number, number] {
  const [s, e] = span;
  if (shadow.charAt(s - 1) !== ',') return span;
  const low = Math.max(0, s - 16);
  const piece = /[0-9,.:/\-h']*$/.exec(shadow.slice(low, s)) as RegExpExecArray;
  const first = piece[0].search(/[0-9]/);
  const at = low + piece.index + first;
  if (first < 0 || at >= s - 1) return span;
  const m = AMOUNT_AT.exec(shadow.slice(at, at + 32));
  if (m === null || at + m[0].length <= s) return span;
  const rest = /[0-9+(]/.exec(shadow.slice(at + m[0].length, e));
  return [rest === null ? e : at + m[0].length + rest.index, e];
}

/**
 * (Since V62c.) The span [s, e) of `shadow` without a token that starts it, a space after it: a
 * version of three parts after a "v" or "V" right before the span (one or two digits, a point,
 * one or two, a point, one to three), or an amount (AMOUNT_AT) after a currency's sign right
 * before the span, a space between or not, a space or the span's end after the token; it starts
 * again at the next digit, "+" or "(" past the token's space (or at its end where none follows:
 * nothing is left where the token is all of the span).
 */
function withoutLeadToken(shadow: string, span: [number, number]): [number, number] {
  const [s, e] = span;
  const text = shadow.slice(s, e);
  const before = shadow.slice(Math.max(0, s - 2), s);
  const token = /[vV]$/.test(before)
    ? /^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,3}(?: |$)/.exec(text)
    : /\p{Sc} ?$/u.test(before)
      ? /^(?:[1-9][0-9]{0,2}(?:[.,'][0-9]{3})+|[0-9]{1,3}|[1-9][0-9]{3,5})\.[0-9]{1,2}(?: |$)/.exec(
          text,
        )
      : null;
  // (A thousands separator the same throughout, as an amount's.)
  const part = token?.[0].trimEnd().replace(/\.[0-9]{1,2}$/, '') ?? '';
  if (token === null || new Set(part.replace(/[0-9]/g, '')).size > 1) return span;
  const rest = /[0-9+(]/.exec(text.slice(token[0].length));
  return [rest === null ? e : s + token[0].length + rest.index, e];
}

/**
 * (Since V63c.) The span [s, e) of `shadow` without an amount that starts it where nothing was cut
 * from its start before (`raw` is the span as found): one to three digits, a point, two digits,
 * a space, then more of the span, the span whole no valid number; it starts again at the next
 * digit, "+" or "(" past that space.
 */
function withoutLeadCents(
  shadow: string,
  span: [number, number],
  raw: [number, number],
  options: PhoneOptions,
): [number, number] {
  const [s, e] = span;
  const text = shadow.slice(s, e);
  const cents = /^[0-9]{1,3}\.[0-9]{2} ./.exec(text);
  if (s !== raw[0] || cents === null || oneNumber(text, options)) return span;
  const rest = /[0-9+(]/.exec(text.slice(cents[0].length - 1));
  return [rest === null ? e : s + cents[0].length - 1 + rest.index, e];
}

/**
 * (Since V57a.) The span [s, e) of `shadow` without the minutes of a time that start it: two
 * digits after a digit and a colon (or a French "h"), then a space; it starts again at the next digit, "+" or "("
 * (or at its end where none follows).
 */
function withoutMinutes(shadow: string, span: [number, number]): [number, number] {
  const [s, e] = span;
  if (!/[0-9][:h]$/.test(shadow.slice(0, s)) || !/^[0-9]{2} /.test(shadow.slice(s, e))) return span;
  const rest = /[0-9+(]/.exec(shadow.slice(s + 3, e));
  return [rest === null ? e : s + 3 + rest.index, e];
}

/**
 * The numbers of a list that a long span [s, e) starts with (since T25a), written plainly: read
 * only after a phone label or from a "+" or "00"; from the span's start, every start reached
 * tries every end of at most 48 characters that a space (or the span's end) follows, with at most
 * 17 digits, 12 groups and no "+" after its start; a piece that is one number (no date, no dotted
 * quad, worth reading, whole) reaches the start after the spaces and a "-" that follow it.
 * The list is the chain of pieces to the furthest end, each end taken from its earliest start.
 */
function listOf(
  context: RecognizerContext,
  s: number,
  e: number,
  label: PhoneLabels,
  options: PhoneOptions,
): [number, number][] {
  const { shadow } = context;
  if (label.version) return [];
  if (label.phone !== 'own' && !/^(?:\+|00)/.test(shadow.slice(s, e))) return [];
  const reached = new Set<number>([s]);
  const startOf = new Map<number, number>();
  const endBefore = new Map<number, number>();
  for (let p = s; p < e; p++) {
    if (!reached.has(p)) continue;
    for (let q = p + 1; q <= Math.min(e, p + WINDOW); q++) {
      const text = shadow.slice(p, q);
      const digits = text.replace(/[^0-9]/g, '').length;
      const groups = text.match(/[0-9]+/g)?.length ?? 0;
      if (/.\+/.test(text) || digits > MAX_DIGITS || groups > 12) break;
      // (Since V55b: or a "/" follows it, glued to the next piece.)
      if (!/[0-9)]$/.test(text) || (q < e && !/[ /]/.test(shadow.charAt(q)))) continue;
      if (HOLDS_DATE.test(text) || dottedQuad(text)) continue;
      const read = text.replace(/^(\(?)00/, '$1 +');
      if (!worthReading(read) || !whole(read, options)) continue;
      if (!startOf.has(q)) startOf.set(q, p);
      const gap = /^(?: +(?:- *)?|\/)/.exec(shadow.slice(q, e));
      const next = q + (gap?.[0].length ?? 0);
      if (gap && /[0-9+(]/.test(shadow.charAt(next)) && next < e && !reached.has(next)) {
        reached.add(next);
        endBefore.set(next, q);
      }
    }
  }
  if (startOf.size === 0) return [];
  const out: [number, number][] = [];
  for (let q = Math.max(...startOf.keys()); q > s; ) {
    const p = startOf.get(q) as number;
    out.unshift([p, q]);
    q = p > s ? (endBefore.get(p) as number) : s;
  }
  return out;
}

/**
 * Read the numbers of `list` (listOf's) in a part that ends at `e`, with the list's labels:
 * where the next value starts after them (past spaces and marks), `e` where the part is read.
 */
function readListOf(
  context: RecognizerContext,
  list: [number, number][],
  e: number,
  label: PhoneLabels,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
): number {
  const { shadow } = context;
  // (Since V56c: a group of one or two digits after a space that ends the part right after
  // the list's last number is read with that number, as after the number alone; where
  // nothing is found so, the number is read alone, and the group after it.)
  // (Since V56f: a piece a "/" glues to the list's next piece, both opening with "0",
  // "+" or "(", reads that "/" as the list's.)
  const [lastStart, lastEnd] = list.at(-1) as [number, number];
  let taken = false;
  list.forEach(([p, q], i) => {
    if (p === lastStart && /^ [0-9]{1,2}$/.test(shadow.slice(lastEnd, e))) {
      const had = found.size;
      readWindow(context, p, shadow.slice(p, e), false, options, found, label);
      taken = found.size > had;
      if (taken) return;
    }
    const slash =
      list[i + 1]?.[0] === q + 1 &&
      shadow.charAt(q) === '/' &&
      /[0+(]/.test(shadow.charAt(p)) &&
      /[0+(]/.test(shadow.charAt(q + 1));
    readListPiece(context, p, shadow.slice(p, q), slash, options, found, label);
  });
  let s = taken ? e : lastEnd;
  while (s < e && !/[0-9+(]/.test(shadow.charAt(s))) s++;
  return s;
}

/**
 * A number's first part that ends the line before `s`, where `s` starts its line after spaces and
 * "> " marks, written plainly (since T28b): within the 48 units before that line's end (spaces
 * before the break aside) and ending in a digit, its last stretch of digits, spaces and ( ) + . / -
 * from its first "+" or digit, if that starts with "+" or "00" and holds fewer than six digits.
 */
function shortHead(shadow: string, s: number): [number, number] | undefined {
  // (Since V59e: the one reading of a wrap, aboveEnd.)
  const above = aboveEnd(shadow, s);
  if (above < 0) return undefined;
  const line = shadow.slice(0, above);
  // (Since V55a: or a ")" after a digit, a calling code in brackets alone, "tel (+1)\n212 …".)
  const closed = /[0-9]\)$/.test(line);
  if (!closed && !/[0-9]$/.test(line)) return undefined;
  const run = (
    /[0-9 ()+./-]*$/.exec(line.slice(Math.max(0, line.length - WINDOW))) as RegExpExecArray
  )[0];
  const from = run.search(/[+0-9]/);
  const head = run.slice(from);
  if (!/^(?:\+|00)/.test(head) || head.replace(/[^0-9]/g, '').length >= 6) return undefined;
  if (closed && run.charAt(from - 1) !== '(') return undefined;
  // (Since session 51: from a "(" before it, a calling code in brackets, "(+44)\n7911 123456".)
  return [line.length - run.length + from - +(run.charAt(from - 1) === '('), line.length];
}

/**
 * Whether libphonenumber prints `read` (the head, a space, the next line's part `tail`) with a
 * space before the last n digits wherever `tail` has a "-", "." or ")" before its last n digits,
 * and, where `tail` is one group, with that group alone after its last space (since T28b, read
 * from the end since T29b).
 */
function printedAsWritten(read: string, head: string, tail: string, single: boolean): boolean {
  const printed = parsePhoneNumberFromString(read.trim())?.formatInternational() ?? '';
  const groups = printed.replace(/^\+/, '').split(' ');
  const breaks = groups.map((_, k) => groups.slice(k + 1).join('').length).slice(0, -1);
  // Or (since T31c) the head is the calling code and one group, the area's or network's code of
  // the print after its calling code ("+49 151\n23451013" prints "+49 1512 3451013"); a trunk
  // "(0)" and a space after it in the head are no group (since T32a, "+49 (0)151\n23451013"); or
  // (since T32a) that group is the print's first after its calling code and the national print's
  // first is it with a trunk "0" before it ("+44 20\n79460018": "020 7946 0018").
  // (Since session 51: a calling code in brackets, "(+49) 151", is its group.)
  const code = head
    .trim()
    .replace(/\(0\) ?/, '')
    .replace(/^\( ?(\+[0-9]{1,3})\)/, '$1')
    .split(' ');
  if (single) {
    if ((groups.at(-1) ?? '') === tail) return true;
    if (code.length !== 2 || code[0] !== `+${groups[0]}`) return false;
    const area = code[1] as string;
    const national = parsePhoneNumberFromString(read.trim())?.formatNational().split(' ') ?? [];
    return (
      areaCodeOf(groups.slice(1), area) ||
      (groups[1] === area && groups.length > 2 && areaCodeOf(national, `0${area}`)) ||
      mobilePrefixApart(read, area, undefined)
    );
  }
  for (const m of tail.matchAll(/[^0-9]+/g)) {
    const after = tail.slice((m.index as number) + m[0].length).replace(/[^0-9]/g, '').length;
    if (/[^ ]/.test(m[0]) && !breaks.includes(after)) return false;
  }
  return true;
}

/**
 * Whether libphonenumber's national print of `read` in the default country has `tail` as its
 * last group (since 2026-12-03: "01512\n3451013" after a phone label prints "01512 3451013").
 */
function nationalPrintEndsWith(
  read: string,
  head: string,
  tail: string,
  options: PhoneOptions,
): boolean {
  const printed =
    parsePhoneNumberFromString(read.trim(), options.defaultCountry)?.formatNational() ?? '';
  if (printed.split(' ').at(-1) === tail && printed.includes(' ')) return true;
  // (Since V55b: or the head and the group joined with no space are the print: "06 123\n45678".)
  if (printed === head.trim() + tail) return true;
  return areaCodeOf(printed.split(' '), head.trim());
}

/**
 * (Since T33b.) Whether `head` is the first group of libphonenumber's national print of `read`, an
 * Italian mobile number (read from `country`, or from its calling code after "+"): Italians print
 * a mobile as its prefix and the rest in one group ("312 3457444", "+39 312 3457444").
 */
function mobilePrefixApart(read: string, head: string, country: PhoneCountry | undefined): boolean {
  const number = parsePhoneNumberFromString(read.trim(), country);
  return (
    number?.country === 'IT' &&
    number.getType() === 'MOBILE' &&
    number.formatNational().split(' ')[0] === head
  );
}

/**
 * Whether `code` is the area's or network's code of a number printed in `groups` (since T30c): a
 * head of three to five digits, in parentheses or not, that the first of the print's two groups
 * starts with, as DIN 5008 writes it ("0151\n23451013" prints "01512 3451013"); or (since T31c)
 * the print's first group whole, with its trunk "0", whatever the groups after it ("02\n12345678"
 * prints "02 1234 5678"), in brackets or not since T32a ("(02)\n12345678").
 */
function areaCodeOf(groups: string[], code: string): boolean {
  const first = groups[0] as string;
  if (groups.length < 2) return false;
  // (Since T32a: a code in brackets, "(02)", is its digits.)
  const bare = /^\(.*\)$/.test(code) ? code.slice(1, -1) : code;
  if (first === bare && bare.startsWith('0')) return true;
  return (
    groups.length === 2 &&
    /^\(?[0-9]{3,5}\)?$/.test(code) &&
    first.replace(/[^0-9]/g, '').startsWith(code.replace(/[^0-9]/g, ''))
  );
}

/**
 * Where the part of the next line that goes on a reference's value ends (since T30c), written
 * plainly, or -1: `s` starts its line after spaces and "> " marks, and is no "0"; the line above
 * ends (spaces aside) in a stretch of digits, spaces and ( ) + . / - of at most 48 units whose
 * first digit has no "+" before it and is no "00"'s, and that a reference label names; the next
 * line's digits and separators from `s` (to its last digit, within the 48 units after the line
 * above ends, as a wrapped number's are read) hold
 * no date with its year, and the stretch's digits from its first, a space, and them, are one
 * valid number.
 */
function referenceTail(context: RecognizerContext, s: number, options: PhoneOptions): number {
  const { shadow } = context;
  referenceCut = false;
  const above = aboveEnd(shadow, s);
  if (above < 0 || shadow.charAt(s) === '0') return -1;
  const line = shadow.slice(0, above);
  if (!/[0-9]$/.test(line)) return -1;
  const run = (
    /[0-9 ()+./-]*$/.exec(line.slice(Math.max(0, line.length - WINDOW))) as RegExpExecArray
  )[0];
  // (Since V53a: where the line above ends in the rest of a span past a value that went on into
  // it, that rest is the value's first part, read with the rest's labels.)
  const rest = rests.find((r) => r.end === line.length);
  const from = rest ? rest.start : line.length - run.length + run.search(/[0-9]/);
  if (shadow.charAt(from - 1) === '+' || shadow.startsWith('00', from)) return -1;
  // (Within the 48 units after the line's end, as a wrapped number's next line is read.)
  const stretch = /^[0-9][0-9 ().-]*/.exec(shadow.slice(s, line.length + WINDOW))?.[0] ?? '';
  const tail = stretch.replace(/[^0-9]+$/, '');
  if (tail === '') return -1;
  if (
    /(?:^|[^0-9])(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2})(?![0-9])/.test(
      tail,
    )
  )
    return -1;
  referenceLabels = rest ? rest.given : labels(context, from);
  if (referenceLabels?.phone !== 'reference') return -1;
  // Or (since T31c) the stretch, with a space or dash in it, and the next line's part are groups
  // of one length, three digits or more, single spaces or dashes between ("4711 2345\n6789 1234",
  // "4711-2345\n6789-1234").
  const value = `${line.slice(from)} ${tail}`;
  const even =
    /[ -]/.test(line.slice(from)) &&
    /^[0-9]{3,}(?:[ -][0-9]+)+$/.test(value) &&
    new Set(value.split(/[ -]/).map((g) => g.length)).size === 1;
  // (Since V53a: where the stretch's last group starts with "0" or "(0" and the line after the
  // stretch starts with a digit, its first groups are read first.)
  const late = / \(?0[^ ]*$/.test(tail) && wrapsToDigit(shadow, s + tail.length);
  if (!late && (whole(value, options) || even)) return s + tail.length;
  // (Since V53a: or the stretch's first groups, four at most, the longest first, make one number
  // with the value's first part.)
  const groups = tail.split(' ');
  for (let n = groups.length - 1; n > 0; n--) {
    const kept = groups.slice(0, n).join(' ').trimEnd();
    if ((kept.match(/[0-9]+/g) ?? []).length > 4) continue;
    if (whole(`${line.slice(from)} ${kept}`, options)) {
      referenceCut = true;
      return s + kept.length;
    }
  }
  return late && (whole(value, options) || even) ? s + tail.length : -1;
}

// (Since V53a.) The labels referenceTail read the reference's value with, whether the value went
// on into the next line's first groups only, and the rests of spans past such values that end
// their line: [start, end) and the labels they are read with.
let referenceLabels: PhoneLabels | undefined;
let referenceCut = false;
let rests: { start: number; end: number; given: PhoneLabels | undefined }[] = [];

/**
 * A number wrapped at its line's end (since session 22), written plainly: the span [s, s +
 * slice.length) found nothing, starts with "+" or "00" or follows a phone label; a "00" part is not
 * the first line of a column (since T29b: a line that ends in a digit above its line, "0000\n0049
 * 6700\n03"); after spaces, the line break and a quoted reply's "> " marks, the next line starts
 * with a digit; its stretch of digits, spaces and ( ) . - up to its last digit ends within 48
 * units of the span's end, in at most four groups of digits (five after "+" or "00", since T28b;
 * one alone of more than four digits only where libphonenumber prints it as the number's last
 * group, internationally after "+" or "00", nationally after a phone label since 2026-12-03, or
 * where the head is the number's area code: areaCodeOf, since T30c and T31c), and the 48 units
 * after it hold no more of it (separators, then a
 * digit) and do not start with "," or ":" and a digit (an amount's decimals, a time); the span (a
 * leading "00" read as "+") and that stretch, a space between, are one number, and after "+" or
 * "00" each "-", "." or ")" of the stretch stands where libphonenumber prints a space (T29b).
 */
function wrapped(
  context: RecognizerContext,
  s: number,
  slice: string,
  given: PhoneLabels | undefined,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  alone = false,
  home = false,
  again = '',
): void {
  const { shadow } = context;
  const e = s + slice.length;
  // (Since session 51: a calling code in brackets, "(+44) 7911", "(0044) 7911", heads as one.)
  const international = /^\(?(?:\+|00)/.test(slice);
  const label = international ? 'own' : (given ?? labels(context, s)).phone;
  if (label !== 'own' && label !== 'none') return;
  // (Since V58b: with no label, not a head of fewer than six digits right before a "-".)
  if (label === 'none' && shadow[e] === '-' && (slice.match(/[0-9]/g) ?? []).length < 6) return;
  if (/^\(?00/.test(slice) && /[0-9]/.test(shadow.charAt(aboveEnd(shadow, s) - 1))) return;
  // (Since V55b, issue #14: a "-" right after the span's last digit, before the break, goes with
  // the break: "tel (11) 98765-\n4321".)
  const dash = +(shadow[e] === '-');
  const wrap = wrapAt(shadow, e + dash);
  // (Since V62d: or, after a phone's label or a "+" or "00" head, a "-" that opens the next
  // line, a digit right after it: "tel 0151\n-23456789". Not a list's "- " item.)
  const opens =
    dash === 0 && wrap >= 0 && label === 'own' && /^-[0-9]/.test(shadow.slice(e + wrap));
  const lead = wrap < 0 ? '' : shadow.slice(e, e + dash + wrap + +opens);
  const stretch = /^[0-9][0-9 ().-]*/.exec(shadow.slice(e + lead.length))?.[0] ?? '';
  const whole_ = stretch.replace(/[^0-9]+$/, '');
  if (lead === '' || whole_ === '' || lead.length + whole_.length > WINDOW) return;
  // (Since T70g, issue #14: where the whole stretch makes no number, it is read again ending
  // before a "00" head in it, a group's start after a group that holds a digit other than "0", a
  // calling code's first digit after it: "0044 7911\n123456 0044 7911\n123456". Whole first:
  // "+1\n201 555 0096".)
  const past = shadow.slice(
    e + lead.length + whole_.length,
    e + lead.length + whole_.length + WINDOW,
  );
  if (/^[ ().-]*[0-9]/.test(past) || /^[,:][0-9]/.test(past)) return;
  const head = /(?<=[1-9][0-9]* +)\(?00[1-9]/.exec(whole_);
  // (Since session 51: where a line that starts with a digit follows the stretch, a ")" before
  // its break or not, it is read again before each of its spaces from the last: "tel 0151\n
  // 23456789 0151\n23456789". A stretch whose last group starts with "0" (in brackets or not)
  // is read whole last: "030 1234567 030" is a valid Berlin number.)
  const closes = +(past[0] === ')');
  const more = wrapsToDigit(past, closes);
  const trunkLast =
    more && whole_.includes(' ') && /^\(?0/.test(whole_.slice(whole_.lastIndexOf(' ') + 1));
  // (And where such a line follows a stretch with a "00" head, whole last too.)
  // (Since V56b: and where `home`, such a line follows, and the stretch's last group with that
  // line's stretch is a valid number written as the head and the rest of the stretch are, digit
  // for digit: "212\n555-0187 212\n555-0187" after "+49 …", a row of numbers written alike.)
  const nextLine = more
    ? (/^[0-9](?:[ ().-]*[0-9])*/.exec(past.slice(closes + wrapAt(past, closes)))?.[0] ?? '')
    : '';
  const lastSpace = whole_.lastIndexOf(' ');
  const writtenFirst = `${slice.trim()} ${whole_.slice(0, lastSpace).trimEnd()}`;
  // (Since V58e: the next line's stretch up to the first of its spaces where the two are written
  // alike so far, the head of a third number of the row after it: "212\n555-0187 212\n555-0187
  // 212\n555-0187".)
  const nextWhole = `${whole_.slice(lastSpace + 1)} ${nextLine}`;
  const nextWritten = nextWhole
    .split(' ')
    .reduce((kept, group) =>
      kept.split(' ').length === writtenFirst.split(' ').length ? kept : `${kept} ${group}`,
    );
  const alikeIn = (read: PhoneOptions) =>
    home &&
    lastSpace > 0 &&
    writtenFirst.replace(/[0-9]/g, '9') === nextWritten.replace(/[0-9]/g, '9') &&
    whole(nextWritten, read);
  const rowAlike = alikeIn(options);
  const late = trunkLast || (more && head !== null) || (more && rowAlike);
  // (Since V57c: where only such a row put the whole stretch last, it is not read at all where
  // the customer's country, another, reads the row's next number so: homeHead reads the head as
  // the customer's next.)
  const own = context.country as PhoneCountry | undefined;
  const ownReads =
    !trunkLast &&
    head === null &&
    own !== undefined &&
    own !== options.defaultCountry &&
    alikeIn({ defaultCountry: own, v2: true });
  const tails = late ? [] : [whole_];
  if (head) tails.push(whole_.slice(0, head.index).trimEnd());
  // (Since session 52: with no such line, the stretch's first group alone where it is more than
  // four digits and a space follows it: "tel 0151\n23456789 12 Stück".)
  // (And before that, before each of its spaces from the last, where the matcher finds a valid
  // number at the start of what follows it: "tel 212\n555-0187 212 555-0187".)
  if (!more)
    for (let p = whole_.length - 1; p > 0; p--) {
      if (whole_[p] !== ' ') continue;
      const kept = whole_.slice(0, p).trimEnd();
      const rest = whole_
        .slice(p + 1)
        .trimStart()
        .replace(/ {5,}/g, ' ');
      const read = rest.replace(/^(\(?)00/, '$1 +');
      const starts = validNumbersIn(read, options.defaultCountry).some(
        (m) => !/[0-9]/.test(read.slice(0, m.startsAt)),
      );
      if (starts && (kept.match(/[0-9]+/g) ?? []).length <= (international ? 5 : 4))
        tails.push(kept);
    }
  // (Since V56c: with no such line, before its last group where that is one or two digits after a
  // space, a count or a stray key, which stays: "tel 212 555\n0187 2 items".)
  const lone = /^(.+) [0-9]{1,2}$/.exec(whole_)?.[1];
  if (!more && lone !== undefined) tails.push(lone);
  const firstLong = /^[0-9]{5,}(?= )/.exec(whole_);
  if (!more && firstLong) tails.push(firstLong[0]);
  if (more)
    for (let p = whole_.length - 1; p > 0; p--)
      if (whole_[p] === ' ') tails.push(whole_.slice(0, p).trimEnd());
  if (late && !ownReads) tails.push(whole_);
  for (const tail of new Set(tails)) {
    const end = e + lead.length + tail.length;
    if (!reads(tail, end)) continue;
    // (Since V58e: the whole stretch read last where a row written alike put it so, and no
    // country read reads the row's next number: the number found ends before the stretch's last
    // group, and that group with the next line's part written alike is the row's next, found as
    // the whole was: "+49 151 23456789 7911\n123456 7911\n123456" in Germany.)
    if (tail === whole_ && rowAlike && !trunkLast && head === null) {
      const first = found.get(s) as RecognizerMatch;
      const nextWrap = wrapAt(past, closes);
      const nextAt = nextWrap < 0 ? 0 : closes + nextWrap;
      const nextEnd = end + nextAt + nextWritten.length - (whole_.length - lastSpace - 1) - 1;
      found.set(s, {
        ...first,
        end: e + lead.length + whole_.slice(0, lastSpace).trimEnd().length,
      });
      const second = e + lead.length + lastSpace + 1;
      found.set(second, { start: second, end: nextEnd, confidence: first.confidence });
      wraps.push({ start: second, end: nextEnd, given });
    }
    return;
  }

  function reads(tail: string, end: number): boolean {
    const after = shadow.slice(end, end + WINDOW);
    // No label before: a phone word after the number's end (since 2026-12-03, "با 0912\n345 9290
    // تماس بگیرید"), or (since session 52) a head led by the trunk "0", in brackets or not, as a
    // bare national number on one line goes ("0151\n23456789").
    // (Since V54a: nor where `home`, the head read as a number of the country of the
    // international number found right before it, trailingGroup's.)
    if (label === 'none' && !home && !/^\(?0/.test(slice) && !labelledAfter(shadow, end))
      return false;
    const groups = tail.match(/[0-9]+/g) ?? [];
    if (groups.length > (international ? 5 : 4)) return false;
    const single = groups.length === 1 && tail.length > 4;
    // Nor (since T30c) a postcode of four or five digits and a place's name after it, a space and a
    // capital then a letter ("+49 30\n10115 Berlin").
    if (single && tail.length <= 5 && /^ \p{Lu}\p{L}/u.test(after)) return false;
    // (Since 2026-12-03: nor a stretch that holds a date with its year.)
    if (
      /(?:^|[^0-9])(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2})(?![0-9])/.test(
        tail,
      )
    )
      return false;
    const read = `${slice.replace(/^(\(?)00/, '$1 +')} ${tail}`;
    // (Since V56f: a head of two digits, no "0" first, is a break inside the first group: the
    // head and the stretch joined with no space are the national print's groups.)
    // (Since V56b: where `home`, a head and its next line of digits alone, the break between them
    // where the national print, its trunk "0" aside, sets its two groups apart.)
    const digitsAlone = home && /^[0-9]+$/.test(slice.trim()) && /^[0-9]+$/.test(tail);
    // (Since V57c: its first group in brackets or not, and the rest of its digits the stretch's
    // in any groups: "646\n5550199", "(646) 555-0199".)
    const print = /^(?:\(0?([0-9]+)\)|0?([0-9]+)) (.*)$/.exec(
      (digitsAlone &&
        parsePhoneNumberFromString(
          `${slice.trim()}${tail}`,
          options.defaultCountry,
        )?.formatNational()) ||
        '',
    );
    const apart =
      print !== null &&
      (print[1] ?? print[2]) === slice.trim() &&
      (print[3] as string).replace(/[^0-9]/g, '') === tail;
    if (/^[1-9][0-9]$/.test(slice)) {
      const printed =
        parsePhoneNumberFromString(read.trim(), options.defaultCountry)?.formatNational() ?? '';
      const runs = (t: string) => (t.match(/[0-9]+/g) ?? []).join(' ');
      // (Since V57c: or, where `home`, the head is the print's first group, its trunk "0" aside:
      // an area's code, set apart as the print sets it.)
      if (
        runs(slice + tail) !== runs(printed) &&
        !(home && /^0?([0-9]+) /.exec(printed)?.[1] === slice)
      )
        return false;
    }
    let confidence = accept(context, s, end, given);
    // (Since V57c: or, read so with no separator, the head and that line are the national number
    // of the number before, written again without its calling code, the break anywhere.)
    // (Since V57c: read so, the stretch, one long group or not, ends the number, a quoted reply's
    // marks before it or not.)
    const written = apart || (digitsAlone && again !== '' && `${slice.trim()}${tail}` === again);
    // (Since V56b: where `home`, such a break is the number's separator; since V57c, so is one in
    // the number before's digits written again.)
    if (written && confidence === 0) confidence = accept(context, s, end, given, true);
    // (Since V56b: where `home`, not a number that the country's metadata dials within one area
    // only, its digits read with more before them: "600 123" in Guernsey, "01481 600123".)
    const local =
      home &&
      parsePhoneNumberFromString(read, options.defaultCountry)?.nationalNumber !==
        read.replace(/[^0-9]/g, '');
    if (
      confidence > 0 &&
      !local &&
      whole(read, options) &&
      (!alone || single || writtenAsPrinted(read, tail)) &&
      (international
        ? // (Since V57d: one long group after a "-" before the break, as after a national head.)
          (single && (lead.startsWith('-') || lead.endsWith('-'))) ||
          printedAsWritten(read, read.slice(0, -tail.length - 1), tail, single)
        : !single ||
          // (Since V56f: or a "-" before the break joins the group to the head, "tel 0151
          // 234-\n56789", as on one line; since V62d, one that opens the next line too.)
          lead.startsWith('-') ||
          lead.endsWith('-') ||
          // (Since V57c: or the break is the number's separator, as above.)
          written ||
          nationalPrintEndsWith(read, slice, tail, options) ||
          // (Since T33b: or the head is an Italian mobile's prefix, printed apart, and the group is
          // not the subject of an Italian sentence that goes on after it: "3457444 è il codice".)
          (!/^ (?:è|é|e') /.test(after.toLowerCase()) &&
            mobilePrefixApart(read, slice.trim(), options.defaultCountry)))
    ) {
      found.set(s, { start: s, end, confidence });
      wraps.push({ start: s, end, given });
      return true;
    }
    return false;
  }
}

/**
 * (Since V58b.) The number found at `s`, the whole span `slice` ending its line, after a phone's
 * label or opening with "+" or "00" (a "(" before either or not), goes on to the next line's first
 * group, written plainly: the next line (after spaces, the break, a quoted reply's "> " marks and
 * spaces) starts with three to eight digits, the first not "0", no year 1900-2099; after them the
 * text or the line ends, or a space and no letter, no three digits, no one or two digits and a
 * space and a digit, or one of , ; . ! ? ) and no digit; the 48
 * units after the span hold all that; the span (a leading "00" read as "+") and the group, a space
 * between, hold at most eleven digits (thirteen after "+" or "00") and are one valid number.
 */
function longer(
  context: RecognizerContext,
  s: number,
  slice: string,
  given: PhoneLabels | undefined,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
): void {
  const { shadow } = context;
  const e = s + slice.length;
  const dials = /^\(?(?:\+|00)/.test(slice);
  if (!dials && (given ?? labels(context, s)).phone !== 'own') return;
  // (Since V59e: the one reading of a wrap, tabs too, the next line's first unit within 48 units;
  // its group read whole past them.)
  const rest = shadow.slice(e);
  let k = wrapAt(rest, 0);
  if (k < 0) return;
  const from = k;
  while (k < rest.length && /[0-9]/.test(rest.charAt(k))) k++;
  const group = rest.slice(from, k);
  if (group.length < 3 || group.length > 8 || group.startsWith('0')) return;
  const year = Number(group);
  if (group.length === 4 && year >= 1900 && year <= 2099) return;
  const after = rest.slice(k);
  const ends =
    after === '' ||
    after.startsWith('\n') ||
    after.startsWith('\r\n') ||
    (after.startsWith(' ') && !/^ (?:\p{L}|[0-9]{3}|[0-9]{1,2} [0-9])/u.test(after)) ||
    (',;.!?)'.includes(after.charAt(0)) && !/^.[0-9]/.test(after));
  if (!ends) return;
  const number = found.get(s) as RecognizerMatch;
  const read = `${slice.replace(/^(\(?)00/, '$1 +')} ${group}`;
  // (At most eleven digits, thirteen after "+" or "00".)
  if ((read.match(/[0-9]/g) ?? []).length > (dials ? 13 : 11)) return;
  if (!whole(read, options)) return;
  found.set(s, { start: number.start, end: e + k, confidence: number.confidence });
  wraps.push({ start: s, end: e + k, given });
}

// (Since session 51.) The numbers wrapped() found in the text read, in order, with the labels it
// was given: a span at a line's start that holds the end of the one that ends furthest (the
// first of them) is read from past it, and a list's next number after it reads those labels.
let wraps: { start: number; end: number; given: PhoneLabels | undefined }[] = [];

/** The wrap that ends furthest, the first of them; undefined where none was found. */
function furthest(): { start: number; end: number; given: PhoneLabels | undefined } | undefined {
  let best: (typeof wraps)[number] | undefined;
  for (const w of wraps) if (!best || w.end > best.end) best = w;
  return best;
}

// (Since session 51.) The last number found at a part's start read with labels given (after,
// listed), and those labels.
let listedRead: { start: number; given: PhoneLabels } | undefined;

/**
 * The labels the number found at `start` was read with (see {@link wraps}, {@link listedRead}),
 * else its own.
 */
function labelsOf(context: RecognizerContext, start: number, next: number): PhoneLabels {
  const w = furthest();
  const read =
    w?.start === start && w.given !== undefined
      ? w.given
      : listedRead?.start === start
        ? listedRead.given
        : labels(context, start);
  // (Since V53a: an order's label names the first value after it only; a number found under it
  // passes the next number, at `next`, that number's own labels.)
  return read.phone === 'reference' && !read.version ? labels(context, next) : read;
}

/**
 * (Since session 51.) Whether `read` ("00" dialled) and its next line's part `tail`, four digits
 * or more, are written group for group as libphonenumber prints the number internationally, and
 * not in groups of four with a last of one to four (a column of totals in fours).
 */
function writtenAsPrinted(read: string, tail: string): boolean {
  if (tail.replace(/[^0-9]/g, '').length < 4) return false;
  const written = read
    .replace(/[()+]/g, '')
    .trim()
    .split(/[ .-]+/)
    .join(' ');
  if (/^[0-9]{4}(?: [0-9]{4})* [0-9]{1,4}$/.test(`00${written}`)) return false;
  return (
    (parsePhoneNumberFromString(read.trim())?.formatInternational() ?? '').slice(1) === written
  );
}

/**
 * (Since session 51.) The largest start (a key of `found`) of a number found that ends at `p` and
 * starts in the three windows before it; -1 where none does.
 */
function nearestEnding(found: Map<number, RecognizerMatch>, p: number): number {
  let before = -1;
  for (const [k, m] of found)
    if (m.end === p && k < p && k >= p - 3 * WINDOW && k > before) before = k;
  return before;
}

/**
 * (Since session 51.) The labels of a list's number found right before `h`: after spaces, a ","
 * or ";" and spaces, or spaces alone; undefined where none ends there.
 */
function labelsBefore(
  context: RecognizerContext,
  h: number,
  found: Map<number, RecognizerMatch>,
): PhoneLabels | undefined {
  const q = context.shadow.slice(0, h).trimEnd();
  const p = /[,;]$/.test(q) ? q.slice(0, -1).trimEnd().length : q.length;
  const before = nearestEnding(found, p);
  return before < 0 ? undefined : labelsOf(context, before, h);
}

/**
 * (Since session 51.) The starts of the last four groups of the span [s, e) that start after a
 * space, past `s`, the last first.
 */
function lastGroups(shadow: string, s: number, e: number): number[] {
  const starts = [...shadow.slice(s, e).matchAll(/(?<= )[^ ]/g)].map(
    (m) => s + (m.index as number),
  );
  return starts.reverse().slice(0, 4);
}

/**
 * (Since session 51.) A national number wrapped at the line's end whose head ends the span, right
 * after a number found in it: where a line break follows the span, of its last four groups (the
 * last first, up to one that starts with "+" or "00", bracketed or not), the first that a number
 * found in the span ends right before (spaces between; its nearest start), read with what follows
 * it as a head, with that number's labels (or those the span was read with, where given).
 */
function trailingGroup(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): void {
  const { shadow } = context;
  if (!/^[ \t]*\r?\n/.test(shadow.slice(e))) return;
  const heads = lastGroups(shadow, s, e);
  for (const h of heads) {
    const group = shadow.slice(h, e);
    if (/^\(?(?:\+|00)/.test(group)) return;
    if (found.has(h)) return;
    const p = shadow.slice(0, h).trimEnd().length;
    let before = -1;
    for (const [k, m] of found)
      if (m.end === p && k >= s && k < p && k >= p - 3 * WINDOW && k > before) before = k;
    if (before >= 0) {
      const labelled = given ?? labelsOf(context, before, h);
      wrapped(context, h, group, labelled, options, found);
      // (Since V54a: where that found nothing, with no label, read again as a number of the
      // country of the international number before it.)
      if (!found.has(h) && labelled.phone === 'none') homeHead(context, before, h, group, found);
      else homeRow(context, before, h, options, found, labelled);
      return;
    }
    // (Since session 52: the span's last group, one or two digits, that a number found in the
    // span took as a stray last key, valid without it, is read as a head; where it heads a
    // number, the one found ends before it. Since session 53 also where the number is valid with
    // it: "030 1234567 07\n123 4567", Berlin's numbers having many lengths.)
    // (And a trunk-led group of three to five digits, valid without it or not with it.)
    // (Since V57c: and after an international number ("+", "00" or "(+" and a digit 1-9) a group
    // of three to five digits not led by "0"; and each, where it heads nothing read so and has no
    // label, read again as homeHead reads a head after such a number.)
    const lone = /^[0-9]{1,2}$/.test(group);
    const other = /^[1-9][0-9]{2,4}$/.test(group);
    if (h === heads[0] && (lone || other || /^0[1-9][0-9]{1,3}$/.test(group))) {
      let took = -1;
      for (const [k, m] of found)
        if (m.end === e && k >= s && k < h && k >= e - 3 * WINDOW && k > took) took = k;
      if (
        took >= 0 &&
        (lone || !other || /^\(?(?:\+|00)[1-9]/.test(shadow.slice(took))) &&
        whole(shadow.slice(took, p).replace(/^(\(?)00/, '$1 +'), options)
      ) {
        const labelled = given ?? labelsOf(context, took, h);
        const number = found.get(took) as RecognizerMatch;
        // (Read with the number found ending before the group: homeHead reads its country from
        // it. Given back where the group heads nothing.)
        found.set(took, { ...number, end: p });
        wrapped(context, h, group, labelled, options, found);
        if (!found.has(h) && labelled.phone === 'none') homeHead(context, took, h, group, found);
        else homeRow(context, took, h, options, found, labelled);
        if (!found.has(h)) found.set(took, number);
        return;
      }
    }
  }
}

/**
 * (Since V54a.) A head not led by "0" (`group` at `h`, at a line's end, read with no label) right
 * after the international number found at `before` ("+", "00" or "(+" and a digit 1-9), read again
 * as wrapped() reads it, with that number's country (libphonenumber's, from its calling code) for
 * the default one and no phone word needed after it: "+1 212 555-0187 212\n555-0187".
 */
function homeHead(
  context: RecognizerContext,
  before: number,
  h: number,
  group: string,
  found: Map<number, RecognizerMatch>,
): void {
  const number = context.shadow.slice(before, (found.get(before) as RecognizerMatch).end);
  if (/^\(?0/.test(group)) return;
  // (Since V55a: after a number homeHead found, as that number's country.)
  const chained = homes.get(before);
  if (chained === undefined && !/^\(?(?:\+|00)[1-9]/.test(number)) return;
  const written = number.replace(/^(\(?)00/, '$1 +').replace(/[\s>]+/g, ' ');
  // (Since V55a: failing that country, as one of the customer's own.)
  const countries = [chained ?? parsePhoneNumberFromString(written)?.country, context.country];
  const none: PhoneLabels = { version: false, phone: 'none' };
  for (const country of countries) {
    if (!country || found.has(h)) continue;
    const home: PhoneOptions = { defaultCountry: country as PhoneCountry, v2: true };
    // (Since V57c: with the national number of the number before, read in that country.)
    const again = parsePhoneNumberFromString(written, country as PhoneCountry)?.nationalNumber;
    wrapped(context, h, group, none, home, found, false, true, again ?? '');
    if (found.has(h)) homes.set(h, country as PhoneCountry);
  }
}

/**
 * (Since V56b.) A head found at `h` with no label, as the customer's country's, right after a
 * number homeHead found or an international one ("+", "00" or "(+" and a digit 1-9) at `before`:
 * a head after it reads as homeHead's after its own, with the customer's country.
 */
function homeRow(
  context: RecognizerContext,
  before: number,
  h: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  labelled: PhoneLabels,
): void {
  if (!found.has(h) || labelled.phone !== 'none' || options.defaultCountry === undefined) return;
  if (homes.has(before) || /^\(?(?:\+|00)[1-9]/.test(context.shadow.slice(before)))
    homes.set(h, options.defaultCountry);
}

// (Since V56b.) The labels a home head is read with: none (after and listed are so where `home`).
const NO_LABEL: PhoneLabels = { version: false, phone: 'none' };
const OWN_LABEL: PhoneLabels = { version: false, phone: 'own' };

/**
 * (Since V57e.) Whether `text` is one valid number or more, a space between each two, each read
 * alone ("00" read as "+"), tried at every space that no "-" stands beside.
 */
function splitsIntoNumbers(text: string, options: PhoneOptions): boolean {
  const read = (t: string) => whole(t.replace(/^(\(?)00/, '$1 +'), options);
  if (read(text)) return true;
  for (let p = 1; p < text.length; p++) {
    if (text[p] !== ' ' || text[p - 1] === '-' || text[p + 1] === '-') continue;
    if (read(text.slice(0, p)) && splitsIntoNumbers(text.slice(p + 1), options)) return true;
  }
  return false;
}

// (Since V55a.) The numbers homeHead found, by start, and the country each was read as.
const homes = new Map<number, PhoneCountry>();

/**
 * A number wrapped at the line's end whose head starts inside the span [s, e), past its start
 * (since T70f, issue #14: "+44 7911\n123456 +44 7911\n123456" kept its second number): where a
 * line break follows the span (spaces, a "\r" before it or not), its last "+" past `s` and at
 * most 48 units back from `e` is read as a head with no labels given, unless a number found
 * starts there.
 */
function trailing(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
): void {
  const { shadow } = context;
  if (!/^[ \t]*\r?\n/.test(shadow.slice(e))) return;
  let h = headAt(shadow, s, e);
  if (h < 0) return;
  // (Since session 51: from a "(" before the head; a "00" head after a value of its own is read,
  // its next line's part one long group or written as printed.)
  if (shadow[h - 1] === '(') h--;
  if (found.has(h)) return;
  // (Since session 51: with the labels of the number found right before it, if any.)
  const p = shadow.slice(0, h).trimEnd().length;
  const before = p < s ? -1 : nearestEnding(found, p);
  // (Since V57b: not where the span and its next line's digits, read as one line with a space
  // between, are cut before the head as readWindow cuts one, outDialCut: "1 0049\n151 23456789".)
  const wrap = wrapAt(shadow, e);
  const next =
    wrap < 0 ? null : /^[0-9](?:[ ().-]*[0-9])*/.exec(shadow.slice(e + wrap, e + WINDOW));
  const oneLine = next
    ? outDialCut(`${shadow.slice(s, e)} ${next[0]}`, options) === h - 1 - s
    : false;
  const alone = /^\(?0/.test(shadow.slice(h)) && before < 0 && !oneLine;
  const given = before < 0 ? undefined : labelsOf(context, before, h);
  wrapped(context, h, shadow.slice(h, e), given, options, found, alone);
}

/**
 * The last "+" of the span [s, e) past `s`, at most 48 units back from `e`, or (since T70g) its
 * last "00" that starts a group after a group holding a digit other than "0" (since V57b, a list's
 * " / " between or not: "1 / (0044)\n20 7946 0018"), a calling code's first digit after it; -1
 * where there is none (trailing's head, and since session 52 the first
 * cut of the split before the heads).
 */
function headAt(shadow: string, s: number, e: number): number {
  for (let k = e - 1; k > s && k >= e - WINDOW; k--) {
    if (shadow[k] === '+') return k;
    if (
      shadow.startsWith('00', k) &&
      k + 2 < e &&
      /[1-9]/.test(shadow.charAt(k + 2)) &&
      /[1-9][0-9]* +(?:\/ +)?\(?$/.test(shadow.slice(s, k))
    )
      return k;
  }
  return -1;
}

// The number check's cache of faa7deb (2,048 windows) only remembered answers: the oracle reads
// each window with the recognizer's own readWindow.

/**
 * Phone numbers, validated by libphonenumber-js's full metadata (`findNumbers` with the customer's
 * country as the default): in any digit script, with spaces, dots, dashes, parentheses, `(0)`, a
 * `00` or `+` prefix, NBSP and bidi marks. A number that is only digits needs a label ("tel",
 * "تلفن", "電話"…) or a trunk prefix, so a bare order number that happens to dial stays.
 */
/**
 * (Since V61b.) The labels of the value at `s` where a sentence's reading decides them, read with
 * the oracle's own sentence readings (sentenceOracle.ts): a reference's label on the line above
 * (a form's, or a sentence's: V60b), or an order's word before a trunk-led value on its line
 * (V61b). phone.ts labels' steps otherwise, in its order (the same-line and form readings,
 * M-PESA, a label wrapped to the line above, imported). `undefined` where no sentence's reading
 * is asked: phone.ts labels reads those.
 */
function sentenceLabels(context: RecognizerContext, s: number): PhoneLabels | undefined {
  const { shadow } = context;
  let read = phoneLabelsBefore(context, s);
  const form = read.version ? 'none' : formLabel(shadow, s);
  // (Since V62b: a value that no trunk leads too, where it is printed as its country prints a
  // phone with no trunk, homePrintedPlain; read so, an order's word keeps labelling any other.)
  const line = read.phone === 'reference' && !read.version && sentenceLinePlain(shadow, s);
  if (form !== 'reference' && !line) return undefined;
  if (line && (/^\(?0[1-9]/.test(shadow.slice(s)) || homePrintedPlain(shadow, s, context.country)))
    read = { version: false, phone: 'none' };
  const prose = form === 'reference' && proseAbovePlain(shadow, s);
  if (form === 'own' || (form === 'reference' && !prose)) return { version: false, phone: form };
  if (read.phone === 'none' && !read.version && mpesaNumberAt(context, s))
    return { version: false, phone: 'own' };
  if (
    read.phone === 'none' &&
    (form === 'none' || prose) &&
    referenceLabelWrapped(shadow, s, context.locale, prose)
  )
    return { version: false, phone: 'reference' };
  return read;
}

/**
 * (Since V62b.) Whether the value at `s`, its digits, spaces, "-" and brackets up to the first
 * other character, is a valid number of `country` written as libphonenumber prints it at home
 * (the same runs of digits), neither it nor the print led by a trunk "0": "(201) 555-0123" in the
 * US, "612 34 56 78" in Spain; not "4711 2023" in Germany ("04711 2023").
 */
function homePrintedPlain(shadow: string, s: number, country: string | undefined): boolean {
  const value = (/^[0-9 ()-]*[0-9)]/.exec(shadow.slice(s))?.[0] ?? '').trim();
  const number = parsePhoneNumberFromString(value, country as PhoneCountry | undefined);
  if (number === undefined || !number.isValid() || value.startsWith('0')) return false;
  const print = number.formatNational();
  const runs = (t: string) => (t.match(/[0-9]+/g) ?? []).join(' ');
  // (Since V62b2: in two runs at least, as a print groups its digits; one run matches only a
  // print that libphonenumber leaves ungrouped.)
  return (
    !/^\(?0/.test(print) &&
    !/^\(0/.test(value) &&
    runs(value).includes(' ') &&
    runs(value) === runs(print)
  );
}

export const oraclePhoneRecognizer = defineRecognizer({
  id: 'phone',
  type: 'phone',
  placeholder: '[PHONE]',
  find(context) {
    const { shadow } = context;
    const found = new Map<number, RecognizerMatch>();
    const defaultCountry = context.country as PhoneCountry | undefined;
    const options: PhoneOptions = defaultCountry ? { defaultCountry, v2: true } : { v2: true };
    // A number found inside a card, an IBAN or an id that an earlier recognizer holds whole, and
    // at least as confidently, changes nothing: such short spans are not read. A number can be
    // 0.95 confident only if it starts with "+" or "00"; otherwise 0.9 at most.
    let international: Cover | undefined;
    let national: Cover | undefined;
    // A span at a line's start whose number's first part, "+" or "00" and fewer than six digits,
    // ends the line before (since T28b): that part is read with it first, and no part of the span
    // is read where the two went as one.
    wraps = [];
    homes.clear();
    listedRead = undefined;
    rests = [];
    for (const spanned of spans(shadow)) {
      // (Since V57a: a time's hour that ends the span is left out.)
      // (Since V60c: so is an amount that ends it, its decimals in it or after it.)
      // (Since V61c: so is an amount that runs into it from before a comma; since V63c, one
      // with its cents after a point that starts it, no sign before it.)
      const span = withoutAmount(
        shadow,
        withoutUhr(
          shadow,
          withoutHour(
            shadow,
            withoutLeadCents(
              shadow,
              withoutLeadAmount(shadow, withoutMinutes(shadow, withoutLeadToken(shadow, spanned))),
              spanned,
              options,
            ),
          ),
        ),
      );
      if (span[1] <= span[0]) continue;
      const head = shortHead(shadow, span[0]);
      // (Since session 51: with the labels of a list's number found right before it.)
      if (head)
        wrapped(
          context,
          head[0],
          shadow.slice(head[0], head[1]),
          labelsBefore(context, head[0], found),
          options,
          found,
        );
      let start = span[0];
      // (Since T70f: what the span holds past that number's end is read as a span of its own;
      // since session 51, where a line break follows the span, with that number's labels.)
      let after: PhoneLabels | undefined;
      // (Since V54a: the start of the number `after` is read from.)
      let afterOf = -1;
      const joined = head ? found.get(head[0]) : undefined;
      if (joined && joined.end > start) {
        start = joined.end;
        while (start < span[1] && !/[0-9+(]/.test(shadow.charAt(start))) start++;
        if (start >= span[1]) continue;
        if (/^[ \t]*\r?\n/.test(shadow.slice(span[1]))) {
          afterOf = (head as number[])[0] as number;
          after = labelsOf(context, afterOf, start);
        }
      }
      // (Since session 51: a span at a line's start, after "> " marks, that holds the end of the
      // number wrapped() found that ends furthest, which starts before it, is read from past that
      // end; where a line break follows the span, its first part reads that number's labels.)
      const w = furthest();
      if (aboveEnd(shadow, span[0]) >= 0 && w && w.end > start && w.start < start) {
        start = w.end;
        while (start < span[1] && !/[0-9+(]/.test(shadow.charAt(start))) start++;
        if (start >= span[1]) continue;
        if (/^[ \t]*\r?\n/.test(shadow.slice(span[1]))) {
          afterOf = w.start;
          after = labelsOf(context, w.start, start);
        }
      }
      // A span that goes on a reference's value from the line above is read after that part
      // (since T30c).
      const goesOn = head ? -1 : referenceTail(context, start, options);
      if (goesOn > 0) {
        start = goesOn;
        while (start < span[1] && !/[0-9+(]/.test(shadow.charAt(start))) start++;
        if (start >= span[1]) continue;
        // (Since V53a: past a value that went on into the first groups only, the rest reads the
        // reference's labels, and the next line's value goes on it where it ends its line.)
        if (referenceCut) {
          after = referenceLabels;
          if (/^[ \t]*\r?\n/.test(shadow.slice(span[1])))
            rests.push({ start, end: span[1], given: referenceLabels });
        }
      }
      // (Since V52g: a part a " +" cut made is read after the part before it, as a part.)
      const queue = [...parts(context, start, span[1], options)];
      // (Since V61a: the part the span's parts end with, or a rest cut from one so.)
      let lastPart = queue.length - 1;
      for (let qi = 0; qi < queue.length; qi++) {
        const [s0, e0, carry] = queue[qi] as [number, number, number];
        let s = s0;
        let e = e0;
        let given = carry >= 0 ? labels(context, carry) : s === start ? after : undefined;
        // (Since V61a: a value, then a phone printed as one, in a short part an order's label
        // names: the part ends with the value, and the phone is read as a part of its own.)
        if (qi === lastPart && given === undefined && e - s <= WINDOW) {
          const rest = valueThenPhone(context, s, e, options);
          if (rest !== undefined) {
            // (The rest's own parts: a date in it is read apart as in any span's.)
            const more = parts(context, rest[1], e, options).map(
              ([a, b]) => [a, b, -1] as [number, number, number],
            );
            queue.splice(qi + 1, 0, ...more);
            lastPart = qi + more.length;
            e = rest[0];
          }
        }
        // (Since V63b: whether the part reads labels of its own, for the cut after a number
        // found below.)
        const own = given === undefined;
        // (Since V61b: a sentence before the part's start, read by the oracle's own reading.)
        given ??= sentenceLabels(context, s);
        while (e - s > WINDOW) {
          const label = given ?? labels(context, s);
          const list = listOf(context, s, e, label, options);
          if (list.length === 0) {
            // (Since V52g: a part of at most two windows is cut before its first " +" or " (+"
            // that leaves a window's length or less before it, the rest read after it with the
            // same labels.)
            let cut = -1;
            if (e - s <= 2 * WINDOW)
              for (let k = s + 1; k <= Math.min(s + WINDOW, e - 3) && cut < 0; k++)
                if (/^ \(?\+/.test(shadow.slice(k, k + 3))) cut = k;
            if (cut > 0) {
              queue.splice(qi + 1, 0, [cut + 1, e, carry >= 0 ? carry : s]);
              e = cut;
              break;
            }
            for (const [w, end, quick] of windows(shadow, s, e)) {
              readWindow(context, w, shadow.slice(w, end), quick, options, found);
            }
            trailing(context, s, e, options, found);
            s = e;
            break;
          }
          s = readListOf(context, list, e, label, options, found);
          given = undefined;
        }
        if (s >= e) continue;
        const slice = shadow.slice(s, e);
        let cover: Cover;
        if (slice.includes('+') || slice.includes('00')) {
          international ??= new Cover(context, INTERNATIONAL);
          cover = international;
        } else {
          national ??= new Cover(context, LABELLED);
          cover = national;
        }
        // (Since session 51: a span after a number found, a "," or ";" between, spaces around,
        // reads that number's labels at the gate and as a wrapped head.)
        let listed: PhoneLabels | undefined;
        let listedOf = -1;
        const q = shadow.slice(0, s).trimEnd();
        if (given === undefined && /[,;]$/.test(q)) {
          const p = q.slice(0, -1).trimEnd().length;
          let before = -1;
          for (const [k, m] of found)
            if (m.end === p && k < p && k >= p - 3 * WINDOW && k > before) before = k;
          if (before >= 0) listed = labelsOf(context, before, s);
          listedOf = before;
        }
        // (Since session 51: a covered span that a line break follows is read as a wrapped head.)
        const covered = cover.covers(s, e);
        const broken = /^[ \t]*\r?\n/.test(shadow.slice(e));
        // (Since V54a: a head right after an international number wrapped from the line above,
        // read with its labels, none, as homeHead reads one after such a number on its line,
        // where nothing else finds it, past the gate too: "+1\n212 555-0187 212\n555-0187".)
        let home = afterOf >= 0 && carry < 0 && s === start && after?.phone === 'none';
        // (Since V55a: or a list's next number after a "," or ";", with no label, after the
        // number found before it: "+1 212 555-0187, 212\n555-0187".)
        if (!home && listed?.phone === 'none') {
          afterOf = listedOf;
          home = true;
        }
        if ((covered && !broken) || !mayAccept(context, s, e, slice, given ?? listed)) {
          if (home) homeHead(context, afterOf, s, slice, found);
          continue;
        }
        const had = found.size;
        // (Since V57e: after a number found, a "," or ";" between, with no label, numbers in
        // groups or led by "0" before a last group of one or two digits, and none with it, read
        // as after a phone's own label: the list stands for one.)
        const tail = / [0-9]{1,2}$/.exec(slice);
        const lead =
          tail !== null &&
          given === undefined &&
          listed !== undefined &&
          !listed.version &&
          listed.phone === 'none' &&
          /^0|[ ()./-]/.test(slice.slice(0, tail.index)) &&
          splitsIntoNumbers(slice.slice(0, tail.index), options) &&
          !splitsIntoNumbers(slice, options)
            ? OWN_LABEL
            : given;
        if (!covered) readWindow(context, s, slice, false, options, found, lead);
        // (Since V63b: one number found, at the part's start, that ends before a space and a
        // digit in the part, where the part, read as a value then a phone whatever its labels,
        // starts the phone inside that number: the number is none, the value stays, and the phone
        // is read as a part of its own.)
        const only = found.size === had + 1 ? found.get(s) : undefined;
        if (!covered && own && e - s <= WINDOW && only !== undefined && only.end < e) {
          // (Since V64a, its rest in any groups of digits and spaces, nine digits or more: the
          // number found says the part holds a phone. And where the part whole holds none, the
          // part without its last group of one to four digits after a space, past the number
          // found: a value after the phone, which stays.)
          const after = / [0-9]/.test(shadow.slice(only.end, only.end + 2));
          // (A rest in any groups only where the number found is printed as none at home, and
          // led by no trunk "0".)
          const first = shadow.slice(s, only.end);
          const before = first.startsWith('0') || atHome(context, first) ? -1 : only.end;
          const all = after ? valueThenPhone(context, s, e, options, true, before) : undefined;
          const lastGroup = / [0-9]{1,4}$/.exec(slice);
          const to =
            all === undefined && after && lastGroup !== null && s + lastGroup.index > only.end
              ? s + lastGroup.index
              : e;
          const rest =
            all ?? (to < e ? valueThenPhone(context, s, to, options, true, before) : undefined);
          // (After a value of three units or more: "11" is the number's area code.)
          if (rest !== undefined && rest[0] - s > 2 && rest[1] < only.end) {
            found.delete(s);
            queue.splice(qi + 1, 0, [rest[1], all === undefined ? to : e, -1]);
            lastPart++;
            continue;
          }
        }
        // (Since V57d: a number found from the span's start to its end, where a "-" and a line
        // break follow the span, is read again as wrapped there: "tel 030 123-\n4567".)
        const dashed =
          found.size > had && found.get(s)?.end === e && /^-[ \t]*\r?\n/.test(shadow.slice(e));
        // (Since V57d: or, where nothing is found, a span that starts with "0", "+" or "(" and
        // holds a "/" between a digit and one of those is read as a list, as a long part is.)
        if (found.size === had && !covered && /^[0+(].*[0-9]\/[0+(]/.test(slice)) {
          const list = listOf(context, s, e, given ?? listed ?? labels(context, s), options);
          if (list.length > 0) {
            const rest = readListOf(
              context,
              list,
              e,
              given ?? listed ?? labels(context, s),
              options,
              found,
            );
            if (rest < e) readWindow(context, rest, shadow.slice(rest, e), false, options, found);
          }
        }
        // (Since V58b: a number found so where a line break alone follows the span, after a
        // phone's label or from a "+" or "00", goes on to the next line's first group where the
        // two are one valid number: "tel 06 1234\n5678".)
        if (found.size > had && !dashed && found.get(s)?.end === e && broken)
          longer(context, s, slice, given ?? listed, options, found);
        if (found.size === had || dashed) {
          wrapped(context, s, slice, given ?? listed, options, found);
          // (Since V56b: a head found so after such a number goes on its row, homeRow.)
          if (home && !dashed) homeRow(context, afterOf, s, options, found, NO_LABEL);
        }
        if (found.size === had && home) homeHead(context, afterOf, s, slice, found);
        // (Since V63b: where nothing was found in a short part with its own labels that ends its
        // span, a list's next value whose first value an order's label names, then a phone: the
        // part ends with the value, and the phone is read as a part of its own.)
        if (found.size === had && own && !covered && e - s <= WINDOW && e === span[1]) {
          const head = listFirstValue(shadow, s);
          const read = head >= 0 ? labels(context, head) : undefined;
          const rest =
            read !== undefined && !read.version && read.phone === 'reference'
              ? valueThenPhone(context, s, e, options, true)
              : undefined;
          if (rest !== undefined) {
            queue.splice(qi + 1, 0, [rest[1], e, -1]);
            lastPart++;
            continue;
          }
        }
        const readWith = given ?? listed;
        if (readWith !== undefined && found.has(s)) listedRead = { start: s, given: readWith };
        // (Since session 51: or, after a phone's label, nothing found, a line break after the
        // span and its last group trunk-led, where the span before that group reads a number.)
        // (Before each of its last four groups, the last first, that is the last or starts with
        // "0" or "(", up to one that starts with "+" or "00", until a number is found.)
        let split = false;
        // (Since V54a: or, failing those, from the span's first " +" past its start where a
        // calling code follows it, as readWindow reads the span apart there: "Bestellung 4711
        // +44 7911 123456 0151\n23456789".)
        // (Since V56a: or, with no " +", from its first " (+", or from where outDialCut cuts
        // before a "00" calling code: "Bestellung 4711 (+39) 347 123 4567 646\n555-0199".)
        const firstPlus = slice.indexOf(' +', 1);
        const bracketed = slice.indexOf(' (+', 1);
        const outDial = outDialCut(slice, options);
        const from =
          (given ?? labels(context, s)).phone === 'own' ||
          // (Since session 52: or no label and a trunk "0", not "00", first.)
          ((given ?? labels(context, s)).phone === 'none' && /^\(?0[1-9]/.test(slice)) ||
          // (Since V53a: or a calling code first, whatever the label.)
          /^\(?(?:\+|00)[1-9]/.test(slice)
            ? s
            : firstPlus > 0
              ? /^ \+[1-9]/.test(slice.slice(firstPlus))
                ? s + firstPlus + 1
                : -1
              : bracketed > 0
                ? /^ \(\+[1-9]/.test(slice.slice(bracketed))
                  ? s + bracketed + 1
                  : -1
                : outDial > 0
                  ? s + outDial + 1
                  : -1;
        if (found.size === had && !covered && broken && from >= 0) {
          // (Those led by "0" or "(" first, then the others, each the nearest the end first.)
          const heads: number[] = [];
          for (const h of lastGroups(shadow, from, e)) {
            if (/^\(?(?:\+|00)/.test(shadow.slice(h, e))) break;
            heads.push(h);
          }
          const led = heads.filter((h) => /^(?:\(|0)/.test(shadow.slice(h, e)));
          // (Since session 52: before all, the international head trailing() reads, if any.)
          const t = headAt(shadow, from, e);
          const first = t < 0 ? [] : [t - +(shadow[t - 1] === '(')];
          for (const h of [...first, ...led, ...heads.filter((g) => !led.includes(g))]) {
            if (shadow.slice(from, h).trim() === '') continue;
            readWindow(
              context,
              from,
              shadow.slice(from, h).trimEnd(),
              false,
              options,
              found,
              given,
            );
            split = found.size > had;
            if (split) break;
          }
        }
        // (Since session 52 after the split above: a "00" head after the number it finds reads
        // that number's labels.)
        if (slice.includes('+') || slice.includes('00')) trailing(context, s, e, options, found);
        if (found.size > had || split) trailingGroup(context, s, e, options, found, given);
      }
    }
    return withoutUps(context, [...found.values()], options);
  },
});

/**
 * (Since V61a.) Where a part [s, e) of `context` holds a value and then a phone, written plainly:
 * its labels an order's, no letter glued before it, no "+" in it, not digits in groups of one width (three or more
 * wide, the last as wide or narrower); of each way to write it as a value (groups of digits, one
 * " " or "-" between two; since V63b, or a list of such values, " / " between two), a space, a " - " or " / " or not, and a rest with no " - " or " / " in it, the one with the
 * longest rest (up to a value holding a "00" group and a calling code) where that rest holds a bracket first or a "-" or "." between digits, or nine
 * digits or more: led by a trunk "0", digits, spaces and a "/" glued between two digits alone, or
 * digits in the groups libphonenumber prints at home, spaces between, its trunk "0" left out or
 * not; and is a valid number whole. With no label, only after a value of three units or more, where the part whole is no valid number,
 * or one only with the country's calling code read from its first digits, glued to the next. The
 * value's end and the phone's start, or undefined. (Since V63b, with `anyLabel`: whatever the
 * part's labels. Since V64a, with `anyPrintBefore`: a rest of digits and spaces in any groups
 * where it starts before that offset.)
 */
function valueThenPhone(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
  anyLabel = false,
  anyPrintBefore = -1,
): [number, number] | undefined {
  const text = context.shadow.slice(s, e);
  if (!text.includes(' ') || text.includes('+')) return undefined;
  // (Not after letters glued to the value: a product's code, "AA70 0900 0700 0800 0000 9".)
  if (/\p{L}|\p{M}/u.test(context.shadow.charAt(s - 1))) return undefined;
  const read = labels(context, s);
  if (!anyLabel && (read.version || read.phone !== 'reference')) return undefined;
  const groups = text.split(' ');
  const w = (groups[0] as string).length;
  // (Since V64i: unless the rest after the first group, and not that group, starts with "0" and
  // is a mobile whole: "4711 0151 2345 6789".)
  const afterFirst = text.slice(w + 1);
  const trunkMobile =
    !text.startsWith('0') && afterFirst.startsWith('0') && isMobile(context, afterFirst);
  if (w >= 3 && new RegExp(`^(?:[0-9]{${w}} )+[0-9]{1,${w}}$`).test(text) && !trunkMobile)
    return undefined;
  const splits: [number, number][] = [];
  for (let p = 1; p < text.length; p++) {
    // (Since V63b: or a list of such values, " / " between two: "4711 / 4712".)
    if (text[p] !== ' ' || !/^[0-9]+(?:(?:[ -]| \/ )[0-9]+)*$/.test(text.slice(0, p))) continue;
    // (No "00" group, alone or with a calling code, in the value: "1 0044", "3 00 34", "3 00".)
    const groups = text.slice(0, p).split(' ');
    if (groups.some((g) => g === '00' || /^00[1-9][0-9]{0,2}$/.test(g))) break;
    const phone = / [-/] /.test(text.slice(p, p + 3)) ? p + 3 : p + 1;
    const rest = text.slice(phone);
    // (Since V62a: no rest dialled out with "00": outDialCut's, a date after it read with it.)
    if (/^\(?00/.test(rest)) continue;
    if (rest.includes(' - ') || rest.includes(' / ')) continue;
    // (Since V62a: nor one with a date, or a month and a year, after a space in it.)
    const year = '(?:19|20)[0-9]{2}';
    const month = '(?:0?[1-9]|1[0-2])';
    const dated = new RegExp(
      ` \\(?(?:(?:[0-9]{1,2}[./-][0-9]{1,2}[./-]${year}|${year}[./-][0-9]{1,2}[./-][0-9]{1,2})(?![0-9])` +
        `|(?:${month}[./-]${year}|${year}[./-]${month})(?![0-9]|[./,:-][0-9]))`,
    );
    if (dated.test(rest)) continue;
    const digits = rest.replace(/[^0-9]/g, '').length;
    const printed =
      /^\([0-9]|[0-9][-.][0-9]/.test(rest) ||
      (digits >= 9 &&
        ((/^0[1-9]/.test(rest) && rest.split(/[ /]/).every((g) => /^[0-9]+$/.test(g))) ||
          (rest.split(' ').length > 1 &&
            rest.split(' ').every((g) => /^[0-9]+$/.test(g)) &&
            ((s + phone < anyPrintBefore && !/ [0-9]{1,2}$/.test(rest)) ||
              atHome(context, rest) ||
              // (Since V64i: or a mobile whole, in any groups.)
              isMobile(context, rest)))));
    if (printed && whole(rest, options)) splits.push([s + p, s + phone]);
  }
  let last = splits[0];
  if (last === undefined) return undefined;
  // (Since V63b: after " / ", where the rest's first group, three digits or more, a space after
  // it, ends a value that a split holds too, that split: the value's list goes on.)
  const group = /^[0-9]{3,}(?= )/.exec(text.slice(last[1] - s));
  if (text.slice(last[0] - s, last[1] - s) === ' / ' && group !== null) {
    const next = last[1] + group[0].length;
    last = splits.find((split) => split[0] === next) ?? last;
  }
  // (Nor a value of one or two digits before a phone the part is whole: a trunk's, a code's.)
  if (last[0] - s <= 2 && whole(text, options)) return undefined;
  return last;
}

/**
 * Whether `rest` groups its digits as libphonenumber prints it at home in `context`'s country,
 * its trunk "0" left out or not.
 */
function atHome(context: RecognizerContext, rest: string): boolean {
  const widths = (t: string) => (t.match(/[0-9]+/g) ?? []).map((g) => g.length).join();
  const national =
    parsePhoneNumberFromString(
      rest,
      context.country as PhoneCountry | undefined,
    )?.formatNational() ?? '';
  return (
    national !== '' &&
    (widths(rest) === widths(national) ||
      (national.startsWith('0') &&
        !rest.startsWith('0') &&
        widths(rest) === widths(national.slice(1))))
  );
}

/**
 * (Since V64i.) Whether `rest` is a valid number of libphonenumber's type MOBILE in `context`'s
 * country whose digits are all its national print's (its trunk "0" written, where it has one).
 */
function isMobile(context: RecognizerContext, rest: string): boolean {
  const number = parsePhoneNumberFromString(rest, context.country as PhoneCountry | undefined);
  return (
    number?.isValid() === true &&
    number.getType() === 'MOBILE' &&
    number.formatNational().replace(/[^0-9]/g, '') === rest.replace(/[^0-9]/g, '')
  );
}

// (Since V63b.) The words that join a list's last value to the one before it, lower case.
const JOIN_WORDS =
  'and or und oder sowie et ou y o e en of og eller och i lub oraz ja tai és vagy ve veya dan atau và и と или و या और';

/**
 * (Since V63b.) Where the first value of a list stands whose next value starts at `s`, written
 * plainly: back from `s`, up to eight times, spaces and line breaks, a "," ";" "&" or "/" or a
 * joining word between spaces, spaces, and a value (digits in groups, one " ", "-", "." or line
 * break between two) at the text's start or after a space, a bracket or a list's mark. -1 where
 * no value stands so before `s`.
 */
function listFirstValue(shadow: string, s: number): number {
  const words = JOIN_WORDS.split(' ');
  let head = -1;
  let k = s;
  for (let n = 0; n < 8; n++) {
    const from = Math.max(0, k - 200);
    const m =
      /(?:^|[ \t\n\r(,;&/])([0-9]+(?:[ .\n-][0-9]+)*)(?:[ \n\r]*[,;&/]|[ \n\r]+([\p{L}\p{M}]+))[ \n\r]*$/u.exec(
        shadow.slice(from, k),
      );
    if (m === null || (m[2] !== undefined && !words.includes(m[2].toLowerCase()))) break;
    k = from + m.index + m[0].indexOf(m[1] as string);
    head = k;
  }
  return head;
}

/**
 * (Since V60a.) `found` without the numbers that start inside a UPS shipment's number, written
 * plainly: "1Z" at a word's start, then 16 letters and digits, one space or "-" at most before
 * each, the last ending its group. Where one of them ends past the code, the first valid number
 * of the phone characters after it (spaces and "-" skipped, 48 units at most) that starts there
 * is read, and kept where it is accepted and overlaps nothing kept.
 */
function withoutUps(
  context: RecognizerContext,
  found: RecognizerMatch[],
  options: PhoneOptions,
): RecognizerMatch[] {
  const { shadow } = context;
  let out = found;
  for (const m of shadow.matchAll(
    /(?<![A-Za-z0-9])1[Zz](?:[ -]?[A-Za-z0-9]){16}(?![A-Za-z0-9])/g,
  )) {
    const [a, b] = [m.index, m.index + m[0].length];
    const inside = out.filter((f) => f.start > a && f.start < b);
    const kept = out.filter((f) => !inside.includes(f));
    if (inside.some((f) => f.end > b)) {
      const start = b + (/^[ -]*/.exec(shadow.slice(b)) as RegExpExecArray)[0].length;
      const run = (/^[0-9 ()./+-]{0,48}/.exec(shadow.slice(start)) as RegExpExecArray)[0];
      const first = validNumbersIn(run.replace(/^(\(?)00/, '$1 +'), options.defaultCountry)[0];
      if (first !== undefined && first.startsAt <= 1) {
        const end = start + first.endsAt;
        const confidence = accept(context, start, end);
        if (confidence > 0 && !kept.some((f) => f.start < end && start < f.end))
          kept.push({ start, end, confidence });
      }
    }
    out = kept;
  }
  return out;
}

/**
 * The phone recognizer's matches and the oracle's on one context, after the earlier recognizers'
 * claims as `collect` makes them (the phone properties compare the two).
 */
export function phoneAndOracle(context: RecognizerContext): [RecognizerMatch[], RecognizerMatch[]] {
  const candidates: Candidate[] = [];
  setClaims(context, candidates);
  builtInRecognizers.forEach((recognizer, rank) => {
    if (recognizer === phoneRecognizer) return;
    for (const m of recognizer.find(context)) candidates.push({ ...m, recognizer, rank });
  });
  return [[...phoneRecognizer.find(context)], [...oraclePhoneRecognizer.find(context)]];
}

/**
 * (Since V56g.) How far the phone reading reads a window `read` that nothing else reads, led by a
 * phone's label or a calling code (`leads`), written plainly: a
 * token at a time from the end (the window split at its spaces), at most five groups back, the
 * longest start that libphonenumber parses valid in `country` ("00" read as "+"), printed with
 * a separator between two of its digits, before groups of digits only, three or more in all.
 * The whole window where its groups are all digits and of one size of three or more ("512 349
 * 334") and no line break follows (`breakAfter`); -1 where none is read, or where the window is
 * printed as cards are, in fours. phone.ts readBeforeTrailingGroups is held to it.
 */
export function numberBeforeGroups(
  read: string,
  country: PhoneCountry,
  leads: boolean,
  breakAfter = false,
): number {
  // (A card's print, groups of four digits, is the card reading's.)
  if (!leads || /^[0-9]{4}(?:(?: | ?- ?)[0-9]{4})+$/.test(read)) return -1;
  const tokens = read.split(' ');
  for (let k = tokens.length - 1; k >= 1 && k >= tokens.length - 5; k--) {
    const rest = tokens.slice(k);
    if (!rest.every((t) => /^[0-9]+$/.test(t))) return -1;
    if (rest.join('').length < 3) continue;
    const left = tokens.slice(0, k).join(' ');
    if (!/[0-9][ ().-]+[0-9]/.test(left)) continue;
    const number = parsePhoneNumberFromString(left.replace(/^00/, '+'), country);
    if (number === undefined || !number.isValid()) continue;
    const groups = read.split(/[ -]/);
    const size = (groups[0] as string).length;
    const even = size > 2 && groups.every((g) => g.length === size && /^[0-9]+$/.test(g));
    return even && !breakAfter ? read.length : left.length;
  }
  return -1;
}

/** Both readings of `text` (the recognizer's and the phone oracle's) in the customer's country. */
export function bothReadings(text: string, locale: string) {
  return phoneAndOracle(contextOf(text, locale, locale.slice(3) as RecognizerContext['country']));
}
