// Four national ids a global desk meets every day that redact kept (T36a, issue #14): China's
// resident identity card number, Sweden's personnummer, Romania's CNP, Thailand's national id.
// Their check rules and sources: checks/nationalIds2.ts. Their labels are kept here (keywords.ts
// holds the older ids' words; these are read only by these recognizers).
import type { CountryCode } from '@meridian-cx/core';
import { cnRicValid, roCnpValid, sePinValid, thIdValid } from '../checks/nationalIds2.js';
import { contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt } from '../digits.js';
import { type NumberRun, numberRuns } from '../runs.js';
import type { EntityType, Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';

/**
 * Words before each of these ids. Chinese: 身份证 / 身份證 (identity card, in 身份证号 and
 * 居民身份证), 公民身份号码 (GB 11643's name of the number). Swedish: personnummer,
 * samordningsnummer (Skatteverket's names) and the short "personnr". Romanian: CNP and "cod
 * numeric personal". Thai: บัตรประชาชน (in เลขบัตรประชาชน, "identity card number") and
 * ประจำตัวประชาชน (in เลขประจำตัวประชาชน, the number's name, and บัตรประจำตัวประชาชน, the card's).
 * Han and Thai words start anywhere: no space is written before them.
 *
 * @since 0.1.0
 */
export const ID_WORDS_2 = {
  'cn-ric': ['身份证', '身份證', '公民身份号码', 'resident identity card', 'chinese id'],
  'se-pin': ['personnummer', 'personnr', 'samordningsnummer', 'swedish id'],
  'ro-cnp': ['cnp', 'cod numeric personal', 'codul numeric personal'],
  'th-id': ['บัตรประชาชน', 'ประจำตัวประชาชน', 'thai id'],
} as const;

// How a shape of an id's digits names it: alone ('formatted': the Thai card's 1-4-5-2-1, which no
// other number takes), with its label or, where its check is strong, in its country ('bare'), or
// with its own label only ('labelled': a spacing that groups of other numbers also give).
type Mode = 'formatted' | 'bare' | 'labelled';

/** One id: its type, labels, country, shapes and check, and the other prints it has. */
type IdSpec = {
  readonly id: string;
  readonly type: EntityType;
  readonly placeholder: string;
  readonly words: readonly string[];
  readonly country: CountryCode;
  readonly shapes: ReadonlyMap<string, Mode>;
  /** The digit counts of its shapes, a bit per count. */
  readonly lengths: number;
  readonly valid: (digits: string) => boolean;
  /** Whether a bare one counts in its country with no label: only where the check holds a date. */
  readonly bareInCountry: boolean;
  /** The Chinese id's X check character after seventeen digits ("…002X", "…００２Ｘ"). */
  readonly x: boolean;
  /** The Swedish "+" of one past 100 ("811228+9874"), which the runs read as two. */
  readonly plus: boolean;
};

/** Whether the unit at `i` of the shadow is X or x, ASCII or fullwidth (Ｘ, ｘ). */
function isX(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 0x20;
  return c === 0x78 || c === 0xff58;
}

/** Whether a letter or a digit stands at `i` (no word ends there). */
function wordAt(s: string, i: number): boolean {
  return i < s.length && /[\p{L}\p{N}]/u.test(s.charAt(i));
}

/** Whether four digits, and no letter or digit after them, stand at `i`. */
function fourAt(s: string, i: number): boolean {
  return (
    isDigitAt(s, i) &&
    isDigitAt(s, i + 1) &&
    isDigitAt(s, i + 2) &&
    isDigitAt(s, i + 3) &&
    !wordAt(s, i + 4)
  );
}

/**
 * The ids of `spec` in the context. A run of one of its shapes (or its other print: the X, the
 * "+") whose check holds goes after its own label (0.95), in its printed shape anywhere (0.85),
 * bare in its country with no label or a phone's when its check is strong (0.7); never glued to a
 * code, after an order's, invoice's or tracking word, or before the words that name a reference.
 * One function for the four ids (as numericId.ts has one for the older ones): one compilation.
 */
function findIds(spec: IdSpec, context: RecognizerContext): RecognizerMatch[] {
  const found: RecognizerMatch[] = [];
  const s = context.shadow;
  for (const run of numberRuns(context) as readonly NumberRun[]) {
    const n = run.digitCount;
    let end = run.end;
    let mode: Mode | undefined;
    let digits: string;
    if (n < 32 && ((spec.lengths >>> n) & 1) === 1 && run.groupCount <= 5) {
      mode = spec.shapes.get(run.shape);
      if (mode === undefined) continue;
      digits = run.digits;
    } else if (spec.x && n === 17 && end < s.length && isX(s, end) && !wordAt(s, end + 1)) {
      if (run.groupCount !== 1 && run.shape !== '6 8 3') continue;
      mode = run.groupCount === 1 ? 'bare' : 'labelled';
      digits = `${run.digits}X`;
      end++;
    } else if (spec.plus && n === 6 && end < s.length && s.charCodeAt(end) === 43) {
      if (run.groupCount !== 1) continue;
      if (!fourAt(s, end + 1)) continue;
      mode = 'bare';
      digits = run.digits + s.slice(end + 1, end + 5);
      end += 5;
    } else continue;
    if (!spec.valid(digits)) continue;
    const confidence = confidenceOf(spec, context, run.start, end, mode);
    if (confidence > 0) found.push({ start: run.start, end, confidence });
  }
  return found;
}

/**
 * How sure an id whose check holds at [start, end) is, by its label and its print (see findIds);
 * 0: not an id. Apart from findIds: few runs get here, and the first that read a label other than
 * its own once made V8 throw findIds's optimised code away and compile it again (--trace-deopt:
 * "Insufficient type feedback for call"), a cost of every process.
 */
function confidenceOf(
  spec: IdSpec,
  context: RecognizerContext,
  start: number,
  end: number,
  mode: Mode,
): number {
  const s = context.shadow;
  if (gluedToCode(s, start, end)) return 0;
  const label = contextBefore(context, start, spec.words);
  if (label === 'own') return 0.95;
  if (label === 'reference' || numberedAfter(s, end)) return 0;
  if (mode === 'formatted') return 0.85;
  if (
    mode === 'bare' &&
    spec.bareInCountry &&
    context.country === spec.country &&
    (label === 'none' || label === 'phone')
  )
    return 0.7;
  return 0;
}

/** A recognizer of the id `spec` describes (shapes as an object; see IdSpec). */
function idRecognizer(
  spec: Omit<IdSpec, 'shapes' | 'lengths' | 'x' | 'plus'> &
    Partial<Pick<IdSpec, 'x' | 'plus'>> & { readonly shapes: Readonly<Record<string, Mode>> },
): Recognizer {
  const shapes = new Map(Object.entries(spec.shapes));
  let lengths = 0;
  for (const shape of shapes.keys())
    lengths |= 1 << shape.split(/[ .-]/).reduce((sum, part) => sum + Number(part), 0);
  // Every field set, in one order: the four specs share one hidden class in findIds.
  const full: IdSpec = {
    id: spec.id,
    type: spec.type,
    placeholder: spec.placeholder,
    words: spec.words,
    country: spec.country,
    shapes,
    lengths,
    valid: spec.valid,
    bareInCountry: spec.bareInCountry,
    x: spec.x === true,
    plus: spec.plus === true,
  };
  return defineRecognizer({
    id: full.id,
    type: full.type,
    placeholder: full.placeholder,
    find: (context) => findIds(full, context),
  });
}

/**
 * Chinese citizen identification number (公民身份号码), 18 characters: an address code led by 1–8,
 * a date of birth (1900–2099) and an ISO 7064 MOD 11-2 check character, a digit or X (about one
 * random 18-digit run in 19,000 passes): bare in China, as a PESEL is in Poland; after its label
 * elsewhere. Spaced 6 8 4 ("110105 19491231 002X"), with its label only.
 *
 * @since 0.1.0
 */
export const cnRicRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'cn-ric',
  type: 'cn-ric',
  placeholder: '[CN_RIC]',
  words: ID_WORDS_2['cn-ric'],
  country: 'CN',
  shapes: { '18': 'bare', '6 8 4': 'labelled' },
  valid: cnRicValid,
  bareInCountry: true,
  x: true,
});

/**
 * Swedish personnummer and samordningsnummer: YYMMDD-NNNC ("+" from the year its holder turns
 * 100), unbroken, or with the century, YYYYMMDD-NNNC; a date and Luhn's check digit (about one
 * random run of ten digits in 140 passes). Bare in Sweden; after its label elsewhere:
 * "811228-9874" is a date-led reference's shape too. Spaced 6 4, with its label only.
 *
 * @since 0.1.0
 */
export const sePinRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'se-pin',
  type: 'se-pin',
  placeholder: '[SE_PIN]',
  words: ID_WORDS_2['se-pin'],
  country: 'SE',
  shapes: { '6-4': 'bare', '10': 'bare', '8-4': 'bare', '12': 'bare', '6 4': 'labelled' },
  valid: sePinValid,
  bareInCountry: true,
  plus: true,
});

/**
 * Romanian personal numeric code (CNP): 13 digits, sex and century, a date of birth, a county, a
 * serial and a control digit (about one random run of thirteen digits in 620 passes): bare in
 * Romania, as a PESEL is in Poland; after its label elsewhere.
 *
 * @since 0.1.0
 */
export const roCnpRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'ro-cnp',
  type: 'ro-cnp',
  placeholder: '[RO_CNP]',
  words: ID_WORDS_2['ro-cnp'],
  country: 'RO',
  shapes: { '13': 'bare' },
  valid: roCnpValid,
  bareInCountry: true,
});

/**
 * Thai national id (เลขประจำตัวประชาชน): 13 digits, the first 1–8, and a mod-11 check digit,
 * nothing else to check (one random run of thirteen digits in 12 passes): bare, after its label
 * only, in Thailand too. Printed as its card prints it, 1-2345-67890-12-1, a shape no other
 * number takes, it goes anywhere; spaced so, with its label only.
 *
 * @since 0.1.0
 */
export const thIdRecognizer: Recognizer = /* @__PURE__ */ idRecognizer({
  id: 'th-id',
  type: 'th-id',
  placeholder: '[TH_ID]',
  words: ID_WORDS_2['th-id'],
  country: 'TH',
  shapes: { '13': 'bare', '1-4-5-2-1': 'formatted', '1 4 5 2 1': 'labelled' },
  valid: thIdValid,
  bareInCountry: false,
});
