// Domestic bank account numbers in their home print (T45c, issue #14): IBANs were found, but a
// customer at home types the account as the bank prints it. Czech only so far: its rule and
// sources, and why Morocco's RIB is not here, are in checks/bankAccounts.ts. The print is
// [first part-]second part/bank code ("19-2000145399/0800"): the dash joins the two parts into
// one digit run, and the slash, which no run reads through (runs.ts), parts it from the code.
import { czAccountValid } from '../checks/bankAccounts.js';
import { contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';

/**
 * Words before a domestic account number (asOf 2026-12-04): Czech "číslo účtu" and its cases
 * (the term of ČNB decree 169/2011 Sb., "Číslo účtu", "pravidel tvorby čísla účtu"), its
 * abbreviation "č. ú.", "účet" and its cases (the decree's "účtu klienta"), "bankovní spojení"
 * (bank details: "jednoznačné určení účtu klienta – číslo bankovního účtu", busyman.cz), and
 * English "bank account", "account number", "account no". Words are read at a word's start and
 * folded, so "ucet" reads as "účet"; "účet" and its cases with the space or colon after them, so
 * that "účetní doklad" (an accounting document) and "účtujeme" (we charge) name no account.
 *
 * @since 0.1.0
 */
export const ACCOUNT_WORDS: readonly string[] = [
  'číslo účtu',
  'čísla účtu',
  'číslem účtu',
  'číslu účtu',
  'č. ú.',
  'č.ú.',
  'účet ',
  'účet:',
  'účtu ',
  'účtu:',
  'účtem ',
  'bankovní spojení',
  'bank account',
  'account number',
  'account no',
];

/**
 * The Czech payment system codes (kódy platebního styku) an account goes bare with, ČNB's
 * "Číselník kódů platebního styku v České republice" (ČKPS) as read: version 202, valid from
 * 2019-07-01 (docslib.org's copy, its first page, 0100 to 7970); 6363 (Partners Banka) from
 * cs.wikipedia.org "Kód banky", which names ČKPS its source; 7980 to 8211 from finance.cz "Jaké
 * jsou kódy bank v ČR?" (2019-05-27), the rest of ČKPS not read. A list, not a structural check:
 * a code is four digits, and "123456/2024" (a file's reference, "č. j."), a law's "110/2019" or
 * an invoice's number end in a year that no bank holds. A code the list misses (a bank since,
 * ČKPS's second page) goes after a label only: any four digits do there. Read 2026-12-04.
 *
 * @since 0.1.0
 */
export const CZ_BANK_CODES: readonly string[] = (
  '0100 0300 0600 0710 0800 2010 2020 2030 2060 2070 2100 2200 2220 2240 2250 2260 2275 2600 ' +
  '2700 3030 3050 3060 3500 4000 4300 5500 5800 6000 6100 6200 6210 6300 6363 6700 6800 7910 ' +
  '7940 7950 7960 7970 7980 7990 8030 8040 8060 8090 8150 8211'
).split(' ');

// After its label, in any print the decree allows; bare only in the Czech Republic, with a listed
// bank code and a second part of six digits or more (or a first part): a law's or a file's
// number is shorter. A random second part passes the check 1 in 11, and a random code is listed
// about 1 in 208 (48 of 10,000).
const OWN = 0.95;
const AT_HOME = 0.7;
const BARE_DIGITS = 6;

/**
 * Czech bank account number (číslo účtu): an optional first part of up to six digits and a dash,
 * a second part of two to ten, a slash and the four-digit bank code, each part passing the
 * decree's mod-11 check ({@link czAccountValid}). After its label ("číslo účtu", "č. ú.",
 * "účet", "bankovní spojení", "account number"); bare in the Czech Republic with a bank code of
 * {@link CZ_BANK_CODES} and six digits or more. After an order's word ("objednávka") it stays.
 *
 * @since 0.1.0
 */
export const czAccountRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'cz-account',
    type: 'bank-account',
    placeholder: '[ACCOUNT]',
    find: findAccounts,
  }),
  // Its bank code is the first group, of four digits, of the run after the slash (findAccounts).
  0,
  1 << 4,
);

function findAccounts(context: RecognizerContext): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const s = context.shadow;
  const runs = numberRuns(context) as readonly NumberRun[];
  for (let k = 0; k + 1 < runs.length; k++) {
    const run = runs[k] as NumberRun;
    // "…/0800": the code right after the slash, four digits that end its run's first group. A
    // slash before the number too makes it a part of a date's or a code's chain ("02/19/2025",
    // "FV/2026/12/3094"), not an account.
    if (s.charCodeAt(run.end) !== 47 || s.charCodeAt(run.start - 1) === 47) continue;
    const code = runs[k + 1] as NumberRun;
    if (code.start !== run.end + 1 || code.groupLength(0) !== 4) continue;
    let prefix = '';
    let number: string;
    if (run.groupCount === 1) number = run.digits;
    else if (run.groupCount === 2 && run.sepAt(0) === 45 && run.groupLength(0) <= 6) {
      prefix = s.slice(run.groupStart(0), run.groupEnd(0));
      number = s.slice(run.groupStart(1), run.groupEnd(1));
    } else continue;
    if (!czAccountValid(prefix, number)) continue;
    const end = code.groupEnd(0);
    if (gluedToCode(s, run.start, end) || numberedAfter(s, end)) continue;
    const label = contextBefore(context, run.start, ACCOUNT_WORDS);
    if (label === 'own') found.push({ start: run.start, end, confidence: OWN });
    else if (
      label !== 'reference' &&
      context.country === 'CZ' &&
      (prefix !== '' || number.length >= BARE_DIGITS) &&
      CZ_BANK_CODES.includes(s.slice(code.start, end))
    )
      found.push({ start: run.start, end, confidence: AT_HOME });
  }
  return found;
}
