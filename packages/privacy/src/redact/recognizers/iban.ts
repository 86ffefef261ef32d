import { countrySpecs } from 'ibantools';
import { defineRecognizer } from '../defineRecognizer.js';
import {
  isAsciiLetterAt,
  isCombiningAt,
  isDigitAt,
  marksEnd,
  marksStart,
  referenceSpaceEnd,
  unitAt,
} from '../digits.js';
import { isGlueAt, type NumberRun, numberRuns, runText } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { bbanOf } from '../unitScans.js';
import { sweep } from './sweep.js';

function isAlnumAt(s: string, i: number): boolean {
  return isDigitAt(s, i) || isAsciiLetterAt(s, i);
}

/** Whether the unit at `i` of `s` is an ASCII capital. */
function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a;
}

/** The value of an IBAN character for mod-97 (digits 0–9, letters 10–35), or -1. */
function ibanValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a ? l - 0x61 + 10 : -1;
}

/** `r` (mod 97) followed by the digits of `v` (one or two of them). */
function fold(r: number, v: number): number {
  return v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
}

/**
 * The check digits an IBAN must carry: 98 minus the remainder of BBAN, country code (letters `a`,
 * `b` as code units), "00" (ibantools' isValidIBANChecksum), from the BBAN's remainder `sum`.
 */
function checkDigits(sum: number, a: number, b: number): number {
  return 98 - ((fold(fold(sum, ibanValue(a)), ibanValue(b)) * 100) % 97);
}

// ibantools' country specs and the BBAN pattern of each country asked about (compiled once), by
// the country code's two letters as a number (0-675). Looked up by a two-letter string sliced per
// probe, the spec was a keyed load that must first find the new string in the string table: half
// of this function's time, and a read of a large table the rest of the pipeline evicts.
// Each country's length beside its spec, all in one shape: ibantools' specs carry different fields
// per country (some no pattern, some a validator), so a read of `chars` across them, one per
// probe, was a megamorphic look-up (T64d). The spec itself is read live, only once a candidate's
// check digits hold (a validator set later with ibantools' setCountryBBANValidation counts).
// Its BBAN pattern, compiled at the first candidate whose check digits hold, is kept beside them
// too (`pattern`: undefined until then, null for a country with none): read from the spec, a
// second megamorphic load per candidate (~0.7M instructions a pass of redact 1 8, V63f).
type Spec = {
  readonly chars: number | undefined;
  readonly spec: (typeof countrySpecs)[string] | undefined;
  pattern: RegExp | null | undefined;
};
let specs: (Spec | undefined)[] | undefined;

function ibanSpecs(): (Spec | undefined)[] {
  // Every pair 'AA'-'ZZ' a slot: a read past the last country's was "out of bounds" (--trace-deopt),
  // and V8 compiled the reader again.
  const out: (Spec | undefined)[] = new Array(26 * 26).fill(undefined);
  for (const code in countrySpecs) {
    const spec = countrySpecs[code];
    out[letterPair(code, 0)] = { chars: spec?.chars, spec, pattern: undefined };
  }
  return out;
}

/** The number of the ASCII letters at `i` and `k` (either case); of 'AA'-'ZZ', 0-675. */
function letterPair(s: string, i: number, k = i + 1): number {
  return ((unitAt(s, i) | 0x20) - 0x61) * 26 + (unitAt(s, k) | 0x20) - 0x61;
}

/**
 * Whether an IBAN that ends before `j` (its last character at `j - 1`) ends there though a
 * letter or digit follows: where letters follow its last digit, or digits its last letter. A form
 * or a PDF copied without its line break glues the next label to it ("DE89 3704 0044 0532 0130
 * 00BIC: COBADEFFXXX", "…013000Kontoinhaber" left the IBAN whole, T35a); the country's exact
 * length and its check digits say where it ends. A digit after its last digit, or a letter after
 * its last letter, makes it the head of a longer code ("…0130001", a SKU), as before.
 */
function endsBefore(s: string, j: number): boolean {
  return !isAlnumAt(s, j) || isDigitAt(s, j) !== isDigitAt(s, j - 1);
}

/**
 * The length of the separator at `j` between an IBAN's groups: a space, a dash or both (" - "), a
 * line break where a mail wrapped the line ("\n", " \n", "\r\n") with a quoted reply's "> "
 * marks after it (up to eight units), or a no-break space a mail's HTML source wrote as a
 * reference (`text` holds "&nbsp;" where the shadow holds its spaces); 0 if none. Internal, for
 * iban.prop.test.ts (the oracle of {@link plainSpaceAt}).
 *
 * @since 0.1.0
 */
export function gapAt(s: string, j: number, text: string): number {
  // Invisible characters before or after it, or alone, go with it: a soft hyphen of text copied
  // from a PDF beside a space ("DE89\u00ad 3704 …", read as two spaces, ended the IBAN, T34f),
  // and so do combining marks typed after a digit ("DE89 3704\u0301 0044 …") or a letter
  // ("GB82 WE\u0301ST …"; the shadow keeps those, bban strips them), T35a.
  let i = j;
  while (isGlueAt(text, s, i) || (s.charCodeAt(i) >= 0x300 && isCombiningAt(s, i))) i++;
  let k = i + plainGapAt(s, i, text);
  while (isGlueAt(text, s, k) || (s.charCodeAt(k) >= 0x300 && isCombiningAt(s, k))) k++;
  return k - j;
}

function plainGapAt(s: string, j: number, text: string): number {
  const end = referenceSpaceEnd(text, s, j);
  if (end > 0) return end - j;
  if (s.startsWith(' - ', j)) return 3;
  const c = s.charCodeAt(j);
  const n = s.length;
  const k = j + +(c === 32 || c === 13);
  // A line break there (a space or "\r" before it or not) goes with a reply's quote marks and
  // spaces after it, eight units at most. That walk is taken for every gap, a break or not, so
  // that ibanAt's compiled code has run it before the first IBAN wrapped at a line's end: that
  // one threw ibanAt out of its compiled code mid-stream (--trace-deopt, T56d).
  let q = k;
  do q++;
  while (q < k + 9 && q < n && (s.charCodeAt(q) === 62 || s.charCodeAt(q) === 32));
  const wrapped = q - j;
  return k < n && s.charCodeAt(k) === 10 ? wrapped : +(c === 32 || c === 45);
}

/**
 * Whether `shadow` holds a plain space at `j` between two of an IBAN's groups (the common print,
 * "DE89 3704 …"), where gapAt answers 1 and the unit after it is a letter or digit: the text's
 * unit a space too (no "&nbsp;", no glue) and an ASCII letter or digit after it (no wrap, no " -
 * "). ibanAt steps over it without gapAt's glue, reference and wrap reads (V64h). Internal:
 * iban.prop.test.ts holds it to gapAt.
 *
 * @since 0.1.0
 */
export function plainSpaceAt(shadow: string, glued: string, j: number): boolean {
  return shadow.charCodeAt(j) === 32 && glued.charCodeAt(j) === 32 && isAlnumAt(shadow, j + 1);
}

function ibanAt(context: RecognizerContext, i: number, found: RecognizerMatch[]): number {
  const { shadow } = context;
  const n = shadow.length;
  // The country code's letters, each with the combining marks typed after it ("D\u0301E89…" was
  // read as no IBAN, T35a).
  const b = marksEnd(shadow, i + 1);
  if (i + 4 > n || !isAsciiLetterAt(shadow, i) || !isAsciiLetterAt(shadow, b)) return -1;
  const c = marksEnd(shadow, b + 1);
  // The check digits: right after the country code, or after one space ("PL 61 1090 …"); the
  // marks typed after the first one (the shadow's spaces) between them.
  const d = c + +(shadow.charCodeAt(c) === 32);
  let d2 = d + 1;
  // (The glue read in the text as the runs read it: a soft line break inside the number too.)
  const glued = runText(context);
  if (shadow.charCodeAt(d2) === 32) while (isGlueAt(glued, shadow, d2)) d2++;
  if (!isDigitAt(shadow, d) || !isDigitAt(shadow, d2)) return -1;
  // A space between a country code not in capitals and digits glued on past the check digits is a
  // word of the sentence before a number ("my card is 5124434717619721\n1127 3267", "es 2100…",
  // "de 8937…"): read where the check digits stand alone as Poland prints them ("pl 61 1090 …"),
  // or glued to the code ("gb82west…"), or in capitals ("PL 611090…") (cardData.prop.test.ts at
  // FC_SEED=-1771254333 read "is" and 24 digits, one in 97 passes mod-97, as Iceland's IBAN).
  if (d > c && isAlnumAt(shadow, d2 + 1) && !(isUpperAt(shadow, i) && isUpperAt(shadow, b)))
    return -1;
  // What stands before it is not read: letters glued to it are a label's ("IBANDE89…",
  // "KontoDE89…"), digits another value's ("…2874PL61 1090 …", two IBANs a form glued, T35a).
  // The country's exact length, its check digits and where it ends (endsBefore) say it is one.
  const country = letterPair(shadow, i, b);
  specs ??= ibanSpecs();
  const entry = specs[country];
  if (entry?.chars === undefined) return -1;
  const length = entry.chars;
  // Read the characters once: their count and the ISO 13616 remainder of the BBAN. The check
  // digits must be 98 minus the remainder of BBAN, country, "00" (ibantools' isValidIBANChecksum,
  // the same arithmetic without a string per step); only then is ibantools asked about the BBAN's
  // structure (isValidBBAN: what isValidIBAN asks besides the length, the two digits and that sum).
  let count = 2;
  let sum = 0;
  let j = d;
  while (j < n && count < length) {
    const v = ibanValue(shadow.charCodeAt(j));
    if (v >= 0) {
      if (count >= 4) sum = fold(sum, v);
      count++;
    } else if (!plainSpaceAt(shadow, glued, j)) {
      const gap = gapAt(shadow, j, glued);
      if (gap === 0 || !isAlnumAt(shadow, j + gap)) break;
      j += gap - 1;
    }
    j++;
  }
  if (count !== length || !endsBefore(shadow, j)) return -1;
  const check = (shadow.charCodeAt(d) - 48) * 10 + shadow.charCodeAt(d2) - 48;
  if (checkDigits(sum, shadow.charCodeAt(i), shadow.charCodeAt(b)) !== check) return -1;
  // ibantools' isValidBBAN, the country's pattern compiled once (it compiles it on every call).
  // Between the check digits and the end only letters, digits, spaces, dashes, line breaks, a
  // quoted reply's "> " marks and combining marks were read.
  // (Read by char code: the two replacements it stands for cost ~4,000 instructions a call,
  // unitScans.ts.)
  const bban = bbanOf(shadow, d2 + 1, j);
  const spec = entry.spec;
  let pattern = entry.pattern;
  if (pattern === undefined) {
    const source = spec?.bban_regexp;
    pattern = entry.pattern = source ? new RegExp(source) : null;
  }
  if (pattern === null || !pattern.test(bban)) return -1;
  // (Read once and called on its spec, as a method: a validator set with setCountryBBANValidation
  // may read `this`.)
  const validate = spec?.bban_validation_func;
  if (validate && !validate.call(spec, bban)) return -1;
  // A combining mark typed after its last character goes with it (as a phone's, T37b): "IBAN
  // PL61…2874\u0301" left "[IBAN]\u0301" (T38d).
  const end = marksEnd(context.text, j);
  found.push({ start: i, end, confidence: 0.98 });
  return end;
}

// An IBAN starts with two letters and two digits: its first digit follows a letter, so it starts
// a digit run. Only the two characters before each run are read (and the combining marks typed
// after them, rare: "D\u0301E89…").
/** Where an IBAN whose check digits start `run` would start (its country code's first letter). */
function ibanStart(shadow: string, text: string, run: NumberRun): number {
  // Its check digits: a first group of two digits at least, or a mark typed between them.
  if (run.groupEnd(0) - run.start < 2 && !isGlueAt(text, shadow, run.start + 1)) return -1;
  let k = run.start - 1 - +(shadow.charCodeAt(run.start - 1) === 32);
  if (shadow.charCodeAt(k) >= 0x300) k = marksStart(shadow, k);
  k--;
  if (shadow.charCodeAt(k) >= 0x300) k = marksStart(shadow, k);
  return k;
}

/**
 * Whether ibanAt must read an IBAN start at `i`: false only where it would find none at once, a
 * first unit that is no ASCII letter, a second that is neither an ASCII letter nor a combining
 * mark, or two letters that are not a country ibantools knows (iban.prop.test.ts holds findIbans
 * to ibanAt at every position). Most runs follow a word ("order 4471", "am 12."): ibanAt was called for each,
 * through sweep's call of one of four readers, a call V8 does not inline.
 */
function mayStartIban(shadow: string, i: number): boolean {
  // The first letter ASCII first, whatever follows: a run after a word of another script (Arabic,
  // Japanese, Hindi…) was handed to ibanAt whole, its unit past U+02FF read as a possible mark
  // (T69c: half its calls on the bench's corpus).
  if (!isAsciiLetterAt(shadow, i)) return false;
  const second = shadow.charCodeAt(i + 1);
  // A mark after the first letter: ibanAt reads past it.
  if (second >= 0x300) return isCombiningAt(shadow, i + 1);
  if (!isAsciiLetterAt(shadow, i + 1)) return false;
  specs ??= ibanSpecs();
  return specs[letterPair(shadow, i)]?.chars !== undefined;
}

/**
 * The IBANs of the context, tried at `starts` (every position: the oracle's reading) or, without
 * them, where a digit run's check digits could follow a country code (ibanStart).
 */
export function findIbans(
  context: RecognizerContext,
  starts?: readonly number[],
): RecognizerMatch[] {
  if (starts !== undefined) return sweep(context, starts, ibanAt, true);
  // sweep's reading of the runs' starts, without the array of them, and only where mayStartIban.
  const found: RecognizerMatch[] = [];
  const { shadow } = context;
  const n = shadow.length;
  let lastEnd = 0;
  const runs = numberRuns(context);
  const text = runText(context);
  for (let r = 0; r < runs.length; r++) {
    const i = ibanStart(shadow, text, runs[r] as NumberRun);
    if (i < lastEnd || i >= n || !mayStartIban(shadow, i)) continue;
    const end = ibanAt(context, i, found);
    if (end >= 0) lastEnd = end;
  }
  return found;
}

// Poland's domestic account number (NRB) is its IBAN without "PL": 26 digits, written so on
// invoices and in transfers ("nr konta 61 1090 1014 0000 0712 1981 2874"). It passes both the
// IBAN's mod-97 with "PL" and the bank code's weighted check digit (one number in 970 does by
// chance), so a run of exactly 26 digits that does is one, in any locale.
const PL = letterPair('PL', 0);

/**
 * Poland's NRBs in the context (`found`, the IBANs found, and those), read at runs of 26 digits
 * whose groups are an NRB's print: one string of 26 digits (its electronic form), its
 * check number apart and the rest in fours (its paper form), the check number, the bank's 8 and
 * the account's 16 apart (its parts), or in fours from the start as its IBAN's print without
 * "PL". NBP's rule on the numbering of accounts (Zarządzenie nr 5/2002 Prezesa NBP, §7: the
 * electronic form "one string of 26 characters" with no separator; the paper form as nbportal.pl,
 * NBP's portal, "Numeracja rachunku bankowego", gives it: the check number and then every four
 * apart by a single space; bnpparibas.pl "NRB/IBAN standard": "cc aaaa aaaa bbbb bbbb bbbb bbbb";
 * biznes.wprost.pl writes the parts "XX YYYYYYYY ZZZZZZZZZZZZZZZZ"; all read 2026-12-05). A card
 * and a parcel's number beside it ("21323735696662870 599398072", cardBesideNumber.prop.test.ts
 * at FC_SEED=29738, T65c) make 26 digits one time in 970: no print of these.
 * That print is read here, not in a helper of its own (V62e: called for ~100 runs a pass of redact
 * 1, it ticked in the interpreter and compiled alone in the measured pass).
 */
function domesticAccounts(context: RecognizerContext, found: RecognizerMatch[]): RecognizerMatch[] {
  const { shadow } = context;
  let out = found;
  for (const run of numberRuns(context)) {
    if (run.digitCount !== 26) continue;
    // Its print: one group, the check number and the bank's 8 apart, or in fours with the check
    // number apart first or last.
    const g = run.groupCount;
    if (g === 3) {
      if (run.groupLength(0) !== 2 || run.groupLength(1) !== 8) continue;
    } else if (g === 7) {
      const short = run.groupLength(0) === 2 ? 0 : 6;
      let k = 0;
      while (k < 7 && run.groupLength(k) === (k === short ? 2 : 4)) k++;
      if (k < 7) continue;
    } else if (g !== 1) continue;
    // Not the digits of an IBAN (its letters right before) or of a longer code.
    if (run.start > 0 && isAsciiLetterAt(shadow, run.start - 1)) continue;
    const digits = run.digits;
    let sum = 0;
    for (let k = 2; k < 26; k++) sum = fold(sum, digits.charCodeAt(k) - 48);
    const check = (digits.charCodeAt(0) - 48) * 10 + digits.charCodeAt(1) - 48;
    if (checkDigits(sum, 80, 76) !== check) continue; // "P", "L"
    specs ??= ibanSpecs();
    const validate = specs[PL]?.spec?.bban_validation_func;
    if (validate && !validate(digits.slice(2))) continue;
    if (out === found) out = found.slice();
    out.push({ start: run.start, end: marksEnd(context.text, run.end), confidence: 0.95 });
  }
  return out;
}

/**
 * IBANs: a country code, two check digits and the BBAN, grouped by spaces or not, in any digit
 * script; valid only when ibantools accepts the country's length and BBAN structure and the
 * ISO 13616 mod-97 check. Also Poland's domestic form of its IBAN (NRB: the 26 digits without
 * "PL"), which passes the same checks with "PL" put back.
 */
export const ibanRecognizer = defineRecognizer({
  id: 'iban',
  type: 'iban',
  placeholder: '[IBAN]',
  find: (context) => domesticAccounts(context, findIbans(context)),
});
