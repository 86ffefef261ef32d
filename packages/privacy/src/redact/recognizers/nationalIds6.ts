// Five national ids of Europe's largest online markets that redact kept (T61b, issue #14): Italy's
// codice fiscale, France's NIR, Germany's Steuer-IdNr, Belgium's national number and Portugal's
// NIF. Customers quote them to desks for invoices, returns and tax receipts. Their check rules and
// sources: checks/nationalIds6.ts. Each reads only the runs of its own digit counts (readsRuns), so
// a text without one pays nothing for them. Companies' numbers beside them stay: Italy's Partita
// IVA (eleven digits, no letter), France's SIREN and SIRET (9 and 14 digits), the USt-IdNr
// ("DE123456789", glued to its letters), Belgium's enterprise number (ten digits) and Portugal's
// NIPC (led by 5 to 9, which the NIF's check refuses).
import type { CountryCode } from '@meridian-cx/core';
import {
  beNrnValid,
  deTaxIdValid,
  frNirValid,
  itCfValid,
  ptNifValid,
} from '../checks/nationalIds6.js';
import { type ContextKind, contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { ID_WORDS_2_IN_COUNTRY } from './nationalIds2.js';
import { shopsGeneric } from './numericId.js';

/**
 * Words before each of these ids (read folded: without accents, in lower case). Italian: "codice
 * fiscale" and its abbreviations "cod. fiscale", "C.F." (the Agenzia delle Entrate's forms), and
 * "tessera sanitaria" (the health card that carries it). French: "sécurité sociale" (in "numéro
 * de sécurité sociale"), "sécu" (its everyday name), "NIR" and "numéro INSEE" (INSEE's names),
 * "carte Vitale" (the card that carries it), "immatriculation" (the Assurance Maladie's "numéro
 * d'immatriculation"). German: "Steuer-ID", "Steuer-IdNr.", "Identifikationsnummer" and
 * "steuerliche Identifikationsnummer" (§ 139b AO, the BZSt's letter), "IdNr". Belgian:
 * "rijksregisternummer", "rijksregister", "registre national", "numéro national" and
 * "Nationalregisternummer" (the number's names in Dutch, French and German), "INSZ" and "NISS"
 * (its social security names). Portuguese: "NIF", "contribuinte" (in "número de contribuinte"),
 * "identificação fiscal". Each with its English name.
 *
 * @since 0.1.0
 */
export const ID_WORDS_6 = {
  'it-cf': [
    'codice fiscale',
    'cod. fiscale',
    'cod fiscale',
    'cod. fisc',
    'c.f.',
    'c.f:',
    'cf:',
    'tessera sanitaria',
    'fiscal code',
    'italian tax code',
  ],
  'fr-nir': [
    'securite sociale',
    'secu',
    'nir',
    'numero insee',
    'n° insee',
    'carte vitale',
    'immatriculation',
    'french social security',
  ],
  'de-tax-id': [
    'steuer-id',
    'steuer id',
    'steuerid',
    'steuer-idnr',
    'identifikationsnummer',
    'idnr',
    'id-nr',
    'german tax id',
  ],
  'be-nrn': [
    'rijksregister',
    'registre national',
    'numero national',
    'nationalregisternummer',
    'insz',
    'niss',
    'national register number',
    'belgian national number',
  ],
  'pt-nif': ['nif', 'contribuinte', 'identificacao fiscal', 'portuguese tax number'],
} as const;

// How sure a match is: after its own label; in a print no other number takes (a code of letters
// and digits, a spacing only this id is printed in); bare in its country, in its print.
const OWN = 0.95;
const DISTINCT = 0.85;
const AT_HOME = 0.7;

/** One id's words away from and at home (with ID_WORDS_2_IN_COUNTRY's), and its country. */
type Words = {
  readonly country: CountryCode;
  readonly away: readonly string[];
  readonly home: readonly string[];
};

function wordsOf(country: CountryCode, words: readonly string[]): Words {
  return { country, away: words, home: [...words, ...ID_WORDS_2_IN_COUNTRY] };
}

const IT: Words = /* @__PURE__ */ wordsOf('IT', ID_WORDS_6['it-cf']);
const FR: Words = /* @__PURE__ */ wordsOf('FR', ID_WORDS_6['fr-nir']);
const DE: Words = /* @__PURE__ */ wordsOf('DE', ID_WORDS_6['de-tax-id']);
const BE: Words = /* @__PURE__ */ wordsOf('BE', ID_WORDS_6['be-nrn']);
const PT: Words = /* @__PURE__ */ wordsOf('PT', ID_WORDS_6['pt-nif']);

/**
 * The label before `start`: the id's own words, the phone's or a reference's; at home a generic id
 * word after a shop's ("Customer ID number") is the shop's number (numericId.ts shopsGeneric).
 */
function labelOf(context: RecognizerContext, start: number, words: Words): ContextKind {
  const home = context.country === words.country;
  const own = home ? words.home : words.away;
  const label = contextBefore(context, start, own);
  if (label === 'own' && home && shopsGeneric(context.shadow, start, own, ID_WORDS_2_IN_COUNTRY))
    return 'reference';
  return label;
}

/** Whether an ASCII letter or digit stands at `i` (inside the text). */
function alnumAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/** A built-in recognizer of the id `id` (type and id alike, its placeholder the default one). */
function idRecognizer(
  id: string,
  find: (context: RecognizerContext) => RecognizerMatch[],
  counts: number,
  glued = 0,
): Recognizer {
  return readsRuns(defineRecognizer({ id, type: id, find }), counts, 0, 0, 0, glued);
}

// The codice fiscale's places that hold a digit or its omocode letter: where a digit run may start
// inside one (its first digit's place).
const CF_DIGIT_PLACES = [6, 7, 9, 10, 12, 13, 14];

/**
 * Italy's codice fiscale: sixteen letters and digits, "RSSMRA85T10A562S", its digits as letters
 * where omocodia replaced them ("RSSMRA85T10A56NF"; {@link itCfValid}). A print no other number
 * takes (six letters, a date's code, a place's, a check letter: one random code of its shape in
 * 141 passes, 7,070 of a million): in capitals it goes anywhere (0.85), as a NIE does, after
 * an invoice's or an order's word too (Italian invoices carry it: "Fattura elettronica: CF …");
 * after its own label at 0.95; in lower case after its label only. Read from its
 * runs of two or three digits (the year, the day, the place's number): one where omocodia replaced
 * six or seven digits (the year's too: the 64th holder of one code and on) is not read.
 *
 * @since 0.1.0
 */
export const itCfRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'it-cf',
  (context) => {
    const found: RecognizerMatch[] = [];
    const s = context.shadow;
    let last = -1;
    const runs = numberRuns(context) as readonly NumberRun[];
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k] as NumberRun;
      // A letter right before: a code's place (most runs have a space or a sign there). Read
      // inside the text only: a read before its start throws a hot loop out of its compiled code.
      if (run.start < 6 || run.groupCount !== 1 || run.digitCount > 3) continue;
      const before = s.charCodeAt(run.start - 1) | 0x20;
      if (!(before >= 97 && before <= 122)) continue;
      const start = cfStart(s, run.start, last);
      if (start < 0) continue;
      last = start;
      const match = cfAt(context, start);
      if (match !== undefined) found.push(match);
    }
    return found;
  },
  // Its runs of two or three digits with a letter glued before (runs.ts runGlued; V61e: a run of
  // the counts alone woke it on 3,566 texts of redact 1's pass, a letter before on 1,173).
  0,
  (1 << 2) | (1 << 3),
);

/** Where a codice fiscale that holds the run at `runStart` starts (after `last`), or -1. */
function cfStart(s: string, runStart: number, last: number): number {
  for (const place of CF_DIGIT_PLACES) {
    const start = runStart - place;
    if (start <= last || start < 0 || alnumAt(s, start - 1) || alnumAt(s, start + 16)) continue;
    if (itCfValid(s.slice(start, start + 16).toUpperCase())) return start;
  }
  return -1;
}

/**
 * The codice fiscale at `start` as a match: in capitals past any word (an invoice's, an order's:
 * the code is what invoices carry); in lower case after its own label only.
 */
function cfAt(context: RecognizerContext, start: number): RecognizerMatch | undefined {
  const s = context.shadow;
  const upper = s.slice(start, start + 16) === s.slice(start, start + 16).toUpperCase();
  return labelled(context, start, start + 16, IT, () => (upper ? DISTINCT : 0));
}

// The NIR's printed groups: sex, year, month, département, commune, order, key.
const NIR_SHAPE = '1 2 2 2 3 3 2';
// The places after which its print sets a space (of the fifteen characters).
const NIR_BREAKS = [1, 3, 5, 7, 10, 13];

/**
 * A Corsican NIR at `start` (its département 2A or 2B breaks the digit run): its end and whether it
 * is spaced as printed, or -1. Read unbroken ("185052A00608456") or with a space at each of the
 * print's places ("1 85 05 2A 006 084 56").
 */
function corsicanAt(s: string, start: number): { end: number; printed: boolean } | undefined {
  let i = start;
  let body = '';
  let spaces = 0;
  for (let k = 0; k < 15; k++) {
    if (k > 0 && NIR_BREAKS.includes(k) && s.charCodeAt(i) === 32) {
      i++;
      spaces++;
    }
    if (i >= s.length) return undefined;
    const c = s.charCodeAt(i);
    const letter = k === 6 && (c === 65 || c === 66);
    if (!letter && !(c >= 48 && c <= 57)) return undefined;
    body += s.charAt(i);
    i++;
  }
  if (spaces !== 0 && spaces !== NIR_BREAKS.length) return undefined;
  if (alnumAt(s, i) || !frNirValid(body)) return undefined;
  return { end: i, printed: spaces !== 0 };
}

/**
 * One id of digits: the digit count of its runs (and another, Corsica's six before its letter, or
 * -1), and what a run of that count is: a match, or undefined.
 */
type DigitId = {
  readonly count: number;
  readonly alt: number;
  readonly at: (context: RecognizerContext, run: NumberRun) => RecognizerMatch | undefined;
};

/**
 * The ids of `id` in the context: each run of its counts asked of `id.at`. One function for the
 * four ids of digits (as nationalIds2.ts has one for its four): one compilation of the walk every
 * text of their counts pays; what a run of the count is, rarely asked further than its check, is
 * each id's own.
 */
function findDigitIds(id: DigitId, context: RecognizerContext): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const runs = numberRuns(context) as readonly NumberRun[];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as NumberRun;
    const n = run.digitCount;
    if (n !== id.count && n !== id.alt) continue;
    const match = id.at(context, run);
    if (match !== undefined) found.push(match);
  }
  return found;
}

/** {@link idRecognizer} of `id` by {@link findDigitIds}, reading the runs of its counts. */
function digitRecognizer(name: string, id: DigitId): Recognizer {
  return idRecognizer(
    name,
    (context) => findDigitIds(id, context),
    (1 << id.count) | (id.alt > 0 ? 1 << id.alt : 0),
  );
}

/** A match of [start, end) whose check holds, by its label (and its print: `bare`), or undefined. */
function labelled(
  context: RecognizerContext,
  start: number,
  end: number,
  words: Words,
  bare: (label: ContextKind) => number,
): RecognizerMatch | undefined {
  const s = context.shadow;
  if (gluedToCode(s, start, end) || numberedAfter(s, end)) return undefined;
  const label = labelOf(context, start, words);
  const confidence = label === 'own' ? OWN : bare(label);
  return confidence > 0 ? { start, end, confidence } : undefined;
}

/** Nothing but after the label. */
const NEVER = (): number => 0;

/** A NIR at `run` ({@link frNirRecognizer}). */
function nirAt(context: RecognizerContext, run: NumberRun): RecognizerMatch | undefined {
  const s = context.shadow;
  let end = run.end;
  let printed: boolean;
  if (run.digitCount === 15) {
    if (run.groupCount > 7 || !frNirValid(run.digits)) return undefined;
    printed = run.shape === NIR_SHAPE;
  } else {
    // "2 85 05 2" or "185052" before Corsica's letter.
    const c = end < s.length ? s.charCodeAt(end) : 0;
    if ((c !== 65 && c !== 66) || s.charCodeAt(end - 1) !== 50) return undefined;
    if (run.groupCount !== 1 && run.shape !== '1 2 2 1') return undefined;
    const corsican = corsicanAt(s, run.start);
    if (corsican === undefined) return undefined;
    end = corsican.end;
    printed = corsican.printed;
  }
  return labelled(context, run.start, end, FR, (label) =>
    printed && label !== 'reference' && label !== 'phone' ? DISTINCT : 0,
  );
}

/**
 * France's NIR (numéro de sécurité sociale): fifteen characters, "1 85 05 78 006 084 91", its key
 * 97 less the rest mod 97 ({@link frNirValid}); Corsica's "2A" and "2B" in it. Printed as the
 * Assurance Maladie prints it (1 2 2 2 3 3 2, spaced) it goes anywhere (0.85): no other number
 * takes that print, and one random run of fifteen digits in 268 passes the sex digit and the key
 * (3,727 of a million). In any other print (unbroken, in other groups) after its label only:
 * fifteen digits are an order's length.
 *
 * @since 0.1.0
 */
export const frNirRecognizer: Recognizer = /* @__PURE__ */ digitRecognizer('fr-nir', {
  count: 15,
  alt: 6,
  at: nirAt,
});

/**
 * Germany's Steuerliche Identifikationsnummer: eleven digits, the first not 0, one of the first ten
 * twice or three times and the rest once, an ISO 7064 MOD 11,10 check digit ({@link
 * deTaxIdValid}); printed "12 345 678 995" (the BZSt's letter) or unbroken. After its label; bare
 * in Germany in its spaced print (0.85), where one random run of eleven digits in 238 passes (4,206
 * of a million; a phone's digits start with 0, which it refuses; a German amount groups with dots).
 *
 * @since 0.1.0
 */
export const deTaxIdRecognizer: Recognizer = /* @__PURE__ */ digitRecognizer('de-tax-id', {
  count: 11,
  alt: -1,
  at: (context, run) => {
    if (run.groupCount > 4 || !deTaxIdValid(run.digits)) return undefined;
    // Above a bare phone's 0.8: a number dialled in Germany starts with 0 (or +49), which the
    // IdNr never does; these went as [PHONE] before.
    return labelled(context, run.start, run.end, DE, (label) =>
      label === 'none' && context.country === 'DE' && run.shape === '2 3 3 3' ? DISTINCT : 0,
    );
  },
});

/**
 * Belgium's national number (rijksregisternummer, INSZ/NISS): eleven digits, a birth date, a
 * counter and a mod-97 key over either century ({@link beNrnValid}). Printed as the eID card prints
 * it, "85.07.30-033.28", it goes anywhere (0.85): no other number takes that print; as the SIS card
 * printed it, "850730 033 28", bare in Belgium (0.7); unbroken or in other groups after its label.
 * One random run of eleven digits in 262 passes the date, the counter and the key (3,823 of a
 * million).
 *
 * @since 0.1.0
 */
export const beNrnRecognizer: Recognizer = /* @__PURE__ */ digitRecognizer('be-nrn', {
  count: 11,
  alt: -1,
  at: (context, run) => {
    if (run.groupCount > 5 || !beNrnValid(run.digits)) return undefined;
    return labelled(context, run.start, run.end, BE, (label) => {
      if (label === 'reference' || label === 'phone') return 0;
      const shape = run.shape;
      if (shape === '2.2.2-3.2') return DISTINCT;
      return shape === '6 3 2' && context.country === 'BE' ? AT_HOME : 0;
    });
  },
});

/**
 * Portugal's NIF of a person (número de contribuinte): nine digits led by 1, 2, 3 or 45, a mod-11
 * check digit ({@link ptNifValid}); "123 456 789" or unbroken. After its label only: one random
 * run of nine digits in 28 passes the first digit and the check (35,152 of a million), and a
 * Lisbon landline ("213 456 789") starts as a person's NIF does. A company's NIPC (5, 6, 7, 8,
 * 9) is no person's and stays.
 *
 * @since 0.1.0
 */
export const ptNifRecognizer: Recognizer = /* @__PURE__ */ digitRecognizer('pt-nif', {
  count: 9,
  alt: -1,
  at: (context, run) =>
    run.groupCount > 3 || !ptNifValid(run.digits)
      ? undefined
      : labelled(context, run.start, run.end, PT, NEVER),
});
