// National ids the last round left unread (T63c, issue #14): Indonesia's NIK, Egypt's national
// number, Vietnam's CCCD number, Morocco's CIN, Colombia's cédula, Peru's DNI, Georgia's personal
// number and Germany's Steuernummer ("NIK saya 3602041211870001", "الرقم القومي 29501023201952",
// "Steuernummer 21/815/08150" went out whole, or the last as a [PHONE]); and Italy's codice
// fiscale where omocodia replaced six or seven of its digits, which nationalIds6.ts reads from a
// run of two or three digits that such a code no longer holds. Their rules and sources:
// checks/nationalIds8.ts. None has a published check digit: each is read after its label (in its
// own language: "NIK", "الرقم القومي", "căn cước", "البطاقة الوطنية", "პირადი ნომერი"…), and the
// Steuernummer bare in Germany in its slashed state print only, which no phone or order number
// there takes (main read it as a phone).
import type { CountryCode } from '@meridian-cx/core';
import { itCfValid } from '../checks/nationalIds6.js';
import {
  coCedulaValid,
  deStnrFederalValid,
  deStnrStateValid,
  egNidValid,
  geIdValid,
  idNikValid,
  maCinValid,
  peDniValid,
  vnCccdValid,
} from '../checks/nationalIds8.js';
import { gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { lowerSameLength } from '../digits.js';
import { foldedEnd, foldedList } from '../foldedEnd.js';
import { lineAboveEnd } from '../labelAbove.js';
import { type NumberRun, numberRuns, readsRuns, SLASHED } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { amountBeside, amountLedAt } from './amountBeside.js';
import { ID_WORDS_2_IN_COUNTRY } from './nationalIds2.js';
import { wordAt } from './nationalIds3.js';
import { ID_WORDS_6 } from './nationalIds6.js';
import { labelWith } from './nationalIds7.js';

/**
 * Words before each of these ids, read anywhere (asOf 2026-12-05), folded (accents off, so
 * "căn cước" is "can cuoc") at a word's start; a stem names its word's every ending. Indonesia:
 * "NIK" and its full name (Dukcapil's), "KTP" (the card that carries it: "No. KTP"). Egypt: "الرقم
 * القومي" and "رقم قومي" (the number's name, the card's "بطاقة الرقم القومي"), by their stems (the
 * final ي is written ى in Egypt as often), "رقمي القومي" (my national number). Vietnam: "CCCD"
 * (căn cước công dân, the card since 2016), "căn cước" (its name since 2024), "số định danh" (the
 * number's name in law). Morocco: "CNIE" (the electronic card), "البطاقة الوطنية" and "بطاقة
 * التعريف الوطنية" (the card's Arabic names); "CIN" at home only (Tunisia's card, eight digits,
 * has the name too). Colombia, Peru: their cédula and DNI named with the country ("cédula
 * colombiana", "DNI peruano"): the bare words name Ecuador's, Venezuela's, Spain's and
 * Argentina's too. Georgia: "პირადი ნომერი" (personal number, on the card: the Georgian script is
 * Georgia's alone) and its abbreviation "პ/ნ". Germany: "Steuernummer", "Steuer-Nr.", "St.-Nr."
 * (the tax office's letters). Each with its English name.
 *
 * @since 0.1.0
 */
export const ID_WORDS_8 = {
  'id-nik': ['nik', 'nomor induk kependudukan', 'no. ktp', 'no ktp', 'nomor ktp', 'indonesian id'],
  // With the conjunction و ("and") written onto the word too: "والرقم القومي".
  'eg-nid': [
    'الرقم القوم',
    'رقم قوم',
    'رقمي القوم',
    'والرقم القوم',
    'ورقم قوم',
    'egyptian national id',
  ],
  'vn-cccd': ['cccd', 'căn cước', 'số định danh', 'vietnamese id'],
  'ma-cin': ['cnie', 'البطاقة الوطنية', 'بطاقة التعريف الوطنية', 'carte nationale', 'moroccan id'],
  'co-cc': ['cédula colombiana', 'colombian id'],
  'pe-dni': ['dni peruano', 'peruvian dni', 'peruvian id'],
  'ge-pin': ['პირადი ნომერი', 'პირადი №', 'პ/ნ', 'georgian personal number'],
  'de-stnr': [
    'steuernummer',
    'steuer-nr',
    'steuer nr',
    'st.-nr',
    'st-nr',
    'stnr',
    'german tax number',
  ],
} as const;

/**
 * Words that name these ids only where the customer lives in their country (asOf 2026-12-05):
 * Indonesia's bare "KTP"; Morocco's "CIN", "رقم البطاقة"; Colombia's "cédula", "cédula de
 * ciudadanía" (Ecuador's card bears the name too), "C.C." (and "c.c" without its final dot) and "CC"
 * as forms write it; Peru's
 * "DNI"; Georgia's "personal number", "ID" in Russian ("личный номер"). And at home the generic
 * "ID number" words (nationalIds2.ts ID_WORDS_2_IN_COUNTRY).
 *
 * @since 0.1.0
 */
export const ID_WORDS_8_IN_COUNTRY = {
  'id-nik': ['ktp'],
  'ma-cin': ['cin', 'رقم البطاقة', "carte d'identite"],
  // "c.c " too: the abbreviation typed without its final dot ("c.c 79.123.456" stayed, session
  // 47; C.C. is the cédula de ciudadanía's, definicionwiki.com "¿Qué es C.C. en Colombia?", read
  // 2026-12-06).
  'co-cc': ['cédula', 'c.c.', 'c.c:', 'c.c ', 'cc:', 'cc ', 'documento de identidad'],
  'pe-dni': ['dni', 'documento nacional de identidad'],
  'ge-pin': ['personal number', 'personal no', 'личный номер'],
} as const;

// Pieces of nationalIds2.ts's generic words read at home ("ID number", "national ID", "ID no.",
// "ID card", "identity number").
const GENERIC_KEYS: readonly string[] = ['id n', 'id c', 'identity', 'national id'];

/**
 * A piece of each label of each id as the lower-case shadow holds it (context.ts `lower`: accents
 * kept, so a piece no accent or case touches: "dula" of "cédula", "cedula" and "ce\u0301dula"; "n c"
 * of "căn cước" and "can cuoc"): `away` for its words read anywhere, `home` for those read at home
 * too (GENERIC_KEYS for nationalIds2.ts's generic words). The label scan (contextBefore) costs a window's
 * reading; a run these ids take is asked first whether one of its pieces stands in the gap
 * between it and the value or digit before it (keyBefore), which few runs' gaps hold. A test holds
 * every word of the lists to a piece of its id's (moreIds8.test.ts).
 *
 * @since 0.1.0
 */
export const LABEL_KEYS_8: Readonly<
  Record<string, { readonly away: readonly string[]; readonly home: readonly string[] }>
> = {
  'id-nik': { away: ['nik', 'ktp', 'kependudukan', 'indonesian'], home: [...GENERIC_KEYS] },
  'eg-nid': { away: ['رقم', 'egyptian'], home: [...GENERIC_KEYS] },
  'vn-cccd': { away: ['cccd', 'n c', 'nh danh', 'vietnamese'], home: [...GENERIC_KEYS] },
  'ma-cin': { away: ['cnie', 'بطاقة', 'carte', 'moroccan'], home: ['cin', 'رقم', ...GENERIC_KEYS] },
  'co-cc': { away: ['dula', 'colombian'], home: ['c.c', 'cc', 'documento', ...GENERIC_KEYS] },
  'pe-dni': { away: ['dni', 'peruvian'], home: ['documento', ...GENERIC_KEYS] },
  'ge-pin': { away: ['პ', 'georgian'], home: ['personal', 'личн', ...GENERIC_KEYS] },
  'de-stnr': { away: ['steuer', 'st.', 'st-', 'stnr', 'st nr', 'tax'], home: [...GENERIC_KEYS] },
};

/**
 * Whether one of `keys` stands in the lower-case gap of `shadow` between `start` and the nearest
 * digit, placeholder's bracket or line break before it (at most a label's window back): where none
 * does, no label of the id can name the value (wordBefore reads a label only with no value between
 * it and the value), and the label scan is not asked. Only the gap is put in lower case, not the
 * context's `lower`: main's recognizers read labels from the shadow, so no other asks for that copy
 * of the whole text, and making it for these ids cost redact more than all their reading (T64b:
 * lowerSameLength of every text with a run they read). No key holds a sigma or a letter whose
 * lower case is longer, so the gap's lower case is the whole text's there.
 */
export function keyBefore(shadow: string, start: number, keys: readonly string[]): boolean {
  if (keyInGap(shadow, start, keys)) return true;
  // A value that opens its line: its label may end the line above (labelAbove.ts).
  const above = lineAboveEnd(shadow, start);
  return above > 0 && keyInGap(shadow, above, keys);
}

/** {@link keyBefore}'s reading of the gap before `start` on its line. */
function keyInGap(shadow: string, start: number, keys: readonly string[]): boolean {
  const from = Math.max(0, start - WINDOW);
  let gap = start;
  while (gap > from) {
    const c = shadow.charCodeAt(gap - 1);
    if ((c >= 48 && c <= 57) || c === 93 || c === 10) break;
    gap--;
  }
  if (gap === start) return false;
  const window = lowerSameLength(shadow.slice(gap, start));
  for (let k = 0; k < keys.length; k++) if (window.includes(keys[k] as string)) return true;
  return false;
}

// Units other than a key unit's upper case whose lower case (one unit, String toLowerCase) is that
// unit: the Kelvin sign's "k", the angstrom sign's "å", "ϴ"'s "θ", the ohm sign's "ω", "ẞ"'s "ß".
// A test holds every unit of every key to the units whose lower case it is, read over all 65,536
// (nationalIds8.prop.test.ts): a key with a unit of another such pair fails it.
const OTHER_CAPITALS: Readonly<Record<string, string>> = {
  k: '\u212a',
  å: '\u212b',
  θ: '\u03f4',
  ω: '\u2126',
  ß: '\u1e9e',
};

/** The unit `c` as a class's member: itself where ASCII and no class syntax, else `\uXXXX`. */
function escapeUnit(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x20 && code < 0x7f && !/[\\\]^\-[/]/.test(c)) return c;
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The units whose lower case (one unit, as lowerSameLength makes it) is `c`, the key unit `c`
 * itself among them: `c`, its upper case where that lowers back to it, and OTHER_CAPITALS's.
 */
export function keyUnits(c: string): string {
  const up = c.toUpperCase();
  let units = c;
  if (up.length === 1 && up !== c && up.toLowerCase() === c) units += up;
  return units + (OTHER_CAPITALS[c] ?? '');
}

/**
 * The source of the expression that finds one of `keys` in a text in any case ({@link keyUnits}
 * a class for each unit): what each of KEY_GATES_8's literals is (a test holds them to it; the
 * redaction code's expressions are literals, for its ReDoS check).
 */
export function keyGateSource(keys: readonly string[]): string {
  return keys
    .map((key) =>
      [...key]
        .map((c) => {
          const units = [...keyUnits(c)];
          // One unit: itself (ASCII letters, digits and spaces) or escaped, not a class.
          if (units.length > 1) return `[${units.map(escapeUnit).join('')}]`;
          return /[a-z0-9 ]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
        })
        .join(''),
    )
    .join('|');
}

/**
 * Whether `shadow` may hold one of an id's keys in the lower case keyBefore reads a gap in: its
 * gate of KEY_GATES_8 (or another made by {@link keyGateSource}), over the whole text, once a
 * call. keyBefore finds a key in a gap of the text only where this holds (its property:
 * nationalIds8.prop.test.ts), so a text where it does not is read no further: most texts name
 * none of these ids, and keyBefore cut a gap and put it in lower case for each run of an id's
 * digit counts (phones, amounts, order numbers: co-cc and pe-dni read most runs of six to ten
 * digits, T67b).
 */
export function mayHoldKey(shadow: string, gate: RegExp): boolean {
  return gate.test(shadow);
}

/**
 * Each id's keys (LABEL_KEYS_8) as an expression in any case ({@link keyGateSource}): `away` of
 * its away keys, `home` of those and its home keys. Written out: a test holds each to its source.
 *
 * @since 0.1.0
 */
export const KEY_GATES_8: Readonly<
  Record<string, { readonly away: RegExp; readonly home: RegExp }>
> = {
  'id-nik': {
    away: /[nN][iI][kK\u212a]|[kK\u212a][tT][pP]|[kK\u212a][eE][pP][eE][nN][dD][uU][dD][uU][kK\u212a][aA][nN]|[iI][nN][dD][oO][nN][eE][sS][iI][aA][nN]/,
    home: /[nN][iI][kK\u212a]|[kK\u212a][tT][pP]|[kK\u212a][eE][pP][eE][nN][dD][uU][dD][uU][kK\u212a][aA][nN]|[iI][nN][dD][oO][nN][eE][sS][iI][aA][nN]|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
  'eg-nid': {
    away: /\u0631\u0642\u0645|[eE][gG][yY][pP][tT][iI][aA][nN]/,
    home: /\u0631\u0642\u0645|[eE][gG][yY][pP][tT][iI][aA][nN]|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
  'vn-cccd': {
    away: /[cC][cC][cC][dD]|[nN] [cC]|[nN][hH] [dD][aA][nN][hH]|[vV][iI][eE][tT][nN][aA][mM][eE][sS][eE]/,
    home: /[cC][cC][cC][dD]|[nN] [cC]|[nN][hH] [dD][aA][nN][hH]|[vV][iI][eE][tT][nN][aA][mM][eE][sS][eE]|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
  'ma-cin': {
    away: /[cC][nN][iI][eE]|\u0628\u0637\u0627\u0642\u0629|[cC][aA][rR][tT][eE]|[mM][oO][rR][oO][cC][cC][aA][nN]/,
    home: /[cC][nN][iI][eE]|\u0628\u0637\u0627\u0642\u0629|[cC][aA][rR][tT][eE]|[mM][oO][rR][oO][cC][cC][aA][nN]|[cC][iI][nN]|\u0631\u0642\u0645|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
  'co-cc': {
    away: /[dD][uU][lL][aA]|[cC][oO][lL][oO][mM][bB][iI][aA][nN]/,
    home: /[dD][uU][lL][aA]|[cC][oO][lL][oO][mM][bB][iI][aA][nN]|[cC]\u002e[cC]|[cC][cC]|[dD][oO][cC][uU][mM][eE][nN][tT][oO]|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
  'pe-dni': {
    away: /[dD][nN][iI]|[pP][eE][rR][uU][vV][iI][aA][nN]/,
    home: /[dD][nN][iI]|[pP][eE][rR][uU][vV][iI][aA][nN]|[dD][oO][cC][uU][mM][eE][nN][tT][oO]|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
  'ge-pin': {
    away: /[\u10de\u1c9e]|[gG][eE][oO][rR][gG][iI][aA][nN]/,
    home: /[\u10de\u1c9e]|[gG][eE][oO][rR][gG][iI][aA][nN]|[pP][eE][rR][sS][oO][nN][aA][lL]|[\u043b\u041b][\u0438\u0418][\u0447\u0427][\u043d\u041d]|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
  'de-stnr': {
    away: /[sS][tT][eE][uU][eE][rR]|[sS][tT]\u002e|[sS][tT]\u002d|[sS][tT][nN][rR]|[sS][tT] [nN][rR]|[tT][aA][xX]/,
    home: /[sS][tT][eE][uU][eE][rR]|[sS][tT]\u002e|[sS][tT]\u002d|[sS][tT][nN][rR]|[sS][tT] [nN][rR]|[tT][aA][xX]|[iI][dD] [nN]|[iI][dD] [cC]|[iI][dD][eE][nN][tT][iI][tT][yY]|[nN][aA][tT][iI][oO][nN][aA][lL] [iI][dD]/,
  },
};

// After its own label; bare at home in a print only the id takes (the Steuernummer's slashes:
// over a phone's 0.8, which main gave it).
const OWN = 0.95;
const AT_HOME = 0.85;

/**
 * Every word of these ids, at home and away, in one list: the one the label scan (context.ts
 * contextBefore) reads for all eight, as nationalIds7.ts's ALL_WORDS does for its six (each list
 * the scan reads takes a bit of its word index's tables, and past the 31st they share one). Which
 * id's word it was is read after, in the window alone (wordBefore).
 */
const ALL_WORDS_8: readonly string[] = /* @__PURE__ */ (() => [
  ...new Set([
    ...Object.values(ID_WORDS_8).flat(),
    ...Object.values(ID_WORDS_8_IN_COUNTRY).flat(),
    ...ID_WORDS_2_IN_COUNTRY,
    ...ID_WORDS_6['it-cf'],
  ]),
])();

// How far before a value a label names it: the own window of context.ts.
const WINDOW = 48;

/**
 * Whether a value stands in `s` from `from` to `to`: an ASCII digit, or a placeholder's closing
 * bracket (a later pass reads the text with the values it found replaced: "პ/ნ [GE_PIN], …").
 */
function valueIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 93) return true;
  }
  return false;
}

/**
 * Whether a word of `words` (folded) starts at a word's start in the window before `start`, on its
 * line, and no digit stands between it and the value: read only where the scan found one of
 * ALL_WORDS_8 the nearest label and a check held. None of these ids but the NIK's, the Egyptian
 * number's and the CCCD's has a structure to tell it from an order number or an amount after it
 * ("cédula 52123456, valor $ 1.250.000", "პ/ნ 60001123456, შეკვეთა 20261205123"): the label
 * names the first number after it only.
 */
function wordBefore(s: string, start: number, words: readonly string[]): boolean {
  const from = Math.max(0, start - WINDOW);
  const line = s.lastIndexOf('\n', start - 1) + 1;
  for (const word of foldedList(words))
    for (let at = start - word.length; at >= from && at >= line; at--) {
      if (wordAt(s, at - 1)) continue;
      const end = foldedEnd(s, at, word, start);
      if (end >= 0 && !valueIn(s, end, start)) return true;
    }
  return false;
}

/** One id read from digit runs: its country, words, digit counts, print and check. */
type Spec = {
  readonly country: CountryCode;
  /** Pieces of its words, away and at home (LABEL_KEYS_8). */
  readonly awayKeys: readonly string[];
  readonly homeKeys: readonly string[];
  /** Its keys in any case, away and at home (KEY_GATES_8): mayHoldKey's expressions. */
  readonly awayGate: RegExp;
  readonly homeGate: RegExp;
  /** The digit counts of its prints, a bit per count (runs.ts readsRuns). */
  readonly counts: number;
  readonly away: readonly string[];
  /** Its words, those read at home, and ID_WORDS_2_IN_COUNTRY. */
  readonly home: readonly string[];
  /** The run's value as the check reads it (digits, or a CIN's letters and digits), or undefined. */
  readonly read: (run: NumberRun, s: string) => Read | undefined;
  readonly valid: (value: string) => boolean;
  /**
   * Whether a print in groups is read as an amount where its currency stands beside it or its word
   * before it (amountBeside.ts), and stays: Colombia's cédula, printed in thousands as pesos are
   * ("c.c valor 12.345.678 COP", "cédula, total $ 12.345.678" went as the cédula, T68d).
   */
  readonly amounts: boolean;
};

/**
 * A print read: the value the check reads, where the print starts and ends, and whether it is
 * digits only (then a code's letters glued to it make it the code's).
 */
type Read = {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly digits: boolean;
};

/** The spec of the id `id` of ID_WORDS_8: its words, those at home, and their pieces. */
function spec(
  id: keyof typeof ID_WORDS_8,
  country: CountryCode,
  counts: number,
  read: (run: NumberRun, s: string) => Read | undefined,
  valid: (value: string) => boolean,
  amounts = false,
): Spec {
  const away: readonly string[] = ID_WORDS_8[id];
  const homeWords: readonly string[] =
    (ID_WORDS_8_IN_COUNTRY as Record<string, readonly string[]>)[id] ?? [];
  const keys = LABEL_KEYS_8[id] as { away: readonly string[]; home: readonly string[] };
  return {
    country,
    awayKeys: keys.away,
    homeKeys: [...keys.away, ...keys.home],
    awayGate: (KEY_GATES_8[id] as { away: RegExp }).away,
    homeGate: (KEY_GATES_8[id] as { home: RegExp }).home,
    counts,
    away,
    home: [...away, ...homeWords, ...ID_WORDS_2_IN_COUNTRY],
    read,
    valid,
    amounts,
  };
}

// The answer of a text without an id, shared (collect only reads it).
const NONE: readonly RecognizerMatch[] = Object.freeze([]);

/** The ids of `id` in the context: a print whose check holds, after its label. */
function findIds(id: Spec, context: RecognizerContext): readonly RecognizerMatch[] {
  let found: RecognizerMatch[] | undefined;
  const s = context.shadow;
  const home = context.country === id.country;
  const keys = home ? id.homeKeys : id.awayKeys;
  // Whether the text may hold a piece of its labels (mayHoldKey), asked at the first print.
  let keyed: boolean | undefined;
  const runs = numberRuns(context) as readonly NumberRun[];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    // Its digit counts first: most runs of a text have none of them.
    if (run.digitCount > 31 || ((id.counts >>> run.digitCount) & 1) === 0) continue;
    const print = id.read(run, s);
    if (print === undefined) continue;
    // No piece of its labels in the whole text: none before any print (keyBefore).
    keyed ??= mayHoldKey(s, home ? id.homeGate : id.awayGate);
    if (!keyed) return NONE;
    // A piece of its labels before the check: the check costs more (2,100 instructions a call
    // on the transcript mix, where keyBefore costs ~1,400), and most runs of these lengths have
    // no piece before them (T65a: of 3,402 checks a pass 1,561 passed, to reach keyBefore).
    if (!keyBefore(s, print.start, keys)) continue;
    if (!id.valid(print.value)) continue;
    // An amount in groups with its currency or its word (asked after the label's key: few runs).
    if (
      id.amounts &&
      run.groupCount > 1 &&
      (amountLedAt(s, run.start) ||
        amountBeside(s, run.start, run.end, s.slice(run.start, run.end)))
    )
      continue;
    // A digit print glued to a code's letters is the code's (a CIN's letters are its own).
    if (numberedAfter(s, print.end) || (print.digits && gluedToCode(s, print.start, print.end)))
      continue;
    if (
      labelWith(context, print.start, ALL_WORDS_8, home ? id.home : id.away, home, wordBefore) !==
      'own'
    )
      continue;
    found ??= [];
    found.push({ start: print.start, end: print.end, confidence: OWN });
  }
  return found ?? NONE;
}

/**
 * A built-in recognizer of the id `id` (its type too), noted with the digit counts it reads, or,
 * `glued`, with those of its runs a letter is glued before (runs.ts runGlued).
 */
function idRecognizer(id: string, of: Spec, glued = false): Recognizer {
  const recognizer = defineRecognizer({ id, type: id, find: findIds.bind(undefined, of) });
  return glued ? readsRuns(recognizer, 0, 0, 0, 0, of.counts) : readsRuns(recognizer, of.counts);
}

/** The run as a digit print: its digits (findIds asks after whether a code is glued to it). */
function digitsOf(run: NumberRun, _s: string): Read | undefined {
  return { value: run.digits, start: run.start, end: run.end, digits: true };
}

/** Whether the run's groups are joined by spaces or dashes only (no dots: an amount's print). */
function plain(run: NumberRun): boolean {
  return run.dots === 0;
}

/** Unbroken, or in up to `groups` groups apart by spaces or dashes. */
function upTo(groups: number): (run: NumberRun, s: string) => Read | undefined {
  return (run, s) => (run.groupCount <= groups && plain(run) ? digitsOf(run, s) : undefined);
}

/** Unbroken only. */
function unbroken(run: NumberRun, s: string): Read | undefined {
  return run.groupCount === 1 ? digitsOf(run, s) : undefined;
}

/**
 * Indonesia's NIK: sixteen digits, a region, a birth date (the day plus 40 for a woman) and a
 * serial ({@link idNikValid}), unbroken or grouped ("33-11-12-04-11-87-0003", "3602 0412 1187
 * 0001"), after "NIK", "nomor induk kependudukan" or "No. KTP" (in Indonesia "KTP" too). Never
 * bare: one random run of sixteen digits in 19 passes (5,235 of 100,000), and a card's print is the same
 * length.
 * After its label it is an id even where its digits pass Luhn (0.95 over a card's 0.9).
 *
 * @since 0.1.0
 */
export const idNikRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'id-nik',
  /* @__PURE__ */ spec('id-nik', 'ID', 1 << 16, upTo(7), idNikValid),
);

/**
 * Egypt's national number: fourteen digits, a century, a real birth date and a governorate
 * ({@link egNidValid}), in ASCII or Arabic-Indic digits (the shadow reads both), unbroken or
 * grouped, after "الرقم القومي", "رقم قومي" or "national ID" in Egypt. Never bare: one random run
 * of fourteen digits in 585 passes (171 of 100,000), and the desk's order and tracking numbers of
 * that length are many.
 *
 * @since 0.1.0
 */
export const egNidRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'eg-nid',
  /* @__PURE__ */ spec('eg-nid', 'EG', 1 << 14, upTo(5), egNidValid),
);

/**
 * Vietnam's personal identification number (the CCCD's): twelve digits, a province, a century
 * and sex and a year ({@link vnCccdValid}), unbroken or grouped, after "CCCD", "căn cước" or
 * "số định danh". Never bare: one random run of twelve digits in 36 passes (2,749 of 100,000).
 *
 * @since 0.1.0
 */
export const vnCccdRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'vn-cccd',
  /* @__PURE__ */ spec('vn-cccd', 'VN', 1 << 12, upTo(4), vnCccdValid),
);

/** Whether the unit at `i` is an ASCII letter (either case). */
function asciiLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  return c >= 97 && c <= 122;
}

/**
 * A CIN's print at the run: one or two ASCII letters glued before its five or six digits, no
 * letter or digit before them, none after; read in capitals.
 */
function cinOf(run: NumberRun, s: string): Read | undefined {
  if (run.groupCount !== 1 || run.start < 1 || !asciiLetter(s, run.start - 1)) return undefined;
  const start = run.start >= 2 && asciiLetter(s, run.start - 2) ? run.start - 2 : run.start - 1;
  if (wordAt(s, start - 1) || wordAt(s, run.end)) return undefined;
  return { value: s.slice(start, run.end).toUpperCase(), start, end: run.end, digits: false };
}

/**
 * Morocco's CIN: one or two letters and five or six digits ({@link maCinValid}: "BE123456"),
 * after "CNIE", "البطاقة الوطنية", "carte nationale" (in Morocco "CIN" too). Never bare: the
 * print is a product code's, a flight's or a plate's too.
 *
 * @since 0.1.0
 */
export const maCinRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'ma-cin',
  /* @__PURE__ */ spec('ma-cin', 'MA', (1 << 5) | (1 << 6), cinOf, maCinValid),
  // Its letters glued before its digits (cinOf; V61e: a run of five or six digits alone woke it
  // on 1,288 texts of redact 1's pass, a letter before on 43).
  true,
);

/** Unbroken, or in thousands ("1.020.304.050", "79 456 123"): a first group of 1–3, then threes. */
function thousands(run: NumberRun, s: string): Read | undefined {
  if (run.groupCount === 1) return digitsOf(run, s);
  if (run.groupLength(0) > 3) return undefined;
  for (let k = 1; k < run.groupCount; k++) if (run.groupLength(k) !== 3) return undefined;
  return digitsOf(run, s);
}

/**
 * Colombia's cédula de ciudadanía: six to ten digits ({@link coCedulaValid}; no check digit),
 * unbroken or in thousands ("1.020.304.050", as Colombians write it), after "cédula colombiana",
 * and in Colombia after "cédula", "C.C." or "documento de identidad": never bare.
 *
 * @since 0.1.0
 */
export const coCcRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'co-cc',
  /* @__PURE__ */ spec(
    'co-cc',
    'CO',
    (1 << 6) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10),
    thousands,
    coCedulaValid,
    true,
  ),
);

/**
 * A DNI's print: eight digits unbroken, or with its verification digit after a dash ("45678912-3":
 * the whole print goes, the digit read as no part of the number), or dotted in thousands as
 * Spanish-speaking customers write long numbers ("DNI 12.345.678", Argentina's print of its own
 * DNI: T65c, issue #14; it came out [PHONE] in Peru, a Lima number read from its digits, and "Mi
 * DNI es 40.123.456" went out whole).
 */
function dniOf(run: NumberRun, s: string): Read | undefined {
  if (run.groupCount === 1) return digitsOf(run, s);
  if (
    run.groupCount === 3 &&
    run.dots === 2 &&
    run.groupLength(0) === 2 &&
    run.groupLength(1) === 3 &&
    run.groupLength(2) === 3
  )
    return digitsOf(run, s);
  if (run.groupCount !== 2 || run.groupLength(0) !== 8 || run.groupLength(1) !== 1)
    return undefined;
  if (run.sepAt(0) !== 45) return undefined;
  return { value: run.digits.slice(0, 8), start: run.start, end: run.end, digits: true };
}

/**
 * Peru's DNI: eight digits ({@link peDniValid}; no published check), with or without its
 * verification digit, after "DNI peruano", and in Peru after "DNI": never bare.
 *
 * @since 0.1.0
 */
export const peDniRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'pe-dni',
  /* @__PURE__ */ spec('pe-dni', 'PE', (1 << 8) | (1 << 9), dniOf, peDniValid),
);

/**
 * Georgia's personal number: eleven digits ({@link geIdValid}; no published structure), unbroken,
 * after "პირადი ნომერი" or "პ/ნ" anywhere, "personal number" in Georgia: never bare.
 *
 * @since 0.1.0
 */
export const geIdRecognizer: Recognizer = /* @__PURE__ */ idRecognizer(
  'ge-pin',
  /* @__PURE__ */ spec('ge-pin', 'GE', 1 << 11, unbroken, geIdValid),
);

const STNR_AWAY: readonly string[] = ID_WORDS_8['de-stnr'];
const STNR_HOME: readonly string[] = [...STNR_AWAY, ...ID_WORDS_2_IN_COUNTRY];
const STNR_KEYS: readonly string[] = LABEL_KEYS_8['de-stnr']?.away ?? [];
const STNR_KEYS_HOME: readonly string[] = [...STNR_KEYS, ...(LABEL_KEYS_8['de-stnr']?.home ?? [])];
const STNR_GATES = KEY_GATES_8['de-stnr'] as { readonly away: RegExp; readonly home: RegExp };

/**
 * The slashed state print of a Steuernummer that starts at `start` ("21/815/08150", "22/815/0815/4":
 * up to four groups of digits, each after one '/'; the last may be one digit, which no run holds):
 * its end, or -1 where the groups make no state's print ({@link deStnrStateValid}) or a letter, a
 * digit or another '/' follows.
 */
function slashedEnd(s: string, start: number): number {
  const groups: string[] = [];
  let i = start;
  for (;;) {
    const from = i;
    while (i < s.length && i - from < 6 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === from || groups.length === 4) return -1;
    groups.push(s.slice(from, i));
    if (s.charCodeAt(i) !== 47) break;
    i++;
  }
  if (groups.length < 2 || wordAt(s, i)) return -1;
  return deStnrStateValid(groups) ? i : -1;
}

/**
 * Germany's Steuernummer, the tax office's number of a taxpayer (a personal identifier, typed
 * apart from the Steuer-IdNr, `de-tax-id`): in its state's print with slashes ("21/815/08150",
 * "133/8150/8159": {@link DE_STNR_SHAPES}) after its label anywhere and bare in Germany (no
 * phone, date or order number there takes three slashed groups of these lengths: main read it as
 * a phone); in the state's print with spaces ("75 815 08152") or ELSTER's thirteen digits
 * ({@link deStnrFederalValid}) after its label only ("Steuernummer", "St.-Nr."). The check digit
 * is not read (its rule differs by state).
 *
 * @since 0.1.0
 */
export const deStnrRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'de-stnr',
    type: 'de-stnr',
    find(context) {
      let found: RecognizerMatch[] | undefined;
      const s = context.shadow;
      const home = context.country === 'DE';
      const keys = home ? STNR_KEYS_HOME : STNR_KEYS;
      let keyed: boolean | undefined;
      const runs = numberRuns(context) as readonly NumberRun[];
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r] as NumberRun;
        const n = run.digitCount;
        let end = -1;
        let bare = false;
        // (The units beside the run read inside the text only: a read past either end throws the
        // loop out of its compiled code, T66c.)
        if ((n === 2 || n === 3 || n === 5) && run.end < s.length && s.charCodeAt(run.end) === 47) {
          if (wordAt(s, run.start - 1) || (run.start > 0 && s.charCodeAt(run.start - 1) === 47))
            continue;
          end = slashedEnd(s, run.start);
          bare = home;
        } else if (n === 13 && run.groupCount === 1 && deStnrFederalValid(run.digits))
          end = run.end;
        else if ((n === 10 || n === 11) && run.groupCount === 3 && plain(run)) {
          const groups = [0, 1, 2].map((k) => s.slice(run.groupStart(k), run.groupEnd(k)));
          if (deStnrStateValid(groups)) end = run.end;
        }
        if (end < 0 || gluedToCode(s, run.start, end)) continue;
        // Bare in Germany the slashed print is read whatever stands before it (an order's word
        // keeps it: labelWith); any other print, or away, only after a label.
        if (!bare) {
          // No piece of its labels in the whole text: none before the run (mayHoldKey).
          keyed ??= mayHoldKey(s, home ? STNR_GATES.home : STNR_GATES.away);
          if (!keyed || !keyBefore(s, run.start, keys)) continue;
        }
        const label = labelWith(
          context,
          run.start,
          ALL_WORDS_8,
          home ? STNR_HOME : STNR_AWAY,
          home,
          wordBefore,
        );
        const confidence = label === 'own' ? OWN : bare && label === 'none' ? AT_HOME : 0;
        if (confidence > 0) {
          found ??= [];
          found.push({ start: run.start, end, confidence });
        }
      }
      return found ?? NONE;
    },
  }),
  // Its thirteen digits are one group (a run's first), its spaced print a list of ten or eleven,
  // and its slashed print starts with a group right before its '/' (SLASHED): a run of two, three
  // or five digits before another separator is none of its prints (slashedEnd), and such runs
  // (times, amounts, dates) called it on four texts in five (V59a).
  0,
  1 << 13,
  (1 << 10) | (1 << 11) | SLASHED,
);

const CF_WORDS: readonly string[] = ID_WORDS_6['it-cf'];
const CF_WORDS_HOME: readonly string[] = [...CF_WORDS, ...ID_WORDS_2_IN_COUNTRY];

// A codice fiscale in capitals whose digits omocodia replaced all but the year's first, or all:
// six letters, the year's two (a digit or an omocode, then an omocode: L M N P Q R S T U V), the
// month's letter, the day's two, the place's letter and three, the check letter. Fixed-length, no
// nested or overlapping repetition: linear (recheck). Capitals only: the engine's native scan
// skips prose's lower-case letters at its first unit, so it costs a text little; such a code in
// lower case is not read.
// Pieces of the codice fiscale's labels (ID_WORDS_6's: "codice fiscale", "cod. fisc", "C.F.",
// "CF:", "tessera sanitaria", "fiscal code", "Italian tax code"), read in the lower-case shadow.
// Read in the shadow without case (ASCII letters only: no other letter's lower case is one of
// theirs but the Kelvin sign's "k"), one expression: the lower-case copy of every text and five
// searches of it cost a warm pass of redact 1.5% (T64b), ~1,000 instructions a text now.
const CF_HINTS = /fisc|c\.f|cf|tessera|italian tax/i;

const CF_OMOCODES = /[A-Z]{6}[0-9L-NP-V][L-NP-V][A-EHLMPR-T][L-NP-V]{2}[A-Z][L-NP-V]{3}[A-Z]/g;

/** Whether the unit `c` is an ASCII capital (A-Z). */
function capital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether the unit `c` is an ASCII capital or digit, a unit CF_OMOCODES's sixteen may hold. */
function codeUnit(c: number): boolean {
  return capital(c) || (c >= 48 && c <= 57);
}

/**
 * Whether `s` may hold a match of CF_OMOCODES: sixteen units in a row, every one a capital but
 * the seventh, which may be a digit (a capital or a digit, then). Of any sixteen in a row two
 * stand at a multiple of eight less one (7, 15, 23…), one of them not the seventh: a capital. So
 * only every eighth unit is read, and from a capital there the run of capitals and digits around
 * it (most capitals start a word: a unit or two): `false` only where no such run has sixteen.
 * Asked before the label hint and the expression, each a scan of the whole text that found
 * nothing on all but a few texts (3.3M calls, T67b): a unit in eight costs a text a tenth of that.
 * Its property: nationalIds8.prop.test.ts (never false where the expression finds a code).
 */
export function mayHoldOmocode(s: string): boolean {
  const n = s.length;
  for (let i = 7; i < n; i += 8) {
    if (!capital(s.charCodeAt(i))) continue;
    let from = i;
    while (from > 0 && codeUnit(s.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < n && codeUnit(s.charCodeAt(to))) to++;
    if (to - from >= 16) return true;
  }
  return false;
}

/**
 * The codice fiscale in capitals at `start` as a match: 0.95 after its label, 0.85 elsewhere (a
 * print no other string takes, as nationalIds6.ts reads one), or undefined where its check fails.
 */
function cfMatch(context: RecognizerContext, start: number): RecognizerMatch | undefined {
  if (!itCfValid(context.shadow.slice(start, start + 16))) return undefined;
  const home = context.country === 'IT';
  const label = labelWith(
    context,
    start,
    ALL_WORDS_8,
    home ? CF_WORDS_HOME : CF_WORDS,
    home,
    wordBefore,
  );
  return { start, end: start + 16, confidence: label === 'own' ? OWN : 0.85 };
}

/**
 * Italy's codice fiscale where omocodia replaced six or seven of its digits (the 64th holder of
 * one code and on; {@link itCfValid}), which nationalIds6.ts does not read: it reads a code from a
 * run of two or three digits, and such a code holds one lone digit (no run) or none. Read in
 * capitals through one fixed-length regular expression, on every text in Italy and, elsewhere, on
 * a text that holds a piece of its labels (CF_HINTS: "fisc", "c.f", "cf", "tessera"); a code in
 * lower case with six or seven omocodes is not read, nor one with seven in a text that holds no
 * digit, "@" or ":" (redact.ts calls no built-in recognizer there: "CF: …" is read). Typed
 * `it-cf`, as the others: 0.95 after its label, 0.85 elsewhere, an invoice's or order's word
 * before it too (nationalIds6.ts).
 *
 * @since 0.1.0
 */
export const itCfOmocodeRecognizer: Recognizer = /* @__PURE__ */ defineRecognizer({
  id: 'it-cf-omocode',
  type: 'it-cf',
  find(context) {
    // Away from Italy only a text that names the code is read: the expression's scan of every
    // text cost redact more than the ids it reads are worth (codes of the 64th holder and on).
    // Most texts hold no sixteen capitals in a row: read first, a unit in eight (mayHoldOmocode).
    if (!mayHoldOmocode(context.shadow)) return NONE;
    if (context.country !== 'IT' && !CF_HINTS.test(context.shadow)) return NONE;
    let found: RecognizerMatch[] | undefined;
    const s = context.shadow;
    CF_OMOCODES.lastIndex = 0;
    for (let m = CF_OMOCODES.exec(s); m !== null; m = CF_OMOCODES.exec(s)) {
      const start = m.index;
      // A word's part ("XRSSMRA…"): read again from its next unit.
      if (wordAt(s, start - 1) || wordAt(s, start + 16)) {
        CF_OMOCODES.lastIndex = start + 1;
        continue;
      }
      const match = cfMatch(context, start);
      if (match !== undefined) {
        found ??= [];
        found.push(match);
      }
    }
    return found ?? NONE;
  },
});
