import { getCountryCallingCode, type CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import { Cover } from '../claims.js';
import {
  formLabel,
  gluedToCode,
  isGlueLetter,
  letterAt,
  lowerCodeAt,
  type PhoneLabels,
  phoneLabelsBefore,
} from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt, lowerSameLength, marksEnd, shadowOf, unitAt } from '../digits.js';
import { foldedEnd, foldedList } from '../foldedEnd.js';
import {
  PERSON_ROLE_WORDS,
  PHONE_NUMBER_WORDS_AFTER,
  PHONE_WORDS_AFTER,
  POSTAL_WORDS,
} from '../keywords.js';
import { readPhoneLabelsWith } from '../laterPass.js';
import { headerCellOf } from '../lines.js';
import { proseAbove } from '../prepositions.js';
import { releaseAfterCall } from '../release.js';
import { codeEndsAt, type NumberRun, numberRuns } from '../runs.js';
import { sentenceLine } from '../sentenceLine.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { isBlank, wrapEnd } from '../wraps.js';
import {
  amountBeside,
  amountLedAt,
  amountTailAt,
  bareDecimalsAt,
  decimalsAt,
} from './amountBeside.js';
import { DATE_OR_HOLDS_DATE } from './datedSpan.js';
import { mpesaNumberAt } from './mpesa.js';
import { ocrPhones } from './ocrPhone.js';
import { phoneAfterValue, type ValueThenPhone } from './phoneAfterValue.js';
import {
  afterMinutes,
  beforeTime,
  dateAfter,
  dottedRunAfter,
  shortDateAfter,
  uhrTimeAt,
  unitIn,
} from './phoneBeside.js';
import { withoutCarrierCodes } from './phoneCarrier.js';
import { referenceLabelWrapped, versionWordAbove } from './phoneLabelWrapped.js';
import { readList } from './phoneList.js';
import { nextLineGroupEnd } from './phoneLonger.js';
import {
  fourThenPairs,
  listHeadBefore,
  listStartBefore,
  quantityBefore,
  versionMarkBefore,
} from './phoneLookalikes.js';
import { type NumberSpan, validNumbersIn } from './phoneMatcher.js';
import { outDialCut } from './phoneOutDial.js';
import {
  insideSlashValue,
  slashListInside,
  slashValueAhead,
  slashWithoutTrunk,
} from './phoneSlash.js';
import { headInTail, trailingHead } from './phoneTrailingHead.js';
import {
  bareAtHome,
  canValidate,
  possibleAtHome,
  printOf,
  validBareNumber,
} from './phoneValidity.js';
import { parsePhoneNumberFromString } from './quietParse.js';
import {
  afterAmount,
  afterCents,
  afterLeadToken,
  beforeAmount,
  fractionAfter,
  monthYearAfter,
  yearBefore,
  yearLeads,
} from './tokenAfter.js';

// A phone number is at most 17 digits with its country code (ITU-T E.164: 15, plus a "00" prefix),
// so a window of 48 characters read every 20 holds any way of writing one (up to 29 characters); longer spans are read as a list a
// number at a time (phoneList.ts), or else in windows, which keeps libphonenumber's matcher linear
// on a 40,000-digit run.
export const WINDOW = 48;
// A date, or a date and the hour of a time ("2024-11-30 10:45" is cut at the colon, so the span is
// "2024-11-30 10", which dials in the US and Germany; "30.11.2024 10.45"): a timestamp, not a number.
// A year after a month's name is a date's end ("30. November 2024 09:15": "2024 09" dials in
// Germany), after a week's or a month's number or a year a period ("KW 48/2024", "2019/2020"). A
// year and its month (ISO 8601's reduced form) is a date too: "MHD 2027-03", "Stand 2026.11" dial
// in Germany (the eighth audit, T30b).
// Since V58d a day, a month and a year in brackets too ("(01.05.24)", "(01.05.2024)"): a date a
// cut left alone, or at a span's start, read as a number or as no date ("+49 30 1234567
// (01.05.2024) 0151 23456789" lost the mobile after it).
export const DATE =
  /^(?:\(?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\)?|(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])|(?:\d{1,2}[./-]|(?:19|20)\d\d[/-])?(?:19|20)\d\d)(?: \d{1,2}(?:\.\d{2}){0,2})?$/;
// A span that holds a date with its year is a period or a timestamp ("30.11.2024-02.12.2024",
// "30.11.-02.12.2024", "30.11.2024/14:05"), which dial in Germany: no phone is written so.
export const HOLDS_DATE =
  /(?:^|\D)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?!\d)/;

/**
 * Whether `text` can match {@link DATE} or {@link HOLDS_DATE} at all: both need a ".", "/" or "-",
 * but for a year alone with an hour after it or not ("2024", "2024 10": four to seven units), and
 * so does {@link IPV4_SHAPE}. Most spans are bare digits or spaced groups ("600123456", "600 123
 * 456"): a scan of their units costs less than the regular expressions it spares them (1% of a
 * profile of redact over the corpus, before a label was read).
 *
 * @since 0.1.0
 */
export function mayBeDated(text: string): boolean {
  const n = text.length;
  if (n >= 4 && n <= 7) return true;
  for (let k = 0; k < n; k++) {
    const c = unitAt(text, k);
    if (c >= 45 && c <= 47) return true; // - . /
  }
  return false;
}

/** Whether code unit `c` can be part of a phone number as written: a digit, space, - . ( ) / +. */
export function phoneChar(c: number): boolean {
  // 0-9, space, ( ) + - . / (not the comma, 44)
  return (
    (c >= 48 && c <= 57) || c === 32 || c === 40 || c === 41 || c === 43 || (c >= 45 && c <= 47)
  );
}

// More digits in a row than any phone number has (E.164: 15, plus a "00" prefix).
export const MAX_DIGITS = 17;

/**
 * Spans of phone-ish characters that start at `+`, `(` or a digit and hold at least 6 digits, as
 * [start, end] pairs in one flat array. A run of more digits in a row than a phone number has
 * cannot be part of one, so it ends the span. The text is not scanned again: each span is found
 * from a digit run of the context (runs.ts, two digits or more), by walking back over the
 * phone-ish characters before it, and read forward a group of digits at a time from the runs'
 * group table (a lone digit, in no run, one at a time). A span of lone digits holds no run and is
 * not made: with no group of two digits it is never worth reading. The earlier readings are kept
 * as oracles (test/redact/phoneOracle.ts).
 */
export function phoneSpans(context: RecognizerContext): number[] {
  const { shadow } = context;
  const out: number[] = [];
  // (The shadow's units read through unitAt: the texts' strings are of several kinds, and a
  // look-up per unit on them went megamorphic, T64d.)
  const n = shadow.length;
  let i = 0;
  const runs = numberRuns(context);
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k] as NumberRun;
    if (r.end <= i) continue;
    let j = r.start;
    // Past more digits in a row than a number has, the rest of the same run is read from there.
    if (j < i) j = i;
    // Not back past a space after a code's digits ("Tel QK12AB3CD4 0712345678": runs.ts codeEndsAt).
    else
      while (
        j > i &&
        phoneChar(unitAt(shadow, j - 1)) &&
        !(unitAt(shadow, j - 1) === 32 && codeEndsAt(shadow, j - 1))
      )
        j--;
    // (Every read below is inside the shadow, through unitAt: the run's digits end the look
    // ahead, the span's start the look back; isDigitAt's reads are calls of the builtin, T65b.)
    for (i = j; !digitIn(shadow, i) && unitAt(shadow, i) !== 43 && unitAt(shadow, i) !== 40; ) i++;
    // No country code starts with 0 (ITU-T E.164): a "+" before a 0, spaces between or not, was
    // typed before a national number ("تلفن +۰۹۱۲ ۳۴۵ ۶۷۸۹", "+ 06 12…"): read from its trunk 0.
    if (unitAt(shadow, i) === 43) {
      j = i + 1;
      while (unitAt(shadow, j) === 32) j++;
      if (unitAt(shadow, j) === 48) i = j;
    }
    const table = r.table;
    let g = r.first;
    let digits = 0;
    let length = 0;
    // Whether every unit read from the span's start is a digit: only then can the digits before a
    // space be a code's end (codeEndsAt), a letter before them; after any other unit read (a
    // phone's, no letter) they are not, and codeEndsAt is not asked (it read the group back once
    // per space, T65b).
    let digitsOnly = true;
    // Groups are maximal: a digit the scan meets starts one, a group of the table or a lone digit.
    for (j = i; j < n; j += length) {
      const c = unitAt(shadow, j);
      if (!phoneChar(c) || (c === 32 && digitsOnly && codeEndsAt(shadow, j))) break;
      length = 1;
      if (c < 48 || c > 57) {
        digitsOnly = false;
        continue;
      }
      // The table ends with a pair past the text (runs.ts), so the pointer stops inside it.
      while ((table[g + 1] as number) <= j) g += 2;
      if (table[g] === j) length = (table[g + 1] as number) - j;
      // Too many digits in a row: the span ends before the group, with one of its digits counted.
      if (length > MAX_DIGITS) {
        digits++;
        break;
      }
      digits += length;
    }
    const long = length > MAX_DIGITS;
    // Stopped at a space after a code's digits inside the run: the rest is read from past it.
    const code = !long && j < r.end && unitAt(shadow, j) === 32;
    let e = j;
    while (e > i && !digitIn(shadow, e - 1) && unitAt(shadow, e - 1) !== 41) e--; // ')'
    // Fewer digits than a number has may be its first part, wrapped at the line's end ("Call me
    // at (201)\n555-9258", "Mon numéro : 06\n12 34 20 56"): such a span is read for readWrapped.
    // So may a head led by a trunk "0" or a "+" whose own "-" ends the line ("bel 06-\n12345678",
    // "+49 30-\n12345678": the separator its print sets there, V58b); "10-\n12" and "2024-\n12-05"
    // open with no trunk, and stay no span.
    // (The "-" and the trunk read first, two units: a date's parts, "12-05-2024", are short
    // spans before a "-", and the break's expression is asked only of a trunk-led one.)
    if (
      digits >= 6 ||
      (digits >= 2 &&
        (beforeBreak(shadow, e) ||
          (e < n &&
            unitAt(shadow, e) === 45 &&
            trunkOrPlus(shadow, i) &&
            dashBeforeBreak(shadow, e))))
    )
      out.push(i, e);
    // Past a long group, the same run is read again from its end.
    i = j + (long ? length : 1);
    if (long || code) k--;
  }
  return out;
}

/**
 * Whether the unit at `i` of `s`, inside it (0 <= i < s.length), is an ASCII digit: read through
 * unitAt, inline, where isDigitAt, which may be asked outside a string, calls the builtin.
 */
function digitIn(s: string, i: number): boolean {
  const c = unitAt(s, i);
  return c >= 48 && c <= 57;
}

/** Whether the span at `i` opens with a trunk "0" or a "+", a "(" before either or not. */
function trunkOrPlus(shadow: string, i: number): boolean {
  const c = unitAt(shadow, i + +(unitAt(shadow, i) === 40));
  return c === 48 || c === 43;
}

/**
 * Whether a line break follows `e`, blanks between (a "\r" before it or not). No unit past the
 * text's end is read: the first span that ended a text read one (NaN) and threw phoneSpans out of
 * its compiled code, twice a run (--trace-deopt, T56d).
 */
function beforeBreak(shadow: string, e: number): boolean {
  const n = shadow.length;
  let at = e;
  // (Blanks as a wrap reads them, wraps.ts: a tab too.)
  while (at < n && isBlank(unitAt(shadow, at))) at++;
  if (at >= n) return false;
  const c = unitAt(shadow, at);
  return c === 10 || (c === 13 && at + 1 < n && unitAt(shadow, at + 1) === 10);
}

/**
 * Whether a window can hold a phone number as people write one: a group of three digits or more,
 * or a `+`/`0` start (or `(+`/`(0`) with a group of two. Runs of one- and two-digit groups ("1 1 1 1", "1.1.1")
 * are not read: they cost libphonenumber's matcher the most and are never a number.
 */
export function worthReading(slice: string): boolean {
  let longest = 0;
  let run = 0;
  const n = slice.length;
  for (let k = 0; k < n; k++) {
    const c = unitAt(slice, k);
    if (c >= 48 && c <= 57) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  if (longest >= 3) return true;
  // (Inside a bracket too: "(+33) 6 12 34 56 78", "(0033) 6 12 34 56 78" (dialled: "( +33) …"),
  // French mobiles in pairs after a bracketed calling code, stayed whole even after a phone's
  // label, session 56.)
  let k = 0;
  while (k < n && (unitAt(slice, k) === 32 || unitAt(slice, k) === 40)) k++;
  const first = k < n ? unitAt(slice, k) : 0;
  return longest >= 2 && (first === 43 || first === 48);
}

// The confidence of a number that starts with "+" or "00", and the highest of any other.
export const INTERNATIONAL = 0.95;
export const LABELLED = 0.9;

// What the labels before a start say (version label? phone, reference or no label?), kept for
// the last LABELS_KEPT starts read in one context (a ring, newest last). mayAccept and accept ask
// about the same start one after the other; a number found past a span's start, a list's first
// value and the later pass's gate (laterPass.ts sameLabels, over the first pass's values) ask
// again about a start read before others: 56 of seed 1's 5,289 label reads were such repeats,
// each a scan of its window (V60e). Dropped when redact returns: the texts are the customer's.
const LABELS_KEPT = 8;
let labelsOf: RecognizerContext | undefined;
// How many answers were kept for labelsOf (the ring's next slot is kept % LABELS_KEPT).
let kept = 0;
const keptStarts = new Int32Array(LABELS_KEPT);
const keptLabels: PhoneLabels[] = [];
releaseAfterCall(() => {
  labelsOf = undefined;
  kept = 0;
});

/**
 * What the labels before `start` in `context` say to a phone: a version's label, and a phone's,
 * a reference's or no label (context.ts phoneLabelsBefore, then a form's label alone on the line
 * above, an M-PESA word, an order's label wrapped to the line above). The answers for the last
 * few starts of one context are kept: a start asked again is not read again. Internal (the later
 * pass's gate reads it, laterPass.ts).
 *
 * @param context - The text read.
 * @param start - Where the value starts.
 * @returns The labels' reading.
 * @since 0.1.0
 */
export function labels(context: RecognizerContext, start: number): PhoneLabels {
  if (labelsOf !== context) {
    labelsOf = context;
    kept = 0;
  }
  // (Newest first: most asks repeat the last start read.)
  for (let k = kept - 1; k >= 0 && k >= kept - LABELS_KEPT; k--)
    if (keptStarts[k % LABELS_KEPT] === start) return keptLabels[k % LABELS_KEPT] as PhoneLabels;
  const read = readLabels(context, start);
  keptStarts[kept % LABELS_KEPT] = start;
  keptLabels[kept % LABELS_KEPT] = read;
  kept++;
  return read;
}

// No label: a value after a sentence's order's word (readLabels).
const NO_LABELS: PhoneLabels = { version: false, phone: 'none' };
// A reference's label before a value that no trunk "0" leads, in a country that prints some number
// with no digit before it (readLabels): still the value's reference label, unless accept or
// mayAccept finds the window a valid number of the country, a sentence's order word before it,
// and the window printed as the country prints that number (homeSentence). Known by its identity,
// in the shape of every other label: a class of its own (V62b3, carrying the value's start and its
// sentence) made the loads of `phone` and `version` megamorphic, +2.1M of redact 1 8 (V63a).
const SENTENCE_REFERENCE: PhoneLabels = { version: false, phone: 'reference' };

/**
 * Whether `read` is a sentence's order word before `text`, a window from `start` printed as its
 * country prints a phone (homePrinted): the sentence (sentenceLine.ts) is read only for a valid
 * number of the country, as its words cost +3.6% of redact 1 8 read for every order's value of
 * two groups (V62b3), and +1.9% still read once a value for each that held two groups (V63a).
 */
function homeSentence(
  read: PhoneLabels,
  start: number,
  text: string,
  context: RecognizerContext,
): boolean {
  // (The print's count and the country's lengths first, then its patterns, the sentence, and
  // libphonenumber's print last: asked before the sentence, homePrinted's print of every window
  // cost +13.4% of redact 1 8, V62b3. Of seed 1's 838 windows of two groups after an order's
  // reference word, 468 hold a possible length, 120 a valid number ("Numer klienta: 573 416 719",
  // a Polish customer's number printed as a phone), 22 in a country that prints no trunk, V63a.)
  if (read !== SENTENCE_REFERENCE) return false;
  const digits = homeDigits(text, context.country);
  if (digits === '' || !(validBareNumber(digits, context.country) || !canValidate())) return false;
  return sentenceLine(context.shadow, start) && homePrinted(text, context.country);
}

/** {@link labels}' reading of `start` in `context`, not kept. */
function readLabels(context: RecognizerContext, start: number): PhoneLabels {
  let read = phoneLabelsBefore(context, start);
  // An order's word that a sentence on the value's line ends ("Où est ma commande, 06 12 34 56
  // 78", "Danke für Ihre Bestellung 0151 23456789") labels no value led by its trunk "0"
  // (sentenceLine.ts, V61b). One that no trunk leads is read at accept, where its print is known
  // (homePrinted, V62b): "Gdzie jest moje zamówienie, 512 345 678" against "…, 4711 2023".
  // (The sentence is read at accept or mayAccept only, for a valid number of the country, where
  // the country prints some number with no trunk, bareAtHome, homeSentence: read here, it cost
  // +3.6% of redact 1 8, V62b3; read once per value of two groups, +1.9%, V63a.)
  if (read.phone === 'reference' && !read.version) {
    if (!trunkLed(context.shadow, start)) {
      if (bareAtHome(context.country)) read = SENTENCE_REFERENCE;
    } else if (sentenceLine(context.shadow, start)) read = NO_LABELS;
  }
  // A form's value: the label alone on the line above is its label (a table's cells are
  // labelled by their column's header in phoneLabelsBefore). An order's word after a
  // preposition there is a sentence's ("About my order\n(212) 555-0187"), no form's label.
  const form = read.version ? 'none' : formLabel(context.shadow, start);
  const prose = form === 'reference' && proseAbove(context.shadow, start);
  if (form === 'own' || (form === 'reference' && !prose)) read = { version: false, phone: form };
  // A Kenyan mobile as M-PESA writes it ("Mpesa 254712345678") where no label names it.
  else if (read.phone === 'none' && !read.version && mpesaNumberAt(context, start))
    read = { version: false, phone: 'own' };
  // An order's or an article's label in its own form wrapped to the end of the line above,
  // text before it there ("54446 Berlin, Rechnungsnr.\n414-4482145": phoneLabelWrapped.ts);
  // after a sentence, a number's sign only ("Danke für Ihre Bestellung Nr.\n4711 2023", V60b;
  // "About my order:\n(212) 555-0187" is a subject's line).
  else if (
    read.phone === 'none' &&
    (form === 'none' || prose) &&
    referenceLabelWrapped(context.shadow, start, context.locale, prose)
  )
    read = { version: false, phone: 'reference' };
  return read;
}

// The later pass's gate reads a value's labels again in the first pass's output (laterPass.ts).
readPhoneLabelsWith(labels);

/**
 * How confident a number found at [start, end) is (0: not a phone), by its labels, or by `given`,
 * the labels of the list it is a part of (a list's label stands before its first number).
 * `broken`: the number is wrapped where its print sets two groups apart (breakPrinted), the line
 * break then serving as the separator it is written with.
 */
export function accept(
  context: RecognizerContext,
  start: number,
  end: number,
  given?: PhoneLabels,
  broken = false,
): number {
  const { shadow } = context;
  const text = shadow.slice(start, end);
  // A list's "/" after the number, between it and the list's next number, glues it to no code:
  // its glue is read as if the text ended there (readListPiece).
  const glue = end === listSlash ? shadow.slice(0, end) : shadow;
  if (
    (gluedToCode(glue, start, end, context.locale) && !wideMarkerBefore(context.text, start)) ||
    (mayBeDated(text) && DATE.test(text)) ||
    postcodeAfterLabel(context, start, text) ||
    amountBeside(shadow, start, end, text) ||
    slashListInside(shadow, start, text)
  )
    return 0;
  const read = given ?? labels(context, start);
  if (read.version) return 0;
  let label = read.phone;
  // "00" dials out where a space or the next digits follow it; after an order's label, "00-" starts
  // the order's own number ("Order ID: 00-24822-86668", an eBay order, went as +248 …). A date of
  // 2000 that leads a reference dials out too ("Lieferung 001215-3123457" went as +1 215 …): only
  // after a phone label ("Tel. 001215-3123457") is it read so (datedReference).
  // A "(" before the "00" brackets the calling code as it does a "+" ("(0044) 7911 123456"): read
  // past it, as readWrapped and dialled() read it; the bracketed "(00" read as a national number
  // went at 0.8 where "(+44)" went at 0.95 (U51a's report).
  const o = +(text.charCodeAt(0) === 40);
  const international =
    text.startsWith('+') ||
    // A country code in brackets ("(+84) 912 345 678", "(+44) 7911 123456"): as dialled, with no label
    // (eleventh audit: it stayed where the national part alone is no valid number).
    text.startsWith('(+') ||
    (text.startsWith('00', o) &&
      (label !== 'reference' || !'-./'.includes(text.charAt(o + 2))) &&
      (label === 'own' || !datedReference(text.slice(o), context.country)));
  // An international number goes whatever follows it: the words after it are not read (half the
  // numbers accept takes, T65b).
  if (international) return INTERNATIONAL;
  if (context.country === 'JP' && cutSubscriber(text)) return 0;
  // A sentence's order word labels no value printed as a phone where the country writes no trunk
  // ("Where is my order, (201) 555-0123", "Gracias por su pedido 612 34 56 78"): an order's number
  // after the same words is not ("Where is my order, 4711 2023", "Dove è il mio ordine 4711 2023").
  if (label === 'reference' && homeSentence(read, start, text, context)) label = 'none';
  // A phone word after the number that names it a phone's number outranks a reference word
  // before it (keywords.ts, PHONE_NUMBER_WORDS_AFTER).
  const after =
    (label === 'none' || label === 'reference') && labelledAfter(shadow, end, label !== 'none');
  // A person's role word right before the number stands nearer than the reference's word.
  if (label === 'reference' && !after) return roleMobile(context, start, text) ? 0.8 : 0;
  if (label === 'own' || after) return LABELLED;
  const formatted = SEPARATED.test(text) || text.startsWith('0') || broken;
  if (!formatted) return roleMobile(context, start, text) ? 0.8 : 0;
  // (Nor order numbers with a "/" between them, no trunk first: "4711/4712/4713", V57d.)
  return !ownCodeRead(text, context.country) &&
    !datedReference(text, context.country) &&
    !zeroSubscriber(text, context.country) &&
    !slashWithoutTrunk(shadow, start, text, context.country) &&
    !listedUnderReference(context, start, text) &&
    !(quantityBefore(shadow, start) && !printedAtHome(text, context.country)) &&
    !(
      text.charCodeAt(0) !== 48 &&
      insideSlashValue(shadow, start) &&
      !printedAtHome(text, context.country)
    ) &&
    !versionMarkBefore(shadow, start, text) &&
    !versionWordAbove(shadow, start, text) &&
    !fourThenPairs(text, context.country)
    ? 0.8
    : 0;
}

/**
 * Whether `text` groups its digits as libphonenumber prints the number at home (its national
 * format): "212 555 0187" in the US, "602 345 678" in Poland, "347 123 4567" in Italy. Where no
 * trunk "0" leads a phone written at home, a quantity before such a print does not make it an
 * article's number ("2 x 212 555 0187" stayed after V58c's quantity rule); "3 x 494-2821035" is
 * printed "04942 821035" in Germany, and stays.
 */
function printedAtHome(text: string, country: string | undefined): boolean {
  const print = printOf(text, country as PhoneCountry | undefined, false);
  if (print === '') return false;
  const groups = groupLengths(text);
  // (Its trunk "0" left out as the text leaves it out: India prints "098765 43210", and "98765
  // 43210" is a mobile as written there; "2 x 98765 43210", "2/100 98765 43210" stayed, V60b.)
  return (
    groups === groupLengths(print) ||
    (print.charCodeAt(0) === 48 &&
      text.charCodeAt(0) !== 48 &&
      groups === groupLengths(print.slice(1)))
  );
}

/**
 * Whether `text` groups its digits exactly as libphonenumber prints the number at home: "(201)
 * 555-0123" in the US, "512 345 678" in Poland, "612 34 56 78" in Spain, "(11) 96123-4567" in
 * Brazil. Not "4711 2023" in Germany, printed "04711 2023" with its trunk (printedAtHome reads
 * that as a print without its trunk: a quantity's reading), nor in Denmark ("47 11 20 23").
 */
function homePrinted(text: string, country: string | undefined): boolean {
  // (Asked after homeDigits and validBareNumber, homeSentence: one group ("4786101645436") is a
  // print only where libphonenumber groups nothing, as it prints a number it cannot read, and more
  // digits than a number at home holds ("426-2065983-4560632", an order's) print as none. Asked
  // for every such window after a sentence's order word, libphonenumber's parse and format grew
  // hot enough to be compiled inside the hot pass, redact 1 8: +7.9% outside the compiler, V62b2.)
  const print = printOf(text, country as PhoneCountry | undefined, false);
  return print !== '' && groupLengths(text) === groupLengths(print);
}

/**
 * The digits of `text` where it holds two groups of them or more, 16 digits at most and as many
 * as `country`'s national numbers may hold (phoneValidity.ts possibleAtHome), else '': the count
 * homeSentence asks before the country's patterns.
 */
function homeDigits(text: string, country: string | undefined): string {
  let groups = 0;
  let digits = 0;
  for (let i = 0, run = false; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !run) groups++;
    if (digit) digits++;
    run = digit;
  }
  return groups >= 2 && digits <= 16 && possibleAtHome(digits, country)
    ? text.replace(/[^0-9]/g, '')
    : '';
}

/** The lengths of the runs of ASCII digits of `text`, joined ("(212) 555-0187": "3,3,4"). */
function groupLengths(text: string): string {
  return (text.match(/[0-9]+/g) ?? []).map((g) => g.length).join();
}

/**
 * Whether the number `text` found at `start` is a list's next value printed as its first, which
 * an order's, an invoice's or a shipment's label names ("Bestellnummer 4711 0815, 4711 0816 2
 * Stück": phoneLookalikes.ts). The labels are read before the list's first value (V58c).
 */
function listedUnderReference(context: RecognizerContext, start: number, text: string): boolean {
  const head = listHeadBefore(context.shadow, start, text);
  return head >= 0 && labels(context, head).phone === 'reference';
}

/**
 * Whether `text`, a national number as written in Japan, has no trunk "0" and a last group of
 * fewer than four digits: no Japanese number is written so. At home the trunk "0" is always
 * dialled and written (0AB~J numbers, MIC's telecommunications numbering plan), and the
 * subscriber's number, the last group, always has four digits ("03-1234-5678", "0471-12-3456",
 * "090-1234-5678"); libphonenumber takes the digits after the trunk whatever their groups, so
 * "4711-2345-6" (a 4-4-4 reference cut by a line's end, "4711-2345-6\n789") read as a Kashiwa
 * number (V56f). A number written whole ("471123456") or in four-digit last groups is left to
 * the other rules.
 */
function cutSubscriber(text: string): boolean {
  const o = +(text.charCodeAt(0) === 40);
  const c = text.charCodeAt(o);
  if (c < 49 || c > 57) return false;
  let last = 0;
  let k = text.length - 1;
  while (k >= 0 && !isDigitAt(text, k)) k--;
  for (; k >= 0 && isDigitAt(text, k); k--) last++;
  // A group broken by its line's end is one group ("3-1234-56\n78", found wrapped).
  let b = k;
  while (b >= 0 && WRAP_UNIT.test(text.charAt(b))) b--;
  if (b < k && text.slice(b + 1, k + 1).includes('\n'))
    for (k = b; k >= 0 && isDigitAt(text, k); k--) last++;
  return k >= 0 && last < 4;
}

// What a line's end leaves between two digits of a group: spaces, the break, a quote's marks.
const WRAP_UNIT = /[ \r\n>]/;

/**
 * Whether the unlabelled national `text` reads in Germany only as a fixed line whose subscriber's
 * number, after the area's code, starts with "0": no such number is given out there, where a "0"
 * dialled after the area's code is the trunk prefix (Bundesnetzagentur, Nummernplan für
 * Ortsnetzrufnummern: a subscriber's number starts with 1-9), but libphonenumber takes any
 * digits after a code: "03 0000 0049 6700", a row of a column of totals in fours, read as
 * "030 00000496700" (Berlin). Asked of a trunk-led text with a "0" among the digits a
 * subscriber's number can start with (after a code of two to five digits): a parse and a print.
 */
function zeroSubscriber(text: string, country: string | undefined): boolean {
  if (country !== 'DE') return false;
  const digits = text.replace(/\D/g, '');
  if (digits.charCodeAt(0) !== 48 || digits.slice(3, 7).indexOf('0') < 0) return false;
  // Its digits are parsed: a number wrapped at a line's end holds the break, which libphonenumber
  // does not read past ("03 0000 0049 6701\n03", a column's rows, went as a wrapped number).
  const number = parsePhoneNumberFromString(digits, 'DE');
  if (number?.isValid() !== true || number.getType() !== 'FIXED_LINE') return false;
  const print = number.formatNational();
  return print.charCodeAt(print.indexOf(' ') + 1) === 48;
}

/**
 * Whether `text` at `start`, a bare run of digits, is a valid mobile number where the customer is
 * (or one that libphonenumber cannot tell from a landline, as in the US) written right after a
 * word that names a person's part in a sale or a parcel ({@link roleBefore}): "kupujący:
 * 601234567" (the buyer's phone in an Allegro export) stayed, where "kupujący: 601 234 567" went
 * (T59a). A landline, an id or a login's digits stay as any bare run does.
 */
function roleMobile(context: RecognizerContext, start: number, text: string): boolean {
  if (!roleBefore(context.shadow, start)) return false;
  const number = parsePhoneNumberFromString(text, context.country as PhoneCountry | undefined);
  if (number?.isValid() !== true) return false;
  const type = number.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}

// The last four letters of each of PERSON_ROLE_WORDS folded, as a number (suffixKey), and the
// words (made on the first look-up).
let roleEnds: ReadonlySet<number> | undefined;

/**
 * The key of the four units that end at `at`, folded ({@link lowerCodeAt}: "ą" reads "a"), where
 * each is a Latin letter a-z; -1 where one is another unit. A unit past Latin Extended-B
 * (U+024F) is none and is not folded: a unit's first fold normalizes it, and the corpus's other
 * scripts (Han, Arabic, Devanagari…) stand before many bare runs.
 */
function suffixKey(s: string, at: number): number {
  let key = 0;
  for (let k = at - 4; k < at; k++) {
    const u = s.charCodeAt(k);
    const c = (u < 0x80 ? u | 0x20 : u < 0x250 ? lowerCodeAt(s, k) : 0) - 0x61;
    if (!(c >= 0 && c <= 25)) return -1;
    key = key * 32 + c;
  }
  return key;
}

/**
 * Whether a word of PERSON_ROLE_WORDS ends right before `start` of `shadow`, a ":" and spaces
 * between or not, and starts a word: "kupujący: ", "Buyer ". Read folded, as every label is
 * (foldedEnd.ts). Most runs have no four letters there that end such a word ("order",
 * "Bestellnummer"): those are read from the four units alone, and the words only past them. No
 * unit before the text's start is read (T56d).
 */
export function roleBefore(shadow: string, start: number): boolean {
  let at = start;
  while (at > 0 && at > start - 4 && shadow.charCodeAt(at - 1) === 32) at--;
  if (at > 0 && shadow.charCodeAt(at - 1) === 58) at--; // ":"
  while (at > 0 && at > start - 8 && shadow.charCodeAt(at - 1) === 32) at--;
  if (at < 4) return false;
  roleEnds ??= new Set(foldedList(PERSON_ROLE_WORDS).map((w) => suffixKey(w, w.length)));
  return roleEnds.has(suffixKey(shadow, at)) && roleWordEndsAt(shadow, at);
}

/** Whether a word of PERSON_ROLE_WORDS (folded) ends at `at` of `shadow` and starts a word. */
function roleWordEndsAt(shadow: string, at: number): boolean {
  for (const word of foldedList(PERSON_ROLE_WORDS)) {
    const from = at - word.length;
    if (
      from >= 0 &&
      foldedEnd(shadow, from, word, at) === at &&
      (from === 0 || !isGlueLetter(shadow.charAt(from - 1)))
    )
      return true;
  }
  return false;
}

/**
 * Whether a fullwidth digit and full stop stand right before `start` of `text`, a number in ASCII
 * digits: a list's marker typed in another font than the number ("tel. １．601 234 567", as a
 * Japanese or Chinese input method types it), which the shadow reads as a decimal's "1." glued
 * to the number (context.ts gluedToCode), and the phone stayed (T56a).
 */
function wideMarkerBefore(text: string, start: number): boolean {
  const digit = text.charCodeAt(start - 2);
  return (
    text.charCodeAt(start - 1) === 0xff0e &&
    digit >= 0xff10 &&
    digit <= 0xff19 &&
    isDigitAt(text, start) &&
    text.charCodeAt(start) < 0x80
  );
}

// A first group that is a date, YYMMDD (ISO 8601's basic order with a two-digit year), then a
// separator and more digits: "241130-3123457".
const DATE_LED = /^\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ ./-]\d/;

/**
 * Whether the unlabelled `text` is a reference led by its date ("Lieferung 241130-3123457", a
 * shipment's number) that libphonenumber reads as a number only by leaving out the trunk prefix
 * its national print writes and no one may leave out. In Germany a national number is dialled
 * with its "0" (Bundesnetzagentur); without it, a number dials a subscriber inside one area only:
 * "241130-3123457" reads as "+49 241 1303123457" (Aachen), printed "0241 1303123457" at home. This
 * is libphonenumber's own isNationalPrefixPresentIfRequired (its STRICT_GROUPING leniency's;
 * Google's libphonenumber holds every VALID number to it), which libphonenumber-js's VALID
 * leniency skips. A number dialled with its trunk ("0241 1303123457"), with a "+" or a code, or in
 * a country whose print writes no trunk (Italy, Poland, Spain, the US) is not one; nor is one
 * dialled out with "00" whose code stands apart ("001 215 312 3457"); a date of 2000, whose "00"
 * dials out, is one (below). Asked only of a date-led group: a parse and a print.
 */
function datedReference(text: string, country: string | undefined): boolean {
  if (!DATE_LED.test(text)) return false;
  // A date of 2000 ("001215-3123457", 15 December 2000) starts with the "00" that dials out, and
  // reads as "+1 215 312 3457" in any country. Written so, the date's group glues the country's
  // code to the digits after it, where E.123 sets the code apart ("+1 215 312 3457", "001 215 …"):
  // no one prints a number so. Only months 10-12 give a first digit
  // after "00" that is a code (1, the NANP's), and only December an area's code there (201-231):
  // few numbers, and after a phone label they go. Read from its shape alone, in any country.
  if (text.charCodeAt(0) === 48 && text.charCodeAt(1) === 48) return true;
  if (country === undefined) return false;
  const digits = text.replace(/\D/g, '');
  const number = parsePhoneNumberFromString(text, country as PhoneCountry);
  if (number?.isValid() !== true) return false;
  // Read from the default country with nothing taken off its digits, and printed at home (without
  // the prefixes that are optional there) with more digits than it has: the trunk.
  if (number.nationalNumber === digits)
    return number.formatNational({ nationalPrefix: false }).replace(/\D/g, '') !== digits;
  // A date of 2000-2009, or a day of 01-09 first (DDMMYY), starts with a "0" that reads as the
  // trunk: "050312-3123457" is "05031 23123457" (Wunstorf) to libphonenumber. Written so, the
  // date's group runs past the area's code into the subscriber's number, as no one prints a
  // number (DIN 5008 and E.123 set the code apart; libphonenumber's STRICT_GROUPING rejects a
  // group that runs on past it where the country has a trunk): the print's first group, the
  // trunk and the code, is shorter than the date's six digits. German codes that read as a
  // date's first four ("0503", "0512": 05031 Wunstorf, 05120 Sehnde) are four or five digits
  // with the trunk; none of six ("033203") reads as one, its month 30 or more.
  const code = (number.formatNational().split(' ')[0] as string).replace(/\D/g, '');
  return digits === `0${number.nationalNumber}` && code.length < 6 && digits.startsWith(code);
}

/**
 * Whether libphonenumber reads the unlabelled `text` only by taking its first digits for the
 * default country's calling code, written with no "+" or "00" before it and glued to the digits
 * after it: "4907214368 9931893", an order's or a parcel's number, reads in Germany as "+49 721
 * 43689931893". A customer who writes the country's code writes its "+" or "00" ("+49 721 …"),
 * sets it apart as a group of its own as E.123 groups it ("48 600 100 200", the "+" forgotten), or
 * writes a label before it ("Tel. 4972143689931"); a national number starts with its trunk "0".
 * Asked only where the text starts with that code: most numbers cost no second parse.
 */
function ownCodeRead(text: string, country: string | undefined): boolean {
  if (country === undefined || text.charCodeAt(0) === 48) return false;
  const code = callingCodeOf(country);
  if (code === '') return false;
  const digits = text.replace(/\D/g, '');
  // Past a "(" before it: "(1) 212 555 0123" sets the code apart in brackets, a group of its own
  // (its digit was read as glued to itself, and the number stayed, T58b).
  const at = +(text.charCodeAt(0) === 40);
  if (!digits.startsWith(code) || !isDigitAt(text, at + code.length)) return false;
  const number = parsePhoneNumberFromString(text, country as PhoneCountry);
  return number !== undefined && number.nationalNumber.length < digits.length;
}

// The calling code of each country asked, '' for one libphonenumber does not know. Its
// getCountryCallingCode wraps its metadata in a new object per call: 2% of the phone
// recognizer's time on the bench's messages (ab.ts profile, T68b), for an answer that never changes.
const callingCodes = new Map<string, string>();

/** libphonenumber's calling code of `country` ("48" for "PL"), '' where it knows none; kept. */
function callingCodeOf(country: string): string {
  let code = callingCodes.get(country);
  if (code === undefined) {
    try {
      code = getCountryCallingCode(country as PhoneCountry);
    } catch {
      code = '';
    }
    callingCodes.set(country, code);
  }
  return code;
}

// A US ZIP+4 (5-4 digits) or a Brazilian CEP (5-3).
const POSTCODE = /^\d{5}-\d{3,4}$/;

/**
 * Whether `text`, at `start`, is a postcode in its shape, written right after a postal word
 * (keywords.ts POSTAL_WORDS) that starts a word, with at most a "+4", spaces, ":", "." or "#"
 * between: "ZIP 80064-6707", "zip code: 80064-6707", "ZIP+4 80064-6707", "CEP 01310-100".
 */
export function postcodeAfterLabel(
  context: RecognizerContext,
  start: number,
  text: string,
): boolean {
  // (Nine or ten units with a "-" after five: most spans are not, and skip the regular expression.)
  if ((text.length !== 9 && text.length !== 10) || text.charCodeAt(5) !== 45) return false;
  if (!POSTCODE.test(text)) return false;
  const { shadow } = context;
  let at = start;
  while (at > start - 8 && ' :.#\u00a0'.includes(shadow.charAt(at - 1) || 'x')) at--;
  if (shadow.startsWith('+4', at - 2)) at -= 2;
  // Read folded, as every label is (foldedEnd.ts): the word's folded units end at `at`.
  return foldedList(POSTAL_WORDS).some(
    (word) =>
      at >= word.length &&
      foldedEnd(shadow, at - word.length, word, at) === at &&
      !isGlueLetter(shadow.charAt(at - word.length - 1)),
  );
}

/**
 * Whether a phone word stands right after `end` (spaces between), where a language puts the verb
 * last ("9876543210 पर कॉल करें"): read in a window of 24 units, so it costs what the word does.
 * `named`: only a word that names the number as a phone's ("… numarasından arayın"). Read folded
 * as labels before a number are (foldedEnd.ts): "… NUMARASİNDAN ARAYIN", a Turkish capital "İ"
 * that a lower-case copy kept as it was, stayed.
 */
export function labelledAfter(shadow: string, end: number, named = false): boolean {
  let at = end;
  while (at < shadow.length && shadow.charCodeAt(at) === 32 && at < end + 4) at++;
  // Most numbers are followed by no such word: the unit there (folded) starts none of them. Where
  // one does, only the words that start with it are read (Korean particles start six, T56b). (At
  // the text's end there is none: a read past it threw mayAccept out of its compiled code, T56d.)
  if (at >= shadow.length) return false;
  afterWords ??= wordsByFirst(foldedList(PHONE_NUMBER_WORDS_AFTER), foldedList(PHONE_WORDS_AFTER));
  const words = afterWords.get(lowerCodeAt(shadow, at));
  if (words === undefined) return false;
  for (const word of words.named) if (foldedEnd(shadow, at, word, at + 24) >= 0) return true;
  if (!named)
    for (const word of words.other) if (foldedEnd(shadow, at, word, at + 24) >= 0) return true;
  return false;
}

/** The words labelledAfter reads that start with one unit: those that name the number, the rest. */
type AfterWords = { readonly named: string[]; readonly other: string[] };

// The words labelledAfter reads, by their first unit (keywords.ts writes no empty one).
let afterWords: ReadonlyMap<number, AfterWords> | undefined;

/** `named` and `other` indexed by their first code unit. */
function wordsByFirst(
  named: readonly string[],
  other: readonly string[],
): ReadonlyMap<number, AfterWords> {
  const out = new Map<number, AfterWords>();
  const add = (word: string, kind: keyof AfterWords) => {
    const first = word.charCodeAt(0);
    const words = out.get(first) ?? { named: [], other: [] };
    words[kind].push(word);
    out.set(first, words);
  };
  for (const word of named) add(word, 'named');
  for (const word of other) add(word, 'other');
  return out;
}

export const IPV4_SHAPE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function dottedQuad(text: string): boolean {
  if (!IPV4_SHAPE.test(text)) return false;
  let part = 0;
  // (The last part is tested after the loop, not by reading the unit past the text's end: that
  // read threw mayAccept out of its compiled code at the first dotted quad, T56d.)
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) part = part * 10 + c - 48;
    else if (part > 255) return false;
    else part = 0;
  }
  return part <= 255;
}
// A version or build number of four dotted parts, its first three of one digit ("6.4.2.3301": an
// app's version typed without its word, T56b): no phone is written so. Of libphonenumber-js's 685
// national formats (metadata 1.13.16, every country and non-geographic code; asOf 2026-12-05) none
// groups a number into three one-digit groups in a row, and only Bulgaria's "(\d)(\d)(\d{2})(\d{2})"
// into two (escapesVersionsParcels.test.ts reads the metadata); dotted, the digits dial
// nonetheless (in Poland "6423301" is a pager's number). A phone's label before them still reads
// them as a phone.
const VERSION_QUAD = /^\d\.\d\.\d\.\d{1,5}$/;

export const SEPARATED = /[ ()./-]/;

/**
 * Whether any number in a short span could be accepted, decided before asking libphonenumber (the
 * costly part): a bare digit run needs a phone label or a trunk "0"; dates, dotted quads, a
 * version's four dotted parts with no phone label ("6.4.2.3301"), code fragments and numbers after an order or version
 * label never go.
 */
function mayAccept(
  context: RecognizerContext,
  s: number,
  e: number,
  text: string,
  given: PhoneLabels | undefined,
  dials: boolean,
): boolean {
  const { shadow } = context;
  // Cheapest first: glue is read from four characters; the two shapes need a regular expression.
  if (
    gluedToCode(shadow, s, e, context.locale) ||
    (mayBeDated(text) && (DATE_OR_HOLDS_DATE.test(text) || dottedQuad(text)))
  )
    return false;
  // A "+" anywhere may start an international number after a reference ("4491-3335+8190…").
  // (`dials`: the span holds a "+" or a "00", plusOrOutDial. Where it holds neither, the four
  // searches for them below find none: not asked, V59b.)
  if (dials && (text.includes('+') || text.startsWith('00'))) return true;
  // Or one dialled out with "00" after a value, where readWindow cuts before it (outDialCut):
  // "Bestellung 4711 0044 7911 123456" kept its phone where "+44" lost it (V56a). Or a "00" head
  // that ends its line after one, which readTrailingHead reads, as it reads a "+" one: "Order
  // 4711 0048 512\n345 678" stayed whole where "Order 4711 +48 512\n345 678" went (V57b).
  if (
    dials &&
    (text.indexOf(' 00') > 0 || text.indexOf(' (00') > 0) &&
    (outDialCut(text, phoneOptionsFor(context.country)) > 0 ||
      (beforeBreak(shadow, e) && trailingHead(shadow, s, e) > s))
  )
    return true;
  // Two units ("18", an hour cut after a date) hold nothing readWindow reads (worthReading) unless
  // a "0" starts them: no label look-up, and no window noted to ask for a later pass. Before a
  // line break they may head a number wrapped inside its first group, which readWrapped reads:
  // "tel 21\n2 555-0187" stayed where "tel 212 55\n5-0187" went (V56f; the oracle read it).
  if (text.length < 3 && text.charCodeAt(0) !== 48 && !beforeBreak(shadow, e)) return false;
  const read = given ?? labels(context, s);
  if (read.version) return false;
  const label = read.phone;
  // (After a sentence's order word, a window printed as a phone at home, its number's print read
  // again at accept: homePrinted, V62b. A longer window, "O rastreio 5594 3335 6066 6748 1982 33",
  // holds a reference's digits, and is not read for a number inside it.)
  if (label === 'reference')
    return homeSentence(read, s, text, context) || labelledAfter(shadow, e, true);
  // A version's four dotted parts, unless a phone's label names them a phone (failing closed).
  if (label !== 'own' && text.charCodeAt(1) === 46 && VERSION_QUAD.test(text)) return false;
  return (
    label === 'own' ||
    SEPARATED.test(text) ||
    text.startsWith('0') ||
    (label === 'none' && labelledAfter(shadow, e))
  );
}

/**
 * The end of a window from `w` that holds at most 17 digits (no number is longer) and the rest of
 * the group of digits its seventeenth is in (a span's groups hold 17 digits at most): no number
 * ends inside a group. Cut at its seventeenth digit, "4907214368 99318934116785", two order
 * numbers, was read as "4907214368 9931893", which libphonenumber takes in Germany for "+49 721
 * 43689931893" (its first digits the country's calling code, without a "+").
 */
export function budgetEnd(shadow: string, w: number, e: number): number {
  let digits = 0;
  let k = w;
  while (k < e && digits < MAX_DIGITS) {
    if (isDigitAt(shadow, k)) digits++;
    k++;
  }
  while (k < e && isDigitAt(shadow, k)) k++;
  return k;
}

/**
 * Where to read a span longer than 48 characters (a shorter one is read once, whole) that is not
 * read as a list (phoneList.ts): digit groups with no label, or hostile input, read at its start,
 * at each "+" or "(" (one per 48 characters) and at its end, each window cut to 17 digits, so the
 * cost stays linear and small.
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

const ONE_BY_ONE = /^\d(?: \d){6,16}$/;
// Eight digits in four pairs: how Denmark prints every number ("20 12 34 56": its numbers have
// eight digits, no trunk and no area code, "usually written as nx xx xx xx", wtng.info) and Norway
// its landlines ("22 12 34 56"). worthReading skips two-digit groups that no "+" or "0" starts,
// so "Mit mobilnummer er 20 12 34 56" and "tlf. 33 12 34 56" stayed (the thirteenth audit). They
// are read in those two countries, and elsewhere after a phone's label; so is a list of them with
// " / " between ("ring 20 12 34 56 / 31 23 45 67": a short span is read whole).
const PAIRS = /^\d\d(?: \d\d){3}(?: \/ \d\d(?: \d\d){3})*$/;
const PAIRED: readonly string[] = ['DK', 'NO'];
// Ten digits in five pairs: a ten-digit national number as it is said aloud and dictated (a
// Mexican mobile or landline, "55 48 27 19 30", its area code and number in pairs; an Indian
// mobile so). After a phone's label they are read in any country ("mi número es el 55 48 27 19
// 30", "Tel: 55 48 27 19 30" stayed: V64c's audit); without one, five pairs are a list of sizes,
// scores or counts as often ("tallas 22 23 24 25 26").
const TEN_PAIRS = /^\d\d(?: \d\d){4}$/;

// The next line's first digits with a phone's separators, after a wrap (wrapAt); and what after
// them goes on: more of them (past the window) or an amount's decimals or a time.
const NEXT_DIGITS = /^\d(?:[ ().-]*\d)*/;
const GOES_ON = /^[ ().-]*\d|^[,:]\d/;

/**
 * A line a mail client wrapped (at ~72 columns) or a chat paste broke at `at`: the wrap (wraps.ts,
 * the ids' reading too: blanks, the break, a quoted reply's "> " marks), then the next line's
 * first digits with a phone's separators, read before `to` (a window's end). Where they end and
 * the digits, or null.
 */
export function wrapAt(shadow: string, at: number, to: number): Wrapped | null {
  const w = wrapEnd(shadow, at);
  if (w < 0 || w >= to) return null;
  const m = NEXT_DIGITS.exec(shadow.slice(w, to));
  return m === null ? null : { end: w + m[0].length, tail: m[0] };
}

/**
 * The next line's digits after a wrap at `e` where a "-" opens that line, glued to them: the
 * number's own separator, set on the next line ("tel 0151\n-23456789", V62d). Read by readWrapped
 * after a phone's label or a "+" or "00" head only: unlabelled, "Summe 030 123\n-4567" is an
 * amount's minus; and a list's item ("- 23456789") has a space after its "-". Null where none.
 */
function dashOpens(shadow: string, e: number): Wrapped | null {
  const w = wrapEnd(shadow, e);
  if (w < 0 || w + 1 >= e + WINDOW || unitAt(shadow, w) !== 45 || !isDigitAt(shadow, w + 1))
    return null;
  const m = NEXT_DIGITS.exec(shadow.slice(w + 1, e + WINDOW));
  return m === null ? null : { end: w + 1 + m[0].length, tail: m[0] };
}

/** A wrap and the next line's digits after it (wrapAt). Internal (cardBeside.ts too). */
export type Wrapped = { readonly end: number; readonly tail: string };

/**
 * A number wrapped at its line's end ("my phone is +48 600 123\n456", "> +1 212 555\n> 0187"):
 * where the span `slice` at `s`, at a line's end, holds no number, starts with "+" or "00" or
 * follows a phone label, and the next line starts with digits, the two go as one when they read
 * as one valid number. The next line's stretch of digits and separators is read whole (not where
 * an amount's decimals or a time follow, "1 299,00 zł") and in at most four groups, five after a
 * "+" or "00" (lines of lone digits cost the matcher's tries a fifth of a millisecond each); one
 * group of five digits or more alone there is a value of its own ("558812 is the order"), unless
 * it ends the number as it is printed. A table of numbers, one a line, each
 * whole, or amounts, dates and order numbers on the next line make no such number.
 * `home`: the start of the number found before the head where the head is read as a number of
 * that number's country (readHomeHead), -1 where it is not.
 */
function readWrapped(
  context: RecognizerContext,
  s: number,
  slice: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
  alone = false,
  home = -1,
): void {
  const { shadow } = context;
  // A calling code in brackets heads as one without them ("(+44) 7911\n123456", "(0044) 7911\n
  // …"): read from the "(", so that the placeholder takes both brackets (accept reads "(+" so).
  const o = +(slice.charCodeAt(0) === 40);
  const outDial = slice.startsWith('00', o);
  // A phone word after the number serves as one before it where a language puts the verb last
  // ("لطفاً با 0912\n345 9290 تماس بگیرید"): checked once the next line's part is known.
  // Unlabelled, a head led by the trunk "0" ("0151\n23456789", "(030)\n1234567") reads as the
  // same number on one line does: a trunk prefix is what a bare national number needs there
  // (accept), and "0151 23456789 0151 23456789" went whole twice where, wrapped after each code,
  // only the middle line went, as one number glued from both ("23456789 0151"; V52b).
  let verbLast = false;
  // Whether a phone's label or a "+" or "00" heads it (a dash that opens the next line is read
  // after one only, below).
  let own = true;
  if (!outDial && slice.charAt(o) !== '+') {
    const label = (given ?? labels(context, s)).phone;
    if (label !== 'own') {
      if (label !== 'none') return;
      own = false;
      // A head of fewer than six digits before its "-" and the break (a span only where a trunk
      // leads it: phoneSpans) goes only after a phone's label: unlabelled, "Kunde 030-\n4711
      // Stück" is a customer's number and a count (V58b).
      if (shortBeforeDash(shadow, s + slice.length, slice)) return;
      // (Or read as a number of the country of the international number before it: `home`,
      // readHomeHead's.)
      verbLast = home < 0 && unitAt(slice, o) !== 48;
    }
  }
  // A "00" head that starts its line under a line that ends in a digit is a row of a column of
  // values (amounts, a card printed in fours), not a number's first part: "totals:\n0000\n0049
  // 6700\n03" read "0049 6700\n03" as "+49 6700 03", a valid German number to libphonenumber.
  if (outDial && isDigitAt(shadow, lineAbove(shadow, s) - 1)) return;
  const e = s + slice.length;
  // A "-" right after the head's last digit, before the break, is the number's own separator: the
  // line was broken after it ("tel (11) 98765-\n4321", "電話 090-1234-\n5678"; issue #14). The
  // span ends before it (phoneSpans), so it is read past here; the head still holds six digits or
  // more (a shorter one is a span only before a break itself: "10-\n12", "2024-\n12-05" stay).
  // (Read at `e` only inside the shadow: a span may end the text, and a read past it made every
  // caller of unitAt call the builtin, +7% of redact 1 8's count here.)
  const dash = +(e < shadow.length && unitAt(shadow, e) === 45);
  const wrap =
    wrapAt(shadow, e + dash, e + WINDOW) ?? (own && dash === 0 ? dashOpens(shadow, e) : null);
  if (!wrap) return;
  const { end, tail } = wrap;
  // Read where the stretch ends: a stretch that goes on past the window is no number's end.
  if (GOES_ON.test(shadow.slice(end, end + WINDOW))) return;
  // Whether another line that starts with digits follows the stretch (a ")" that closes its last
  // group aside): the stretch's last groups may then head the next number, wrapped there.
  // (Read at `end` only inside the shadow: a stretch that ends the text reads none, and a read
  // past it made every caller of unitAt call the builtin, +3.5% of redact 1 8's count.)
  const closes = end < shadow.length && unitAt(shadow, end) === 41;
  const more = wrapAt(shadow, end + +closes, end + WINDOW) !== null;
  // A stretch whose last group starts with a trunk "0" is read before that group first, where
  // such a line follows: "tel 030\n1234567 030\n1234567" read "030 1234567 030" whole, a valid
  // Berlin number (German numbers have any length), and the second stayed; so did "0151\n…" after
  // "tel 0049\n30 1234567 ".
  const last = tail.lastIndexOf(' ') + 1;
  const trunkLast = more && last > 0 && unitAt(tail, last + +(unitAt(tail, last) === 40)) === 48;
  // Where the whole stretch makes no number, it may end before a "00" head that starts a group in
  // it (headInTail): in "0044 7911\n123456 0044 7911\n123456" the first number ends at "123456",
  // and the next one starts there (issue #14; a "+" ends the stretch already). Read whole first:
  // a group that starts with "00" ends many a number ("+1\n201 555 0096"), but where such a line
  // follows, last: "0049\n30 1234567 0049 30\n1234567" read "+49 30 1234567 0049 30", valid.
  const cut = headInTail(shadow, end - tail.length, end);
  // A row of home heads written alike is read number by number: where the stretch cut before the
  // next head is none of the country read, neither is the stretch that takes that head (below).
  const alike = home >= 0 && more && headsNext(shadow, slice, tail, end + +closes, options);
  const late = trunkLast || (more && cut >= 0) || alike;
  if (!late && readTail(context, s, slice, tail, end, verbLast, options, found, given, alone, home))
    return;
  if (cut >= 0) {
    const kept = tail.slice(0, cut).trimEnd();
    const at = end - tail.length + kept.length;
    if (readTail(context, s, slice, kept, at, verbLast, options, found, given, alone, home)) return;
  }
  // With no such line, where the whole stretch makes no number, its first group, one long group
  // of digits before a space, may end the number as it is printed, and what follows it on the
  // line is a value of its own: the next number ("tel 0151\n23456789 030 1234567"), a quantity
  // ("tel 0151\n23456789 12 Stück" went as "tel 0151\n[PHONE] Stück", the count glued into a
  // number read from the second line alone). Read as on one line: "0151 23456789 12 Stück" finds
  // the mobile and leaves the count. One group of more than four digits only (readTail's
  // `single`, held to the print's evidence): "tel 600 123\n456 789" stays, as on one line. One
  // reading more at most.
  if (!more) {
    // Before a group that starts the next number, the longest first: "tel 212\n555-0187 212
    // 555-0187", a number wrapped, then one whole; "tel 600 123\n456 789" starts none, and stays.
    // (At most four readings: a part of more groups than readTail takes is not read.)
    const most = outDial || slice.charAt(o) === '+' ? 5 : 4;
    for (let p = tail.lastIndexOf(' '); p > 0; p = tail.lastIndexOf(' ', p - 1)) {
      const kept = tail.slice(0, p).trimEnd();
      if (digitGroups(kept) > most || !startsNumber(tail.slice(p + 1).trimStart(), options))
        continue;
      const at = end - tail.length + kept.length;
      if (readTail(context, s, slice, kept, at, verbLast, options, found, given, alone, home))
        return;
    }
    // Before a last group of one or two digits, a count or a stray key ("tel 212 555\n0187 2
    // items", "tel (11) 98765-\n4321 2 unidades"): read whole, the stretch is no number's end,
    // and the number and the count stayed (issue #14). The number is read before the group, and
    // the group, as what follows a first long group (below), is a value of its own and stays:
    // the break says where the customer's number was cut, and on one line a German number the
    // matcher finds before such a group keeps it too ("tel 0151 23456789 12"). One reading more.
    const lone = LONE_TAIL.exec(tail);
    if (lone !== null && lone.index > 0) {
      const kept = tail.slice(0, lone.index);
      const at = end - tail.length + kept.length;
      if (readTail(context, s, slice, kept, at, verbLast, options, found, given, alone, home))
        return;
    }
    const first = firstGroupEnd(tail);
    // (Not again where the "00" head's cut, read above, ends there.)
    const read = cut >= 0 ? tail.slice(0, cut).trimEnd().length : -1;
    if (first > 4 && first !== read && first < tail.length && unitAt(tail, first) === 32) {
      const at = end - tail.length + first;
      readTail(
        context,
        s,
        slice,
        tail.slice(0, first),
        at,
        verbLast,
        options,
        found,
        given,
        alone,
        home,
      );
    }
    return;
  }
  // Or, where such a line follows, before a group of the stretch that heads the next number, the
  // longest first: "tel 0151\n23456789 0151\n23456789", two German mobiles each wrapped after its
  // network's code, read the middle line as one stretch, "0151 23456789 0151" is no number, and
  // the first stayed (and the matcher read "23456789 0151" alone as one, leaving both ends). (A
  // stretch with no such line after it is read whole, or before its first long group, above.)
  // The stretch holds five groups at most: four more readings at most, each as strict as the
  // whole stretch's.
  // (Each part read once: the "00" head's cut, and a run of spaces, end the same part. The cut's
  // part is kept apart from the last one read: it ends before a group the loop reads the stretch
  // to first, and "totals:\n1200 0049 6700\n0312 …" read it twice a row, a matcher's read and
  // a parse each time, issue #14.)
  const cutRead = cut >= 0 ? tail.slice(0, cut).trimEnd().length : -1;
  let read = cutRead;
  for (let p = tail.lastIndexOf(' '); p > 0; p = tail.lastIndexOf(' ', p - 1)) {
    const kept = tail.slice(0, p).trimEnd();
    if (kept.length === read || kept.length === cutRead) continue;
    read = kept.length;
    const at = end - tail.length + kept.length;
    if (readTail(context, s, slice, kept, at, verbLast, options, found, given, alone, home)) return;
  }
  // (Not where only a row written alike put it last, and the customer's own country, which
  // readHomeHead reads the head as next, reads that row's next number: "+49 151 23456789
  // 7911\n123456 7911\n123456" in Britain read "7911\n123456" as no German number, its break
  // where no German print sets it, and "7911 123456 7911", a space inside, as one, and the third
  // stayed; read as British, "07911 123456", all go (V57c).)
  if (
    late &&
    (trunkLast || cut >= 0 || !headsOwn(context, slice, tail, end + +closes, options)) &&
    readTail(context, s, slice, tail, end, verbLast, options, found, given, alone, home) &&
    !trunkLast &&
    cut < 0
  )
    // (Late here with neither, the row was written alike: headsNext.)
    splitRow(shadow, slice, tail, end + +closes, found, s, end);
}

/**
 * Where the number found at `s`, the whole span `slice` up to its line's end, is a head valid
 * alone, after a phone's label (`given`, or the span's own) or from a "+" or "00", and the next
 * line's first group goes on it (nextLineGroupEnd): the two read as one valid number of the
 * customer's country ("tel 06 1234\n5678", "tel 030 123\n4567 2 Stück") are the number, found
 * to the group's end; the next line's span is then read past it (wrappedEnd). One parse, only of
 * a labelled number that ends its line.
 */
function readLonger(
  context: RecognizerContext,
  s: number,
  slice: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): void {
  const { shadow } = context;
  const e = s + slice.length;
  const end = nextLineGroupEnd(shadow, e);
  if (end < 0) return;
  const o = +(unitAt(slice, 0) === 40);
  const dials = unitAt(slice, o) === 43 || slice.startsWith('00', o);
  if (!dials && (given ?? labels(context, s)).phone !== 'own') return;
  const group = shadow.slice(wrapEnd(shadow, e), end);
  const number = found.get(s) as RecognizerMatch;
  const read = `${dialled(slice)} ${group}`;
  // No longer than a national number is written (eleven digits, its trunk too), or with its
  // calling code (thirteen): "tel 030 1234567\n1234" is a Berlin number and a value under it.
  if (read.replace(NOT_DIGITS, '').length > (dials ? 13 : 11) || !whole(read, options)) return;
  found.set(s, { start: number.start, end, confidence: number.confidence });
  if (end > wrappedEnd) {
    wrappedStart = s;
    wrappedEnd = end;
    wrappedGiven = given;
  }
}

/**
 * Whether the customer's country, where it is not the one a home head's row written alike was read
 * as (`options`), reads that row's next number (headsNext): readHomeHead reads the head as the
 * customer's next. A parse, only where the row's first number was none of the other.
 */
function headsOwn(
  context: RecognizerContext,
  slice: string,
  tail: string,
  at: number,
  options: PhoneOptions,
): boolean {
  const own = context.country as PhoneCountry | undefined;
  return (
    own !== undefined &&
    own !== options.defaultCountry &&
    headsNext(context.shadow, slice, tail, at, { defaultCountry: own, v2: true })
  );
}

// A span that opens as a number does (a trunk "0", a "+" or a "("), with a "/" between a digit
// and another such opening: a list of numbers that may hold a "/" of their own.
const SLASH_LIST = /^[(+0].*\d\/[(+0]/;

/** Whether `slice`, ending at `e` of `shadow`, holds fewer than six digits and a "-" follows it. */
function shortBeforeDash(shadow: string, e: number, slice: string): boolean {
  return e < shadow.length && unitAt(shadow, e) === 45 && slice.replace(NOT_DIGITS, '').length < 6;
}

/** Whether a "-" stands at `e` of `shadow`, and a line's break after it, spaces between or not. */
function dashBeforeBreak(shadow: string, e: number): boolean {
  return (
    e < shadow.length &&
    unitAt(shadow, e) === 45 &&
    BREAK_AHEAD.test(shadow.slice(e + 1, e + WINDOW))
  );
}

/**
 * Whether the last group of a home head's stretch `tail` (readHomeHead's reading of the head
 * `slice`), with the stretch of the line that follows it from `at`, is written as the head and
 * the rest of `tail` are, digit for digit and mark for mark, and makes a valid number of the
 * country read: that group heads the next number of a row written alike, wrapped as the first
 * was, and the stretch is read before it first, as before a trunk-led last group. A German number
 * has any length, and "+49 151 23456789 212\n555-0187 212\n555-0187" read "212 555-0187 212" as
 * one (Solingen's) and kept the third (V56b); an order's number or a year after it ("4711\n2024")
 * and a number cut short ("212\n555-01") are written otherwise, and go on being read as before.
 * Only where no trunk-led group or "00" head cuts the stretch already: a parse at most.
 */
function headsNext(
  shadow: string,
  slice: string,
  tail: string,
  at: number,
  options: PhoneOptions,
): boolean {
  const following = rowNext(shadow, slice, tail, at);
  return following !== undefined && whole(following, options);
}

/**
 * The next number of a home head's row written alike (headsNext): the last group of the stretch
 * `tail` and the line's stretch after it from `at`, where the two are written as the head `slice`
 * and the rest of `tail` are, digit for digit and mark for mark; undefined where they are not. Up
 * to a space where they are written alike so far: in a row of three or more, the next line's
 * stretch ends with the head of the number after ("+49 151 23456789 212\n555-0187 212\n555-0187
 * 212\n555-0187" kept its second head with its number, and the third; V58e).
 */
function rowNext(shadow: string, slice: string, tail: string, at: number): string | undefined {
  const last = tail.lastIndexOf(' ') + 1;
  const next = last > 0 ? wrapAt(shadow, at, at + WINDOW) : null;
  if (next === null) return undefined;
  const written = `${slice.trim()} ${tail.slice(0, last).trimEnd()}`;
  let following = `${tail.slice(last)} ${next.tail}`;
  if (following.length > written.length && unitAt(following, written.length) === 32)
    following = following.slice(0, written.length);
  return written.replace(DIGITS, '0') === following.replace(DIGITS, '0') ? following : undefined;
}

/**
 * Where the home head `slice` at `s` and its whole stretch `tail`, to `end`, were read as one
 * number of the country read (any length, as Germany's: "7911\n123456 7911") after the
 * stretch's last group was found to head a row's next number written alike (headsNext), and the
 * head with the stretch before that group was no number (its break where no print of the country
 * sets it, unlabelled): the found number ends before that group, and the group and the next
 * line's stretch so written are the row's next, found as the whole was (fail closed: the digits
 * went as one number). "+49 151 23456789 7911\n123456 7911\n123456" in Germany or Poland kept
 * the third line's "123456" beside the placeholder (V58e).
 */
function splitRow(
  shadow: string,
  slice: string,
  tail: string,
  at: number,
  found: Map<number, RecognizerMatch>,
  s: number,
  end: number,
): void {
  const number = found.get(s);
  const following = number?.end === end ? rowNext(shadow, slice, tail, at) : undefined;
  if (number === undefined || following === undefined) return;
  const last = tail.lastIndexOf(' ') + 1;
  const head = end - tail.length + last;
  const next = wrapAt(shadow, at, at + WINDOW) as Wrapped;
  const to = next.end - next.tail.length + following.length - tail.length + last - 1;
  found.set(s, { ...number, end: end - tail.length + tail.slice(0, last).trimEnd().length });
  found.set(head, { start: head, end: to, confidence: number.confidence });
  wrappedStart = head;
  wrappedEnd = to;
}

// Every digit, read as one kind (headsNext compares how two numbers are written).
const DIGITS = /\d/g;

// A run of ASCII digits (the units digitGroups counts).
const DIGIT_RUN = /[0-9]+/g;

/** The number of runs of digits in `part`. */
function digitGroups(part: string): number {
  // (Counted by the expression's engine, not in a loop of this function: these readings are rare
  // (29 calls a pass of redact 1), and the loop's bytecode ran out the function's tier-up budget
  // in the ninth pass, where V8 compiled it, 7.6M instructions in the measured pass, V63f.)
  return part.match(DIGIT_RUN)?.length ?? 0;
}

/**
 * Whether the matcher finds a valid number in `part` ("00" read as "+") with no digit before it:
 * the next number starts there.
 */
function startsNumber(part: string, options: PhoneOptions): boolean {
  const read = dialled(part);
  for (const m of numbersIn(read, options)) {
    let k = 0;
    while (k < m.startsAt && !(unitAt(read, k) >= 48 && unitAt(read, k) <= 57)) k++;
    if (k === m.startsAt) return true;
  }
  return false;
}

/** The length of the run of digits that `tail` starts with. */
function firstGroupEnd(tail: string): number {
  let k = 0;
  while (k < tail.length && unitAt(tail, k) >= 48 && unitAt(tail, k) <= 57) k++;
  return k;
}

/**
 * readWrapped's reading of the head `slice` at `s` with its next line's part `tail`, which ends at
 * `end`: whether they read as one valid number, which is then found. `home` (>= 0, the start of
 * the number before): the head is read as readHomeHead reads one (breakPrinted, dialledLocally,
 * writtenAgain).
 */
function readTail(
  context: RecognizerContext,
  s: number,
  slice: string,
  tail: string,
  end: number,
  verbLast: boolean,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
  alone: boolean,
  home: number,
): boolean {
  const { shadow } = context;
  const o = +(slice.charCodeAt(0) === 40);
  const outDial = slice.startsWith('00', o);
  if (verbLast && !labelledAfter(shadow, end)) return false;
  // A table's row starts no wrapped number's end: its first cell is its column's value.
  if (headerCellOf(shadow, end - tail.length) !== undefined) return false;
  const groups = tail.split(/\D+/).length;
  // After a head that starts with "+" or "00" the next line may hold more (T28b, issue #14): five
  // groups, as French numbers print after "+33" ("+33\n6 12 34 56 78"), and one group of five
  // digits or more, as many countries print a number's last ("+44 7911\n123456", "+31 6\n12345678",
  // "+91 81234\n51844"). Such a group goes only where libphonenumber prints the number with a
  // space at the break: after a national head it is a value of its own ("tel 600 123\n558812 is
  // the order"), and "+48 600\n558812" prints "+48 600 558 812".
  const international = outDial || slice.charAt(o) === '+';
  // A "-" right after a national head, before the break, joins the group to it as the number's
  // own separator (readWrapped's dash): the group goes on the head, as "0151 234-56789" does on
  // one line, and is no value of its own ("tel 600 123\n558812 is the order" breaks at a space);
  // "tel 0151 234-\n56789" stayed (V56f). After an international head too, its one long group
  // ("+49 151 234-\n56789" stayed: "+49 151 23456789" prints "+49 1512 3456789", and asPrinted
  // wanted the print's last group there; V57d); more groups are held to the print as before.
  // (Read at the head's end only inside the shadow.)
  // So does a "-" that opens the next line, glued to the group (readWrapped's dashOpens: only
  // there does a "-" stand right before the group; a wrap ends in a blank, a break or a ">").
  const h = s + slice.length;
  const joined =
    (h < shadow.length && unitAt(shadow, h) === 45) || unitAt(shadow, end - tail.length - 1) === 45;
  const single = groups < 2 && tail.length > 4;
  // A postcode and its place's name on the next line, under a country's and an area's code, is
  // an address's line, not the number's end: "+49 30\n10115 Berlin" read as "+49 30 10115", which
  // libphonenumber takes (German numbers have any length from five digits) and prints so. Postcodes
  // have four or five digits in most of the desk's countries (DE, FR, IT, ES, US; AT, CH, BE, DK),
  // and a place's name starts with a capital; "+91 81234\n51844 please" still goes.
  if (single && tail.length <= 5 && PLACE.test(shadow.slice(end, end + 3))) return false;
  // A date on the next line is no number's end: after a country code alone it dials ("+49\n
  // 12.05.2024 ok" reads as "+49 12052024", a valid German number).
  if (HOLDS_DATE.test(tail) || groups > (international ? 5 : 4)) return false;
  const read = `${dialled(slice)} ${tail}`;
  // A head of two digits with no trunk "0" is a number broken inside its first group ("tel 21\n2
  // 555-0187"): the two joined with no space are written in the print's groups (V56f), or the
  // head is a value of its own ("Phone: 12\n51851-4281", "1 251 851 4281" to libphonenumber).
  // A home head so is its area's code where the national print sets it apart, its trunk aside
  // (codeApart): "30\n1234567" after "+49 151 23456789" is "030 1234567", a Berlin number written
  // without its trunk after an international German one, and stayed (V57c).
  if (
    slice.length === 2 &&
    unitAt(slice, 0) > 48 &&
    unitAt(slice, 0) <= 57 &&
    isDigitAt(slice, 1) &&
    !brokenInFirstGroup(read, slice, tail, options) &&
    !(home >= 0 && codeApart(read, slice, options))
  )
    return false;
  let confidence = accept(context, s, end, given);
  // A home head and its next line with no separator but the break ("7911\n123456"): a bare run of
  // digits unlabelled is a value's (accept), but a break where the national print sets its two
  // groups apart is the number's own separator (V56b). So is one anywhere in the digits of the
  // number before, written again as dialled at home ("+1 212 555-0187 2125\n550187", V57c).
  // (The next line's one long group then ends the number as it is printed or written before,
  // after a quoted reply's "> " marks too, which read as separated: "6465\n> 550199".)
  let apart = false;
  if (home >= 0) {
    apart =
      breakPrinted(slice, tail, options) || writtenAgain(shadow, found, home, slice, tail, options);
    if (apart && confidence === 0) confidence = accept(context, s, end, given, true);
  }
  if (
    confidence > 0 &&
    whole(read, options) &&
    (!alone || single || printedAsWritten(read, tail)) &&
    (home < 0 || !dialledLocally(read, options)) &&
    (international
      ? (single && joined) || asPrinted(read, read.slice(0, -tail.length - 1), tail, single)
      : !single ||
        joined ||
        apart ||
        endsPrinted(read, slice, tail, options) ||
        (!SUBJECT.test(context.lower.slice(end, end + 4)) &&
          prefixApart(read, slice.trim(), options.defaultCountry)))
  ) {
    found.set(s, { start: s, end, confidence });
    if (end > wrappedEnd) {
      wrappedStart = s;
      wrappedEnd = end;
      wrappedGiven = given;
    }
    return true;
  }
  return false;
}

/**
 * Whether the head `slice` and its next line's `tail`, digits alone, are the two groups of the
 * number's national print, its trunk "0" aside: "7911\n123456" prints "07911 123456" in Britain,
 * and a customer who wraps it there writes it as printed. "4711\n2345", an order's number and
 * more digits, reads in Germany as "0471 12345", no such print (auditSession54Gaps). A parse and a
 * print, only of a home head's reading with no separator (V56b). The head is the print's first
 * group, its brackets aside too, and the rest of the print's digits are the tail: "646\n5550199"
 * prints "(646) 555-0199" in the US, its area's code set apart as written (V57c).
 */
function breakPrinted(slice: string, tail: string, options: PhoneOptions): boolean {
  const head = slice.trim();
  if (/\D/.test(head) || /\D/.test(tail)) return false;
  const printed = printOf(`${head}${tail}`, options.defaultCountry, false);
  const space = printed.indexOf(' ');
  const o = +(printed.charCodeAt(0) === 40);
  const first = printed.slice(o + +(printed.charCodeAt(o) === 48), space - o);
  return (
    space > 0 &&
    (o === 0 || printed.charCodeAt(space - 1) === 41) &&
    first === head &&
    printed.slice(space).replace(NOT_DIGITS, '') === tail
  );
}

/**
 * Whether the home head `slice` (two digits) is the first group of the national print of `read`,
 * its trunk "0" aside: the area's code, which the break sets apart as the print does ("30\n1234567"
 * and "30\n1234 5678" print "030 1234567" and "030 12345678" in Germany). A parse and a print,
 * only of a home head of two digits that is not broken inside its first group.
 */
function codeApart(read: string, slice: string, options: PhoneOptions): boolean {
  const printed = printOf(read, options.defaultCountry, false);
  const space = printed.indexOf(' ');
  return space > 0 && printed.slice(+(printed.charCodeAt(0) === 48), space) === slice;
}

/**
 * Whether the home head `slice` and its next line's `tail`, digits alone, are the digits of the
 * number found at `before` as dialled in its country (its national number): the customer wrote it
 * again without its calling code, and the break, wherever it falls, stands for the space they are
 * written with on one line ("+1 212 555-0187 2125 550187" goes whole; wrapped, "2125\n550187"
 * stayed, V57c). Digits that are another number's, a year's or an order's stay as breakPrinted
 * leaves them ("+1 212 555-0187 2024\n120524"). A parse, only of a home head's digits where
 * breakPrinted says no.
 */
function writtenAgain(
  shadow: string,
  found: Map<number, RecognizerMatch>,
  before: number,
  slice: string,
  tail: string,
  options: PhoneOptions,
): boolean {
  const head = slice.trim();
  const number = found.get(before);
  if (number === undefined || /\D/.test(head) || /\D/.test(tail)) return false;
  // (Its line breaks and a quoted reply's "> " marks read as a space: it may be wrapped too.)
  const written = dialled(shadow.slice(before, number.end)).replace(/[\s>]+/g, ' ');
  return (
    parsePhoneNumberFromString(written, options.defaultCountry)?.nationalNumber === head + tail
  );
}

/**
 * Whether libphonenumber reads the national `read` in the default country only by putting digits
 * of its own before it: a number dialled within one area, as Guernsey, Jersey and the Isle of Man
 * dial six digits ("600 123" is "01481 600123" in Guernsey, where "+44 7911 123456" is placed).
 * readHomeHead's head is read as the number before's country, and "+44 7911 123456 600\n123 456
 * 600\n123 456" in Poland took "600\n123" as a Guernsey number and cut the second in two (V56b).
 * A customer who writes a number after another of that country writes it as it is dialled from
 * elsewhere in it. A parse, only of a home head's reading that is valid.
 */
function dialledLocally(read: string, options: PhoneOptions): boolean {
  const number = parsePhoneNumberFromString(read, options.defaultCountry);
  return number !== undefined && number.nationalNumber !== read.replace(NOT_DIGITS, '');
}

/**
 * Whether `head` and `tail` joined with no space hold the digits of the national print of `read`
 * in the same groups: "21" and "2 555-0187" are "212 555-0187", printed "(212) 555-0187".
 */
function brokenInFirstGroup(
  read: string,
  head: string,
  tail: string,
  options: PhoneOptions,
): boolean {
  const groups = (text: string) => text.match(DIGIT_RUNS)?.join(' ') ?? '';
  return groups(`${head}${tail}`) === groups(printOf(read, options.defaultCountry, false));
}

const DIGIT_RUNS = /[0-9]+/g;

// The start and end of the number found wrapped (readTail) that ends furthest into the text read
// (phonesIn): a span at a line's start that holds its end is read from past it.
let wrappedStart = -1;
let wrappedEnd = -1;
// The labels it was read with where they were given (a list's, or those of the number before
// it): the next number wrapped after it on the line reads them too.
let wrappedGiven: PhoneLabels | undefined;

// The start of the last number found at a span's start that the span was read for with labels
// given (a list's, or those of the number before it), and those labels.
let listedStart = -1;
let listedGiven: PhoneLabels | undefined;

/**
 * The labels the number found at `start` was read with, where it was found wrapped or at a span's
 * start with labels given (the last of each), else its own: those a list's next number, at
 * `next`, reads. But an order's label names one value, the first after it (context.ts): where a
 * number was found under it (an international one, which goes whatever its label), the next
 * reads its own labels, as on one line: "Bestellung +1 212 555-0187 0151 23456789" finds both,
 * and wrapped before its second "23456789" the second stayed, read as the order's (V53a).
 */
function labelsOfFound(context: RecognizerContext, start: number, next: number): PhoneLabels {
  const read =
    start === wrappedStart && wrappedGiven !== undefined
      ? wrappedGiven
      : start === listedStart && listedGiven !== undefined
        ? listedGiven
        : labels(context, start);
  return read.phone === 'reference' && !read.version ? labels(context, next) : read;
}

// Groups of four digits, the last one to four: amounts and cards printed in fours.
const IN_FOURS = /^\d{4}(?: \d{4})* \d{1,4}$/;

/**
 * Whether the international number `read` (a "00" head dialled and its next line's part `tail`)
 * is written group for group as libphonenumber prints it, with four digits or more on the next
 * line, and not in fours: the evidence a "00" head after a value of its own needs where its next
 * line holds more than one long group ("x 123457 0033 6 12\n34 56 78", a French mobile in pairs).
 * A column of amounts printed in fours that wraps ("totals:\n1200 0049 6700\n03", "+49 6700 03"
 * to libphonenumber, and "…\n0312", "+49 6700 0312") holds too few digits there, or is in fours.
 */
function printedAsWritten(read: string, tail: string): boolean {
  let digits = 0;
  for (let k = 0; k < tail.length; k++) if (isDigitAt(tail, k)) digits++;
  if (digits < 4) return false;
  const groups = read
    .replace(/[()+]/g, '')
    .trim()
    .split(/[ .-]+/);
  const written = groups.join(' ');
  if (IN_FOURS.test(`00${written}`)) return false;
  return printOf(read, undefined, true).replace('+', '') === written;
}

// Where people print a mobile number as its network's prefix and the rest in one group: Italy's
// "312 3457444" ("+39 312 3457444"), the prefisso that once chose the operator written apart as
// an area's code is, where libphonenumber prints three groups ("312 345 7444"). Not Poland nor
// Spain, where a mobile is printed in threes ("600 123 456", "612 345 678"; "612 34 56 78"): a
// long group there after a first of three digits is a value of its own ("tel 600\n558812 is the
// order", T32a).
const PREFIX_APART: ReadonlySet<string> = /* @__PURE__ */ new Set(['IT']);
// The group as the subject of the sentence that goes on after it, a value of its own: "Chiamami al
// 312\n3457444 è il codice" (is the code), as "558812 is the order" after a Polish head. Only
// Italy prints its prefix apart, so only its copula is read ("è", typed "e'" or "é").
const SUBJECT = /^ (?:è|é|e') /;

/**
 * Whether `head`, a wrapped number's head (its next line's one long group after it), is the
 * mobile prefix of the number `read` in a country whose people print it apart ({@link
 * PREFIX_APART}): "Chiamami al 312\n3457444" (T33b). libphonenumber's national print starts with
 * it as its first group; read from the default country, or from the calling code after a "+".
 */
function prefixApart(read: string, head: string, country: PhoneCountry | undefined): boolean {
  const number = parsePhoneNumberFromString(read, country);
  return (
    number !== undefined &&
    PREFIX_APART.has(number.country as string) &&
    number.getType() === 'MOBILE' &&
    number.formatNational().startsWith(`${head} `)
  );
}

// A space and a capital then a letter: a place's name after a postcode.
const PLACE = /^ \p{Lu}\p{L}/u;
// A head of one group of three to five digits, in parentheses or not: an area's code ("030",
// "(0151)", "212").
const AREA_HEAD = /^\(?\d{3,5}\)?$/;
// A trunk "(0)" in an international head, and a space after it: "+49 (0)151", "+44 (0) 20".
const TRUNK = /\(0\) ?/;
// A calling code in brackets at a head's start, "(+44)" or "( +44)" (a "(00" dialled, keeping the
// length): its group without them.
const BRACKETED_CODE = /^\( ?(\+\d{1,3})\)/;
// A trunk-led group and its separator alone before a number: "0151 ", "(0151) ", "030/", "06-".
const TRUNK_LED = /^\(?0\d{1,4}\)?[ ./-]$/;

/**
 * Whether the national number `read` (after a phone label) ends with its next line's one long
 * group `tail` as its national print does: "Kontakt: 01512\n3451013" prints "01512 3451013", a
 * German mobile wrapped where it is written apart, and goes; an order number after a phone's
 * first part ("tel 600 123\n558812 is the order") makes no valid number. Or the head is the
 * number's area or network code ({@link areaCode}).
 */
function endsPrinted(read: string, head: string, tail: string, options: PhoneOptions): boolean {
  const printed = printOf(read, options.defaultCountry, false);
  return (
    printed.endsWith(` ${tail}`) ||
    areaCode(printed, head.trim()) ||
    // Or the break fell inside the print's last group: the head and the group joined with no
    // space are the national print itself, character for character ("tel 06 123\n45678", "06
    // 12345678"; issue #14). "tel 600 123\n558812 is the order" joins to no print.
    printed === `${head.trim()}${tail}`
  );
}

/**
 * Whether `code`, the head of a number wrapped before its one long last group, is the number's
 * area or network code in its print `printed` (national, or international after its calling
 * code's group), so that the long group is the rest of it. As DIN 5008 writes a German number,
 * "Vorwahl Rufnummer" ("0151 23451013", "+49 151 23451013", where libphonenumber prints "01512
 * 3451013"): a code of three to five digits that the print's first group starts with, and a print
 * of two groups (T30c; international since T31c). Or a code with its trunk "0" that is the
 * print's first group whole ("Tel. 02\n12345678", printed "02 1234 5678": Italian numbers print
 * in three groups; T31c). A head of two groups is no code ("tel 600 123\n558812 is the order"),
 * nor one without a trunk "0" whose number prints in three ("tel 600\n558812 is the order": "600
 * 558 812").
 */
function areaCode(printed: string, code: string): boolean {
  const space = printed.indexOf(' ');
  const first = printed.slice(0, space);
  // E.123 brackets the area's code ("(02) 1234 5678"): the brackets mark the code, they are not
  // a group's ("Tel. (02)\n12345678" stayed).
  const bare = code.charCodeAt(0) === 40 && code.endsWith(')') ? code.slice(1, -1) : code;
  return (
    space > 0 &&
    ((first === bare && bare.charCodeAt(0) === 48) ||
      (printed.indexOf(' ', space + 1) < 0 &&
        AREA_HEAD.test(code) &&
        first.replace(/\D/g, '').startsWith(code.replace(/\D/g, ''))))
  );
}

/**
 * The end of the line before `s` (blanks and a "\r" before its break aside), where `s` starts its
 * line after a quoted reply's "> " marks: a wrap (wraps.ts, read back from its end) stands
 * between; -1 where it does not.
 */
function lineAbove(shadow: string, s: number): number {
  // (Read inside the shadow only, through unitAt: asked of every span, the text's kinds of string
  // made `charCodeAt` a look-up per unit, T65b.)
  let k = s;
  while (k > 0 && (isBlank(unitAt(shadow, k - 1)) || unitAt(shadow, k - 1) === 62)) k--; // ">"
  if (k === 0 || unitAt(shadow, k - 1) !== 10) return -1;
  k -= k > 1 && unitAt(shadow, k - 2) === 13 ? 2 : 1;
  while (k > 0 && isBlank(unitAt(shadow, k - 1))) k--;
  return wrapEnd(shadow, k) === s ? k : -1;
}

/**
 * The end of the next line's part that goes on the value of a reference label, where the span at
 * `s` starts its line (after a quoted reply's "> " marks) under a line that ends in that value's
 * first part, a national one ("Bestellung 0151\n2345 6789": the order's number, wrapped; its second
 * line read alone was a German number, "0234 56789"); -1 where it does not. The two go as one
 * where they read as one number, as a phone's parts do after a phone label (readWrapped), and the
 * next line's part is then the reference's as its first is; a part that starts with a trunk "0"
 * starts a number of its own ("Bestellung 4711\n0151 23451013"), and so does a part that makes no
 * number with the head ("Order 558812\n212-555-0187"). `k`: {@link lineAbove} of `s`, which the
 * caller read for {@link shortHead} too.
 */
function referenceGoesOn(
  context: RecognizerContext,
  s: number,
  k: number,
  options: PhoneOptions,
): number {
  const { shadow } = context;
  if (!isDigitAt(shadow, k - 1) || shadow.charCodeAt(s) === 48) return -1;
  // The line above ends in the part of a span that a reference's value went on into (carried):
  // that part is the value's first, and it reads the reference's labels.
  const carried = k === restEnd;
  let h = carried ? restStart : partBack(shadow, k);
  while (h < k && !isDigitAt(shadow, h)) h++;
  if (shadow.charCodeAt(h - 1) === 43 || shadow.startsWith('00', h)) return -1;
  const wrap = wrapAt(shadow, k, k + WINDOW);
  if (!wrap) return -1;
  const { end, tail } = wrap;
  if (end - tail.length !== s || HOLDS_DATE.test(tail)) return -1;
  goesOnLabels = carried ? restLabels : labels(context, h);
  if (goesOnLabels?.phone !== 'reference') return -1;
  // A table's row goes on no value of the row above: "Telefon;Numer zamówienia\n600123456;512 345
  // 678\n512 345 678;600123456" read the second row's phone as the first row's order number going
  // on, in even groups, and kept it. A loose row too (lines.ts): under a header of one cell,
  // "Numer zamówienia\n600 123 456\n600 123 456|600 123 456" kept the second line's first phone.
  if (headerCellOf(shadow, s, true) !== undefined) return -1;
  const part = shadow.slice(h, k);
  const value = `${part} ${tail}`;
  // A stretch whose last group starts with a trunk "0", another line of digits after it, is read
  // before that group first, as readWrapped reads one: "Bestellnummer 030\n1234567 0151\n
  // 23456789" read "030 1234567 0151" whole (German numbers have any length), and the value's
  // next part, "0151" heading the third line, was not known as the order's.
  const last = tail.lastIndexOf(' ') + 1;
  const late =
    last > 0 &&
    unitAt(tail, last + +(unitAt(tail, last) === 40)) === 48 &&
    wrapAt(shadow, end, end + WINDOW) !== null;
  const goes = (): boolean => whole(value, options) || (/[ -]/.test(part) && evenGroups(value));
  goesOnCut = false;
  if (!late && goes()) return end;
  // Or it goes on into the stretch's first groups, and the rest heads the next value, wrapped
  // at this line's end or not: "Bestellnummer 0151\n23456789 0151\n23456789" ("0151 23456789
  // 0151" makes no number). The longest part first; four groups at most (a number's end wrapped
  // holds no more, readWrapped), so four readings more at most.
  for (let p = tail.lastIndexOf(' '); p > 0; p = tail.lastIndexOf(' ', p - 1)) {
    const kept = tail.slice(0, p).trimEnd();
    if (digitGroups(kept) <= 4 && whole(`${part} ${kept}`, options)) {
      goesOnCut = true;
      return end - tail.length + kept.length;
    }
  }
  return late && goes() ? end : -1;
}

// The labels referenceGoesOn read the reference's value with, and the part of a line's span past
// that value that ends the line, read with them ([restStart, restEnd); restEnd -1: none), and
// those labels: the next line's value that goes on that part reads them too.
let goesOnLabels: PhoneLabels | undefined;
// Whether the value went on into the stretch's first groups only (not the whole stretch).
let goesOnCut = false;
let restStart = -1;
let restEnd = -1;
let restLabels: PhoneLabels | undefined;

/**
 * Whether `value` is written in groups of one length, three digits or more, with single spaces
 * or dashes between them (its first line's part holds one): a reference's number printed in even
 * groups across the break, "Bestellnummer: 4711 2345\n6789 1234" or "4711-2345\n6789-1234" (16
 * digits, no phone: its second line alone, a German number, went as one; T31c). A phone under an
 * order's number is written in its own groups ("Order 558812\n212-555-0187", "Bestellung
 * 4711\n0151 23451013").
 */
function evenGroups(value: string): boolean {
  const groups = value.split(/[ -]/);
  const size = (groups[0] as string).length;
  return size > 2 && groups.every((g) => g.length === size && !/\D/.test(g));
}

/**
 * The end of the part [s, e), cut at a full stop and a space, without the list's marker that ends
 * it: a space, one or two digits not led by "0", and a number after the stop ("tel. 1. 601 234
 * 567 2. 602 345 678", "１． 601 234 567 ２． …"). The stop was read as a sentence's end, the next
 * marker's digits as the number's last group, and the first phone stayed (T56a). Cut only where
 * the part without them is valid numbers and with them is not: "030 123 45 67. 0151 2345678"
 * keeps its last group. Or with them too where a marker numbered one less starts the list before
 * ({@link numberedAfterStop}): German numbers have any length, "4711 0815 2" and "030 12345678 2"
 * are valid, and "Seite 1. 4711 0815 2. 4711 0816 3 Stück" went as "Seite 1. [PHONE]. [PHONE]
 * Stück", the marker in the first and the second read with no label, not the list's (V57e).
 */
function beforeMarker(shadow: string, s: number, e: number, options: PhoneOptions): number {
  let k = e - 1;
  // (Or a "(" after the stop, an area's code in brackets: "1. (11) 98765-4321 2. (11) …" kept
  // its first number, V57e.)
  if (!isDigitAt(shadow, k) || !(isDigitAt(shadow, e + 2) || shadow.charCodeAt(e + 2) === 40))
    return e;
  if (isDigitAt(shadow, k - 1)) k--;
  // (A marker led by "0", "02.", only after "01." numbered one less: a number's last group may
  // be so led, "030 123 45 07", and is cut from it by no other reading; V58e.)
  const led = shadow.charCodeAt(k) === 48;
  if ((led && !zeroLed(shadow, k, e)) || shadow.charCodeAt(k - 1) !== 32) return e;
  const head = shadow.slice(s, k - 1).trimEnd();
  return /\d/.test(head) &&
    numbersOnly(head, options) &&
    (numberedAfterStop(shadow, e + 2) || (!led && !numbersOnly(shadow.slice(s, e), options)))
    ? s + head.length
    : e;
}

/** The first digit, "+" or "(" in [s, e), where a number can start again; `e` if none. */
function valueFrom(shadow: string, s: number, e: number): number {
  while (s < e && !isDigitAt(shadow, s) && !'+('.includes(shadow.charAt(s))) s++;
  return s;
}

/** Where the phone characters that end at `k` start, at most WINDOW units back. */
function partBack(shadow: string, k: number): number {
  let h = k;
  while (h > 0 && k - h < WINDOW && phoneChar(shadow.charCodeAt(h - 1))) h--;
  return h;
}

/**
 * A number's first part at the end of the line before `s`, where `s` starts its line (after a
 * quoted reply's "> " marks), as [start, end]: a part that starts with "+" or "00" and holds fewer
 * than six digits, too few for a span of its own (phoneSpans), so that readWrapped never read it
 * ("tel. +48 600\n123 456", "+44\n7911 123456"); undefined if there is none. It reads back over
 * at most 48 characters. `k`: {@link lineAbove} of `s`.
 */
function shortHead(shadow: string, k: number): [number, number] | undefined {
  // Where `s` starts no line, k - 1 is -2, where no digit is.
  // Or a calling code in brackets alone ends the line, "tel (+1)\n212 555-0187" (V55a): its ")"
  // after a digit, the head then only where the "(" opens right before its "+" or "00" (below).
  // (Read inside the shadow only: where `s` starts no line, k - 1 is -2, and unitAt read out of
  // its bounds cost every caller of it the builtin, +13% of redact 1 8's count.)
  let closed = false;
  if (!isDigitAt(shadow, k - 1)) {
    if (k < 2 || unitAt(shadow, k - 1) !== 41 || !isDigitAt(shadow, k - 2)) return undefined;
    closed = true;
  }
  const from = partBack(shadow, k);
  let h = from;
  while (h < k && shadow.charCodeAt(h) !== 43 && !isDigitAt(shadow, h)) h++;
  // Lone digits before the head ("tel 1 +1\n212 555-0187": a list's marker, a count) hold no
  // run of two, so no span reads the head past them (phoneSpans, readTrailingHead), and "+1"
  // stayed beside the placeholder: the head is read from its "+" (V54a).
  // (A digit after the first is a run's, which a span reads: no scan then, nor after a "00".)
  if (isDigitAt(shadow, h) && !isDigitAt(shadow, h + 1)) h = plusPastLoneDigits(shadow, h, k);
  if (shadow.charCodeAt(h) !== 43 && !shadow.startsWith('00', h)) return undefined;
  if (closed && (h <= from || shadow.charCodeAt(h - 1) !== 40)) return undefined;
  let digits = 0;
  for (let j = h; j < k; j++) if (isDigitAt(shadow, j)) digits++;
  // A calling code in brackets is read from its "(" ("(+44)\n7911 123456"): the placeholder
  // takes both brackets, where it took the ")" alone and left "([PHONE]".
  return digits < 6 ? [h > from && shadow.charCodeAt(h - 1) === 40 ? h - 1 : h, k] : undefined;
}

/**
 * The last "+" in [h, k) of `shadow` where no two digits stand in a row before it from `h` (lone
 * digits and a phone's separators: "1 +1", "1 / +1"): no span was made of them (phoneSpans needs
 * a run of two digits); `h` where there is none. At most a window's units (shortHead's part).
 */
function plusPastLoneDigits(shadow: string, h: number, k: number): number {
  let plus = k - 1;
  while (plus > h && unitAt(shadow, plus) !== 43) plus--;
  if (plus === h) return h;
  for (let j = h; j < plus - 1; j++) if (isDigitAt(shadow, j) && isDigitAt(shadow, j + 1)) return h;
  return plus;
}

/**
 * Whether libphonenumber prints the international number `read`, which ends with the next line's
 * part `tail`, with a space wherever `tail` marks a group with a "-", "." or ")" (spaces are
 * written anywhere: "+49 30 1234 5678" prints "+49 30 12345678"), and, for a `single` group, with
 * that group as its last, after a space: the number is written in its own groups there ("+1
 * 212\n555-0187", "+44 7911\n123456"), not a postcode or a value of its own ("+49 30\n00-950
 * Warszawa" prints "+49 30 00950"; "+48 600\n558812" prints "+48 600 558 812"). Read from the
 * end, so a trunk "(0)" that the print drops does not shift the groups.
 */
function asPrinted(read: string, head: string, tail: string, single: boolean): boolean {
  const printed = printOf(read, undefined, true);
  // A head of the calling code and one group: that group may be the area's code (areaCode). A
  // trunk "(0)" written before it ("+49 (0)151\n23451013", E.123's national prefix in brackets
  // beside an international print) is dialled only at home: it is not a group of the number.
  const code = head.trim().replace(TRUNK, '').replace(BRACKETED_CODE, '$1').split(' ');
  if (single && code.length === 2 && printed.startsWith(`${code[0]} `)) {
    const rest = printed.slice((code[0] as string).length + 1);
    const area = code[1] as string;
    if (areaCode(rest, area)) return true;
    // The international print drops the trunk "0" that the national one writes before the area's
    // code ("+44 20 7946 0018", "020 7946 0018"): a head that is the print's first group whole
    // is the area's code where the national print writes that group with its trunk "0", as
    // "+44 20\n79460018" was wrapped; in Poland, with no trunk prefix, "+48 600\n558812" prints
    // "600 558 812" at home too, and the long group is a value of its own.
    if (rest.startsWith(`${area} `) && areaCode(printOf(read, undefined, false), `0${area}`))
      return true;
    // Or the mobile prefix of a country that prints it apart ("+39 312\n3457444", T33b).
    if (prefixApart(read, area, undefined)) return true;
  }
  // The counts of digits after each space of the print, from its end.
  const spaces: number[] = [];
  let digits = 0;
  for (let k = printed.length - 1; k >= 0; k--) {
    if (isDigitAt(printed, k)) digits++;
    else if (printed.charCodeAt(k) === 32) spaces.push(digits);
  }
  if (single) return spaces[0] === tail.length;
  digits = 0;
  for (let k = tail.length - 1; k >= 0; ) {
    if (isDigitAt(tail, k)) {
      digits++;
      k--;
      continue;
    }
    let marked = false;
    for (; !isDigitAt(tail, k); k--) marked ||= tail.charCodeAt(k) !== 32;
    if (marked && !spaces.includes(digits)) return false;
  }
  return true;
}

/**
 * A number wrapped at the line's end that starts inside the span [s, e), past its start
 * (trailingHead): "+44 7911\n123456 +44 7911\n123456" read the second line's span, "123456 +44
 * 7911", as a head from its start only, and its second number stayed (issue #14). Read as
 * readWrapped reads a span's start, with no labels given: a head that starts with "+" or "00"
 * needs none. Only where a line break ends the span and no number was found from the head.
 */
function readTrailingHead(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
): void {
  const { shadow } = context;
  if (!beforeBreak(shadow, e)) return;
  let h = trailingHead(shadow, s, e);
  if (h < 0) return;
  // A calling code in brackets is read from its "(" ("x 123456 (+44) 7911\n123456"), as
  // readWrapped reads a head that starts so: read from the "+", the number took the ")" and left
  // the "(" ("([PHONE]").
  if (unitAt(shadow, h - 1) === 40) h--;
  if (found.has(h)) return;
  // A "00" head after other digits on its line is read freely only right after a number found
  // (the end of the number wrapped from the line above, "123456 0044 7911\n123456"). After a
  // value of its own it may be a column's or an amount's ("totals:\n1200 0049 6700\n03"), and
  // it is read only where the next line's part is one long group that ends the number as it is
  // printed ("x 123457 0044 7911\n123456": "+44 7911 123456", a mobile, stayed whole).
  const zeros = unitAt(shadow, h + +(unitAt(shadow, h) === 40)) === 48;
  const before = numberBefore(shadow, s, h, found);
  // Unless the line and its next line's part, read as one line, are cut before the head as
  // readWindow cuts one (outDialCut: a valid number from it, no trunk-led group nor a value in
  // groups of one width around it): "1 0049\n151 23456789", "1 0048 512 345\n678" go as "1 +49
  // …" and "1 0049 151 23456789" do, and "totals:\n1200 0049 6700\n03" is in groups (V57b).
  const alone = zeros && before < 0 && !cutBefore(shadow, s, h, e, options);
  // (With the labels of the number before it, as a list's next number reads them.)
  const given = before < 0 ? undefined : labelsOfFound(context, before, h);
  readWrapped(context, h, shadow.slice(h, e), options, found, given, alone);
}

/**
 * Whether the span [s, e) and the stretch of digits that starts its next line, read as one line
 * with a space between, are cut by outDialCut at the space before the head at `h`.
 */
function cutBefore(
  shadow: string,
  s: number,
  h: number,
  e: number,
  options: PhoneOptions,
): boolean {
  return wrappedCut(shadow, s, e, options) === h - 1 - s;
}

/**
 * Where outDialCut cuts the span [s, e) and the stretch of digits that starts its next line, read
 * as one line with a space between: the offset of the space from `s`, -1 where it does not.
 */
function wrappedCut(shadow: string, s: number, e: number, options: PhoneOptions): number {
  const wrap = wrapAt(shadow, e, e + WINDOW);
  if (wrap === null) return -1;
  return outDialCut(`${shadow.slice(s, e)} ${wrap.tail}`, options);
}

/**
 * The start of the group of `shadow` that ends at `h` (after the space before it, within [s, h)),
 * where it may head a national number: -1 where the span has no group before `h` or that group
 * is an international head ("+", "00", either after a "("), readTrailingHead's. The walk of
 * readTrailingGroup and splitTrailingGroup over a span's last groups.
 */
function nationalHeadBefore(shadow: string, s: number, h: number): number {
  let g = h;
  while (g > s && unitAt(shadow, g - 1) !== 32) g--;
  if (g <= s) return -1;
  const o = g + +(unitAt(shadow, g) === 40);
  const c = unitAt(shadow, o);
  return c === 43 || (c === 48 && unitAt(shadow, o + 1) === 48) ? -1 : g;
}

/**
 * A national number wrapped at the line's end whose head ends the span [s, e), right after a
 * number found on the line: "tel 0151 23456789 0151\n23456789" found the first mobile and left
 * "0151\n23456789" (issue #14). The head is one of the span's last four groups and what follows
 * it ("06 12 34", French pairs; "600 123"), the nearest the end that a number found in the span
 * ends right before (spaces between). A national head needs a phone's
 * label (readWrapped): it reads the labels of the number before it (or those the span was read
 * with, `given`), as a list's next number does.
 * A head with "+" or "00" is readTrailingHead's.
 */
function readTrailingGroup(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): void {
  const { shadow } = context;
  if (!beforeBreak(shadow, e)) return;
  let h = e;
  for (let groups = 0; groups < 4; groups++) {
    h = nationalHeadBefore(shadow, s, h);
    if (h < 0 || found.has(h)) return;
    const before = numberBefore(shadow, s, h, found, s);
    if (before >= 0) {
      // (The labels the span was read with, if given: its numbers were read with them.)
      const labelled = given ?? labelsOfFound(context, before, h);
      readWrapped(context, h, shadow.slice(h, e), options, found, labelled);
      if (!found.has(h) && labelled.phone === 'none')
        readHomeHead(context, before, h, e, found, labelled);
      else onHomeRow(shadow, before, h, options, found, labelled);
      return;
    }
    if (groups === 0 && untakeTail(context, s, h, e, options, found, given)) return;
    while (h > s && unitAt(shadow, h - 1) === 32) h--;
  }
}

/**
 * An unlabelled head not led by a trunk "0" ([h, e), at the line's end) right after an
 * international number found at `before`: read as the head of a number of that number's country
 * (its calling code's, as libphonenumber places it), with no phone word after it. Read alone,
 * such a head needs one (readWrapped, V52b), and "+1 212 555-0187 212\n555-0187" kept its second
 * number, where on one line both go (V54a). A customer who writes one number with its calling code
 * writes the next of the same country without it; a value of its own there (an order's, a count,
 * a date, a postcode) makes no valid number of that country with the next line's part, or is
 * written as none is (readTail's checks hold). A parse and a wrapped reading, only where the head
 * read with the customer's country found nothing.
 */
function readHomeHead(
  context: RecognizerContext,
  before: number,
  h: number,
  e: number,
  found: Map<number, RecognizerMatch>,
  labelled: PhoneLabels,
): void {
  const { shadow } = context;
  // (A head is wrapped only where a line break follows it: a list's next number after a ","
  // on its line, read here since V55a, costs no parse.)
  if (unitAt(shadow, h + +(unitAt(shadow, h) === 40)) === 48 || !beforeBreak(shadow, e)) return;
  // After a number itself read so, a head is read as that one was, with its country: "+1 212
  // 555-0187 212\n555-0187 212\n555-0187" kept its third number (V55a).
  let country: PhoneCountry | undefined;
  if (before === homeStart) country = homeCountry;
  else if (dialsOut(shadow, before)) {
    const number = found.get(before) as RecognizerMatch;
    // (Its line break and a quoted reply's "> " marks read as a space: it may be wrapped too.)
    const written = dialled(shadow.slice(before, number.end)).replace(/[\s>]+/g, ' ');
    country = parsePhoneNumberFromString(written)?.country;
  }
  if (country === undefined) return;
  const slice = shadow.slice(h, e);
  readWrapped(
    context,
    h,
    slice,
    { defaultCountry: country, v2: true },
    found,
    labelled,
    false,
    before,
  );
  // Or as a number of the customer's own country, the head's natural reading where it makes none
  // of the number before it: "+44 7911 123456 212\n555-0187" in the US (V55a). One reading more.
  const own = context.country as PhoneCountry | undefined;
  if (!found.has(h) && own !== undefined && own !== country) {
    country = own;
    readWrapped(
      context,
      h,
      slice,
      { defaultCountry: own, v2: true },
      found,
      labelled,
      false,
      before,
    );
  }
  if (found.has(h)) {
    homeStart = h;
    homeCountry = country;
  }
}

// The start of the last number readHomeHead found, and the country it was read as: a head right
// after it reads as one of that country too (-1: none yet in this text).
let homeStart = -1;
let homeCountry: PhoneCountry | undefined;

/**
 * Where a number found in the span from `s` took the span's last group [h, e), one or two digits,
 * as a stray last key (readBeforeLoneTail: valid without it; with it a number too or not, as
 * Berlin's numbers have many lengths: "tel 030 1234567 07\n123 4567", V53b), or a trunk-led
 * code of three to five digits (valid without it, any length with it), or after an
 * international number any group of three to five (V57c), read that group
 * as the head of a number wrapped at the line's end, with the found number's labels, or where it
 * has none as a home head (readHomeHead): where it heads one, the found number ends before it. "tel 06 12 34 56 78 06\n12 34 56 78" read "06 12 34
 * 56 78 06" as the first mobile and a typo, and the second stayed (U51a's report). Whether the
 * group was read so (a number found from it or not): two parses and a wrapped reading at most,
 * only where a found number ends the span before a break.
 */
function untakeTail(
  context: RecognizerContext,
  s: number,
  h: number,
  e: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  const { shadow } = context;
  // A lone group of one or two digits, or a trunk-led group of three to five (an area's or
  // network's code: "tel 030 1234567 0151\n23456789" read "030 1234567 0151" whole, a valid Berlin
  // number, German numbers having any length, and the mobile after it stayed).
  const lone = e - h <= 2;
  const trunk = unitAt(shadow, h) === 48;
  if (e - h > 5 || (!lone && trunk && unitAt(shadow, h + 1) === 48)) return false;
  for (let k = h; k < e; k++) if (unitAt(shadow, k) < 48 || unitAt(shadow, k) > 57) return false;
  // (numberBefore's look-up, written out: see digitGroups.)
  let took = -1;
  for (let j = e - 1; j >= s && j >= e - 3 * WINDOW; j--)
    if (found.get(j)?.end === e) {
      took = j;
      break;
    }
  if (took < 0 || took >= h) return false;
  // Or any group of three to five after an international number: "+49 30 1234567 600\n123 456 600\n
  // 123 456" in Poland read "+49 30 1234567 600" whole, a valid Berlin number, and the Polish
  // mobiles wrapped after it, a row of heads written alike, stayed but the second (V57c).
  if (!lone && !trunk && !dialsOut(shadow, took)) return false;
  let p = h;
  while (p > took && unitAt(shadow, p - 1) === 32) p--;
  const number = found.get(took) as RecognizerMatch;
  if (!whole(dialled(shadow.slice(took, p)), options)) return false;
  const labelled = given ?? labelsOfFound(context, took, h);
  // (The found number ends before the group while it is read: readHomeHead reads its country,
  // and writtenAgain its digits, from it. Given back where the group heads none.)
  found.set(took, { ...number, end: p });
  readWrapped(context, h, shadow.slice(h, e), options, found, labelled);
  // With no label, as a number of the found number's country (readTrailingGroup's reading):
  // "+49 151 23456789 30\n1234567" read "+49 151 23456789 30" as a mobile and a stray key, and
  // the Berlin number after it stayed (V57c).
  if (!found.has(h) && labelled.phone === 'none')
    readHomeHead(context, took, h, e, found, labelled);
  else onHomeRow(shadow, took, h, options, found, labelled);
  if (!found.has(h)) found.set(took, number);
  return true;
}

/**
 * Where a head at `h`, unlabelled (`labelled`), was found wrapped as a number of the customer's
 * country (`options`: a trunk-led head reads so without a label, as on one line) right after an
 * international number found at `before`, or one read as such a number's head (readHomeHead),
 * it goes on their row: the next head after it reads as a number of this country, as one after
 * readHomeHead's does. "+1 212 555-0187 06\n1234 5678 312\n345 6789" in Italy kept its third
 * number, read alone as a head, which needs a phone's label there (V52b; V56b).
 */
function onHomeRow(
  shadow: string,
  before: number,
  h: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  labelled: PhoneLabels,
): void {
  if (!found.has(h) || labelled.phone !== 'none') return;
  if (before !== homeStart && !dialsOut(shadow, before)) return;
  homeStart = h;
  homeCountry = options.defaultCountry;
}

/**
 * Where a phone's label names the span [s, e), a line break follows it and nothing was found in
 * it, read what stands before a head of the next number as a window of its own, the head being
 * one of readTrailingGroup's (one of its last four groups and what follows it), those led by a
 * trunk "0" or a "(" first, then the others, each the nearest the end first, until a number is
 * found: "tel 06 12 34 56 78 06 12 34\n56
 * 78" and "tel 212 555-0187 212\n555-0187" are one number and the head of the next, wrapped,
 * which the matcher read as one candidate, valid as none, and both stayed. Whether a number was
 * found so (four windows more at most, only on such lines).
 */
function splitTrailingGroup(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  const { shadow } = context;
  if (!beforeBreak(shadow, e)) return false;
  // Or, with no label, where a trunk "0" (not "00") starts the span, as its parts on one line go:
  // "06 12 34 56 78 06\n12 34 56 78" finds both there (readWindow splits the line), and the heads
  // it reads go unlabelled so (readWrapped; V52b).
  // Or where a calling code starts the span ("+44 7911 123456 07911\n123456"): an international
  // number needs no label (accept), and read whole with the next number's head it was none, and
  // both stayed, where on one line both go (V53a).
  // Or where a calling code starts the span's part after a value of its own, as readWindow cuts
  // the span before a " +" ("Bestellung 4711 +44 7911 123456 0151\n23456789"): the cuts are read
  // from that part's start; from the span's, the order's "4711" stood before each, and both
  // numbers stayed where on one line both go (V54a).
  const label = (given ?? labels(context, s)).phone;
  const from =
    label === 'own' || (label === 'none' && trunkLed(shadow, s)) || dialsOut(shadow, s)
      ? s
      : codeAfterValue(shadow, s, e, options);
  if (from < 0) return false;
  const had = found.size;
  // The ends of the parts before the heads not led so, read after those that are, the nearest
  // the end first: a trunk-led head is the surer cut ("06 12 34 56 78 06 12" read whole finds
  // another number in it).
  let other = 0;
  let h = e;
  // An international head past the span's start (trailingHead, readTrailingHead's) is the surest
  // cut, read first: "tel 06 12 34 56 78 0033 6 12 34 56\n78", a mobile, then a number wrapped
  // after it that a "00" heads, was read as one candidate, valid as none, and the "00" head,
  // after no number found, as a value's (readTrailingHead), and both stayed (V52b).
  let t = trailingHead(shadow, from, e);
  if (t > from) {
    if (unitAt(shadow, t - 1) === 40) t--;
    while (t > from && unitAt(shadow, t - 1) === 32) t--;
    if (t > from) {
      readWindow(context, from, shadow.slice(from, t), false, options, found, given);
      if (found.size > had) return true;
    }
  }
  for (let groups = 0; groups < 4; groups++) {
    h = nationalHeadBefore(shadow, from, h);
    if (h < 0) break;
    const o = h + +(unitAt(shadow, h) === 40);
    const led = o > h || unitAt(shadow, o) === 48;
    while (h > from && unitAt(shadow, h - 1) === 32) h--;
    if (led) {
      readWindow(context, from, shadow.slice(from, h), false, options, found, given);
      if (found.size > had) return true;
    } else ends[other++] = h;
  }
  for (let k = 0; k < other; k++) {
    readWindow(context, from, shadow.slice(from, ends[k] as number), false, options, found, given);
    if (found.size > had) return true;
  }
  return false;
}

/**
 * The first space in [from, to] of `shadow` that a "+" or "(+" follows (a number's calling code),
 * -1 where none does.
 */
function plusAfter(shadow: string, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    if (unitAt(shadow, k) !== 32) continue;
    const c = unitAt(shadow, k + 1);
    if (c === 43 || (c === 40 && unitAt(shadow, k + 2) === 43)) return k;
  }
  return -1;
}

/**
 * Whether a calling code starts `shadow` at `s`: "+" or "00", a "(" before it or not, then a digit
 * 1-9 (no calling code starts with 0, and "0000 0049 6701" is a column's value). `spaced`: a space
 * may stand between the "00" and the code, as a customer types the two apart ("00 1 212 555 0187
 * 4711" stayed whole, V57a); asked so by readBeforeTrailingGroups only, whose window is read as
 * dialled ("00" as "+") and must hold a valid number before its groups.
 */
function dialsOut(shadow: string, s: number, spaced = false): boolean {
  let o = s + +(unitAt(shadow, s) === 40);
  if (unitAt(shadow, o) === 43) o++;
  else if (unitAt(shadow, o) === 48 && unitAt(shadow, o + 1) === 48)
    o += 2 + +(spaced && unitAt(shadow, o + 2) === 32);
  else return false;
  const d = unitAt(shadow, o);
  return d >= 49 && d <= 57;
}

/** Whether a trunk "0" and a digit 1-9 start `shadow` at `s`, a "(" before them or not. */
function trunkLed(shadow: string, s: number): boolean {
  const o = s + +(unitAt(shadow, s) === 40);
  const d = unitAt(shadow, o + 1);
  return unitAt(shadow, o) === 48 && d >= 49 && d <= 57;
}

/**
 * Where the first " +" in the span [s, e) past a value of its own starts a calling code (readWindow
 * reads the span apart there): the "+"'s offset, -1 where there is none. Failing one, where
 * readWindow cuts too: a " (+" (the "("'s offset), or a " 00" or " (00" that outDialCut cuts
 * before (the offset past its space).
 */
function codeAfterValue(shadow: string, s: number, e: number, options: PhoneOptions): number {
  // (Read inside the span only: a search of the text for " +" read on past the span's end, per
  // span, and lines of digits cost their square, linear*.test.)
  const part = shadow.slice(s + 1, e);
  const p = part.indexOf(' +');
  if (p >= 0) return dialsOut(shadow, s + p + 2) ? s + p + 2 : -1;
  // (Or where readWindow cuts before a bracketed one, or one dialled out with "00", V56a.)
  const q = part.indexOf(' (+');
  if (q >= 0) return dialsOut(shadow, s + q + 2) ? s + q + 2 : -1;
  if (part.indexOf(' 00') < 0 && part.indexOf(' (00') < 0) return -1;
  const c = outDialCut(shadow.slice(s, e), options);
  return c > 0 ? s + c + 1 : -1;
}

// splitTrailingGroup's parts' ends, four at most (no array made per call).
const ends = [0, 0, 0, 0];

/**
 * The labels of the number found that ends right before `s` (spaces, then a "," or ";", then
 * spaces between), as it was read with them; `undefined` where none does.
 */
function listedAfter(
  context: RecognizerContext,
  s: number,
  found: Map<number, RecognizerMatch>,
): PhoneLabels | undefined {
  const before = listedNumber(context.shadow, s, found);
  return before < 0 ? undefined : labelsOfFound(context, before, s);
}

/** The start of listedAfter's number (spaces, a "," or ";", spaces before `s`), or -1. */
function listedNumber(shadow: string, s: number, found: Map<number, RecognizerMatch>): number {
  let p = s;
  while (p > 0 && unitAt(shadow, p - 1) === 32) p--;
  const c = p > 0 ? unitAt(shadow, p - 1) : 0;
  if (c !== 44 && c !== 59) return -1;
  return numberBefore(shadow, 0, p - 1, found);
}

/**
 * The labels of a list's number found right before `h`, a "," or ";" between or spaces alone
 * (listedAfter, numberBefore), as it was read with them; `undefined` where none ends there.
 */
function labelsBefore(
  context: RecognizerContext,
  h: number,
  found: Map<number, RecognizerMatch>,
): PhoneLabels | undefined {
  const listed = listedAfter(context, h, found);
  if (listed !== undefined) return listed;
  const before = numberBefore(context.shadow, 0, h, found);
  return before < 0 ? undefined : labelsOfFound(context, before, h);
}

/**
 * The start of a number found that ends where the digits before `h` (spaces between, past `s`)
 * end, or -1. It is looked up in the found numbers' starts, at most three windows back (and from
 * `from` on): a number read wrapped is its head's slice and its next line's part, each at most a
 * window long.
 */
function numberBefore(
  shadow: string,
  s: number,
  h: number,
  found: Map<number, RecognizerMatch>,
  from = 0,
): number {
  let p = h;
  while (p > s && unitAt(shadow, p - 1) === 32) p--;
  // (From `from` at the least: readTrailingGroup asks of numbers found in its span.)
  for (let j = p - 1; j >= from && j >= p - 3 * WINDOW; j--) if (found.get(j)?.end === p) return j;
  return -1;
}

export type PhoneOptions = { readonly defaultCountry?: PhoneCountry; readonly v2: true };

/**
 * The options a phone is read with in `country` (a context's, a locale's region), none given:
 * libphonenumber's v2 results. Internal (phonesIn, and card.ts reading a phone before a count).
 *
 * @since 0.1.0
 */
export function phoneOptionsFor(country: string | undefined): PhoneOptions {
  return country ? { defaultCountry: country as PhoneCountry, v2: true } : { v2: true };
}

// No cache of the number check's answers: on the corpus 2,828 of 2,835 checks per 1 M characters
// are distinct numbers, so a cache only added a key per check (and hid the check's cost from a
// benchmark that repeats its messages).

/**
 * The valid numbers in `slice` (validNumbersIn), offsets the slice's, with each run of five
 * spaces or more read as one: the matcher reads at most four between two groups, and an HTML
 * space's reference leaves six in the shadow ("212&nbsp;555&nbsp;0187", digits.ts shadowOf).
 */
function numbersIn(slice: string, options: PhoneOptions): NumberSpan[] {
  if (!slice.includes('     ')) return validNumbersIn(slice, options.defaultCountry);
  // at[j]: the offset in the slice of unit j of the text read.
  const at: number[] = [];
  let text = '';
  for (let k = 0; k < slice.length; ) {
    let r = k;
    while (slice.charCodeAt(r) === 32) r++;
    if (r - k >= 5) {
      at.push(k);
      text += ' ';
      k = r;
    } else {
      at.push(k);
      text += slice.charAt(k);
      k++;
    }
  }
  return validNumbersIn(text, options.defaultCountry).map((m) => ({
    startsAt: at[m.startsAt] as number,
    endsAt: (at[m.endsAt - 1] as number) + 1,
  }));
}

/** Whether `part` is one valid number from end to end (spaces before it aside). */
export function whole(part: string, options: PhoneOptions): boolean {
  const text = part.trimStart();
  return numbersIn(text, options).some((m) => !m.startsAt && m.endsAt === text.length);
}

/**
 * `read` with a leading "00", or one after a leading "(" ("tel (0044 20 7946 0018)"), read as the
 * "+" it dials out as, keeping the length (" +"). "00" dials out from most of the world but not
 * from every default country (the US dials 011, Japan 010), so libphonenumber is not asked to.
 */
export function dialled(read: string): string {
  // Most reads open with neither "00" nor "(": that answer alone is here, a few units read (V62e:
  // the whole reading, called cold from two dozen places, compiled alone in a late pass).
  const c = read.charCodeAt(0);
  if (c !== 40 && (c !== 48 || read.charCodeAt(1) !== 48)) return read;
  const o = +(c === 40);
  return read.startsWith('00', o) ? `${read.slice(0, o)} +${read.slice(o + 2)}` : read;
}

/**
 * Whether `part` is valid numbers from end to end with a space or more between them, each read
 * as it would be alone ("0044 20 7946 0018 0012015559766": two numbers, each dialling out).
 */
function numbersOnly(part: string, options: PhoneOptions): boolean {
  if (whole(dialled(part), options)) return true;
  for (let p = part.indexOf(' ', 1); p > 0; p = part.indexOf(' ', p + 1))
    if (
      !besideDash(part, p) &&
      whole(dialled(part.slice(0, p)), options) &&
      numbersOnly(part.slice(p + 1), options)
    )
      return true;
  return false;
}

/**
 * Whether the space at `p` of `read` stands beside a "-": no number ends or starts with one, so a
 * split there has a side that is no number, and is not tried. Each try is a libphonenumber parse:
 * a card written "5191 - 0091 - 5140 - 3697" cost 0.76 ms in tries of its parts (0.10 spaced).
 */
function besideDash(read: string, p: number): boolean {
  return read.charCodeAt(p - 1) === 45 || read.charCodeAt(p + 1) === 45;
}

/**
 * Where the value after a list's marker at `k` of the shadow starts (-1: no marker there): one or
 * two digits, not led by "0", in brackets or before ")" or "." ("(1)", "1)", "2."), then a space
 * and a digit or "(" before `end`; or a fullwidth digit and full stop glued before an ASCII digit
 * ("１．601", {@link wideMarkerBefore}). The caller asks at a value's start or after a space.
 */
export function markerAt(context: RecognizerContext, k: number, end: number): number {
  const { shadow } = context;
  const open = shadow.charCodeAt(k) === 40;
  let j = k + +open;
  const c = shadow.charCodeAt(j);
  if (c < 49 || c > 57) return -1;
  j++;
  if (isDigitAt(shadow, j)) j++;
  const close = shadow.charCodeAt(j);
  if (open ? close !== 41 : close !== 41 && close !== 46) return -1;
  // A calling code typed apart from its bracketed "00" closes the bracket: "(00 33) 6 12 34 56 78"
  // is dialled out, and its "33)" no marker (read as one, the number stayed: V59g).
  if (!open && close === 41 && shadow.startsWith('(00 ', k - 4)) return -1;
  j++;
  if (j < end && wideMarkerBefore(context.text, j)) return open ? -1 : j;
  const next = shadow.charCodeAt(j + 1);
  return j + 1 < end && shadow.charCodeAt(j) === 32 && ((next >= 48 && next <= 57) || next === 40)
    ? j + 1
    : -1;
}

/**
 * Read the window `read` at `w` a part at a time where list markers cut it ("tel. (1) 601 234 567
 * (2) 602 345 678", "1) 030 12345678 2) 0151 23456789"): the matcher reads a marker's digits as
 * the number's, the list as one candidate that is no valid number, and both phones stayed (or the
 * first did, T56a); so with fullwidth markers glued to the numbers ("１．601 234 567 ２．602 345
 * 678", {@link wideMarkerBefore}). A marker cuts only where the part after it, up to the next marker that cuts,
 * is valid numbers alone, and, in brackets, is none with it: an area's code in brackets is no
 * marker ("(11) 98765-4321" in Brazil, "(2) 2123 4567" in Chile; "1) (11) 98765-4321" is read
 * after its "1)"). Unless the next marker in brackets, numbered one more, cut: "(1) 212 555 0123
 * (2) 646 555 0199" reads in the US as "+1 212 555 0123" and a list's second number, but "(1)"
 * and "(2)" are one list's markers, and the first went with its phone while the second stayed
 * (T59a; a calling code is written with its "+", E.123, and its brackets hold an area's code).
 * A digit before ")" or "." needs no more: "1) 030 12345678" reads whole in
 * Germany, as "1030 12345678". Markers are asked from the last, each part's end known. The part
 * before the first marker that cuts is read too. Whether it read so.
 */
function readAfterMarkers(
  context: RecognizerContext,
  w: number,
  read: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  if (read.indexOf(')') < 0 && read.indexOf('.') < 0) return false;
  // [marker's start, value's start] of each marker, offsets in `read`.
  const marks: number[] = [];
  for (let k = 0; k >= 0; ) {
    const at = markerAt(context, w + k, w + read.length);
    if (at >= 0) marks.push(k, at - w);
    const space = read.indexOf(' ', k);
    k = space < 0 ? -1 : space + 1;
  }
  // No marker, no cut (the last marker's look-up below read `undefined` as an index, and threw
  // readAfterMarkers out of its compiled code, T65b).
  if (marks.length === 0) return false;
  // The markers that cut, from the last: [marker's start, value's start, value's end].
  const cuts: number[] = [];
  // The index in `cuts` of the last value cut with its count by the numbering alone (-1: none).
  let lastNumbered = -1;
  let to = read.length;
  // The number of the bracketed marker that cut last (the next one in the text), 0 if none;
  // after the last, one that starts the text after the window ("(1) 212 555 0123\n(2) …").
  let next =
    read.charCodeAt(marks[marks.length - 2] as number) === 40
      ? markerAfter(context, w + read.length)
      : 0;
  for (let k = marks.length - 2; k >= 0; k -= 2) {
    const at = marks[k] as number;
    const part = read.slice(marks[k + 1] as number, to).trimEnd();
    const open = read.charCodeAt(at) === 40;
    const n = open ? markerNumber(read, at + 1) : 0;
    const values = numbersOnly(part, options);
    // A list's last value with no count, valid alone, after a marker numbered one more than one
    // before it: "(10) 212 555 0123 (11) 646 555 0199" kept its last number, "(11) 646 555 0199"
    // read whole (V59g). Not where it ends in a lone group, a count's ("98765-4321 2" is valid
    // in Brazil, and "(12)" its area's code: "(11) 98765-4321 (12) 98765-4321 2 unidades"),
    // unless it is a pair after a pair, no word after it ("(59) 612 34 56 78 (60) 612 34 56 78").
    const last =
      values &&
      to === read.length &&
      !(
        LONE_TAIL.test(part) &&
        (wordAfter(context.shadow, w + read.length) || !PAIR_TAIL.test(part))
      );
    // A last value with a count, read as after a phone's label: after one, or where the list's
    // numbering stands for it (`numbered`: sequelAt). The labels are read only here, as before.
    let lone = false;
    let numbered = false;
    // A numbered list's last value, valid numbers alone, then a year: the year is no part of it
    // ("(1) 212 555 0123 (2) 646 555 0199 2024" kept its second number, read with the year as one
    // value that is no number, and its first with "(1)" as a calling code; V62d). Cut before it.
    let end = to;
    if (!values && to === read.length) {
      const year = YEAR_TAIL.exec(part);
      if (
        year !== null &&
        year.index > 0 &&
        sequelAt(read, marks, k, true) &&
        numbersOnly(part.slice(0, year.index), options)
      )
        end = (marks[k + 1] as number) + year.index;
    }
    if (end === to && !values && to === read.length) {
      const own = (given ?? labels(context, w)).phone === 'own';
      lone = (own || sequelAt(read, marks, k, true)) && beforeLoneTail(part, options);
      numbered = lone && !own;
    }
    if (
      !(values || lone || end < to) ||
      (open &&
        (!(n + 1 === next || numbered || sequelAt(read, marks, k, last)) ||
          !goesAlone(context, w + (marks[k + 1] as number), part, given)) &&
        bracketedWhole(read.slice(at, to).trimEnd(), to === read.length, options))
    ) {
      next = 0;
      continue;
    }
    // The last value and its count cut by the list's numbering alone, with no phone's label:
    // read as after one (readBeforeLoneTail reads the count only so), the numbering standing
    // for the label.
    if (numbered) lastNumbered = cuts.length;
    cuts.push(at, marks[k + 1] as number, end);
    to = at;
    next = n;
  }
  if (cuts.length === 0) return false;
  const head = read.slice(0, to).trimEnd();
  if (/\d/.test(head)) readWindow(context, w, head, false, options, found, given);
  for (let k = cuts.length - 3; k >= 0; k -= 3) {
    const from = cuts[k + 1] as number;
    readWindow(
      context,
      w + from,
      read.slice(from, cuts[k + 2]).trimEnd(),
      false,
      options,
      found,
      k === lastNumbered ? NUMBERED : given,
    );
  }
  return true;
}

/**
 * Whether a marker before the `k`-th of `marks` (offsets in `read`: [marker's start, value's
 * start] each) is written alike, in brackets or not, and numbered one less: the `k`-th is then a
 * list's marker. A list's last marker has no next one ("tel. (1) 030 12345678 (2) 030 12345678":
 * "(2) 030 12345678" dials in Germany as an area's code before its number, and the marker went
 * with it), and a list so numbered stands for a phone's label before a count ("(1) 212 555 0123
 * (2) 646 555 0199 3 items" kept its second number and the count; issue #14). Any marker before
 * it: an area's code in brackets may stand between ("(1) (11) 98765-4321 (2) (11) 98765-4321");
 * a window holds a few at most. In brackets one digit only: Brazil's area codes run from 11 to 99,
 * and "(11) 98765-4321 (12) 98765-4321" is two areas' numbers. Without them two ("10) 212 555 0123
 * 11) 646 555 0199 3 items" kept both numbers: no area's code is written "11)"; V57e).
 */
function sequelAt(read: string, marks: readonly number[], k: number, last = false): boolean {
  const at = marks[k] as number;
  const open = read.charCodeAt(at) === 40;
  const number = markerNumber(read, at + +open);
  if (open && number > 9 && !last) return false;
  for (let j = k - 2; j >= 0; j -= 2) {
    const before = marks[j] as number;
    if (
      (read.charCodeAt(before) === 40) === open &&
      markerNumber(read, before + +open) === number - 1
    )
      return true;
  }
  return false;
}

/**
 * The labels a numbered list's last value is read with where its numbering, not a label, cut it
 * before its count (readAfterMarkers; phoneList.ts readList, listLead): a phone's own. Internal.
 *
 * @since 0.1.0
 */
export const NUMBERED: PhoneLabels = { version: false, phone: 'own' };

/**
 * Whether `part`, a list's last value that ends the window after a phone's own label, is valid
 * numbers before a last group of one or two digits, a count or a stray key ("tel. (1) 601 234 567
 * (2) 602 345 678 2 szt." cut at no marker, the last value with the count being no number, and
 * both phones stayed, V54b): the value is read with the group, as after a number with no marker
 * (readBeforeLoneTail, which reads such a group after a phone's label only).
 */
function beforeLoneTail(part: string, options: PhoneOptions): boolean {
  const lone = LONE_TAIL.exec(part);
  return lone !== null && lone.index > 0 && numbersOnly(part.slice(0, lone.index), options);
}

/**
 * Whether `part`, from a bracketed marker's "(" on, is one valid number whole, its brackets an
 * area's code; or, where it ends the window (`last`), is one before a last group of one or two
 * digits: a count or a stray key after the number ("whatsapp (11) 98765-4321 2 unidades" cut at
 * "(11)", the number with the count being none, and the area's code stayed beside the
 * placeholder, V54b). The group is then read as after a number with no marker (readBeforeLoneTail).
 */
function bracketedWhole(part: string, last: boolean, options: PhoneOptions): boolean {
  if (whole(part, options)) return true;
  const lone = last ? LONE_TAIL.exec(part) : null;
  return lone !== null && whole(part.slice(0, lone.index), options);
}

/**
 * Whether the value `part` at `start`, after a list's marker, is read as a phone without the
 * marker before it: written in groups or with its trunk "0", or after a phone's label (`given`,
 * or its own). A bare run without one stays (accept): "(1) 2125550123 (2) 6465550199" keeps its
 * first number with its "(1)", read as a calling code in brackets, or it stayed.
 *
 * @since 0.1.0
 */
export function goesAlone(
  context: RecognizerContext,
  start: number,
  part: string,
  given: PhoneLabels | undefined,
): boolean {
  return (
    SEPARATED.test(part) ||
    part.charCodeAt(0) === 48 ||
    (given ?? labels(context, start)).phone === 'own'
  );
}

// What may stand between one item of a list and the next one's marker: spaces, a tab, a comma
// or a semicolon, a line break.
const BETWEEN_ITEMS = /^[ \t,;]*(?:\r?\n[ \t]*)?/;

/**
 * The number of the marker in brackets that starts the next item of a list after `end` (spaces,
 * a comma or a line break between: {@link BETWEEN_ITEMS}), 0 where none does.
 */
function markerAfter(context: RecognizerContext, end: number): number {
  const { shadow } = context;
  const k = end + (BETWEEN_ITEMS.exec(shadow.slice(end, end + 8)) as RegExpExecArray)[0].length;
  return k < shadow.length && shadow.charCodeAt(k) === 40 && markerAt(context, k, k + 6) > 0
    ? markerNumber(shadow, k + 1)
    : 0;
}

/**
 * The number a bracketed list's marker writes, its one or two digits read from `at` of `read`
 * (markerAt has checked them): "(1)" is 1.
 *
 * @since 0.1.0
 */
export function markerNumber(read: string, at: number): number {
  const units = read.charCodeAt(at) - 48;
  return isDigitAt(read, at + 1) ? units * 10 + read.charCodeAt(at + 1) - 48 : units;
}

// A last group of one or two digits, with the space before it (readWindow).
const LONE_TAIL = / \d{1,2}$/;
// A last group that is a year of this century or the last, with the space before it
// (readAfterMarkers).
const YEAR_TAIL = / (?:19|20)\d\d$/;
// Two pairs last: a number printed in pairs ends so (readAfterMarkers).
const PAIR_TAIL = /(?:^|[^\d])\d\d \d\d$/;
// An amount's group before a phone: one to three digits, with its decimals or not (readWindow).
const AMOUNT_HEAD = /^\d{1,3}(?:[.,]\d\d)?$/;

/**
 * Whether `rest`, what follows a group of one to three digits that makes no number with it, is a
 * valid number whole whose national print starts with `rest`'s first group, its area's code
 * ("50 11 98765-4321": "(11) 98765-4321" in Brazil). A short group before a number that a
 * national print starts with an area's code is no part of it (T56a: "paguei 50 11 98765-4321"
 * kept its phone; T55d read every short group apart and broke "Cellulare: 312 345 5556", read
 * whole before this is asked). Not a mobile printed with no area's code ("order 500 98765
 * 43210": "098765 43210" in India, its first group no code).
 */
function areaLed(rest: string, options: PhoneOptions): boolean {
  const space = rest.search(/[ ./-]/);
  if (space < 1 || space > 4 || !whole(rest, options)) return false;
  const print = printOf(rest, options.defaultCountry, false);
  const first = print.split(/[ -]/)[0]?.replace(/\D/g, '');
  return (
    first !== undefined && first.length > 0 && first === rest.slice(0, space).replace(/\D/g, '')
  );
}

/**
 * Where the window `read` at `w` starts with an amount's group of one to three digits (its
 * decimals or not) and what was found in it, `numbers`, starts past the next group, read the rest
 * after the amount as a window of its own where it is a valid number whole, after an amount's
 * word or currency ({@link amountLedAt}) or led by an area's code ({@link areaLed}): a Brazilian
 * mobile's "90000-0000" is valid alone (a premium-rate number to libphonenumber, 0900), and
 * "total 1 11 90000-0000" kept its area's code "11" (T58b's property, T59a). Whether the rest
 * found a number; where it finds none, what was found is read as before.
 */
function readPastAmount(
  context: RecognizerContext,
  w: number,
  read: string,
  numbers: readonly NumberSpan[],
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  const p = read.indexOf(' ');
  if (p < 1 || p > 6 || !AMOUNT_HEAD.test(read.slice(0, p))) return false;
  for (const m of numbers) if (m.startsAt <= p + 1) return false;
  const rest = read.slice(p + 1);
  if (!(amountLedAt(context.shadow, w) && whole(rest, options)) && !areaLed(rest, options))
    return false;
  const had = found.size;
  readWindow(context, w + p + 1, rest, false, options, found, given);
  return found.size > had;
}

/**
 * A phone's label, a number, and a last group of one or two digits that makes no number with it
 * ("tel. 601 234 567 1": a stray key, a typo, or the number's own last digits where the
 * customer's country is not the number's, "Mi teléfono es 612 34 12 60" in a text read as
 * another locale's, where "612 34 12" dials): read whole, the window `read` at `w` is no number
 * and the phone stayed (fail open). The numbers before the group are read, and the last one
 * takes the group with it (fail closed, T59a). Without a phone's label the run stays:
 * unlabelled, such runs in the recorded corpus were numbers of another country whose first
 * groups dial. Whether it read so.
 */
function readBeforeLoneTail(
  context: RecognizerContext,
  w: number,
  read: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
  loose = false,
): boolean {
  const lone = LONE_TAIL.exec(read);
  // (Or a calling code first, whatever the label: an international number needs none, accept;
  // "x +33 6 12345678 1 items" kept the whole number, V53a. Or a list's marker with a full stop
  // before the window, one numbered one less before it: numberedAfterStop.)
  if (
    lone === null ||
    ((given ?? labels(context, w)).phone !== 'own' &&
      !dialsOut(context.shadow, w, true) &&
      !numberedAfterStop(context.shadow, w))
  )
    return false;
  const head = read.slice(0, lone.index);
  if (!numbersOnly(head, options)) {
    // Two lone groups before a count's word, the first no part of a number with the rest: "tel
    // +33 (0)6 12345678 1 2 items" was read as "(0)6 12345678 1 2", a German number (any
    // length), and "+33" stayed beside it; "tel 06 12 34 56 78 1 2 articles" stayed whole. The
    // numbers before both are read, and both groups stay where the last is a count after them
    // (countAfter). Only so: before a break, two such groups may head the next number, wrapped
    // there ("tel 06 12 34 56 78 06 12\n34 56 78"), and are read as before.
    const second = LONE_TAIL.exec(head);
    if (second === null || second.index === 0) return false;
    const before = head.slice(0, second.index);
    if (!countAfter(context.shadow, before, w + read.length, options, loose)) return false;
    if (!numbersOnly(before, options)) return false;
    readWindow(context, w, before, false, options, found, given);
    return true;
  }
  readWindow(context, w, head, false, options, found, given);
  // A count: the group before a word ("tel 07911 123456 2 items"), after a number its trunk "0" or
  // its "+" dials whole, is a value of its own and stays, as on a line of its own ("tel 0151\n
  // 23456789 12 Stück"). A number typed without either may be another country's whose own
  // last digits the group is ("Mi teléfono es 612 34 12 60"): the number takes it (V52g).
  // (Only here, where the number with the group is none: where it is one, "030 1234567 2", the
  // group may be its end, and goes with it.)
  if (!countAfter(context.shadow, head, w + read.length, options, loose))
    takeTail(found, w, w + head.length, w + read.length);
  return true;
}

// Groups of digits after a number, a space between each (readBeforeTrailingGroups).
const DIGIT_GROUPS = /^\d+(?: \d+)*$/;
// Groups of four digits, a space or a dash between (readBeforeTrailingGroups).
const CARD_PRINT = /^\d{4}(?:(?: | ?- ?)\d{4})+$/;
// A line break after the window, spaces before it or not (readBeforeTrailingGroups).
const BREAK_AHEAD = /^[ \t]*\r?\n/;
// Two digits with a separator between them: a number printed in groups, dashes or brackets.
const PRINTED = /\d[ ().-]+\d/;
// How many groups after a number readBeforeTrailingGroups tries (a parse each): an extension, an
// order's number or a second number cut short after it ("6 12 34 56" is four).
const TRAILING_TRIES = 5;

/**
 * A phone's label or a calling code ("+", "00"), a valid number printed as a phone is (in groups,
 * with dashes or brackets: {@link PRINTED}), then groups of digits, three or more in all, that
 * make no number with it ("+1 212 555-0187 4711": an extension, an order's number, or a second
 * number cut short, "+33 6 12 34 56 78 6 12 34 56"): read whole, the window `read` at `w` is no
 * number and the phone stayed (fail open; issue #14, V56g). The longest such number from the
 * window's start, at most {@link TRAILING_TRIES} groups before its end, is read; the groups after
 * it stay (what they are is not guessed: an extension or an order's number is no phone's digits,
 * and a number cut short dials nowhere). One or two digits alone are readBeforeLoneTail's. A run
 * of digits unprinted ("tel 2125550187 4711") and a run with neither a label nor a calling code
 * ("212 555-0187 4711", "Order 4711 2024 0815") stay: such a run may be a reference. Whether it
 * read so.
 */
function readBeforeTrailingGroups(
  context: RecognizerContext,
  w: number,
  read: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  let p = read.lastIndexOf(' ');
  // (The window's last group first, a test of a few units: the labels are read only where digits
  // end it.)
  if (p < 1 || !DIGIT_GROUPS.test(read.slice(p + 1))) return false;
  if (!(dialsOut(context.shadow, w, true) || (given ?? labels(context, w)).phone === 'own'))
    return false;
  // A run printed in fours is a card's print, the card reading's (card.ts), no phone's. (Its
  // parses cost: "tel 5129 0033 3568 8643" asked "5129 0033 3568", and a warm pass of redact 1 8
  // counted 10.5M more instructions outside V8's compiler, in charCodeAt calls that many
  // functions' code made to the builtin; +0.2M without them.)
  if (CARD_PRINT.test(read)) return false;
  for (let tries = 0; p > 0 && tries < TRAILING_TRIES; p = read.lastIndexOf(' ', p - 1), tries++) {
    const rest = read.slice(p + 1);
    if (!DIGIT_GROUPS.test(rest)) return false;
    const left = read.slice(0, p);
    // (The rest's digits: its length less the space between each two of its groups.)
    if (rest.length - tries < 3 || !PRINTED.test(left)) continue;
    if (!whole(dialled(left), options)) continue;
    const had = found.size;
    readWindow(context, w, left, false, options, found, given);
    if (found.size === had) return false;
    // A run in one print, its groups all digits and of one size ("Tel. 512 349 334": no calling
    // code leads it, whose "+" is no digit), is one number as the customer typed it: another
    // country's, whose first groups dial where the customer is ("512 349" is a landline in
    // Iran). The number takes the rest with it (fail closed, as readBeforeLoneTail's number
    // typed without a trunk "0" or a "+" takes its group), where it stayed whole before. Not
    // before a line break: the last group may head a number wrapped there ("tel 600 123 456
    // 600\n123 456"), which the wrapped readings read after the number found before it.
    const end = w + read.length;
    if (evenGroups(read) && !BREAK_AHEAD.test(context.shadow.slice(end, end + 4)))
      takeTail(found, w, w + left.length, end);
    return true;
  }
  return false;
}

/**
 * Where nothing is found in the window `read` at `w`: readBeforeLoneTail, then
 * readBeforeTrailingGroups (one call in readWindow for both).
 */
function readBeforeGroups(
  context: RecognizerContext,
  w: number,
  read: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  return (
    readBeforeLoneTail(context, w, read, options, found, given) ||
    readBeforeTrailingGroups(context, w, read, options, found, given)
  );
}

/**
 * Whether a list's marker with a full stop ends right before `w` of the shadow ("2. ": one digit
 * 2-9, a space or the text's start before it), and the marker numbered one less, written alike,
 * starts a value before it in the same stretch of a phone's characters, at most a window back:
 * "1. 212 555 0123 2. 646 555 0199 3 items". The ". " ends a part (phonesIn), so
 * readAfterMarkers never sees the two markers, whose numbering stands for a phone's label before
 * a count there (sequelAt); the last number and its count stayed. One digit or two, not led by
 * "0", as sequelAt reads markers without brackets ("10. 212 555 0123 11. 646 555 0199 3 items"
 * kept its second number, V57e). A scan of a window's units at most, only where a lone group ends
 * an unlabelled window.
 */
function numberedAfterStop(shadow: string, w: number): boolean {
  if (w < 3 || unitAt(shadow, w - 1) !== 32 || unitAt(shadow, w - 2) !== 46) return false;
  const at = stopMarkerAt(shadow, w - 2);
  if (at < 0) return false;
  const n = markerNumber(shadow, at);
  // The marker before: one numbered one less, its full stop and a space, at a value's start.
  for (let k = at - 3; k >= 0 && k >= at - WINDOW; k--) {
    if (!phoneChar(unitAt(shadow, k))) return false;
    if (unitAt(shadow, k + 1) === 32 && unitAt(shadow, k) === 46) {
      const m = stopMarkerAt(shadow, k);
      if (m >= 0 && markerNumber(shadow, m) === n - 1) return true;
    }
  }
  return false;
}

/**
 * Where a list's marker that ends with the full stop at `dot` of the shadow starts: one or two
 * digits, not led by "0", the text's start or a space before them; -1 where none does.
 */
function stopMarkerAt(shadow: string, dot: number): number {
  let k = dot;
  while (k > 0 && dot - k < 2 && isDigitAt(shadow, k - 1)) k--;
  if (k === dot || (unitAt(shadow, k) === 48 && !zeroLed(shadow, k, dot))) return -1;
  return k === 0 || unitAt(shadow, k - 1) === 32 ? k : -1;
}

/**
 * Whether the marker's digits at [k, dot) of the shadow, led by "0", are two, the second not "0":
 * "01. 212 555 0123 02. 646 555 0199 3 items" numbers its list so, as a spreadsheet's or a form's
 * fixed-width numbering does ("00." numbers nothing, "0." is a decimal's start). Read as the
 * marker it writes, its number the second digit (markerNumber); V58e, issue #14.
 */
function zeroLed(shadow: string, k: number, dot: number): boolean {
  return dot - k === 2 && unitAt(shadow, k + 1) !== 48;
}

/**
 * After a phone's own label, a head that neither a trunk "0" nor a "+" leads, before the one
 * number the matcher found in the window `read` at `w`, then a last group of one or two digits:
 * where the head and that number read as one valid number ({@link whole}) and the whole window is
 * none, the matcher found the number alone ("tel 151 23456789 2 Stück" found "23456789" and left
 * "151" beside it, V53b), and the window is read as readBeforeLoneTail reads one that the matcher
 * finds nothing in: the head with the number, and the group a count before its word where the
 * number is written without its trunk ({@link countAfter}). Whether it read so. A search and a
 * check, only where the matcher found one number past the window's start and a lone group ends it.
 */
function readHeadBeforeFound(
  context: RecognizerContext,
  w: number,
  read: string,
  numbers: readonly NumberSpan[],
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  const m = numbers[0];
  if (numbers.length !== 1 || m === undefined || m.startsAt === 0) return false;
  const c = read.charCodeAt(0);
  if (c < 49 || c > 57) return false;
  const lone = LONE_TAIL.exec(read);
  if (lone === null || m.endsAt !== lone.index) return false;
  if (!whole(read.slice(0, lone.index), options)) return false;
  return readBeforeLoneTail(context, w, read, options, found, given, true);
}

/**
 * Where the window `read` at `w` is a valid number, a space at `p`, and the next ones before a
 * last group of one or two digits ({@link beforeLoneTail}), with spaces alone between: "(11)
 * 98765-4321 (12) 98765-4321 2 unidades", two numbers and a count, with no phone's label. Read
 * whole, the two are no number, the matcher found the first alone, and the second stayed with the
 * count (fail open: without a label, readBeforeLoneTail reads no count). The first is read as a
 * window of its own; where it is found, to its last digit, it stands for a phone's label before
 * the rest (as a list's numbering does, readAfterMarkers: {@link NUMBERED}), read as after one,
 * the count staying or going as after that number alone ({@link countAfter}). Whether it read so.
 * Asked only where the part before the space is one valid number and the rest is no numbers
 * whole: a check of the rest, and two windows' readings.
 */
function readListedBeforeLoneTail(
  context: RecognizerContext,
  w: number,
  p: number,
  read: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  const right = read.slice(p + 1);
  if (!beforeLoneTail(right.trimStart(), options)) return false;
  const had = found.size;
  readWindow(context, w, read.slice(0, p), false, options, found, given);
  if (found.size === had) return false;
  if (numberBefore(context.shadow, w, w + p, found, w) < 0) return false;
  const labelled = given?.phone === 'own' ? given : NUMBERED;
  readWindow(context, w + p + 1, right, false, options, found, labelled);
  return true;
}

/**
 * The labels the span `slice` at `s` is read with (readWindow): `given`, or {@link NUMBERED} where
 * the span is a list's last value, numbers written as a phone is before a last group of one or
 * two digits (as {@link beforeLoneTail} reads them), with no phone's label, after a number found
 * with a "," or ";" between (`listed`: "(11) 98765-4321, (12) 98765-4321 2 unidades") or after a
 * marker "n. " numbered one more than one before it ({@link numberedAfterStop}: "1. 0151
 * 23456789 2. 0151 23456789 3 Stück"), and no numbers with the group. Read with their own
 * labels, such values were no number, the matcher found none or a part ("23456789"), and the last
 * stayed: the list stands for a label, as its numbering does in readAfterMarkers, and the group
 * goes or stays as after that number alone ({@link countAfter}; V57e). A few units' reads on most
 * spans.
 */
function listLead(
  context: RecognizerContext,
  s: number,
  slice: string,
  given: PhoneLabels | undefined,
  listed: PhoneLabels | undefined,
  options: PhoneOptions,
): PhoneLabels | undefined {
  // (The span's last units first: most spans end in a longer group, and a regular expression
  // would read all of each.)
  const n = slice.length;
  if (n < 5 || unitAt(slice, n - 2 - +isDigitAt(slice, n - 2)) !== 32) return given;
  const lone = LONE_TAIL.exec(slice);
  if (lone === null || (listed === undefined && !numberedAfterStop(context.shadow, s)))
    return given;
  const read = given ?? listed ?? labels(context, s);
  const head = slice.slice(0, lone.index);
  // (A number that goes alone, in groups or led by its trunk "0": a bare run after a list's
  // number, "212 555 0123, 4155550123", stays with no label, and so before a count.)
  return !read.version &&
    read.phone === 'none' &&
    (SEPARATED.test(head) || head.charCodeAt(0) === 48) &&
    numbersOnly(head, options) &&
    !numbersOnly(slice, options)
    ? NUMBERED
    : given;
}

/**
 * Whether the window `slice` ("00" dialled) at `w` of the shadow starts with a calling code that
 * no number of `numbers` found in it starts with (a digit stands before each), and ends with a
 * lone group of one or two digits: "+33 (0)6 12345678 1 items" in Germany, where the matcher read
 * "(0)6 12345678 1" as a German number (any length) and left "+33" beside it, the count taken in
 * (V54a). The window is then read before that group (readBeforeLoneTail), as where nothing was
 * found. A scan of the window's units at most, only where numbers were found in it.
 */
function codeLeft(
  shadow: string,
  w: number,
  slice: string,
  numbers: readonly NumberSpan[],
): boolean {
  if (!dialsOut(shadow, w) || !LONE_TAIL.test(slice)) return false;
  for (const m of numbers) {
    let k = 0;
    while (k < m.startsAt && !(unitAt(slice, k) >= 48 && unitAt(slice, k) <= 57)) k++;
    if (k === m.startsAt) return false;
  }
  return true;
}

/**
 * Whether a lone group that ends at `end` of the shadow, after `head`, is a count: a word follows
 * it past one space, and `head` starts with a trunk "0" or a "+" (a "(" before it or not), or is written as its country's
 * international print writes it without the trunk ({@link trunkDropped}): the number's country,
 * and so its length, is its own.
 */
function countAfter(
  shadow: string,
  head: string,
  end: number,
  options: PhoneOptions,
  loose: boolean,
): boolean {
  if (!wordAfter(shadow, end)) return false;
  // (A calling code in brackets, "(+44) 7911 123456 2 items", leads as its "+" does; V53a.)
  const c = head.charCodeAt(+(head.charCodeAt(0) === 40));
  return c === 48 || c === 43 || trunkDropped(head, options, loose);
}

/** Whether a word follows `end` of the shadow past one space (a count's: "2 items"). */
function wordAfter(shadow: string, end: number): boolean {
  return unitAt(shadow, end) === 32 && /^\p{L}/u.test(shadow.slice(end + 1, end + 3));
}

/**
 * Whether `head`, digits and separators, is a valid number of the customer's country written
 * without its trunk "0" as its international print writes it after the calling code, in the
 * same groups, whatever the separators: "6 12 34 56 78" in France ("+33 6 12 34 56 78"; "06 12 34
 * 56 78" at home), "7911 123456" in Britain, "(11) 98765-4321" in Brazil ("+55 11 98765 4321").
 * So written, the number is the country's, as a trunk or a "+" typed before it says. Not where
 * the "0" is the number's own digit, no trunk (Italy: "0312 345 6789" is another number than
 * "312 345 6789", printed "+39 0312 345 6789"); nor a number grouped otherwise, which may be
 * another country's ("Mi teléfono es 612 34 12 60" read in Iran, "+98 61 2341 2"). `loose`: its
 * digits only, however grouped ("151 23456789", printed "+49 1512 3456789"; readHeadBeforeFound).
 * A check and a parse. Internal (card.ts reads a phone before a count with it too).
 *
 * @since 0.1.0
 */
export function trunkDropped(head: string, options: PhoneOptions, loose = false): boolean {
  const zero = `0${head}`;
  if (!whole(zero, options)) return false;
  const print = printOf(zero, options.defaultCountry, true);
  const apart = loose ? NOT_DIGITS : NOT_DIGIT_RUNS;
  const glue = loose ? '' : ' ';
  return (
    print
      .slice(print.indexOf(' ') + 1)
      .replace(apart, glue)
      .trim() === head.replace(apart, glue).trim()
  );
}

// What stands between a number's digits, read away (trunkDropped, loose) or as one space.
const NOT_DIGITS = /\D/g;
const NOT_DIGIT_RUNS = /\D+/g;

// Groups of one or two digits, four to ten of them: a number without its trunk in pairs ("6 12 34
// 56 78"), a count after it or not (readTrunkDropped).
const SHORT_GROUPS = /^\d\d?(?: \d\d?){3,9}$/;
// A part of a list that "/" cuts: its digits and the spaces between them (readTrunkDropped).
const LIST_PART = /\d+(?: +\d+)*/g;

/**
 * After a phone's own label, the window `read` at `w`, groups of one or two digits that no "0" or
 * "+" starts (not worth reading), where it is a number written without its trunk
 * ({@link trunkDropped}): "tel 6 12 34 56 78", a French mobile, stayed (V53b). A last group of
 * one or two digits that makes no number with it is a count before a word ("tel 6 12 34 56 78
 * 2 articles"), else the number's stray last key, as after "06 12 34 56 78"
 * (readBeforeLoneTail). Three checks at most, only on such windows after a phone's label.
 */
function readTrunkDropped(
  context: RecognizerContext,
  w: number,
  read: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): void {
  // A list, "/" between its numbers, spaces around it or not ("tel 6 12 34 56 78 / 7 81 23 45
  // 67"): read whole, its short groups were no number, and every number stayed, where "06 12 34
  // 56 78 / 07 81 23 45 67" goes (V54b). Each part is read as a window of its own with the
  // list's labels, as a list a comma cuts into spans is: once, a part at a time. (Only in a
  // window of a span's length at most: a quick window of a long span, cut to 17 digits, may hold
  // any number of spaces, and a part read in full would be as long.)
  if (read.length <= WINDOW && read.indexOf('/') > 0) {
    const labelled = given ?? labels(context, w);
    for (const m of read.matchAll(LIST_PART))
      readWindow(context, w + (m.index as number), m[0], false, options, found, labelled);
    return;
  }
  if (!SHORT_GROUPS.test(read)) return;
  let end = w + read.length;
  if (!trunkDropped(read, options)) {
    const lone = LONE_TAIL.exec(read);
    if (lone === null) return;
    const head = read.slice(0, lone.index);
    if (!trunkDropped(head, options)) return;
    // Valid with the group too, the group may be the number's own end: it goes with it.
    if (wordAfter(context.shadow, end) && !whole(`0${read}`, options)) end = w + head.length;
  }
  found.set(w, { start: w, end, confidence: LABELLED });
}

/**
 * The finding in `found` that starts at `w` or after and ends at `end`, made to end at `to`: a
 * number takes the lone group after it (readWindow).
 */
function takeTail(found: Map<number, RecognizerMatch>, w: number, end: number, to: number): void {
  for (const [k, f] of found) if (f.start >= w && f.end === end) found.set(k, { ...f, end: to });
}

/**
 * Whether the window at `w` starts at an amount's decimals (amountBeside.ts decimalsAt), or at
 * decimals with nothing before their amount (bareDecimalsAt) where `rest`, what follows them and
 * a space, starts with a valid number.
 */
function centsAhead(
  context: RecognizerContext,
  w: number,
  rest: string,
  options: PhoneOptions,
): boolean {
  const { shadow } = context;
  if (decimalsAt(shadow, w)) return true;
  return (
    bareDecimalsAt(shadow, w) && numbersIn(dialled(rest), options).some((m) => m.startsAt === 0)
  );
}

/**
 * How much of `read`, a window that starts at an amount's last group of three, is the amount's
 * (amountBeside.ts amountTailAt asks whether it is one): the group and a space (4), or the group,
 * a decimal sign other than the one before it, two decimals and a space (7); 0 else.
 */
function amountTailSkip(read: string): number {
  if (read.length <= 4) return 0;
  const c = read.charCodeAt(3);
  if (c === 32) return 4;
  return (c === 44 || c === 46) &&
    read.length > 7 &&
    read.charCodeAt(6) === 32 &&
    isDigitAt(read, 4) &&
    isDigitAt(read, 5)
    ? 7
    : 0;
}

// A calling code after "+" or "00" (in brackets or not) and one group, an area's or network's code
// (a trunk "(0)" before it or not), each with its separator, at a group's start: "+49 151 ",
// "0049 151 ", "(+49) 151 ", "+49 (0)151 ", "+39 312 "; since V59g "00" typed apart from its
// code too, "(00 49) 151 " (as dialsOut's `spaced`: "(00 49) 151 23456789 2020" stayed whole).
const INTERNATIONAL_HEAD =
  /(?:^| )(\(?(?:\+|00 ?)\d{1,3}\)?[ ./-]{1,2}(?:\(0\) ?)?\(?\d{1,5}\)?[ ./-]{1,2})$/;

/**
 * Where an international head ({@link INTERNATIONAL_HEAD}) that ends at `at` of the window `read`
 * starts, past `from` (the end of the number found before it), where the head and the number
 * found at [at, end) read as one valid number ("00" dialled out): -1 where none does. A head
 * that makes no valid number with it ("+44 151 23456789": a British number has ten digits) is
 * not the number's, and stays as before.
 */
function internationalHead(
  read: string,
  from: number,
  at: number,
  end: number,
  options: PhoneOptions,
): number {
  const m = INTERNATIONAL_HEAD.exec(read.slice(from, at));
  if (m === null) return -1;
  const h = at - (m[1] as string).length;
  return whole(dialled(read.slice(h, end)), options) ? h : -1;
}

/**
 * Where the window `read` at `w` holds a calling code after a value of its own that readWindow's
 * cut before " +" misses, the window read as two, each side alone: written "(+" ("Bestellung
 * 4711 (+39) 347 123 4567"), or dialled out with "00" where what follows reads as a valid
 * international number and what precedes does not read as part of it (outDialCut: "1 / (0044)
 * 20 7946 0018", "1 0044 20 7946 0018"; V56a). Asked only where a " (" or " 00" stands in the
 * window. Where the part after the cut finds nothing, nothing is read and the window is read
 * whole as before: "1 (0033) 6 12 34 56 78" went whole, where "(0033) 6 12 34 56 78" alone
 * stays. Whether the window was read so.
 */
function readPastCode(
  context: RecognizerContext,
  w: number,
  read: string,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels | undefined,
): boolean {
  let cut = read.indexOf(' (+', 1);
  const outDial = cut < 0 && (read.indexOf(' 00', 1) > 0 || read.indexOf(' (00', 1) > 0);
  if (outDial) cut = outDialCut(read, options);
  // Or a window wrapped at its line's end, whose "00" head makes a valid number with the next
  // line's digits only, read as one line ("12 / 0044 7911\n123456", "Menge 3 0049 151\n
  // 23456789"): what precedes the head is read alone, as before " +", and the head is
  // readTrailingHead's (the line's last head: a later "00" group is read whole, as before).
  // Read whole, "12 / 0044 7911" went as a British number ("01200 447911") and "3 0049 151" as a
  // German one, each with the value, where "+44" and "+49" kept it (V57b).
  const { shadow } = context;
  const end = w + read.length;
  if (cut < 0 && outDial && beforeBreak(shadow, end)) {
    const wrapped = wrappedCut(shadow, w, end, options);
    const h = wrapped > 0 ? trailingHead(shadow, w, end) : -1;
    if (h > 0 && h - +(unitAt(shadow, h - 1) === 40) === w + wrapped + 1) {
      readWindow(context, w, read.slice(0, wrapped), false, options, found, given);
      return true;
    }
  }
  if (cut < 0 || !/\d/.test(read.slice(0, cut))) return false;
  const had = found.size;
  readWindow(context, w + cut + 1, read.slice(cut + 1), false, options, found, given);
  if (found.size === had) return false;
  readWindow(context, w, read.slice(0, cut), false, options, found, given);
  return true;
}

/**
 * Read the window [w, end) of the shadow (`read` is its text) into `found`, by start; `given`: the
 * labels of the list the window is a part of, read in place of its own.
 */
export function readWindow(
  context: RecognizerContext,
  w: number,
  read: string,
  quick: boolean,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given?: PhoneLabels,
): void {
  // No number holds a "+" after its first digit: one after a space starts the next number, so
  // each side is read alone ("0187 +1 212 555" cost the matcher a millisecond in tries of its
  // parts; each side alone is a bare slice, read without it).
  const plus = read.indexOf(' +', 1);
  if (plus > 0 && !quick && /\d/.test(read.slice(0, plus))) {
    readWindow(context, w, read.slice(0, plus), false, options, found, given);
    readWindow(context, w + plus + 1, read.slice(plus + 1), false, options, found, given);
    return;
  }
  if (plus < 0 && !quick && readPastCode(context, w, read, options, found, given)) return;
  if (!quick && readAfterMarkers(context, w, read, options, found, given)) return;
  // A window that starts at an amount's decimals, a space after them ("R$ 50,00 11 98765-4321",
  // "total 50,00 11 98765-4321": the span starts after the decimal comma) is read from past
  // them: "00" dials out, and "R$ 50,00 12 3456 7890 1" went as "R$ 50,[PHONE]" (T55d, T56a).
  // Decimals with nothing before their amount ("50,00 11 98765-4321") only where a valid number
  // starts past them. A last group of one or two digits that makes no number with the rest is
  // no part of it ("R$ 50,00 12 3456 7890 1" -> "R$ 50,00 [PHONE] 1"). Where nothing is found
  // past them, the window is read whole as before.
  // (Read at 2 only inside the window: a read past a short one's end threw readWindow out of its
  // compiled code, and its compiling again cost ~4% of a warm pass of redact, T65b.)
  if (
    !quick &&
    read.length > 2 &&
    read.charCodeAt(2) === 32 &&
    centsAhead(context, w, read.slice(3), options)
  ) {
    const had = found.size;
    const rest = read.slice(3);
    readWindow(context, w + 3, rest, false, options, found, given);
    const lone = found.size === had ? LONE_TAIL.exec(rest) : null;
    if (lone !== null)
      readWindow(context, w + 3, rest.slice(0, lone.index), false, options, found, given);
    if (found.size > had) return;
  }
  // So at an amount's last group of three ("₹1,24,999 98765 43210", India's lakh grouping led by
  // its currency, amountBeside.ts amountTailAt): read whole, the mobile after it was no number,
  // and stayed (V58c). Its decimals too ("₹12,345.00 98765 43210": ".00 98765 43210" read as
  // dialled out, no valid number, V60b): the group, its decimal sign and two digits.
  const tail = quick ? 0 : amountTailSkip(read);
  if (tail > 0 && amountTailAt(context.shadow, w)) {
    const had = found.size;
    readWindow(context, w + tail, read.slice(tail), false, options, found, given);
    if (found.size > had) return;
  }
  // So past a "/" value that opens the window, a page's, a fraction's, a date's ("Page 1/200 212
  // 555 0187", "1/4 06 12 34 56 78": read whole, no number, V60b); the window whole where
  // nothing is found past it ("1/212 555 0187").
  const slashed = quick ? -1 : slashValueAhead(read);
  if (slashed > 0) {
    const had = found.size;
    readWindow(context, w + slashed + 1, read.slice(slashed + 1), false, options, found, given);
    if (found.size > had) return;
  }
  const slice = dialled(read);
  const o = +(read.charAt(0) === '(');
  const outDial = slice !== read;
  const paired = PAIRS.test(read)
    ? (context.country !== undefined && PAIRED.includes(context.country)) ||
      (given ?? labels(context, w)).phone === 'own'
    : read.length === 14 && TEN_PAIRS.test(read) && (given ?? labels(context, w)).phone === 'own';
  if (!paired && !worthReading(slice)) {
    // An amount of one or two digits after its currency, or a word naming one, then a number in
    // pairs that a "0" or "+" starts ("€ 12 06 12 34 56 78": a French mobile after 12 euros):
    // the pairs read whole are not worth reading, and the mobile stayed (T58b). The rest is read
    // as a window of its own.
    const p = quick ? -1 : read.indexOf(' ');
    if (
      p > 0 &&
      p <= 3 &&
      AMOUNT_HEAD.test(read.slice(0, p)) &&
      worthReading(read.slice(p + 1)) &&
      amountLedAt(context.shadow, w)
    ) {
      readWindow(context, w + p + 1, read.slice(p + 1), false, options, found, given);
      return;
    }
    // Digits typed one by one after a phone label, to pass a filter or as they were read out
    // ("tel 2 1 2 5 5 5 0 1 8 7"), are the number they spell; without one they are a list.
    const own = (given ?? labels(context, w)).phone === 'own';
    if (own && ONE_BY_ONE.test(read) && whole(read.replace(/ /g, ''), options))
      found.set(w, { start: w, end: w + read.length, confidence: LABELLED });
    else if (own) readTrunkDropped(context, w, read, options, found, given);
    return;
  }
  if (quick && !parsePhoneNumberFromString(slice, { ...options, extract: true })?.isPossible()) {
    return;
  }
  const numbers = numbersIn(slice, options);
  // Numbers with only spaces between ("tel. 600 123 456 601 234 567"): the matcher reads them as
  // one candidate, too long to be valid, and splits a candidate at a space only around a group
  // without spaces, or finds a part of one ("+49 (0)1512 3451560 01512.3452157": "3452157").
  // Where a short span the matcher does not read whole splits at spaces into valid numbers, each
  // is read apart.
  const one = numbers.some(
    (m) => m.endsAt === slice.length && !/\d/.test(slice.slice(0, m.startsAt)),
  );
  for (let p = one || quick ? -1 : read.indexOf(' '); p > 0; p = read.indexOf(' ', p + 1)) {
    if (besideDash(read, p)) continue;
    const left = read.slice(0, p);
    if (!whole(dialled(left), options)) continue;
    const right = read.slice(p + 1);
    const both = numbersOnly(right, options);
    // (Or a number of the left one's country without its trunk: trunklessAfter, asked where the
    // right part is no numbers, or numbers that its own reading finds none of.)
    const trunkless = both ? 0 : trunklessAfter(context, w + p + 1, left, right, given);
    if (both || trunkless > 0) {
      readWindow(context, w, left, false, options, found, given);
      const had = found.size;
      if (both) readWindow(context, w + p + 1, right, false, options, found, given);
      const confidence =
        found.size > had
          ? 0
          : both
            ? trunklessAfter(context, w + p + 1, left, right, given)
            : trunkless;
      if (confidence > 0)
        found.set(w + p + 1, { start: w + p + 1, end: w + read.length, confidence });
      return;
    }
    if (readListedBeforeLoneTail(context, w, p, read, options, found, given)) return;
  }
  // An amount of one to three digits right after its currency, then a number with a space
  // between ("R$ 50 11 98765-4321", "₹500 98765 43210"): the matcher reads the two as one
  // candidate, valid as none, and the phone stayed (T53b's audit, T54a). The amount's group is
  // read apart, the rest as a window of its own. Asked only where nothing was found. Its
  // decimals too ("₹500.00 98765 43210"). After a word that names an amount in place of a
  // currency too ("paguei 50 11 98765-4321", "amount 50.00 212 555 0123", T56a).
  if (numbers.length === 0 && !quick) {
    const p = read.indexOf(' ');
    if (
      p > 0 &&
      p <= 6 &&
      AMOUNT_HEAD.test(read.slice(0, p)) &&
      (amountLedAt(context.shadow, w) || areaLed(read.slice(p + 1), options))
    ) {
      readWindow(context, w + p + 1, read.slice(p + 1), false, options, found, given);
      return;
    }
    if (readBeforeGroups(context, w, read, options, found, given)) return;
  } else if (
    !quick &&
    (readPastAmount(context, w, read, numbers, options, found, given) ||
      readHeadBeforeFound(context, w, read, numbers, options, found, given) ||
      (codeLeft(context.shadow, w, slice, numbers) &&
        readBeforeLoneTail(context, w, read, options, found, given)))
  )
    return;
  // The end of the number before, in the window: a head is read after it only.
  let before = 0;
  for (const m of numbers) {
    const start = w + (outDial && m.startsAt === o + 1 ? o : m.startsAt);
    const stop = w + m.endsAt;
    const after = before;
    before = m.endsAt;
    if (found.has(start)) continue;
    // An international head right before the number, that makes one valid number with it,
    // goes with it (internationalHead): "+49 151 23456789 1 items" and "+49 151 23456789
    // 0151\n…", read whole, are no number, and the matcher read "23456789" alone, a German
    // national number, leaving the head beside it ("tel +49 151 [PHONE] 1 items"; with no
    // label, the whole number stayed). Asked only of a number found past the window's start.
    const h =
      m.startsAt > after ? internationalHead(read, after, m.startsAt, m.endsAt, options) : -1;
    if (h >= 0 && !found.has(w + h)) {
      const headed = accept(context, w + h, stop, given);
      if (headed > 0) {
        // (A "(" it does not close, and a WhatsApp link's "/", stay, as below.)
        const open = read.charAt(h) === '(' && !read.slice(h, m.endsAt).includes(')');
        const slash = context.text.charCodeAt(w + h) === 47;
        found.set(w + h, { start: w + h + +(open || slash), end: stop, confidence: headed });
        continue;
      }
    }
    const confidence = accept(context, start, stop, given);
    // libphonenumber keeps the "(" of "(212-555-0187)" and leaves its ")": a number that opens a
    // parenthesis it does not close is replaced from after it, and the text keeps both
    // ("([PHONE])"). It is read as found: the "(" still counts as its formatting.
    const open = read.charAt(m.startsAt) === '(' && !read.slice(m.startsAt, m.endsAt).includes(')');
    // A "+" the text writes as "/" is a WhatsApp link's (digits.ts shadowOf): the "/" is the
    // link's and stays ("wa.me/[PHONE]").
    const slash = context.text.charCodeAt(start) === 47;
    if (confidence <= 0) continue;
    // A number found after a trunk-led group that the window starts with, where the two together
    // are no valid number ("Tel. 0151 2345678": 0151 wants eight digits, and "2345678" alone
    // dials inside one area), would leave that group beside the placeholder ("Tel. 0151
    // [PHONE]"): the group is the number's area or mobile prefix as the customer typed it, so
    // the finding takes it in (fail closed).
    if (m.startsAt > 0 && start > w && TRUNK_LED.test(read.slice(0, m.startsAt)) && !found.has(w))
      found.set(w, { start: w, end: stop, confidence });
    else found.set(start, { start: start + +(open || slash), end: stop, confidence });
  }
}

// The end of the list's piece readListPiece reads, where a "/" of the list follows it; -1 else.
let listSlash = -1;

/**
 * Read `read` at `w`, one number of a list that phoneList.ts found (readWindow, with the list's
 * labels `given`), where `slash` says a "/" of the list follows it, glued to the list's next
 * number: "tel 030/1234567/0151/23456789/…", each piece a valid number whole, kept all but its
 * last, each read as glued to a code by its "/" and a digit after it (V56f). The "/" is the
 * list's, not a code's: the piece's glue is read as if the text ended at its end.
 */
export function readListPiece(
  context: RecognizerContext,
  w: number,
  read: string,
  slash: boolean,
  options: PhoneOptions,
  found: Map<number, RecognizerMatch>,
  given: PhoneLabels,
): void {
  listSlash = slash ? w + read.length : -1;
  // (Given back whatever readWindow does: a throw left set would change the next call's reading.)
  try {
    readWindow(context, w, read, false, options, found, given);
  } finally {
    listSlash = -1;
  }
}

/**
 * How confident a number `right` at `at` is (0: none) after the international number `left` and
 * a space, where `right` is groups of one or two digits that make a number of that number's
 * country written without its trunk ({@link trunkDropped}, as printed at home after the code). "+33 6 12 34 56 78 6
 * 12 34 56 78" kept its second number, which the matcher reads with its trunk only and which
 * goes without one only after a phone's label (readTrunkDropped, V53b): a customer who writes a
 * number with its calling code writes the next of that country as its print after the code
 * (V56b). A count, an amount, a date or a number cut short is no such print. A parse and a check,
 * only where a window's first part is a whole number and nothing is found in its rest.
 */
function trunklessAfter(
  context: RecognizerContext,
  at: number,
  left: string,
  right: string,
  given: PhoneLabels | undefined,
): number {
  if (!SHORT_GROUPS.test(right) || !dialsOut(left, 0)) return 0;
  const country = parsePhoneNumberFromString(dialled(left))?.country;
  if (country === undefined || !trunkDropped(right, { defaultCountry: country, v2: true }))
    return 0;
  return accept(context, at, at + right.length, given);
}

/**
 * Phone numbers, validated by libphonenumber-js's full metadata (`findNumbers` with the customer's
 * country as the default): in any digit script, with spaces, dots, dashes, parentheses, `(0)`, a
 * `00` or `+` prefix, NBSP and bidi marks. A number that is only digits needs a label ("tel",
 * "تلفن", "電話"…) or a trunk prefix, so a bare order number that happens to dial stays.
 */
export const phoneRecognizer = defineRecognizer({
  id: 'phone',
  type: 'phone',
  placeholder: '[PHONE]',
  find(context) {
    // (Since V60a: no number inside a UPS shipment's number, "1Z ASL 808 29 1635 0486"; past one
    // read across its end, what follows it is read again.)
    const found = withoutCarrierCodes(
      context,
      withRolePhones(context, withOcrPhones(context, phonesIn(context))),
      readAfterCode,
    );
    const keycaps = keycapPhones(context);
    const all = keycaps.length === 0 ? found : found.concat(keycaps);
    // The marks typed after a number's last digit go with it, as a card's do: "call 07911
    // 123456\u0301" and a keycap's "\ufe0f\u20e3" on the last digit alone left them after
    // "[PHONE]" (T37b). The shadow reads them as spaces (digits.ts markedDigits), so only a text
    // that is not its shadow has any.
    if (context.text !== context.shadow)
      for (let k = 0; k < all.length; k++) {
        const f = all[k] as RecognizerMatch;
        const end = isDigitAt(context.shadow, f.end - 1) ? marksEnd(context.text, f.end) : f.end;
        if (end !== f.end) all[k] = { ...f, end };
      }
    return all;
  },
});

const NO_MATCHES: RecognizerMatch[] = [];

/**
 * The number read from `start` of `context` where a carrier's code ends before it (phoneCarrier.ts):
 * the first valid number of the phone characters there (a window's length at most) that starts
 * at `start`, where accept takes it; undefined where none.
 */
function readAfterCode(context: RecognizerContext, start: number): RecognizerMatch | undefined {
  const { shadow } = context;
  let to = start;
  while (to < shadow.length && to - start < WINDOW && phoneChar(shadow.charCodeAt(to))) to++;
  const first = numbersIn(dialled(shadow.slice(start, to)), phoneOptionsFor(context.country))[0];
  if (first === undefined || first.startsAt > 1) return undefined;
  const confidence = accept(context, start, start + first.endsAt);
  return confidence > 0 ? { start, end: start + first.endsAt, confidence } : undefined;
}

/**
 * `found` with the bare runs of 7 to 15 digits written right after a person's role word
 * ({@link roleBefore}: "kupujący: 601234567") that {@link accept} takes as a mobile there
 * (roleMobile), where nothing found holds them. Read here, a run at a time from the context's
 * digit runs (runs.ts), so that mayAccept, which every span passes, reads as it did (T59a).
 */
function withRolePhones(context: RecognizerContext, found: RecognizerMatch[]): RecognizerMatch[] {
  let out = found;
  for (const r of numberRuns(context)) {
    if (r.groupCount !== 1 || r.digitCount < 7 || r.digitCount > 15) continue;
    if (!roleBefore(context.shadow, r.start)) continue;
    if (found.some((f) => f.start <= r.start && r.end <= f.end)) continue;
    const confidence = accept(context, r.start, r.end);
    if (confidence <= 0) continue;
    if (out === found) out = found.slice();
    out.push({ start: r.start, end: r.end, confidence });
  }
  return out;
}

/**
 * Whether `digits`, an OCR's number with its letters read as digits, at `start` of `context`, is
 * a phone as this recognizer reads one after a label: labelled a phone's, no date, valid whole.
 */
function readsOcr(context: RecognizerContext, start: number, digits: string): boolean {
  if (labels(context, start).phone !== 'own' || DATE.test(digits) || HOLDS_DATE.test(digits))
    return false;
  return whole(dialled(digits), phoneOptionsFor(context.country));
}

/**
 * `found` with the numbers an OCR wrote with a letter for a digit right after a phone's label
 * (ocrPhone.ts): each read as this recognizer reads a number after a label (its labels, no date,
 * valid whole where the customer is), in place of what was found inside it.
 */
function withOcrPhones(context: RecognizerContext, found: RecognizerMatch[]): RecognizerMatch[] {
  const ocr = ocrPhones(context, readsOcr);
  if (ocr.length === 0) return found;
  return found.filter((f) => !ocr.some((o) => o.start <= f.start && f.end <= o.end)).concat(ocr);
}

/** Whether the unit at `i` of `text` is a keycap's mark: U+20E3 or the U+FE0F before it, after a digit. */
function keycapMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0xfe0f) return text.charCodeAt(i + 1) === 0x20e3 && isDigitAt(text, i - 1);
  if (c !== 0x20e3) return false;
  return isDigitAt(text, text.charCodeAt(i - 1) === 0xfe0f ? i - 2 : i - 1);
}

/**
 * The phone numbers typed in keycap digits ("0\ufe0f\u20e37\ufe0f\u20e39…", as phones type emoji
 * numbers, and as a seller typing a number past a marketplace's filter does): the shadow reads a
 * keycap's marks as spaces (digits.ts markedDigits), so a number typed a keycap at a time is a run
 * of one-digit groups, which no phone is (a list of single digits is not one: "1 2 3"). The text
 * without the keycaps' marks is read as text, and each number found there that held a keycap is
 * mapped back, its marks with it (T36b left "call 0️⃣7️⃣9️⃣1️⃣1️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣" whole). Only a text
 * holding U+20E3 pays more than a search for it.
 */
function keycapPhones(context: RecognizerContext): RecognizerMatch[] {
  const { text } = context;
  if (text.indexOf('\u20e3') < 0) return NO_MATCHES;
  // Each unit of the compact text's offset in the text, and one past its end.
  const at: number[] = [];
  const kept: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (keycapMarkAt(text, i)) continue;
    at.push(i);
    kept.push(text.charAt(i));
  }
  // U+20E3 after no digit: nothing to read otherwise (and no second reading of the same text).
  if (at.length === text.length) return NO_MATCHES;
  at.push(text.length);
  const compact = kept.join('');
  const shadow = shadowOf(compact);
  const inner: RecognizerContext = {
    text: compact,
    shadow,
    get lower() {
      return lowerSameLength(shadow);
    },
    locale: context.locale,
    country: context.country,
  };
  const out: RecognizerMatch[] = [];
  for (const m of phonesIn(inner)) {
    const start = at[m.start] as number;
    let end = (at[m.end - 1] as number) + 1;
    while (end < text.length && keycapMarkAt(text, end)) end++;
    // A number with no keycap was read in the text as it is.
    if (end - start > m.end - m.start) out.push({ start, end, confidence: m.confidence });
  }
  return out;
}

// String.prototype.indexOf itself, called through `call`: `shadow.indexOf` is a look-up keyed by
// the string's kind, which the texts' shadows vary (digits.ts unitAt).
const indexOf = String.prototype.indexOf;
// The shadow plusOrOutDial last read, and in it the first "+" and the first "00" at or after
// where each was last searched from (-1: none there; -2: not searched). Dropped when redact
// returns: the digits are the customer's.
let marksOf = '';
let plusFrom = 0;
let plusAt = -2;
let zerosFrom = 0;
let zerosAt = -2;
releaseAfterCall(() => {
  marksOf = '';
});

/**
 * Whether `shadow[s, e)` holds a "+" or "00" (`slice.includes('+') || slice.includes('00')` of
 * the span's slice). Each mark is searched in the shadow (indexOf, the runtime's scan) from a
 * span's start, and searched again only for a span that starts past the mark found or before where
 * its search began: phonesIn reads its spans in order, so a text is searched about once per mark
 * it holds. A scan of each span's units for them cost redact 1 8 5.4M instructions outside V8's
 * compiler (V59b); before that, two searches of each span's slice cost more than its units
 * (T65b). Internal (a property test holds it to the two searches of the slice).
 *
 * @since 0.1.0
 */
export function plusOrOutDial(shadow: string, s: number, e: number): boolean {
  if (shadow !== marksOf) {
    marksOf = shadow;
    plusAt = -2;
    zerosAt = -2;
  }
  if (plusAt === -2 || s < plusFrom || (plusAt >= 0 && plusAt < s)) {
    plusFrom = s;
    plusAt = indexOf.call(shadow, '+', s);
  }
  if (plusAt >= 0 && plusAt < e) return true;
  if (zerosAt === -2 || s < zerosFrom || (zerosAt >= 0 && zerosAt < s)) {
    zerosFrom = s;
    zerosAt = indexOf.call(shadow, '00', s);
  }
  // (A "00" whose second "0" is past `e` is none of the span's.)
  return zerosAt >= 0 && zerosAt + 1 < e;
}

/**
 * Whether `shadow[s, e)` may hold a value and then a phone (phoneAfterValue.ts): a space, no "+",
 * and a "(", a "-" or a "." or ten digits or more (a rest printed as a phone holds a bracket, a
 * mark between digits, or nine digits; the value one more). Read through unitAt, as phoneSpans
 * reads; a cheap test before the cut's own (V61a), after the labels the gate has read (V62a).
 */
function mayHoldValueThenPhone(shadow: string, s: number, e: number): boolean {
  let spaced = false;
  let marked = false;
  let digits = 0;
  for (let k = s; k < e; k++) {
    const c = unitAt(shadow, k);
    if (c === 43) return false;
    if (c === 32) spaced = true;
    else if (c === 40 || c === 45 || c === 46) marked = true;
    else if (c >= 48 && c <= 57) digits++;
  }
  return spaced && (marked || digits >= 10);
}

/**
 * Where the span `shadow[s, e)`, which the gate dropped, ends an order's value and starts a phone
 * (phoneAfterValue.ts), or undefined: its labels first (the gate has just read them: kept), an
 * order's; then no letter glued before it, a space, no "+", a mark or ten digits; the cut's own
 * tests, the rest's validity last. Apart from phonesIn, whose loop it would slow (V61a).
 */
function valueThenPhoneAt(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
): ValueThenPhone | undefined {
  const read = labels(context, s);
  if (read.version || read.phone !== 'reference') return undefined;
  return valueThenPhoneIn(context, s, e, options);
}

/**
 * Whether `text` is a valid mobile number whole where the customer is (libphonenumber's type
 * MOBILE; not FIXED_LINE_OR_MOBILE), its trunk "0" written where the country has one (its national
 * print starts as `text` does): phoneAfterValue's rest in groups (V64i). Not "7946 0018 10" in
 * the UK, a landline's tail and a count after "tel 020".
 */
function mobileWhole(text: string, country: string | undefined): boolean {
  const number = parsePhoneNumberFromString(text, country as PhoneCountry | undefined);
  return (
    number?.isValid() === true &&
    number.getType() === 'MOBILE' &&
    number.formatNational().charCodeAt(0) === text.charCodeAt(0)
  );
}

// A last group of one or two digits after a space: a count's.
const SHORT_LAST = / \d{1,2}$/;

/**
 * valueThenPhoneAt's reading, its labels aside: no letter glued before the span, a space, no "+",
 * a mark or ten digits; the cut's own tests, the rest's validity last. (`anyPrintBefore`:
 * phoneInsideFound's, a rest in any groups that starts before that offset, V64a.)
 */
function valueThenPhoneIn(
  context: RecognizerContext,
  s: number,
  e: number,
  options: PhoneOptions,
  anyPrintBefore = -1,
): ValueThenPhone | undefined {
  const { shadow } = context;
  if ((s > 0 && letterAt(shadow, s - 1)) || !mayHoldValueThenPhone(shadow, s, e)) return undefined;
  const text = shadow.slice(s, e);
  const at = phoneAfterValue(
    text,
    (rest) => whole(rest, options),
    // (A rest that starts before `anyPrintBefore` in any groups: phoneInsideFound's, V64a.)
    // (Its last group three digits or more: "151 23456789 2 Stück" is a number and a count.)
    (rest) =>
      (e - rest.length < anyPrintBefore && !SHORT_LAST.test(rest)) ||
      printedAtHome(rest, context.country),
    (rest) => mobileWhole(rest, context.country),
  );
  // (Not where the value is one group of one or two digits and the span whole a number: the
  // value is its trunk, calling code or area code, "заказ 8 916 123-45-67".)
  return at !== undefined && (at.end > 2 || !whole(text, options)) ? at : undefined;
}

/**
 * Where the phone starts that a number found at the span's start, `shadow[s, end)`, ends inside,
 * and where it ends: the number ends before a space and digits that go on to the span's end `e`,
 * and the span cut as a value then a phone (valueThenPhoneIn, whatever its labels) starts the
 * phone inside that number. undefined where none does. "4712 0151 23456789" after a list's comma
 * read "4712 0151" as a German number of any length, and "23456789" of the mobile stayed (V63b):
 * the number found is the value's and the phone's first group, no number of its own. (Since V64a
 * a rest of digits and spaces in any groups, nine digits or more: the number found says the span
 * holds a phone, only not where it starts; "Tel.: 722180 612 345 678" read "722180 612", a
 * Spanish mobile, and "345 678" stayed. And, where the span whole holds none, the span up to its
 * last group, of one to four digits, left after the phone: "call me 8457 212 555 0187 12" read
 * "8457 212 555" and left "0187".)
 */
function phoneInsideFound(
  context: RecognizerContext,
  s: number,
  e: number,
  end: number,
  options: PhoneOptions,
): ValueThenPhone | undefined {
  const { shadow } = context;
  if (end >= e || unitAt(shadow, end) !== 32 || !isDigitAt(shadow, end + 1)) return undefined;
  // (A rest in any groups only where the number found is printed as none at home and is led by
  // no trunk "0": "0151 23456789 4711" is a German mobile and a value, "0151" no value before
  // "23456789 4711".)
  const before =
    unitAt(shadow, s) === 48 || printedAtHome(shadow.slice(s, end), context.country) ? -1 : end;
  const at = valueThenPhoneIn(context, s, e, options, before);
  // (Not after a value of one or two digits: the number's own area code, "tel 11 98765-4321 2".)
  if (at !== undefined)
    return at.end > 2 && s + at.phone < end ? { end: e, phone: s + at.phone } : undefined;
  let last = e;
  while (last > end && isDigitAt(shadow, last - 1)) last--;
  if (last <= end + 1 || e - last > 4 || unitAt(shadow, last - 1) !== 32) return undefined;
  const cut = valueThenPhoneIn(context, s, last - 1, options, before);
  return cut !== undefined && cut.end > 2 && s + cut.phone < end
    ? { end: last - 1, phone: s + cut.phone }
    : undefined;
}

/**
 * Whether the value at `s` is a list's next value ({@link listStartBefore}) whose first value an
 * order's, an invoice's or a shipment's label names.
 */
function listedUnderOrder(context: RecognizerContext, s: number): boolean {
  const head = listStartBefore(context.shadow, s);
  if (head < 0) return false;
  const read = labels(context, head);
  return !read.version && read.phone === 'reference';
}

/** Whether `read` is a version's label or a reference's (an order's, an article's). */
function labelledValue(read: PhoneLabels): boolean {
  return read.version || read.phone === 'reference';
}

/** Whether `c` may be a currency's sign: "$", or a unit past U+00A1 (afterLeadToken's gate). */
function signLike(c: number): boolean {
  return c === 36 || c >= 162;
}

/** The phone numbers of a context as it is written (phoneRecognizer). */
function phonesIn(context: RecognizerContext): RecognizerMatch[] {
  const { shadow } = context;
  // Made on the first window read: most texts have none, and a Map is a table per call.
  let found: Map<number, RecognizerMatch> | undefined;
  const options = phoneOptionsFor(context.country);
  // A number found inside a card, an IBAN or an id that an earlier recognizer holds whole, and
  // at least as confidently, changes nothing: such short spans are not read. A number can be
  // 0.95 confident only if it starts with "+" or "00"; otherwise 0.9 at most.
  let international: Cover | undefined;
  let national: Cover | undefined;
  const spanBounds = phoneSpans(context);
  // The start of the span whose labels a part after a " / " cut reads (-1: its own), and those
  // labels: the label of a list stands before its first number ("tel 600123456 / 601234567 /
  // …", the sixth number once stood too far from it and stayed).
  let carry = -1;
  let carriedOf = -1;
  let carried: PhoneLabels | undefined;
  // -1: none after the last search; -2: not searched yet.
  let nextStop = -2;
  // The next ".", "-" and "/" at or past the last part's first space, `marksFrom` (-1: none; -2:
  // not searched since `marksFrom` went back): a date's marks, for the search after a space
  // below, each searched again only once a part's first space stands past it. A scan of each
  // part's units for one (mayBeDated) cost redact 1 8 1.9M instructions outside V8's compiler,
  // more than the search it spared (V57h).
  let marksFrom = 0;
  let nextDot = -2;
  let nextDash = -2;
  let nextSlash = -2;
  wrappedStart = -1;
  wrappedEnd = -1;
  wrappedGiven = undefined;
  homeStart = -1;
  listedStart = -1;
  listedGiven = undefined;
  restEnd = -1;
  for (let k = 0; k < spanBounds.length; k += 2) {
    // A time's minutes that start the span, or its hour that ends it ("12:30 0044 20 7946 0018",
    // "+1 212 555-0187 14:30"), are no part of it (phoneBeside.ts). Asked only where a colon or an
    // "h" stands right before the span or right after it, as each reads first: the two calls on
    // every span cost redact 1 8 2.2M instructions outside V8's compiler, of 6M that V57a added
    // (V57h). (No read outside the shadow: NaN threw phonesIn out of its compiled code, T56d.)
    let e = spanBounds[k + 1] as number;
    const opened = spanBounds[k] as number;
    const mark = opened > 0 ? unitAt(shadow, opened - 1) : 0;
    // (Or an amount whose decimals or thousands start it after a comma, "12,50 4711 0815": V61c;
    // not decimals after a currency or an amount's word, "R$ 50,00 12 3456 7890 1", which the
    // windows read, centsAhead. Or a version after a "v", an amount after its currency's sign,
    // "v4.6.7 06 12 23 05 79": V62c.)
    const led =
      mark === 58 || mark === 104
        ? afterMinutes(shadow, opened, e)
        : mark === 44 && !decimalsAt(shadow, opened)
          ? afterAmount(shadow, opened, e)
          : // (Asked only after a "v" or a unit that may be a currency's sign, "$" or past
            // U+00A1, a space between or not: V62c read each span's first group, V62c2.)
            mark === 118 ||
              mark === 86 ||
              signLike(mark === 32 && opened > 1 ? unitAt(shadow, opened - 2) : mark)
            ? afterLeadToken(shadow, opened, e)
            : opened;
    // (Failing those, an amount's cents after a point, no sign, "Summe 43.33 0151 23456789":
    // asked where a point stands second, third or fourth in the span, V63c.)
    const first =
      led === opened &&
      e - opened > 5 &&
      (unitAt(shadow, opened + 1) === 46 ||
        unitAt(shadow, opened + 2) === 46 ||
        unitAt(shadow, opened + 3) === 46)
        ? afterCents(shadow, opened, e, options)
        : led;
    let s = first;
    const next = e < shadow.length ? unitAt(shadow, e) : 0;
    if (next === 58 || next === 104) e = beforeTime(shadow, first, e);
    else if (next === 32 && (unitIn(shadow, e + 1) | 0x20) === 117) {
      // Or a German time with a dot, "Uhr" after it ("… 14.30 Uhr", V58d): asked only where a
      // space and a "U" follow the span.
      let t = uhrTimeAt(shadow, first, e);
      if (t > 0) {
        while (t > first && !isDigitAt(shadow, t - 1) && unitAt(shadow, t - 1) !== 41) t--;
        e = t;
      }
    }
    // An amount that ends the span, its decimals after a comma right past it ("+34 612 660 510
    // 845,02 €") or after a point in it ("… 414.52 €"): its whole part is no group of the number
    // (tokenAfter.ts, V60c). Asked only where a comma or an apostrophe follows the span, or a point
    // stands one or two units before its end.
    if (
      next === 44 ||
      next === 39 ||
      (e - first > 4 && (unitAt(shadow, e - 2) === 46 || unitAt(shadow, e - 3) === 46))
    )
      e = beforeAmount(shadow, first, e);
    if (e <= first) continue;
    const from = carry;
    carry = -1;
    // A span at a line's start may end a number whose first part, too short for a span, ends
    // the line before: read from that part, the two go as one where they read as one number.
    // The line above, where the span starts its line (-1 where it does not): read once for the
    // two questions below.
    const above = lineAbove(shadow, s);
    const head = shortHead(shadow, above);
    // The labels a list's next number wrapped at this line's end reads (below), if any, and the
    // start of that number (-1: none).
    let after: PhoneLabels | undefined;
    let afterOf = -1;
    if (head) {
      found ??= new Map();
      // A number found from the head that ends past its line was found wrapped from the same
      // slice (its line's last span: "+39 312\n345 7444"), and read again (a parse and a print
      // of the number) it is found again or nothing is: it is not read again.
      // (Read with the labels of a list's number right before it, if any: an international head
      // needs none, but the list's next number, wrapped after it, reads them from it.)
      if ((found.get(head[0])?.end ?? 0) <= head[1])
        readWrapped(
          context,
          head[0],
          shadow.slice(head[0], head[1]),
          options,
          found,
          labelsBefore(context, head[0], found),
        );
      // What the span holds past the number's end is read as a span of its own: "+44\n7911
      // 123456 +44\n7911 123456" left the second "+44" (issue #14).
      const wrapped = found.get(head[0]);
      if (wrapped && wrapped.end > s) {
        s = valueFrom(shadow, wrapped.end, e);
        if (s >= e) continue;
        if (beforeBreak(shadow, e)) {
          after = labelsOfFound(context, head[0], s);
          afterOf = head[0];
        }
      }
    }
    // A span at a line's start that holds the end of a number found wrapped from the line above
    // ("tel 0151\n23456789 0151\n23456789": "23456789") is read from past that end, as what
    // follows a short head's number is (above). Where it then ends its line, what it holds is a
    // list's next number wrapped there, and reads the labels of the number before it: "0151"
    // heads the second mobile after "tel".
    if (above >= 0 && wrappedEnd > s && wrappedStart < s) {
      const start = wrappedStart;
      s = valueFrom(shadow, wrappedEnd, e);
      if (s >= e) continue;
      if (beforeBreak(shadow, e)) {
        after = labelsOfFound(context, start, s);
        afterOf = start;
      }
    }
    // A span that goes on a reference's value from the line above is read after that part.
    // Where the value went on into the stretch's first groups only, the rest of the stretch is
    // read with the reference's labels, as on one line, where the label stands before the span
    // that holds them all: "Bestellnummer 0151\n23456789 0151\n23456789" is an order's number
    // wrapped after each code, and keeps all of it as "… 0151 23456789 0151 23456789" does; read
    // with the labels of its own place, the second line went (V53a). Where that part ends its
    // line, the next line's value goes on it so too. (Past a stretch that went on whole, what
    // follows is a value of its own: "Bestellung 0151\n2345 6789 / 0151 23451013", T30c.)
    const goesOn = head ? -1 : referenceGoesOn(context, s, above, options);
    if (goesOn > 0) {
      s = valueFrom(shadow, goesOn, e);
      if (s >= e) continue;
      if (goesOnCut) {
        after = goesOnLabels;
        if (beforeBreak(shadow, e)) {
          restStart = s;
          restEnd = e;
          restLabels = goesOnLabels;
        }
      }
    }
    // A span that starts with a date, or too long to read whole and listing numbers with " / "
    // between them, is read a part at a time: the matcher reads "30/11/2024 06 12 34 56 78" as
    // one candidate and rejects it, and three listed numbers fit none of a long span's windows.
    // (" / " inside a short span is left to the matcher: "030 / 123 456 78" is one number.) A
    // full stop and a space end a sentence, and the span: in "Order 558812. 07911 123 456" the
    // order's label read at the span's start kept the phone after it.
    const part = shadow.slice(s, e);
    // (Its first space, read in the shadow up to it: a call of the builtin search per span cost
    // more than the few units of a first group, V59b.)
    let space = -1;
    for (let k = s; k < e; k++)
      if (unitAt(shadow, k) === 32) {
        space = k - s;
        break;
      }
    // Without a space there is no date to cut after: the first word is not tested. Nor is a
    // year alone (four units): "2012 3456" is a Danish mobile; since V62c a year alone is cut
    // where what follows it is a valid number and the part whole is none (tokenAfter.ts
    // yearBefore: "tel 2015 512 228 090" was read whole, and nothing went), and no order's or
    // version's label stands before it ("Order 2015 212 555 0187" is an order's number). Its
    // units are read first, then the labels, then the two parses (V62c2: yearLeads).
    const date =
      space > 4
        ? DATE.test(part.slice(0, space))
        : space === 4 &&
          yearLeads(shadow, s, e) &&
          !labelledValue(labels(context, s)) &&
          yearBefore(part, options);
    // The next ". " in the text, searched again only once a part starts past it: a long span of
    // " / " parts ("12 / 12 / …", "0. / / …") searched the rest of it for one per part.
    if (nextStop !== -1 && nextStop < s) nextStop = shadow.indexOf('. ', s);
    const stop = nextStop >= 0 && nextStop + 2 <= e ? nextStop - s : -1;
    // A date with its year after a space ("+1 212 555-0187 2024-05-01"): the span holds it and
    // mayAccept drops it, and the number before it stayed. What precedes the date is read as a
    // part, the date and what follows as a span of their own, as after a date at its start
    // (phoneBeside.ts, V57a). Only in a part short enough to read whole: a long one is read in
    // windows or as a list, a part at a time, and a search of each part's rest for a date cost
    // its square ("0.  /  / … +48 600 123 456", linear.test). And only in a part that has room
    // past its first space for a space and a date (six units at least, "1.5.24", since V58d; V57h
    // had eight, "1.5.2024"), with a date's mark there (V57h).
    let dated = -1;
    if (!date && stop <= 0 && space >= 0 && e - s <= WINDOW && e - s >= space + 7) {
      const at = s + space;
      if (at < marksFrom) {
        nextDot = -2;
        nextDash = -2;
        nextSlash = -2;
      }
      marksFrom = at;
      // (One mark in the part is enough: the next kind is searched only where the last is none.)
      if (nextDot !== -1 && nextDot < at) nextDot = shadow.indexOf('.', at);
      let marked = nextDot >= 0 && nextDot < e;
      if (!marked && nextDash !== -1 && nextDash < at) nextDash = shadow.indexOf('-', at);
      marked ||= nextDash >= 0 && nextDash < e;
      if (!marked && nextSlash !== -1 && nextSlash < at) nextSlash = shadow.indexOf('/', at);
      marked ||= nextSlash >= 0 && nextSlash < e;
      if (marked) dated = dateAfter(part);
      // (Or a short date, a year of two digits, after a valid number: "+49 30 1234567 01.05.24";
      // "+49 30 12.05.24" is one number. V58d.)
      let short = -1;
      if (dated < 0 && nextDot >= 0 && nextDot < e) {
        const d = shortDateAfter(part);
        if (d > 0 && whole(dialled(part.slice(0, d)), options)) dated = d;
        // (Or dotted pairs that are no date, the part whole no number: V59g.)
        const r = d < 0 ? dottedRunAfter(part) : -1;
        if (r > 0 && whole(dialled(part.slice(0, r)), options) && !whole(dialled(part), options))
          dated = r;
        short = d < 0 ? r : d;
      }
      // (Or, failing both, a month and a year after a valid number: "+48 512 448 376 01/1991"
      // stayed whole, V61c.)
      // (Each only where a mark stands past the first space: the month's and the year's, the
      // fraction's "/", which a part with a dot or a dash past it was not yet searched for. V62c
      // ran both patterns on each part, V62c2.)
      if (dated < 0 && short < 0 && marked) {
        const y = monthYearAfter(part);
        if (y > 0 && whole(dialled(part.slice(0, y)), options)) dated = y;
        // (Or a fraction or a month and a two-digit year, the part whole no number: "+49 1511
        // 7787950 1/3" stayed whole, V62c.)
        if (y < 0 && nextSlash !== -1 && nextSlash < at) nextSlash = shadow.indexOf('/', at);
        const f = y < 0 && nextSlash >= 0 && nextSlash < e ? fractionAfter(part) : -1;
        if (f > 0 && whole(dialled(part.slice(0, f)), options) && !whole(dialled(part), options))
          dated = f;
      }
    }
    const cut = date
      ? space
      : stop > 0
        ? stop
        : dated > 0
          ? dated
          : e - s > WINDOW
            ? part.indexOf(' / ')
            : -1;
    // A part that starts with " / " (after a sentence's end, "0.  /  / +48 600 123 456 …") is cut
    // there too, or the long rest was read in windows, each too long a slice to parse.
    if (cut >= 0) {
      const apart = date || dated > 0;
      spanBounds[k] = s + cut + (apart ? 1 : cut === stop ? 2 : 3);
      k -= 2;
      e = s + cut;
      if (!apart && cut !== stop) carry = from >= 0 ? from : s;
      else if (!apart) {
        // A list's marker ends the part ("… 567 2. 602 …") or is all of it ("tel. 1. 601 …"):
        // the stop is the marker's, and the next part reads the list's labels, as after " / ".
        const end = beforeMarker(shadow, s, e, options);
        if (end < e || (cut <= 2 && isDigitAt(shadow, e + 2) && markerAt(context, s, e + 3) > 0)) {
          carry = from >= 0 ? from : s;
          e = end;
        }
      }
    }
    if (from >= 0 && from !== carriedOf) {
      carried = labels(context, from);
      carriedOf = from;
    }
    let given = from >= 0 ? carried : after;
    let plusCut = false;
    // (Whether the value-then-phone cut may be asked of the span where the gate drops it, below:
    // read before a list or a " +" cut shortens it, as V61a read it; a space in it, the first
    // read above. Most spans an order's label names are its value alone, with none, V62a.)
    const short = given === undefined && e - s <= WINDOW && space > 0 && space < e - s;
    while (e - s > WINDOW) {
      found ??= new Map();
      const end = readList(context, s, e, given, options, found);
      if (end === s) {
        // No number holds a "+" after its first digit (readWindow): a span not much longer than
        // a window, that no list reads, is cut before its first " +" that leaves a part short
        // enough to read whole, and the rest read as a span of its own, with the same labels.
        // (Or a " (+": "(+1) 212 555-0187 (+1) 212 555-0187 (+1) 212 555-0187".)
        // "tel (+1) 212 555-0187 +1 212 555-0187 +1 212 555-0187" (49 units) fit none of its
        // windows, each cut to 17 digits and read quick, and all three stayed (V52g). Only up
        // to two windows' length: each cut reads at most that much again, so a span costs a
        // bounded amount more, and a longer one is read in windows as before.
        const plus =
          e - s <= 2 * WINDOW ? plusAfter(shadow, s + 1, Math.min(s + WINDOW, e - 3)) : -1;
        if (plus > s) {
          spanBounds[k] = plus + 1;
          k -= 2;
          e = plus;
          carry = from >= 0 ? from : s;
          plusCut = true;
          break;
        }
        for (const [w, end, quick] of windows(shadow, s, e)) {
          readWindow(context, w, shadow.slice(w, end), quick, options, found);
        }
        readTrailingHead(context, s, e, options, found);
        s = e;
        break;
      }
      // What follows a list's last number is read as a span of its own.
      s = valueFrom(shadow, end, e);
      given = undefined;
    }
    if (s >= e) continue;
    const slice = cut > 0 || plusCut || s > first ? shadow.slice(s, e) : part;
    let cover: Cover;
    if (plusOrOutDial(shadow, s, e)) {
      international ??= new Cover(context, INTERNATIONAL);
      cover = international;
    } else {
      national ??= new Cover(context, LABELLED);
      cover = national;
    }
    // A list's next number after a number found, a "," or ";" between, reads that number's
    // labels where it is wrapped at its line's end ("tel 0151\n23456789, 0151\n23456789"): the
    // label stands before the list's first number. Only the gate and the wrapped reading read
    // them; what the span holds alone is read with its own, and passes them on (labelsOfFound).
    const listed =
      given === undefined && found !== undefined ? listedAfter(context, s, found) : undefined;
    // A span an earlier recognizer holds whole is not read, but for its end where a line break
    // follows: a number wrapped there starts inside it and ends past it ("tel 06 12 34 56 78 06
    // 12 34\n56 78": the two numbers' first line passes Luhn, a card's reading holds it, and the
    // second's "56 78" stayed).
    const covered = cover.covers(s, e);
    // A head right after an international number wrapped from the line above reads as one after
    // such a number on its line does, where nothing else finds it ("+1\n212 555-0187 212\n555-0187":
    // readHomeHead), past the gate too: "212" alone, unlabelled, is no number's there.
    let home = afterOf >= 0 && given === after && after?.phone === 'none' ? after : undefined;
    // Or a list's next number after such a number, a "," or ";" between, as on one line: "+1 212
    // 555-0187, 212\n555-0187" kept its second (V55a).
    if (home === undefined && listed?.phone === 'none' && found !== undefined) {
      afterOf = listedNumber(shadow, s, found);
      home = listed;
    }
    if (
      (covered && !beforeBreak(shadow, e)) ||
      !mayAccept(context, s, e, slice, given ?? listed, cover === international)
    ) {
      // A span an order's label names that holds its value and then a phone ("Bestellung 4711
      // 0151 23456789", "Order 4711 (212) 555-0187"): the gate drops it (its labels are the
      // order's), and the phone with it. It is cut before the phone, which is read as a span of
      // its own with its own labels (phoneAfterValue.ts, V61a); the value stays dropped. Asked
      // only of a dropped short span: asked of every span, the cut's tests cost the redact pass
      // 3% (V61a), asked here a few spans in a hundred (V62a). (Not with no label: "Kunde 4711
      // 0151 23456789" stays as on main. Nor after letters glued to the value: a product's code,
      // "codice articolo AA70 0900 0700 0800 0000 9".)
      // (Not of a span an earlier recognizer holds: the gate read no labels there, and reading
      // them for every card or IBAN printed in groups costs more than the cut, V62a.)
      const at = short && !covered ? valueThenPhoneAt(context, s, e, options) : undefined;
      if (at !== undefined) {
        spanBounds[k] = s + at.phone;
        k -= 2;
        if (home !== undefined && found !== undefined)
          readHomeHead(context, afterOf, s, s + at.end, found, home);
        continue;
      }
      if (home !== undefined && found !== undefined)
        readHomeHead(context, afterOf, s, e, found, home);
      continue;
    }
    found ??= new Map();
    const had = found.size;
    if (!covered)
      readWindow(
        context,
        s,
        slice,
        false,
        options,
        found,
        listLead(context, s, slice, given, listed, options),
      );
    // A number found at the span's start that ends inside it, before a space and digits, where the
    // span is a value and then a phone that starts inside that number ("Bestellung 4711, 4712
    // 0151 23456789": "4712 0151" went, "23456789" stayed): the number is dropped, the value
    // stays, and the phone is read as a span of its own (phoneInsideFound, V63b). Asked only
    // where one number alone was found and ends before the span's end, a space after it.
    if (short && !covered && found.size === had + 1 && spanBounds[k + 1] === e) {
      const end = found.get(s)?.end ?? e;
      const cut = end < e ? phoneInsideFound(context, s, e, end, options) : undefined;
      if (cut !== undefined) {
        found.delete(s);
        spanBounds[k] = cut.phone;
        spanBounds[k + 1] = cut.end;
        k -= 2;
        continue;
      }
    }
    // A number found whole up to a "-" that ends its line ("tel 030 123-\n4567", German numbers
    // have any length) is read with its next line as one first wrapped there, a number of the
    // same head whose "-" is its own separator (readTail's `joined`): read alone, the next line's
    // group stayed (V57d).
    if (found.size > had && found.get(s)?.end === e && dashBeforeBreak(shadow, e))
      readWrapped(context, s, slice, options, found, given ?? listed);
    // Or up to a line break alone, after a phone's label or from a "+" or "00": a head valid
    // alone that the next line's first group goes on (readLonger, V58b).
    else if (found.size > had && found.get(s)?.end === e && beforeBreak(shadow, e))
      readLonger(context, s, slice, options, found, given ?? listed);
    else if (found.size === had) {
      // A list of one window with "/" between numbers that hold a "/" of their own ("tel
      // 030/1234567/0151/23456789"), read whole, is one candidate, valid as none: it is read as a
      // longer one is (phoneList.ts), a piece at a time, what follows its last number as a window
      // of its own (V57d). Only where the span opens as a number and a "/" glues a digit to
      // another opening so (readList reads only such a "/" as the list's).
      if (!covered && SLASH_LIST.test(slice)) {
        const end = readList(context, s, e, given ?? listed, options, found);
        const rest = end > s ? valueFrom(shadow, end, e) : e;
        if (rest < e) readWindow(context, rest, shadow.slice(rest, e), false, options, found);
      }
      if (found.size === had) {
        readWrapped(context, s, slice, options, found, given ?? listed);
        // (A trunk-led head found so after such a number goes on its row: onHomeRow.)
        if (home !== undefined) onHomeRow(shadow, afterOf, s, options, found, home);
      }
    }
    if (found.size === had && home !== undefined) readHomeHead(context, afterOf, s, e, found, home);
    // Or one that the gate let through as it dials "00" and that holds no number whole ("Sendung
    // 0000 0000 0151 23456789": accept drops what it reads after the order's label): cut so too.
    if (found.size === had && short && cover === international) {
      const at = valueThenPhoneAt(context, s, e, options);
      if (at !== undefined) {
        spanBounds[k] = s + at.phone;
        k -= 2;
        continue;
      }
    }
    // Or a list's next value after an order's, a "," or a joining word between, then a phone, in
    // which nothing was found: the order's label names the list ("Faktura 4711, 4712 512 345 678",
    // "Order 4711, 4712 07400 123456" kept the phone, V63b). Asked only where a join stands
    // right before the span (listStartBefore), then the first value's labels.
    if (found.size === had && short && !covered && spanBounds[k + 1] === e) {
      const at = listedUnderOrder(context, s)
        ? valueThenPhoneIn(context, s, e, options)
        : undefined;
      if (at !== undefined) {
        spanBounds[k] = s + at.phone;
        k -= 2;
        continue;
      }
    }
    // A number the span's start holds, read past the gate for a list's labels, passes them on.
    if ((given ?? listed) !== undefined && found.has(s)) {
      listedStart = s;
      listedGiven = given ?? listed;
    }
    // Only a span that holds a "+" can hold a head past its start (trailingHead).
    // Where nothing was found, after a phone's label (or before a trunk-led span), what stands
    // before a head of the next number is read as a window of its own (splitTrailingGroup): before
    // readTrailingHead, which reads a "00" head after a number found with that number's labels.
    if (found.size === had && !covered) splitTrailingGroup(context, s, e, options, found, given);
    if (cover === international) readTrailingHead(context, s, e, options, found);
    // A national number's head after a number found on the line: read only where one was found.
    if (found.size > had) readTrailingGroup(context, s, e, options, found, given);
  }
  return found === undefined ? [] : [...found.values()];
}
