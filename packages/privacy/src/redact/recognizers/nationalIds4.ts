// Six national ids of the Americas, Ireland, Croatia and Hong Kong that redact kept (T38c, issue
// #14): Chile's RUT/RUN, Argentina's CUIT/CUIL, Canada's SIN, Ireland's PPSN, Croatia's OIB and
// Hong Kong's HKID. Their check rules and sources: checks/nationalIds4.ts. Their labels are kept
// here (read only by these recognizers), as nationalIds2.ts keeps its own.
//
// Every check here is weak: one random body in 10 to 23 passes (the CUIT's type and digit, one run
// of eleven in 160). So a bare number needs its label everywhere, as the Thai id does; only a print
// that no order, amount or date takes goes without one: the RUT dotted with its dash and check
// ("12.345.678-5"), the CUIT dashed 2-8-1 ("20-12345678-6"), the HKID with its check in brackets
// ("A123456(3)"). "envío" (also "I send") vetoes none of these three; the other shipping words
// ("seguimiento", "tracking", "Sendung", "colis", "kargo", "przesyłka"…: shippingWords.ts) veto
// the RUT's and the HKID's, not the CUIT's, which a random string passes 1 in 149 (T41b, T42b,
// T43a). An HKID whose check
// is glued and written again in brackets ("A0000003(3)", 1 in 108) goes without its label in Hong
// Kong only (T42b). The SIN's spacings (123 456 782, 123-456-782) are a phone's and a list's too,
// the PPSN's seven digits and a letter a product code's: with their label only.
import type { CountryCode } from '@meridian-cx/core';
import { dniLetter } from '../checks/nationalIds.js';
import {
  arCuitValid,
  caSinValid,
  clRutValid,
  hkIdValid,
  hrOibValid,
  iePpsnValid,
} from '../checks/nationalIds4.js';
import { contextBefore, gluedToCode, isSpaceless, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isAsciiLetterAt, isDigitAt, unitAt } from '../digits.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import {
  pastShippingWord,
  SENT,
  SHIPPING_WORDS,
  type ShippingWeighing,
  shippingWeighing,
} from '../shippingWords.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { ID_WORDS_2_IN_COUNTRY } from './nationalIds2.js';
import { shopsGeneric } from './numericId.js';

/**
 * Words before each of these ids, read in any country. Spanish (Chile): RUT, "rol único
 * tributario", "rol único nacional" (the RUN, the same number on the cédula: biobiochile.cl).
 * Spanish (Argentina): CUIT, CUIL and their names. English and French (Canada): "social insurance
 * number", "numéro d'assurance sociale", "SIN number", "SIN no". English and Irish (Ireland): PPS,
 * PPSN, "personal public service number", "Uimhir PSP", "Uimhir Phearsanta Seirbhíse Poiblí"
 * (welfare.ie's Irish page, and its genitive "hUimhreach PSP"). Croatian: OIB (OIB-a), "osobni
 * identifikacijski broj" and its genitive and locative (the law's name, "Zakon o osobnom
 * identifikacijskom broju"). Hong Kong: HKID, "Hong Kong ID", "Hong Kong identity card",
 * 香港身份證 and 身份證 (identity card), 身份證號碼 (its number).
 *
 * @since 0.1.0
 */
export const ID_WORDS_4 = {
  // "rut" with what ends it: alone it starts "ruta" (a road: "Ruta 68").
  'cl-rut': [
    'rut ',
    'rut:',
    'rut.',
    'rut#',
    'r.u.t',
    'rol único tributario',
    'rol unico tributario',
    'rol único nacional',
    'rol unico nacional',
    'chilean id',
  ],
  'ar-cuit': [
    'cuit',
    'cuil',
    'c.u.i.t',
    'c.u.i.l',
    'clave única de identificación',
    'clave unica de identificacion',
    'código único de identificación',
    'codigo unico de identificacion',
  ],
  'ca-sin': [
    'social insurance number',
    'social insurance no',
    "numéro d'assurance sociale",
    "numero d'assurance sociale",
    'numéro d’assurance sociale',
    'assurance sociale',
    'sin number',
    'sin no',
    'sin #',
    'sin#',
    'sin:',
  ],
  'ie-ppsn': [
    'pps',
    'ppsn',
    'personal public service',
    'uimhir psp',
    'huimhreach psp',
    'uimhir phearsanta seirbhíse poiblí',
  ],
  'hr-oib': [
    'oib',
    'osobni identifikacijski broj',
    'osobnog identifikacijskog broja',
    'osobnom identifikacijskom broju',
  ],
  'hk-hkid': [
    'hkid',
    'hk id',
    'hong kong id',
    'hong kong identity',
    '香港身份證',
    '香港身份证',
    '身份證',
    // Ending where "號碼" (number, a phone's label alone: keywords.ts PHONE_WORDS) ends, as
    // nationalIds2.ts's 身份证号码 does: at the tie the id's own label names it.
    '身份證號碼',
    '身份证号码',
  ],
} as const;

/**
 * Words that name an id only where the customer lives in its country, or writes one of its
 * languages (HOME_LANGUAGES): "SIN" and "NAS" alone (in Spanish "sin" is "without", in Portuguese
 * "nas" is "in the": "Llámame sin falta al 130 692 544" is no SIN), "RUN" alone (an English
 * word). In Hong Kong the generic "ID number", "ID card" (ID_WORDS_2_IN_COUNTRY) name the HKID
 * too, as they name the Thai id in Thailand.
 */
const HOME_WORDS: Readonly<Record<keyof typeof ID_WORDS_4, readonly string[]>> = {
  'cl-rut': ['run ', 'run:', 'run.'],
  'ar-cuit': [],
  'ca-sin': ['sin ', 'nas ', 'nas:'],
  'ie-ppsn': [],
  'hr-oib': [],
  'hk-hkid': ID_WORDS_2_IN_COUNTRY,
};

/**
 * The languages whose writers read an id's home words wherever they live: an English or French
 * speaker's "SIN", "NAS" is Canada's ("My SIN is 130 692 544" from a customer in the US).
 */
const HOME_LANGUAGES: Readonly<Record<keyof typeof ID_WORDS_4, readonly string[]>> = {
  'cl-rut': [],
  'ar-cuit': [],
  'ca-sin': ['en', 'fr'],
  'ie-ppsn': [],
  'hr-oib': [],
  'hk-hkid': [],
};

// How an id's print names it: alone ('formatted': a print no other number takes), alone in the
// id's country ('home': the HKID's check glued and again in brackets) or with its own label only
// ('labelled').
type Mode = 'formatted' | 'home' | 'labelled';

/**
 * One id read at a run: where it starts and ends, its print, and its characters to check.
 *
 * @since 0.1.0
 */
export type Reading = { start: number; end: number; mode: Mode; id: string };

/** One id: its type, labels, country, and the reader of its prints around a digit run. */
type IdSpec = ShippingWeighing & {
  readonly id: string;
  readonly type: string;
  readonly placeholder: string;
  readonly words: readonly string[];
  /** Its words and its home words: the labels read where the customer is from `country`. */
  readonly home: readonly string[];
  readonly country: CountryCode;
  /** The languages (BCP 47 primary subtags) whose writers read its home words anywhere. */
  readonly languages: readonly string[];
  /** Whether its home words hold the generic ones a shop's word may own ("Customer ID number"). */
  readonly generic: boolean;
  /** The digit counts of the runs its reader takes, a bit per count (all below 32). */
  readonly lengths: number;
  /** Its reading at `run`, its check not yet read, or undefined (writes `out`). */
  readonly read: (s: string, run: NumberRun, out: Reading) => boolean;
  readonly valid: (id: string) => boolean;
  /**
   * How sure its reading `out` is with no label (read after its check holds): 0.85 for a print
   * only the id has, 0 for one it shares; the RUT's own reading (rutBare) where a DNI shares it.
   */
  readonly bare: (context: RecognizerContext, out: Reading) => number;
};

/** Whether a letter or a digit stands at `i` (no word ends there). */
function wordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && /[\p{L}\p{N}]/u.test(s.charAt(i));
}

/**
 * The ids of `spec` in the context (see the file's header for when each goes): read at the runs
 * of its digit counts or, with `everyRun`, at every run (the oracle's reading).
 */
function findIds(spec: IdSpec, context: RecognizerContext, everyRun: boolean): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const s = context.shadow;
  const out: Reading = { start: 0, end: 0, mode: 'labelled', id: '' };
  const lengths = spec.lengths;
  for (const run of numberRuns(context) as readonly NumberRun[]) {
    // Its digit counts first, as nationalIds2.ts's findIds reads them: at most one run in six
    // has one of an id's (the RUT's seven to nine digits: 3,700 of the stream's 24,000 runs;
    // the SIN's nine: 1,100), and the six readers behind this one call site cost a call each
    // that V8 cannot inline (T39a).
    const n = run.digitCount;
    if ((n >= 32 || ((lengths >>> n) & 1) === 0) && !everyRun) continue;
    if (!spec.read(s, run, out) || !spec.valid(out.id)) continue;
    const confidence = confidenceOf(spec, context, out);
    if (confidence > 0) found.push({ start: out.start, end: out.end, confidence });
  }
  return found;
}

/** How sure an id whose check holds at `out` is, by its label and print; 0: not one. */
function confidenceOf(spec: IdSpec, context: RecognizerContext, out: Reading): number {
  const s = context.shadow;
  const { start, end } = out;
  if (gluedToCode(s, start, end)) return 0;
  const home = context.country === spec.country || spokenHome(spec, context.locale);
  let label = contextBefore(context, start, home ? spec.home : spec.words);
  // "Customer ID number: A123456(3)" in Hong Kong: the shop's number, not the card's.
  if (label === 'own' && home && spec.generic && shopsGeneric(s, start, spec.words, spec.home))
    label = 'reference';
  if (label === 'own') return 0.95;
  if (
    label === 'reference' &&
    !(out.mode === 'formatted' && pastShippingWord(spec, context, start))
  )
    return 0;
  if (numberedAfter(s, end)) return 0;
  return spec.bare(context, out);
}

/** The confidence of a print only the id has (0.85) and of one it shares (0) with no label. */
function printOnly(_context: RecognizerContext, out: Reading): number {
  return out.mode === 'formatted' ? 0.85 : 0;
}

/** Whether `locale`'s language is one of the id's home languages ("en-US" for the SIN). */
function spokenHome(spec: IdSpec, locale: string): boolean {
  for (const language of spec.languages)
    if (locale.startsWith(language) && (locale.length === 2 || locale.charAt(2) === '-'))
      return true;
  return false;
}

// The shipping words a formatted print whose check holds goes past (T40a, T41b, T42b), by how
// often a random string of that print passes its check (idGapsRates.test.ts,
// moreIds4Rates.test.ts; the words and their sources: shippingWords.ts). "envío" (also "I send")
// vetoes none of the three formatted prints, the RUT dotted (a random one passes 1 in 12), the
// HKID with its check in brackets (1 in 11) and the CUIT 2-8-1 (1 in 149). The other shipping
// words ("seguimiento", "tracking", "Sendung", "colis", "kargo", "przesyłka"…) are nouns: a
// carrier's number printed so would pass 1 in 11 or 12 as a RUT or an HKID, too often, but 1 in
// 149 as a CUIT (a type of seven and a mod-11 digit never 10): the CUIT alone goes past them
// ("Seguimiento: 20-12345678-6", "Tracking: 20-12345678-6"). The bare and unbroken prints, which
// an order's number takes, and every other reference word ("Pedido", "order") still veto.

/** The id `spec` describes, with its home words and languages and its digit counts as bits. */
function idSpec(
  spec: Omit<
    IdSpec,
    'home' | 'generic' | 'languages' | 'lengths' | 'bare' | 'unvetoed' | 'vetoing'
  > & {
    /** The digit counts of the runs `read` takes. */
    readonly digits: readonly number[];
    readonly bare?: IdSpec['bare'];
    readonly unvetoed?: readonly string[];
  },
): IdSpec {
  const extra = HOME_WORDS[spec.id as keyof typeof ID_WORDS_4];
  const unvetoed = spec.unvetoed ?? [];
  let lengths = 0;
  for (const n of spec.digits) lengths |= 1 << n;
  const full: IdSpec = {
    id: spec.id,
    type: spec.type,
    placeholder: spec.placeholder,
    words: spec.words,
    home: [...spec.words, ...extra],
    country: spec.country,
    languages: HOME_LANGUAGES[spec.id as keyof typeof ID_WORDS_4],
    generic: extra === ID_WORDS_2_IN_COUNTRY,
    lengths,
    read: spec.read,
    valid: spec.valid,
    bare: spec.bare ?? printOnly,
    // Built once per id: the lists are read only where a shipping word stands before its print.
    ...shippingWeighing(unvetoed),
  };
  return full;
}

/** A recognizer of the id `spec`. */
function idRecognizer(spec: IdSpec): Recognizer {
  return readsRuns(
    defineRecognizer({
      id: spec.id,
      type: spec.type,
      placeholder: spec.placeholder,
      find: (context) => findIds(spec, context, false),
    }),
    // The runs of its digit counts (findIds).
    spec.lengths,
  );
}

/** The upper-case ASCII letter at `i` ('' if none). */
function letterAt(s: string, i: number): string {
  return isAsciiLetterAt(s, i) ? s.charAt(i).toUpperCase() : '';
}

/**
 * A RUT at `run`: a body of 7 or 8 digits and its check, a digit or K. Dotted in thousands with a
 * dash before the check ("12.345.678-5", "9.868.503-0", "12.345.678-K") it is the RUT's print,
 * formatted; unbroken with the dash ("12345678-5"), or no dash ("123456785", "12345678K"), with its
 * label only. A run dashed in a date's or a phone's groups takes no dotted shape.
 *
 * Its prints are read from the run's groups, not from its shape ("2.3.3-1", "8-1", "9"…): the
 * string built for each run of seven to nine digits, and what V8 compiled of that reading, cost
 * the stream 7M instructions of 6,716M (T39a). The shapes are the oracle
 * (nationalIds4.prop.test.ts).
 *
 * @since 0.1.0
 */
export function readRut(s: string, run: NumberRun, out: Reading): boolean {
  const n = run.digitCount;
  const g = run.groupCount;
  if (n < 7 || n > 9 || g > 4) return false;
  let end = run.end;
  // The digits are read last: most runs of seven to nine digits take none of its shapes.
  let check = '';
  // The K check after a dash, glued or the body alone: the run ends before it. (No unit past the
  // text's end is read, -1 there: a run that ended a text read one and threw this reading out of
  // its compiled code mid-stream, --trace-deopt, T56d.)
  const after = end < s.length ? s.charCodeAt(end) : -1;
  const k = after === 45 && end + 1 < s.length && (s.charCodeAt(end + 1) | 0x20) === 107;
  const kGlued = !k && (after | 0x20) === 107;
  if ((k || kGlued) && !wordAt(s, end + (k ? 2 : 1)) && n <= 8) {
    check = 'K';
    end += k ? 2 : 1;
    // "12.345.678-K", "1.234.567-K"; "12345678K", "1234567-K" (seven or eight digits here).
    if (k && g === 3 && dottedBody(run)) out.mode = 'formatted';
    else if (g === 1) out.mode = 'labelled';
    else return false;
  } else if (g === 4 && dottedBody(run) && run.sepText(2) === '-' && run.groupLength(3) === 1)
    out.mode = 'formatted';
  // "123456785", "12345678"; "12345678-5", "1234567-5": the body of seven or eight digits.
  else if (n >= 8 && (g === 1 || (g === 2 && run.sepText(0) === '-' && run.groupLength(1) === 1))) {
    if (wordAt(s, end)) return false;
    out.mode = 'labelled';
  } else return false;
  out.start = run.start;
  out.end = end;
  out.id = run.digits + check;
  return true;
}

/** Whether a run's first three groups are a RUT's body dotted in thousands ("12.345.678"). */
function dottedBody(run: NumberRun): boolean {
  const first = run.groupLength(0);
  return (
    (first === 1 || first === 2) &&
    run.groupLength(1) === 3 &&
    run.groupLength(2) === 3 &&
    run.sepText(0) === '.' &&
    run.sepText(1) === '.'
  );
}

/**
 * A CUIT/CUIL at `run`: printed 2-8-1 ("20-12345678-6"), the print AFIP gives it, formatted;
 * unbroken or spaced 2 8 1 with its label only.
 */
function readCuit(_s: string, run: NumberRun, out: Reading): boolean {
  if (run.digitCount !== 11 || run.groupCount > 3) return false;
  const shape = run.shape;
  if (shape === '2-8-1') out.mode = 'formatted';
  else if (shape === '11' || shape === '2 8 1') out.mode = 'labelled';
  else return false;
  out.start = run.start;
  out.end = run.end;
  out.id = run.digits;
  return true;
}

/**
 * A SIN at `run`: nine digits, unbroken or 3-3-3 by spaces or dashes, with its label only.
 *
 * @since 0.1.0
 */
export function readSin(_s: string, run: NumberRun, out: Reading): boolean {
  if (run.digitCount !== 9) return false;
  // Its prints "9", "3 3 3" and "3-3-3" read from the run's groups, not from its shape (as
  // readRut reads): the shape's string, and its builder inlined here, made this reader one of
  // the largest compiles V8 did in the fourth pass of the workload (T66c).
  const g = run.groupCount;
  if (g !== 1) {
    if (g !== 3 || run.groupLength(0) !== 3 || run.groupLength(1) !== 3) return false;
    const sep = run.sepText(0);
    if ((sep !== ' ' && sep !== '-') || run.sepText(1) !== sep) return false;
  }
  out.mode = 'labelled';
  out.start = run.start;
  out.end = run.end;
  out.id = run.digits;
  return true;
}

/** An OIB at `run`: eleven digits, unbroken, with its label only ("OIB: 94577403194"). */
function readOib(_s: string, run: NumberRun, out: Reading): boolean {
  if (run.digitCount !== 11 || run.groupCount !== 1) return false;
  out.mode = 'labelled';
  out.start = run.start;
  out.end = run.end;
  out.id = run.digits;
  return true;
}

/**
 * A PPSN at `run`: seven digits and its check letter glued, and a second letter glued or not
 * ("1234567T", "1234567TA", "1234567tw"), with its label only: "1234567A" is a product code's
 * print too, and one letter in 23 is the check. Its letters after a space, in capitals ("PPS
 * 1234567 T", "1234567 TW", which stayed whole), with its label too: in lower case a word follows
 * ("PPS 1234567 to"), no check.
 */
function readPpsn(s: string, run: NumberRun, out: Reading): boolean {
  if (run.digitCount !== 7 || run.groupCount !== 1) return false;
  let end = run.end;
  if (s.charCodeAt(end) === 32 && isCapitalAt(s, end + 1)) {
    end++;
    if (isAsciiLetterAt(s, end + 1) && !isCapitalAt(s, end + 1)) return false;
  }
  const check = letterAt(s, end);
  if (check === '') return false;
  const second = letterAt(s, end + 1);
  const last = end + (second === '' ? 1 : 2);
  if (wordAt(s, last)) return false;
  out.mode = 'labelled';
  out.start = run.start;
  out.end = last;
  out.id = run.digits + check + second;
  return true;
}

/** Whether an upper-case ASCII letter stands at `i`. */
function isCapitalAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/**
 * An HKID at `run`: one or two capital letters glued before six digits, then the check (a digit
 * or A) in brackets, glued or after a space ("A123456(3)", "AB987654 (3)"): the card's print,
 * formatted; glued to the digits ("A1234563", "J861370A"), with its label only; glued and written
 * again in its brackets ("A0000003(3)", "A000002A (A)"), at home (see hkidBare). A letter before
 * the prefix makes it a code's.
 *
 * @since 0.1.0
 */
export function readHkid(s: string, run: NumberRun, out: Reading): boolean {
  const n = run.digitCount;
  if ((n !== 6 && n !== 7) || run.groupCount !== 1) return false;
  // A capital right before the digits, or no HKID: asked here, the rest apart (hkidAt), only
  // where one stands. Every run of six or seven digits is asked, few have one, and V8 compiled
  // the whole reading, met at each, in the fourth pass of the workload (T66c).
  const start = run.start;
  const c = start > 0 ? unitAt(s, start - 1) : -1;
  return c >= 65 && c <= 90 && hkidAt(s, run, out);
}

/**
 * readHkid's reading, whole (the oracle of its gate, nationalIds4.prop.test.ts): the capital
 * before the digits read again here.
 *
 * @since 0.1.0
 */
export function hkidAt(s: string, run: NumberRun, out: Reading): boolean {
  const n = run.digitCount;
  if ((n !== 6 && n !== 7) || run.groupCount !== 1) return false;
  const start = run.start;
  const one = letterAt(s, start - 1);
  if (one === '' || s.charCodeAt(start - 1) > 90) return false;
  const two = letterAt(s, start - 2);
  const upperTwo = two !== '' && s.charCodeAt(start - 2) <= 90;
  if (two !== '' && !upperTwo) return false;
  const from = start - (upperTwo ? 2 : 1);
  // Han and kana are written onto it ("我的是D288754(2)"); a Latin letter or a digit makes a code.
  if (wordAt(s, from - 1) && !isSpaceless(s.charAt(from - 1))) return false;
  const prefix = upperTwo ? two + one : one;
  let end = run.end;
  let check: string;
  if (n === 7) {
    check = s.charAt(end - 1);
    if (wordAt(s, end)) return false;
    const glued = end;
    end = repeatedCheck(s, glued, check);
    out.mode = end === glued ? 'labelled' : 'home';
  } else if (s.charCodeAt(end) === 65 && !wordAt(s, end + 1)) {
    // The check A glued ("J861370A"), as the digit one is: with its label only.
    check = 'A';
    end = repeatedCheck(s, end + 1, check);
    out.mode = end === run.end + 1 ? 'labelled' : 'home';
  } else {
    const open = s.charCodeAt(end) === 32 ? end + 1 : end;
    if (s.charCodeAt(open) !== 40 || s.charCodeAt(open + 2) !== 41) return false;
    const c = s.charAt(open + 1).toUpperCase();
    if (c !== 'A' && !isDigitAt(s, open + 1)) return false;
    check = c;
    end = open + 3;
    out.mode = 'formatted';
  }
  out.start = from;
  out.end = end;
  out.id = prefix + s.slice(start, start + 6) + check;
  return true;
}

/**
 * How sure a RUT is with no label. A body of eight digits with the check K is a Spanish DNI too
 * when its DNI letter is K (one body in 23: "10.000.030-K", "10000030-k"), which Spain's reader
 * took as [DNI] at 0.85, ahead of the RUT at the tie. In Chile, or in the RUT's dotted print
 * outside Spain, it is the RUT: 0.9, ahead of the DNI's 0.85 (its own label, "DNI", still names
 * the DNI at 0.95). Only where the DNI reads it: a bare RUT of another check stays as it was.
 */
function rutBare(context: RecognizerContext, out: Reading): number {
  const id = out.id;
  if (id.length === 9 && id.charCodeAt(8) === 75 && dniLetter(id.slice(0, 8)) === 'K') {
    if (context.country === 'CL') return 0.9;
    if (out.mode === 'formatted' && context.country !== 'ES') return 0.9;
  }
  return printOnly(context, out);
}

/**
 * How sure an HKID is with no label. Its check glued and written again in brackets ("A0000003(3)",
 * a customer copying the card's digits and then its bracket) is a print a random string of it
 * passes 1 in 108 (its check 1 in 11, the bracket's repeat 1 in 10: idGapsRates.test.ts), no
 * order's or product code's print: 0.85 in Hong Kong, where the card is, as the bracketed print
 * goes; elsewhere a code with a count in brackets ("A1234567 (7)") is likelier, and its label
 * names it. Every reference word vetoes it (no shipping word is weighed for it).
 */
function hkidBare(context: RecognizerContext, out: Reading): number {
  if (out.mode === 'home') return context.country === 'HK' ? 0.85 : 0;
  return printOnly(context, out);
}

/**
 * Where an HKID whose check is glued at `end` ends: past the same check written again in its
 * brackets, glued or after a space ("HKID A0000003(3)" left "[HKID](3)", the check in sight),
 * else at `end`. Another character in the brackets is no check of this id: it stays.
 */
function repeatedCheck(s: string, end: number, check: string): number {
  const open = s.charCodeAt(end) === 32 ? end + 1 : end;
  if (s.charCodeAt(open) !== 40 || s.charCodeAt(open + 2) !== 41) return end;
  return s.charAt(open + 1).toUpperCase() === check ? open + 3 : end;
}

const CL_RUT: IdSpec = /* @__PURE__ */ idSpec({
  id: 'cl-rut',
  type: 'cl-rut',
  placeholder: '[CL_RUT]',
  words: ID_WORDS_4['cl-rut'],
  country: 'CL',
  digits: [7, 8, 9],
  read: readRut,
  valid: clRutValid,
  bare: rutBare,
  unvetoed: SENT,
});

/**
 * Chilean RUT/RUN: a body of 7 or 8 digits and a mod-11 check character, a digit or K
 * ({@link clRutValid}). Printed "12.345.678-5" it goes anywhere but after an order's word (not
 * after "envío", also "I send"); bare or unbroken with its dash, after its label only ("RUT",
 * "rol único tributario"; "RUN" in Chile). Checked K on a body a DNI with the letter K shares, it
 * is the RUT in Chile, and dotted outside Spain.
 *
 * @since 0.1.0
 */
export const clRutRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(CL_RUT);

const AR_CUIT: IdSpec = /* @__PURE__ */ idSpec({
  id: 'ar-cuit',
  type: 'ar-cuit',
  placeholder: '[AR_CUIT]',
  words: ID_WORDS_4['ar-cuit'],
  country: 'AR',
  digits: [11],
  read: readCuit,
  valid: arCuitValid,
  unvetoed: SHIPPING_WORDS,
});

/**
 * Argentina's CUIT/CUIL: 11 digits, a type (20, 23, 24, 27, 30, 33, 34), the DNI or a company's
 * number, a mod-11 check digit ({@link arCuitValid}). Printed 2-8-1 ("20-12345678-6") it goes
 * anywhere but after an order's word (not after a shipping word, "envío", "seguimiento",
 * "tracking", "Sendung", "colis", "kargo", "przesyłka"…: a random 2-8-1 passes 1 in 149);
 * unbroken, after "CUIT" or "CUIL" only.
 *
 * @since 0.1.0
 */
export const arCuitRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(AR_CUIT);

const CA_SIN: IdSpec = /* @__PURE__ */ idSpec({
  id: 'ca-sin',
  type: 'ca-sin',
  placeholder: '[CA_SIN]',
  words: ID_WORDS_4['ca-sin'],
  country: 'CA',
  digits: [9],
  read: readSin,
  valid: caSinValid,
});

/**
 * Canada's Social Insurance Number: nine digits, the first 1–7 or 9, Luhn's check digit
 * ({@link caSinValid}); unbroken or 3-3-3 by spaces or dashes, after its label only ("social
 * insurance number", "numéro d'assurance sociale"; "SIN" and "NAS" alone in Canada and in
 * English or French).
 *
 * @since 0.1.0
 */
export const caSinRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(CA_SIN);

const IE_PPSN: IdSpec = /* @__PURE__ */ idSpec({
  id: 'ie-ppsn',
  type: 'ie-ppsn',
  placeholder: '[IE_PPSN]',
  words: ID_WORDS_4['ie-ppsn'],
  country: 'IE',
  digits: [7],
  read: readPpsn,
  valid: iePpsnValid,
});

/**
 * Ireland's Personal Public Service Number: seven digits, a mod-23 check letter and an optional
 * second letter ({@link iePpsnValid}); after its label only ("PPS", "PPSN", "Uimhir PSP").
 *
 * @since 0.1.0
 */
export const iePpsnRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(IE_PPSN);

const HR_OIB: IdSpec = /* @__PURE__ */ idSpec({
  id: 'hr-oib',
  type: 'hr-oib',
  placeholder: '[HR_OIB]',
  words: ID_WORDS_4['hr-oib'],
  country: 'HR',
  digits: [11],
  read: readOib,
  valid: hrOibValid,
});

/**
 * Croatia's OIB: eleven digits, the last an ISO 7064 MOD 11,10 control digit ({@link
 * hrOibValid}); after its label only ("OIB", "osobni identifikacijski broj").
 *
 * @since 0.1.0
 */
export const hrOibRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(HR_OIB);

const HK_HKID: IdSpec = /* @__PURE__ */ idSpec({
  id: 'hk-hkid',
  type: 'hk-hkid',
  placeholder: '[HKID]',
  words: ID_WORDS_4['hk-hkid'],
  country: 'HK',
  digits: [6, 7],
  read: readHkid,
  valid: hkIdValid,
  bare: hkidBare,
  unvetoed: SENT,
});

/**
 * Hong Kong identity card number: one or two letters, six digits, a mod-11 check digit or A
 * ({@link hkIdValid}). Printed with the check in brackets ("A123456(3)") it goes anywhere but
 * after an order's word (not after "envío", also "I send"); glued ("A1234563"), after its label
 * only ("HKID", "香港身份證"; "ID number", "ID card" in Hong Kong); glued and again in brackets
 * ("A0000003(3)"), also bare in Hong Kong.
 *
 * @since 0.1.0
 */
export const hkIdRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(HK_HKID);

const SPECS: Readonly<Record<keyof typeof ID_WORDS_4, IdSpec>> = {
  'cl-rut': CL_RUT,
  'ar-cuit': AR_CUIT,
  'ca-sin': CA_SIN,
  'ie-ppsn': IE_PPSN,
  'hr-oib': HR_OIB,
  'hk-hkid': HK_HKID,
};

/**
 * The ids of one of this file's types in the context, read as its recognizer reads them or, with
 * `everyRun`, at every digit run whatever its digit count: the oracle of the digit counts read
 * first (nationalIds4.prop.test.ts).
 *
 * @since 0.1.0
 */
export function findIds4(
  type: keyof typeof ID_WORDS_4,
  context: RecognizerContext,
  everyRun = false,
): RecognizerMatch[] {
  return findIds(SPECS[type], context, everyRun);
}
