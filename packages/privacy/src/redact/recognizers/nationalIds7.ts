// National ids the audits of Mexico, Ecuador, Ukraine, Australia and Malaysia found no recognizer
// for (T61c, issue #14: "mi CURP es GOMA900512HDFRRN08", "РНОКПП 3012345670", "TFN 123 456 782",
// "No. IC saya 900512-14-5678" went out whole). Their check rules and sources:
// checks/nationalIds7.ts. The CURP is read with its letters (a print no other number takes); the
// others are digits only, read after their labels, and the MyKad also bare in Malaysia in its own
// print YYMMDD-PB-###G.
import type { CountryCode } from '@meridian-cx/core';
import {
  auTfnValid,
  clabeValid,
  curpValid,
  ecCiValid,
  myNricValid,
  uaRnokppValid,
  uyCiValid,
} from '../checks/nationalIds7.js';
import { type ContextKind, contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { foldedEnd, foldedList } from '../foldedEnd.js';
import { lineAboveEnd } from '../labelAbove.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { EntityType, Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { ID_WORDS_2_IN_COUNTRY } from './nationalIds2.js';
import { wordAt } from './nationalIds3.js';
import { shopsGeneric } from './numericId.js';

/**
 * Words before each of these ids, read anywhere (asOf 2026-12-05), at a word's start and folded
 * ("cedula" is "cédula"; a stem names its word's every ending). Mexico: "CURP" (its name on every
 * form, RENAPO's "Clave Única de Registro de Población"), "CLABE" ("CLABE interbancaria", "cuenta
 * CLABE": the ABM's name). Ecuador: "cédula ecuatoriana" (the bare "cédula" names Colombia's,
 * Venezuela's… too: at home only, below). Uruguay: "cédula uruguaya", "Uruguayan ID". Ukraine: "РНОКПП" and its full name, "ІПН" and
 * "ідентифікаційний код/номер" by their stem (its name until 2012 and as people still say it:
 * uk.wikipedia), the Russian "идентификационный код" used in Ukraine. Australia: "TFN", "tax file
 * number" and "tax file no." (the ATO's). Malaysia: "MyKad", "kad pengenalan" (identity card:
 * JPN's name), "No. K/P" (its abbreviation on forms), "NRIC" and "IC no." as Malaysians write them
 * in English, "nombor IC".
 *
 * @since 0.1.0
 */
export const ID_WORDS_7 = {
  'mx-curp': ['curp', 'clave única de registro de población'],
  'mx-clabe': ['clabe', 'cuenta interbancaria'],
  'ec-ci': ['cédula ecuatoriana', 'ecuadorian id'],
  'uy-ci': ['cédula uruguaya', 'uruguayan id', 'uruguayan identity'],
  // Stems: "ідентифікаційний код", "ідентифікаційного номера"…; "идентификационный код"…
  'ua-rnokpp': [
    'рнокпп',
    'реєстраційний номер облікової картки',
    'іпн',
    'ідентифікаційн',
    'код платника податків',
    'идентификационн',
    'ukrainian tax id',
  ],
  'au-tfn': ['tfn', 'tax file n'],
  'my-nric': [
    'mykad',
    'kad pengenalan',
    'k/p',
    'nric',
    'ic no',
    'ic number',
    'no. ic',
    'no ic',
    'nombor ic',
    'malaysian ic',
  ],
} as const;

/**
 * Words that name these ids only where the customer lives in their country (asOf 2026-12-05):
 * Ecuador's "cédula" (and "C.I.", "RUC" for a person's: the cédula and "001"); Uruguay's "cédula",
 * "C.I." and "CI" (the DNIC's card: "cédula de identidad"), "documento de identidad"; Ukraine's Russian
 * "ИНН" (Russia's taxpayer number elsewhere), Malaysia's bare "IC" ("IC: ", "IC saya"); and at
 * home the generic "ID number" words (nationalIds2.ts ID_WORDS_2_IN_COUNTRY).
 *
 * @since 0.1.0
 */
export const ID_WORDS_7_IN_COUNTRY = {
  'ec-ci': ['cédula', 'c.i.', 'c.i:', 'ci:', 'ci ', 'ruc', 'número de identificación'],
  'uy-ci': ['cédula', 'c.i.', 'c.i:', 'ci:', 'ci ', 'documento de identidad'],
  'ua-rnokpp': ['инн', 'ипн'],
  'my-nric': ['ic:', 'ic '],
} as const;

// After its own label; a print no other string takes (the CURP in capitals anywhere); bare in its
// country in its own print (the MyKad's YYMMDD-PB-###G).
const OWN = 0.95;
const DISTINCT = 0.85;
const AT_HOME = 0.7;

/**
 * Every word of these ids, at home and away, in one list: the one the label scan (context.ts
 * contextBefore) reads for all six. Each list it reads takes a bit of its word index's tables,
 * and past the 31st the lists share one (context.ts indexOf): a list for each id and each of its
 * home readings, ten more, pushed the corpus's lists to 35 and cost +2% of redact's instructions
 * (seed 1). Which id's word it was is read after, in the window alone (wordBefore).
 */
const ALL_WORDS: readonly string[] = /* @__PURE__ */ (() => [
  ...new Set([
    ...Object.values(ID_WORDS_7).flat(),
    ...Object.values(ID_WORDS_7_IN_COUNTRY).flat(),
    ...ID_WORDS_2_IN_COUNTRY,
  ]),
])();

// How far before a value a label names it: the own window of context.ts.
const WINDOW = 48;

/**
 * Whether a word of `words` (folded, as the label scan reads them) starts at a word's start in
 * the window before `start`, on its line: read only where the scan found one of ALL_WORDS the
 * nearest label and a check held.
 */
export function wordBefore(s: string, start: number, words: readonly string[]): boolean {
  const from = Math.max(0, start - WINDOW);
  const line = s.lastIndexOf('\n', start - 1) + 1;
  for (const word of foldedList(words))
    for (let at = start - word.length; at >= from && at >= line; at--)
      if (!wordAt(s, at - 1) && foldedEnd(s, at, word, start) >= 0) return true;
  return false;
}

/**
 * The label before `start`: `all`'s reading (the label scan), 'own' only where a word of `words`
 * stands in the window (`before`: {@link wordBefore} unless an id asks more of it); a shop's
 * "Customer ID number" at home is the shop's (numericId.ts shopsGeneric). nationalIds8.ts reads
 * its eight ids' labels through it with ALL_WORDS_8.
 */
export function labelWith(
  context: RecognizerContext,
  start: number,
  all: readonly string[],
  words: readonly string[],
  home: boolean,
  before: (s: string, start: number, words: readonly string[]) => boolean = wordBefore,
): ContextKind {
  const label = contextBefore(context, start, all);
  if (label !== 'own') return label;
  // Its word on the value's line, or, where the value opens its line, ending the line above (the
  // scan read that line so: labelAbove.ts).
  if (!before(context.shadow, start, words)) {
    const above = lineAboveEnd(context.shadow, start);
    if (above <= 0 || !before(context.shadow, above, words)) return 'none';
  }
  if (home && shopsGeneric(context.shadow, start, words, ID_WORDS_2_IN_COUNTRY)) return 'reference';
  return label;
}

/** One id of digits read after its label: its country, words, digit counts, prints and check. */
type DigitIdSpec = {
  readonly country: CountryCode;
  /** The digit counts of its prints, a bit per count (runs.ts readsRuns). */
  readonly counts: number;
  readonly words: readonly string[];
  /** Its words, those read at home, and ID_WORDS_2_IN_COUNTRY. */
  readonly home: readonly string[];
  /** Whether the run is one of its prints; the digits it stands for, or undefined. */
  readonly read: (run: NumberRun) => string | undefined;
  readonly valid: (digits: string) => boolean;
  /** Whether a run of this print goes bare at home (AT_HOME). */
  readonly bareHome: (run: NumberRun) => boolean;
  /**
   * Pieces of its labels in any case, away and at home, or undefined: a text without one holds
   * no label of the id, and is read no further once a print's check holds (Uruguay's cédula).
   */
  readonly gates: { readonly away: RegExp; readonly home: RegExp } | undefined;
};

/** A print that never goes bare. */
const never = (): boolean => false;

function digitIdSpec(
  country: CountryCode,
  counts: number,
  words: readonly string[],
  homeWords: readonly string[],
  read: (run: NumberRun) => string | undefined,
  valid: (digits: string) => boolean,
  bareHome?: (run: NumberRun) => boolean,
  gates?: { readonly away: RegExp; readonly home: RegExp },
): DigitIdSpec {
  const home = [...words, ...homeWords, ...ID_WORDS_2_IN_COUNTRY];
  // One shape for every spec (bareHome and gates always set): findDigitIds reads six of them.
  return { country, counts, words, home, read, valid, bareHome: bareHome ?? never, gates };
}

/** The ids of `spec` in the context: a print whose check holds, after its label (or bare at home). */
function findDigitIds(spec: DigitIdSpec, context: RecognizerContext): readonly RecognizerMatch[] {
  // Made for the first match: most texts hold none (an empty answer is shared, never written).
  let found: RecognizerMatch[] | undefined;
  const s = context.shadow;
  const home = context.country === spec.country;
  const counts = spec.counts;
  // Whether the text holds a piece of its labels (spec.gates), asked at the first checked print.
  let keyed: boolean | undefined;
  const runs = numberRuns(context) as readonly NumberRun[];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    // Its digit counts first: most runs of a text have none of them, and the print's reader, one
    // of five behind one call, is not called for them.
    if (((counts >>> run.digitCount) & 1) === 0 || run.digitCount > 31) continue;
    const digits = spec.read(run);
    if (digits === undefined || !spec.valid(digits)) continue;
    // No piece of its labels in the whole text: no label before any print (asked once, here: a
    // search of every text with a run of its counts cost more than the checks, T68d).
    if (spec.gates !== undefined) {
      keyed ??= (home ? spec.gates.home : spec.gates.away).test(s);
      if (!keyed) return NONE;
    }
    if (gluedToCode(s, run.start, run.end) || numberedAfter(s, run.end)) continue;
    const label = labelWith(context, run.start, ALL_WORDS, home ? spec.home : spec.words, home);
    const confidence =
      label === 'own' ? OWN : home && label !== 'reference' && spec.bareHome(run) ? AT_HOME : 0;
    if (confidence > 0) {
      found ??= [];
      found.push({ start: run.start, end: run.end, confidence });
    }
  }
  return found ?? NONE;
}

// The answer of a text without an id, shared (collect only reads it).
const NONE: readonly RecognizerMatch[] = Object.freeze([]);

/** Whether the run's groups are joined by spaces or dashes only (no dots: an amount's print). */
function plain(run: NumberRun): boolean {
  return run.dots === 0;
}

/** Whether the run's groups have the lengths of `shape` (a print "3-3-3" or "3 3 3" both). */
function groupsOf(run: NumberRun, shape: readonly number[]): boolean {
  if (run.groupCount !== shape.length || !plain(run)) return false;
  for (let k = 0; k < shape.length; k++) if (run.groupLength(k) !== shape[k]) return false;
  return true;
}

/**
 * A built-in recognizer of a digit id `id` (its type, or `type`), its placeholder the default one
 * (`[AU_TFN]`) unless given, noted with the digit counts it reads (runs.ts readsRuns), or, where
 * `firsts` is given, with the first groups of every print it reads: its prints of one group, or
 * whose first group says the print (V59a: a print of one group was read in every text with a run
 * of its count, a phone's groups among them).
 */
function digitIdRecognizer(
  id: string,
  spec: DigitIdSpec,
  type: EntityType = id,
  placeholder?: string,
  firsts?: number,
): Recognizer {
  const find = (context: RecognizerContext) => findDigitIds(spec, context);
  return readsRuns(
    defineRecognizer(
      placeholder === undefined ? { id, type, find } : { id, type, placeholder, find },
    ),
    firsts === undefined ? spec.counts : 0,
    firsts,
  );
}

/**
 * Mexico's CLABE: eighteen digits whose control digit holds ({@link clabeValid}), unbroken or in
 * groups apart by spaces or dashes ("002 180 00123456789 6"), after its label ("CLABE", "cuenta
 * interbancaria"), in any country: one random run of eighteen digits in ten passes, so never bare.
 * A bank account: type `bank-account`, `[ACCOUNT]`, as the Czech account and Nigeria's NUBAN.
 *
 * @since 0.1.0
 */
export const mxClabeRecognizer: Recognizer = /* @__PURE__ */ digitIdRecognizer(
  'mx-clabe',
  /* @__PURE__ */ digitIdSpec(
    'MX',
    1 << 18,
    ID_WORDS_7['mx-clabe'],
    [],
    (run) => (run.digitCount === 18 && run.groupCount <= 6 && plain(run) ? run.digits : undefined),
    clabeValid,
  ),
  'bank-account',
  '[ACCOUNT]',
);

/**
 * Ecuador's cédula: ten digits, a province, a third digit 0–5 and the "módulo 10" check digit
 * ({@link ecCiValid}), unbroken or 9-1 with a dash ("171234567-8"); a person's RUC, the cédula and
 * "001", whole. After "cédula ecuatoriana" anywhere; in Ecuador after "cédula", "C.I." or "RUC"
 * too. Never bare: one random run of ten digits in 66 passes, and Ecuador's mobiles have ten
 * digits ("098 765 4321"). A company's RUC (third digit 6 or 9) stays.
 *
 * @since 0.1.0
 */
export const ecCiRecognizer: Recognizer = /* @__PURE__ */ digitIdRecognizer(
  'ec-ci',
  /* @__PURE__ */ digitIdSpec(
    'EC',
    (1 << 10) | (1 << 13),
    ID_WORDS_7['ec-ci'],
    ID_WORDS_7_IN_COUNTRY['ec-ci'],
    (run) => {
      if (run.groupCount === 1 && run.digitCount === 10) return run.digits;
      if (run.groupCount === 2 && groupsOf(run, [9, 1]) && run.sepAt(0) === 45) return run.digits;
      // A person's RUC: the cédula and the establishment "001".
      if (run.groupCount === 1 && run.digitCount === 13 && run.digits.endsWith('001'))
        return run.digits.slice(0, 10);
      return undefined;
    },
    ecCiValid,
  ),
  'ec-ci',
  undefined,
  // Its prints: ten or thirteen digits in one group, nine before a dash and one.
  (1 << 9) | (1 << 10) | (1 << 13),
);

/**
 * Ukraine's RNOKPP (ІПН): ten digits whose check digit holds ({@link uaRnokppValid}), unbroken,
 * after its label ("РНОКПП", "ІПН", "ідентифікаційний код", and in Ukraine the Russian "ИНН"),
 * in any country: one random run of ten digits in ten passes, a Ukrainian phone's length.
 *
 * @since 0.1.0
 */
export const uaRnokppRecognizer: Recognizer = /* @__PURE__ */ digitIdRecognizer(
  'ua-rnokpp',
  /* @__PURE__ */ digitIdSpec(
    'UA',
    1 << 10,
    ID_WORDS_7['ua-rnokpp'],
    ID_WORDS_7_IN_COUNTRY['ua-rnokpp'],
    (run) => (run.groupCount === 1 && run.digitCount === 10 ? run.digits : undefined),
    uaRnokppValid,
  ),
  'ua-rnokpp',
  undefined,
  // Its print: ten digits in one group.
  1 << 10,
);

/**
 * Australia's tax file number: nine digits whose weighted sum is a multiple of 11
 * ({@link auTfnValid}), unbroken or 3-3-3 ("123 456 782"), after its label ("TFN", "tax file
 * number") only: one random run in eleven passes, and an ACN ("007 123 453") or an ABN's last
 * nine digits are printed the same way.
 *
 * @since 0.1.0
 */
export const auTfnRecognizer: Recognizer = /* @__PURE__ */ digitIdRecognizer(
  'au-tfn',
  /* @__PURE__ */ digitIdSpec(
    'AU',
    1 << 9,
    ID_WORDS_7['au-tfn'],
    [],
    (run) =>
      (run.groupCount === 1 && run.digitCount === 9) || groupsOf(run, [3, 3, 3])
        ? run.digits
        : undefined,
    auTfnValid,
  ),
);

/** Whether the run is printed YYMMDD-PB-###G, the MyKad's own print (dashes both). */
function myKadPrint(run: NumberRun): boolean {
  return groupsOf(run, [6, 2, 4]) && run.sepAt(0) === 45 && run.sepAt(1) === 45;
}

/**
 * Malaysia's MyKad number: twelve digits, a real birth date and a place of birth of JPN's list
 * ({@link myNricValid}; no check digit), unbroken or 6-2-4 ("900512-14-5678", "900512 14 5678").
 * After its label ("MyKad", "kad pengenalan", "No. K/P", "NRIC", "IC no."; in Malaysia "IC"
 * alone); bare in Malaysia in its dashed print only, which no phone or order number takes there.
 *
 * @since 0.1.0
 */
export const myNricRecognizer: Recognizer = /* @__PURE__ */ digitIdRecognizer(
  'my-nric',
  /* @__PURE__ */ digitIdSpec(
    'MY',
    1 << 12,
    ID_WORDS_7['my-nric'],
    ID_WORDS_7_IN_COUNTRY['my-nric'],
    (run) =>
      (run.groupCount === 1 && run.digitCount === 12) || groupsOf(run, [6, 2, 4])
        ? run.digits
        : undefined,
    myNricValid,
    myKadPrint,
  ),
);

/** `s` from `start` to `end` with its ASCII lower-case letters in upper case; others as they are. */
function upperAscii(s: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s.charAt(i);
  }
  return out;
}

const CURP_WORDS: readonly string[] = ID_WORDS_7['mx-curp'];
const CURP_WORDS_HOME: readonly string[] = [...CURP_WORDS, ...ID_WORDS_2_IN_COUNTRY];

/**
 * Mexico's CURP: four letters, the birth date, the sex, the state, three consonants, a character
 * and the check digit ({@link curpValid}), "GOMA900512HDFRRN08". In capitals a print no other
 * string takes (a date, a state of 33 and a check digit that all hold): it goes anywhere (0.85),
 * as a Singapore NRIC does, not after an order's word; in lower case after its label ("CURP")
 * only. Mexico's RFC (four letters, the date and three characters, thirteen in all) is no CURP.
 *
 * @since 0.1.0
 */
export const mxCurpRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'mx-curp',
    type: 'mx-curp',
    find(context) {
      let found: RecognizerMatch[] | undefined;
      const s = context.shadow;
      const runs = numberRuns(context) as readonly NumberRun[];
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r] as NumberRun;
        // The date: a run of six digits, four letters before it, eight characters after, the
        // first of them the sex (H, M or X in either case: asked first, most runs fail here).
        // (The sex read inside the text only: a run that ended it read one past it and threw
        // this loop out of its compiled code, --trace-deopt, T66c.)
        if (run.groupCount !== 1 || run.digitCount !== 6 || run.end >= s.length) continue;
        const sex = s.charCodeAt(run.end) | 0x20;
        if (sex !== 0x68 && sex !== 0x6d && sex !== 0x78) continue;
        const start = run.start - 4;
        const end = run.end + 8;
        if (start < 0 || end > s.length || wordAt(s, start - 1) || wordAt(s, end)) continue;
        const code = upperAscii(s, start, end);
        if (!curpValid(code)) continue;
        if (gluedToCode(s, start, end) || numberedAfter(s, end)) continue;
        const home = context.country === 'MX';
        const label = labelWith(
          context,
          start,
          ALL_WORDS,
          home ? CURP_WORDS_HOME : CURP_WORDS,
          home,
        );
        const upper = code === s.slice(start, end);
        const confidence = label === 'own' ? OWN : upper && label !== 'reference' ? DISTINCT : 0;
        if (confidence > 0) {
          found ??= [];
          found.push({ start, end, confidence });
        }
      }
      return found ?? NONE;
    },
  }),
  // A run of the six digits of its date.
  1 << 6,
);

/**
 * The pieces of Uruguay's cédula labels in the shadow's lower case: `away` of its words read
 * anywhere ({@link ID_WORDS_7}), `home` of those and its words at home with the generic ones
 * (nationalIds2.ts ID_WORDS_2_IN_COUNTRY: "id number", "identity"…). A text without one holds no
 * label of the id, and is not read (uyCiRecognizer).
 *
 * @since 0.1.0
 */
export const UY_CI_KEYS = {
  away: ['uruguay'],
  home: ['uruguay', 'dula', 'c.i', 'ci', 'documento', 'identi', 'id n', 'id c', 'national id'],
} as const;

/**
 * {@link UY_CI_KEYS} in any case (nationalIds8.ts keyGateSource; a test holds each to its source,
 * written out for the ReDoS check).
 *
 * @since 0.1.0
 */
export const UY_CI_GATES = {
  away: /[uU][rR][uU][gG][uU][aA][yY]/,
  home: /[uU][rR][uU][gG][uU][aA][yY]|[dD][uU][lL][aA]|[cC]\u002e[iI]|[cC][iI]|[dD][oO][cC][uU][mM][eE][nN][tT][oO]|[iI][dD][eE][nN][tT][iI]|[iI][dD] [nN]|[iI][dD] [cC]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
} as const;

/**
 * A cédula's print at the run: its number and check digit unbroken ("12345672"), the check after a
 * dash ("1234567-2"), or the number dotted in thousands and the check after a dash ("1.234.567-2",
 * "123.456-7"), as the DNIC's card prints it and validators read it (checks/nationalIds7.ts
 * uyCiValid); its digits, or undefined.
 */
function uyCiPrint(run: NumberRun): string | undefined {
  const g = run.groupCount;
  if (g === 1) return run.digits;
  if (run.groupLength(g - 1) !== 1 || run.sepAt(g - 2) !== 45) return undefined;
  if (g === 2) return run.digits;
  if (run.groupLength(0) > 3) return undefined;
  for (let k = 0; k < g - 2; k++) if (run.sepAt(k) !== 46) return undefined;
  for (let k = 1; k < g - 1; k++) if (run.groupLength(k) !== 3) return undefined;
  return run.digits;
}

/** Uruguay's cédula as a digit id, its label pieces searched first where `gates` are given. */
function uyCiSpec(gates?: typeof UY_CI_GATES): DigitIdSpec {
  return digitIdSpec(
    'UY',
    (1 << 7) | (1 << 8),
    ID_WORDS_7['uy-ci'],
    ID_WORDS_7_IN_COUNTRY['uy-ci'],
    uyCiPrint,
    uyCiValid,
    undefined,
    gates,
  );
}

const UY_CI_SPEC: DigitIdSpec = /* @__PURE__ */ uyCiSpec(UY_CI_GATES);

// The same id read past the label pieces' search: its oracle (findUyCis with everyText).
const UY_CI_EVERY: DigitIdSpec = /* @__PURE__ */ uyCiSpec();

/**
 * Uruguay's cédulas in the context ({@link uyCiRecognizer}). With `everyText`, a text without a
 * piece of a label ({@link UY_CI_GATES}) is read too: the oracle of that search
 * (nationalIds7.prop.test.ts).
 *
 * @param context - The text, its shadow and lower case, locale and country.
 * @param everyText - Whether to read past the label pieces' search (tests only).
 * @returns Each cédula's span, confidence 0.95.
 * @since 0.1.0
 */
export function findUyCis(
  context: RecognizerContext,
  everyText = false,
): readonly RecognizerMatch[] {
  return findDigitIds(everyText ? UY_CI_EVERY : UY_CI_SPEC, context);
}

/**
 * Uruguay's cédula de identidad: six or seven digits and a check digit ({@link uyCiValid}),
 * unbroken, with the check after a dash, or dotted in thousands ("1.234.567-2"). After "cédula
 * uruguaya" or "Uruguayan ID" anywhere; in Uruguay after "cédula", "C.I.", "CI" or "documento de
 * identidad" too. Never bare: one run of seven or eight digits in ten passes the check, and
 * Uruguay's landlines have eight digits. A text without a piece of its labels is not read.
 *
 * @since 0.1.0
 */
export const uyCiRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({ id: 'uy-ci', type: 'uy-ci', find: findUyCis }),
  UY_CI_SPEC.counts,
);
