import { countrySpecs } from 'ibantools';
import { defineRecognizer } from '../defineRecognizer.js';
import { isAsciiLetterAt, isDigitAt, isInvisible, referenceSpaceEnd } from '../digits.js';
import { numberRuns } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { sweep } from './sweep.js';

function isAlnumAt(s: string, i: number): boolean {
  return isDigitAt(s, i) || isAsciiLetterAt(s, i);
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
type Spec = (typeof countrySpecs)[string];
let specs: (Spec | undefined)[] | undefined;
const patterns: RegExp[] = [];

function ibanSpecs(): (Spec | undefined)[] {
  const out: (Spec | undefined)[] = [];
  for (const code in countrySpecs) out[letterPair(code, 0)] = countrySpecs[code];
  return out;
}

/** The number of the two ASCII letters at `i` (either case); of 'AA'-'ZZ', 0-675. */
function letterPair(s: string, i: number): number {
  return ((s.charCodeAt(i) | 0x20) - 0x61) * 26 + (s.charCodeAt(i + 1) | 0x20) - 0x61;
}

/**
 * The length of the separator at `j` between an IBAN's groups: a space, a dash or both (" - "), a
 * line break where a mail wrapped the line ("\n", " \n", "\r\n") with a quoted reply's "> "
 * marks after it (up to eight units), or a no-break space a mail's HTML source wrote as a
 * reference (`text` holds "&nbsp;" where the shadow holds its spaces); 0 if none.
 */
function gapAt(s: string, j: number, text: string): number {
  // Invisible characters before or after it, or alone, go with it: a soft hyphen of text copied
  // from a PDF beside a space ("DE89\u00ad 3704 …", read as two spaces, ended the IBAN, T34f).
  let i = j;
  while (isInvisible(text.charCodeAt(i))) i++;
  let k = i + plainGapAt(s, i, text);
  while (isInvisible(text.charCodeAt(k))) k++;
  return k - j;
}

function plainGapAt(s: string, j: number, text: string): number {
  const end = referenceSpaceEnd(text, s, j);
  if (end > 0) return end - j;
  if (s.startsWith(' - ', j)) return 3;
  const c = s.charCodeAt(j);
  let k = j + +(c === 32 || c === 13);
  if (s.charCodeAt(k) !== 10) return +(c === 32 || c === 45);
  for (const m = ++k + 8; k < m && (s.charCodeAt(k) === 62 || s.charCodeAt(k) === 32); ) k++;
  return k - j;
}

function ibanAt(context: RecognizerContext, i: number, found: RecognizerMatch[]): number {
  const { shadow } = context;
  const n = shadow.length;
  if (i + 4 > n || !isAsciiLetterAt(shadow, i) || !isAsciiLetterAt(shadow, i + 1)) return -1;
  // The check digits: right after the country code, or after one space ("PL 61 1090 …").
  const d = i + 2 + +(shadow.charCodeAt(i + 2) === 32);
  if (!isDigitAt(shadow, d) || !isDigitAt(shadow, d + 1)) return -1;
  if (i > 0 && isAlnumAt(shadow, i - 1)) return -1;
  const country = letterPair(shadow, i);
  specs ??= ibanSpecs();
  const spec = specs[country];
  if (spec?.chars === undefined) return -1;
  const length = spec.chars;
  // Read the characters once: their count and the ISO 13616 remainder of the BBAN. The check
  // digits must be 98 minus the remainder of BBAN, country, "00" (ibantools' isValidIBANChecksum,
  // the same arithmetic without a string per step); only then is ibantools asked about the BBAN's
  // structure (isValidBBAN: what isValidIBAN asks besides the length, the two digits and that sum).
  let count = 0;
  let sum = 0;
  let j = i;
  while (j < n && count < length) {
    const v = ibanValue(shadow.charCodeAt(j));
    if (v >= 0) {
      if (count >= 4) sum = fold(sum, v);
      count++;
    } else {
      const gap = gapAt(shadow, j, context.text);
      if (gap === 0 || !isAlnumAt(shadow, j + gap)) break;
      j += gap - 1;
    }
    j++;
  }
  if (count !== length || isAlnumAt(shadow, j)) return -1;
  const check = (shadow.charCodeAt(d) - 48) * 10 + shadow.charCodeAt(d + 1) - 48;
  if (checkDigits(sum, shadow.charCodeAt(i), shadow.charCodeAt(i + 1)) !== check) return -1;
  // ibantools' isValidBBAN, the country's pattern compiled once (it compiles it on every call).
  // Between the check digits and the end only letters, digits, spaces, dashes, line breaks and a
  // quoted reply's "> " marks were read.
  const bban = shadow
    .slice(d + 2, j)
    .replace(/[\s>-]/g, '')
    .toUpperCase();
  if (!spec.bban_regexp) return -1;
  patterns[country] ??= new RegExp(spec.bban_regexp);
  if (!patterns[country].test(bban)) return -1;
  if (spec.bban_validation_func && !spec.bban_validation_func(bban)) return -1;
  found.push({ start: i, end: j, confidence: 0.98 });
  return j;
}

// An IBAN starts with two letters and two digits: its first digit follows a letter, so it starts
// a digit run. Only the two characters before each run are read.
function ibanStarts(context: RecognizerContext): number[] {
  const out: number[] = [];
  const { shadow } = context;
  for (const run of numberRuns(context)) {
    if (run.groupEnd(0) - run.start < 2) continue;
    out.push(run.start - 2 - +(shadow.charCodeAt(run.start - 1) === 32));
  }
  return out;
}

// Poland's domestic account number (NRB) is its IBAN without "PL": 26 digits, written so on
// invoices and in transfers ("nr konta 61 1090 1014 0000 0712 1981 2874"). It passes both the
// IBAN's mod-97 with "PL" and the bank code's weighted check digit (one number in 970 does by
// chance), so a run of exactly 26 digits that does is one, in any locale.
const PL = letterPair('PL', 0);

function domesticAccounts(context: RecognizerContext, found: RecognizerMatch[]): RecognizerMatch[] {
  const { shadow } = context;
  let out = found;
  for (const run of numberRuns(context)) {
    if (run.digitCount !== 26) continue;
    // Not the digits of an IBAN (its letters right before) or of a longer code.
    if (run.start > 0 && isAsciiLetterAt(shadow, run.start - 1)) continue;
    const digits = run.digits;
    let sum = 0;
    for (let k = 2; k < 26; k++) sum = fold(sum, digits.charCodeAt(k) - 48);
    const check = (digits.charCodeAt(0) - 48) * 10 + digits.charCodeAt(1) - 48;
    if (checkDigits(sum, 80, 76) !== check) continue; // "P", "L"
    specs ??= ibanSpecs();
    const validate = specs[PL]?.bban_validation_func;
    if (validate && !validate(digits.slice(2))) continue;
    if (out === found) out = found.slice();
    out.push({ start: run.start, end: run.end, confidence: 0.95 });
  }
  return out;
}

/** The IBANs of the context, tried at `starts` (every position: the oracle's reading). */
export function findIbans(
  context: RecognizerContext,
  starts: readonly number[] = ibanStarts(context),
): RecognizerMatch[] {
  return sweep(context, starts, ibanAt, true);
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
