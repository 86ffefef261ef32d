// Argentina's DNI (T64c, issue #14): "DNI 12.345.678", "Mi DNI es 30123456" went out whole. Its
// number has no check digit (checks/nationalIds9.ts arDniValid): seven or eight digits, unbroken
// or dotted in thousands, read after its label only. "DNI" alone names Spain's and Peru's too
// (Spain's has its control letter, es-dni's; Peru's eight digits are T63c's pe-dni), so the bare
// word is read in Argentina only; "DNI argentino" anywhere. Argentina's CUIT/CUIL, which holds the
// DNI between its type and its check, is nationalIds4.ts's.
//
// "DNI 12.345.678" with no letter outside Argentina and Peru (session 47's question, T68d): no
// other country's DNI is eight digits without a letter in the sources read on 2026-12-06. Spain's
// is eight digits and a control letter, always printed (dni-letra.mas-informacion.com, the
// Ministerio del Interior's mod-23 letter; es-dni reads it with its letter); Honduras's DNI
// (Documento Nacional de Identificación) is thirteen digits (docs.didit.me, Honduras DNI, "exactly
// 13 digits"). So the bare "DNI" stays read at home only, and such a print in Spain stays as it
// was (auditSession44Leads.test.ts holds it): eight digits without the letter there are no print
// of the id, and an order's or an invoice's number is eight digits too. Spain's NIE is printed
// "X1234567L" or "X-1234567-L" (oim.urv.cat's formats; fraternidad.com: a letter, seven digits, a
// control letter), both read (letterIds.ts); no source read prints it dotted in thousands
// ("X-1.234.567-L"), so that print is not read.
//
// Cheap first: a text whose lower case holds none of its labels' pieces ("dni", "documento",
// "argentin") is not read at all (one search a text with a run of seven or eight digits), and
// each run of those counts asks the label scan only then.
import { dniLetter } from '../checks/nationalIds.js';
import { arDniValid } from '../checks/nationalIds9.js';
import { contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns, readsRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { wordAt } from './nationalIds3.js';
import { wordBefore } from './nationalIds7.js';
import { mayHoldKey } from './nationalIds8.js';

/**
 * Words before Argentina's DNI number (asOf 2026-12-05). Anywhere: "DNI argentino" and Microsoft
 * Purview's English keyword "Argentina national identity". In Argentina: "DNI" and the document's
 * name, "documento nacional de identidad", and "documento número" (Purview's keywords for its
 * "Argentina national identity (DNI) number", learn.microsoft.com/purview/
 * sit-defn-argentina-national-identity-numbers; not its "cédula", which names Colombia's and
 * Ecuador's card, nor "RNP", the registry).
 *
 * @since 0.1.0
 */
export const ID_WORDS_9 = {
  'ar-dni': ['dni argentino', 'argentina national identity', 'argentine national identity'],
} as const;

/**
 * Words that name Argentina's DNI only where the customer lives in Argentina (see
 * {@link ID_WORDS_9}).
 *
 * @since 0.1.0
 */
export const ID_WORDS_9_IN_COUNTRY = {
  'ar-dni': ['dni', 'documento nacional de identidad', 'documento número', 'documento numero'],
} as const;

// Every word in one list: the label scan (context.ts contextBefore) gives each list it reads a bit
// of its word index (nationalIds7.ts ALL_WORDS); which word it was is read after (wordBefore).
const ALL_WORDS: readonly string[] = [...ID_WORDS_9['ar-dni'], ...ID_WORDS_9_IN_COUNTRY['ar-dni']];

// The pieces of its labels as the lower-case shadow holds them: a text without one holds no label.
// Asked of the shadow in any case (nationalIds8.ts mayHoldKey), not of the context's lower-case
// copy: this recognizer was the first to ask for that copy on 9,342 of the bench's 25,541 texts a
// pass (a text with a run of seven or eight digits), and no other asks for it on most (T67b).
/** Pieces of the DNI's labels: a text without one in any case holds no label (findArDnis). */
export const MAY_NAME_KEYS: readonly string[] = ['dni', 'documento', 'argentin'];
/** MAY_NAME_KEYS in any case (nationalIds8.ts keyGateSource; a test holds it to its source). */
export const MAY_NAME =
  /[dD][nN][iI]|[dD][oO][cC][uU][mM][eE][nN][tT][oO]|[aA][rR][gG][eE][nN][tT][iI][nN]/;

/**
 * The DNI's digits at `run`: seven or eight, unbroken ("12345678") or dotted in thousands
 * ("12.345.678", "1.234.567"); undefined for any other print (a phone's "4567-8901", a date's
 * "05.12.2026").
 */
function readDni(run: NumberRun): string | undefined {
  const n = run.digitCount;
  if (n !== 7 && n !== 8) return undefined;
  if (run.groupCount === 1) return run.digits;
  if (
    run.groupCount === 3 &&
    run.dots === 2 &&
    run.groupLength(0) === n - 6 &&
    run.groupLength(1) === 3 &&
    run.groupLength(2) === 3
  )
    return run.digits;
  return undefined;
}

/**
 * Whether Spain's DNI control letter of `digits` follows `end`, glued or after a space or a dash
 * ("12345678Z", "12.345.678-Z"): es-dni's print, not Argentina's number.
 */
function spanishLetterAfter(s: string, end: number, digits: string): boolean {
  let at = end;
  const c = s.charCodeAt(at);
  if (c === 32 || c === 45) at++;
  const letter = s.charCodeAt(at) & ~0x20;
  if (letter < 65 || letter > 90 || wordAt(s, at + 1)) return false;
  return String.fromCharCode(letter) === dniLetter(digits);
}

/** Whether an amount's currency sign stands before `start` ("$ 12.345.678"). */
function amountBefore(s: string, start: number): boolean {
  const at = s.charCodeAt(start - 1) === 32 ? start - 2 : start - 1;
  return at >= 0 && s.charCodeAt(at) === 36;
}

/**
 * The DNIs in the context: a print of seven or eight digits after its label. With `everyText`, a
 * text without a piece of a label ({@link MAY_NAME}) is read too: the oracle of that search
 * (nationalIds9.prop.test.ts).
 *
 * @param context - The text, its shadow and lower case, locale and country.
 * @param everyText - Whether to read past the label pieces' search (tests only).
 * @returns Each DNI's span, confidence 0.95.
 * @since 0.1.0
 */
export function findArDnis(
  context: RecognizerContext,
  everyText = false,
): readonly RecognizerMatch[] {
  if (!everyText && !mayHoldKey(context.shadow, MAY_NAME)) return NONE;
  let found: RecognizerMatch[] | undefined;
  const s = context.shadow;
  const home = context.country === 'AR';
  const runs = numberRuns(context) as readonly NumberRun[];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    const digits = readDni(run);
    if (digits === undefined || !arDniValid(digits)) continue;
    const { start, end } = run;
    if (gluedToCode(s, start, end) || numberedAfter(s, end) || amountBefore(s, start)) continue;
    if (spanishLetterAfter(s, end, digits)) continue;
    if (contextBefore(context, start, ALL_WORDS) !== 'own') continue;
    if (!home && !wordBefore(s, start, ID_WORDS_9['ar-dni'])) continue;
    found ??= [];
    found.push({ start, end, confidence: 0.95 });
  }
  return found ?? NONE;
}

// The answer of a text without a DNI, shared (collect only reads it).
const NONE: readonly RecognizerMatch[] = Object.freeze([]);

/**
 * Argentina's DNI number: seven or eight digits, unbroken or dotted in thousands ("12.345.678"),
 * no check digit ({@link arDniValid}); after its label only: "DNI" or "documento nacional de
 * identidad" in Argentina, "DNI argentino" anywhere. Not a number with Spain's DNI letter after
 * it (es-dni's), nor an amount after "$".
 *
 * @since 0.1.0
 */
export const arDniRecognizer: Recognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({ id: 'ar-dni', type: 'ar-dni', find: findArDnis }),
  // The runs of seven and eight digits.
  (1 << 7) | (1 << 8),
);
