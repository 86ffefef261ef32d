// Nigeria's NUBAN (T46c, issue #14): the ten-digit account number every Nigerian bank gives, that
// customers type after "account number", "acct no" or "a/c", often beside their bank's name. Its
// check digit is computed over the bank's three-digit CBN code and the nine-digit serial
// (checks/bankAccounts.ts, with the CBN text it is read from): ten digits alone carry no code, and
// a random run passes for one bank or another, so the run is read only after an account's label,
// in Nigeria. A bank named beside it (or its code) is checked; the label alone goes at a lower
// confidence. An order's word nearer the run than the label keeps it.
import { nubanValid } from '../checks/bankAccounts.js';
import { contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';

/**
 * Words before a Nigerian account number (asOf 2026-12-04): "account number" (the CBN's own
 * "Bank Account Number", "account numbers" in its NUBAN standards of 2010), "account no", their
 * abbreviations "acct" and "a/c", "bank account", and "NUBAN" itself. Read at a word's start,
 * folded; "account" alone is not here (a shop's account, an order's page).
 *
 * @since 0.1.0
 */
export const NG_ACCOUNT_WORDS: readonly string[] = [
  'account number',
  'account no',
  'account num',
  'acct',
  'a/c',
  'bank account',
  'nuban',
];

/**
 * Nigerian banks' names as customers write them, with the bank's three-digit CBN code: the
 * table of the CBN's "Proposals on the Implementation of NUBAN Scheme" (v0.4, September 2010),
 * 23 of its 24 rows (Unity Bank's code is cut from the copies read), the names as the table
 * prints them, folded; "gtbank" and "gtb" for Guaranty Trust Bank as customers write it
 * (medium.com/@authorwales "Did We Score an Own Goal with NUBAN?"). Banks since merged keep
 * their codes in the table; banks licensed since 2010 are not in it (a known gap). Read
 * 2026-12-04.
 *
 * @since 0.1.0
 */
export const NG_BANK_CODES: readonly (readonly [name: string, code: string])[] = [
  ['access bank', '044'],
  ['afribank', '014'],
  ['citibank', '023'],
  ['diamond bank', '063'],
  ['ecobank', '050'],
  ['equitorial trust bank', '040'],
  ['equatorial trust bank', '040'],
  ['first bank', '011'],
  ['fcmb', '214'],
  ['fidelity bank', '070'],
  ['finbank', '085'],
  ['guaranty trust bank', '058'],
  ['gtbank', '058'],
  ['gtb', '058'],
  ['intercontinental bank', '069'],
  ['oceanic bank', '056'],
  ['bankphb', '082'],
  ['bank phb', '082'],
  ['skye bank', '076'],
  ['springbank', '084'],
  ['spring bank', '084'],
  ['stanbicibtc', '221'],
  ['stanbic ibtc', '221'],
  ['standard chartered', '068'],
  ['sterling bank', '232'],
  ['united bank for africa', '033'],
  ['union bank', '032'],
  ['wema bank', '035'],
  ['zenith bank', '057'],
];

// A bank named on the run's line at most this far before its start or after its end.
const BEFORE = 64;
const AFTER = 32;
// After the label with a bank in reach whose code the run passes; after the label alone (every
// ten digits there go: test/redact/nubanRates.test.ts).
const CHECKED = 0.95;
const LABELLED = 0.6;

/**
 * Nigeria's NUBAN: ten digits after an account's label ({@link NG_ACCOUNT_WORDS}) in Nigeria
 * (the country given, or en-NG's). With a bank of {@link NG_BANK_CODES} named on its line (or
 * "bank code" and its three digits), a run that passes that bank's check digit goes with
 * confidence 0.95; else after the label alone, 0.6. An order's word nearer than the label keeps
 * it; bare, no ten digits go.
 *
 * @since 0.1.0
 */
export const ngNubanRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'ng-nuban',
    type: 'bank-account',
    placeholder: '[ACCOUNT]',
    find: findNubans,
  }),
  // A run of one group of ten digits (findNubans): a first group of ten (V59a: not a phone's
  // ten digits in groups).
  0,
  1 << 10,
);

function findNubans(context: RecognizerContext): RecognizerMatch[] {
  if (context.country !== 'NG') return [];
  const found: RecognizerMatch[] = [];
  const s = context.shadow;
  for (const run of numberRuns(context) as readonly NumberRun[]) {
    if (run.groupCount !== 1 || run.digitCount !== 10) continue;
    const end = run.groupEnd(0);
    if (gluedToCode(s, run.start, end) || numberedAfter(s, end)) continue;
    if (contextBefore(context, run.start, NG_ACCOUNT_WORDS) !== 'own') continue;
    const digits = s.slice(run.start, end);
    const checked = codesInReach(context.lower, run.start, end).some((c) => nubanValid(c, digits));
    found.push({ start: run.start, end, confidence: checked ? CHECKED : LABELLED });
  }
  return found;
}

const BANK_CODE = /bank code:?\s*(\d{3})(?!\d)/g;

/** The CBN codes of the banks named (or "bank code" written) on the line near `start`–`end`. */
function codesInReach(lower: string, start: number, end: number): string[] {
  const from = Math.max(lower.lastIndexOf('\n', start - 1) + 1, start - BEFORE);
  let to = lower.indexOf('\n', end);
  to = Math.min(to < 0 ? lower.length : to, end + AFTER);
  const near = lower.slice(from, to);
  const codes: string[] = [];
  for (const [name, code] of NG_BANK_CODES) {
    for (let i = near.indexOf(name); i >= 0; i = near.indexOf(name, i + 1))
      if (!wordChar(near, i - 1) && !wordChar(near, i + name.length)) {
        codes.push(code);
        break;
      }
  }
  for (const m of near.matchAll(BANK_CODE)) codes.push(m[1] as string);
  return codes;
}

const WORD = /[\p{L}\p{N}]/u;

function wordChar(s: string, i: number): boolean {
  return i >= 0 && i < s.length && WORD.test(s.charAt(i));
}
