import { dniLetter, ninoPrefixValid } from '../checks/nationalIds.js';
import { contextBefore } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { isDigitAt, unitAt } from '../digits.js';
import { ID_WORDS } from '../keywords.js';
import { type NumberRun, numberRuns, readsRuns, runCounts, WRAPPED } from '../runs.js';
import type { RecognizerContext, RecognizerMatch } from '../types.js';
import { wrapEnd } from '../wraps.js';
import { sweep } from './sweep.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Each ASCII digit as a string (readDigits joins a value's digits from these).
const DIGITS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function boundaryAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return true;
  // ASCII from its code (most neighbours): no string made for the Unicode test.
  const c = unitAt(s, i);
  if (c < 0x80) return !((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122));
  return !WORD_CHAR.test(s.charAt(i));
}

/**
 * Read `count` digits from `i`, allowing one `pairs` separator (a space, a dash, a dot or " - ")
 * between pairs, and one `thousands` separator (a dot or a space) after the second and the fifth
 * digit; [digits, end].
 */
function readDigits(
  s: string,
  i: number,
  count: number,
  pairs: string,
  thousands?: string,
): [string, number] {
  let digits = '';
  // How many digits were read, and the text's length, kept in numbers: the digits joined so far
  // and the shadows are strings of several kinds, and a look-up of their lengths per unit went
  // megamorphic (T64d).
  let read = 0;
  const n = s.length;
  let j = i;
  while (read < count && j < n) {
    const c = unitAt(s, j);
    if (c >= 48 && c <= 57) {
      digits += DIGITS[c - 48] as string;
      read++;
      j++;
    } else if (pairs && read % 2 === 0 && read > 0 && s.startsWith(pairs, j)) {
      j += pairs.length;
    } else if (thousands && s.charAt(j) === thousands && read % 3 === 2) j++;
    else break;
  }
  return [digits, j];
}

/**
 * The separator a letter id is written with at `j`: " - " (a dash with a space either side, as a
 * list of parts is typed), a dash, a dot, a space, or '' when none stands there.
 */
function separatorAt(s: string, j: number): string {
  const c = s.charAt(j);
  if (c === ' ') return s.startsWith(' - ', j) ? ' - ' : ' ';
  return c === '-' || c === '.' ? c : '';
}

/** Whether the separators `a`, `b` and `c` are of one kind besides spaces and none ('' or ' '). */
function oneKind(a: string, b: string, c: string): boolean {
  const kind = a.trim() || b.trim() || c.trim();
  return [a, b, c].every((x) => x.trim() === '' || x.trim() === kind);
}

function ninoAt(context: RecognizerContext, i: number, found: RecognizerMatch[]): number {
  const s = context.shadow;
  // Two ASCII letters before anything is sliced: most starts fail here. (Upper-casing first let
  // "ı" and "ſ" pass as I and S; a NINO's prefix is two Latin capitals.)
  const a = s.charCodeAt(i) | 0x20;
  const b = s.charCodeAt(i + 1) | 0x20;
  if (i + 9 > s.length || a < 97 || a > 122 || b < 97 || b > 122) return -1;
  // The two Latin letters in upper case, from their codes (a slice upper-cased cost a call out).
  const prefix = String.fromCharCode(a - 32, b - 32);
  if (!boundaryAt(s, i - 1) || !ninoPrefixValid(prefix)) return -1;
  // Its parts apart by spaces, by dashes ("AB-12-34-56-C"), by dots ("AB.12.34.56.C") or by " - "
  // ("AB - 12 - 34 - 56 - C"), one kind besides spaces: the pairs one way throughout, and the
  // prefix and the suffix each glued, spaced or set apart as the pairs are. "AB12.34.56C" and
  // "AB 12.34.56 C" leaked whole when every separator had to be the same (T29d).
  const head = separatorAt(s, i + 2);
  const j = i + 2 + head.length;
  let pairs = isDigitAt(s, j + 1) ? separatorAt(s, j + 2) : '';
  let [digits, k] = readDigits(s, j, 6, pairs);
  // Wrapped between its pairs or before its suffix ("NI QQ 12 34\n56 C", wraps.ts): after its own
  // label only.
  let wrapped = -1;
  if (digits.length === 2 || digits.length === 4) {
    wrapped = wrapEnd(s, pairs.length === 1 && s.startsWith(pairs, k) ? k + 1 : k);
    if (wrapped < 0) return -1;
    // One pair before the break says nothing of the others' separator: the next line's does.
    if (digits.length === 2 && pairs === '' && isDigitAt(s, wrapped + 1))
      pairs = separatorAt(s, wrapped + 2);
    const [rest, m] = readDigits(s, wrapped, 6 - digits.length, pairs);
    digits += rest;
    k = m;
  }
  if (digits.length !== 6) return -1;
  let tail = separatorAt(s, k);
  let e = k + tail.length;
  if (wrapped < 0 && !'ABCD'.includes(s.charAt(e).toUpperCase())) {
    wrapped = wrapEnd(s, tail.length === 1 && tail !== ' ' ? e : k);
    if (wrapped < 0) return -1;
    tail = '';
    e = wrapped;
  }
  if (!oneKind(head, pairs, tail)) return -1;
  const suffix = s.charAt(e).toUpperCase();
  if (!'ABCD'.includes(suffix) || suffix === '' || !boundaryAt(s, e + 1)) return -1;
  const label = contextBefore(context, i, ID_WORDS['uk-nino']);
  if (label === 'reference' || (wrapped >= 0 && label !== 'own')) return -1;
  // Customers type it in lower case too ("NINO jg103721b"); a lower-case one needs its label.
  if (label !== 'own' && s.slice(i, i + 2) + s.charAt(e) !== prefix + suffix) return -1;
  found.push({ start: i, end: e + 1, confidence: label === 'own' ? 0.95 : 0.85 });
  return e + 1;
}

/** Whether the units at `i` and `i + 1` are ASCII letters (a NINO's prefix; ninoAt's first test). */
function twoLetters(s: string, i: number): boolean {
  const a = s.charCodeAt(i) | 0x20;
  const b = s.charCodeAt(i + 1) | 0x20;
  return a >= 97 && a <= 122 && b >= 97 && b <= 122;
}

/** The separator (see separatorAt) that ends right before `i`, '' if none. */
function separatorBefore(s: string, i: number): string {
  if (s.startsWith(' - ', i - 3)) return ' - ';
  const c = s.charAt(i - 1);
  return c === ' ' || c === '-' || c === '.' ? c : '';
}

/**
 * UK NINOs in the context, tried at `starts` (every position: the oracle's reading) or, without
 * them, where a digit run starts. The digits of a NINO follow its prefix or one separator after it
 * (a space, a dash, a dot or " - "), so they start a digit run, and its first group (pairs joined
 * by separators, or not) holds 2, 4 or 6 of them. Read here, not through sweep: an array of
 * starts per text and a call of one of four readers V8 does not inline, for runs of which most
 * follow no two letters (twoLetters, ninoAt's first test, is asked before the call).
 */
export function findNinos(
  context: RecognizerContext,
  starts?: readonly number[],
): RecognizerMatch[] {
  if (starts !== undefined) return sweep(context, starts, ninoAt, false);
  const s = context.shadow;
  const found: RecognizerMatch[] = [];
  const runs = numberRuns(context);
  const wraps = (runCounts & WRAPPED) !== 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    // Its six digits are the whole run: the separators its pairs take join a run's groups, and a
    // digit or a separator and a digit after the sixth leave no suffix letter where it stands
    // (ninoAt). Asked before ninoAt's strings and reads: one run in sixteen of those after two
    // letters on the bench's corpus holds six digits (T69c).
    // Two or four where a line break parts its pairs (WRAPPED; ninoAt reads on past it).
    if (run.digitCount !== 6 && !(wraps && (run.digitCount === 2 || run.digitCount === 4)))
      continue;
    const first = run.groupEnd(0) - run.start;
    if (first % 2 !== 0 || first > 6) continue;
    const i = run.start - 2 - separatorBefore(s, run.start).length;
    if (i >= 0 && twoLetters(s, i)) ninoAt(context, i, found);
  }
  return found;
}

/**
 * UK National Insurance numbers: an allocated two-letter prefix (HMRC NIM39110), six digits
 * (optionally in spaced pairs) and a suffix A–D.
 */
export const ukNinoRecognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'uk-nino',
    type: 'uk-nino',
    placeholder: '[NINO]',
    find: findNinos,
  }),
  // Its six digits are a run of their own (findNinos; T69c: its first group's two, four or six
  // were read before, every run of a text with such a group walked); WRAPPED: its pairs parted
  // by a line break (wraps.ts).
  (1 << 6) | WRAPPED,
);

/**
 * The end of the control letter of `digits` read at `end`, -1 if it is not there: glued, or after
 * a space or a dash, or after `loose` (a dot or " - ") when the id's digits were written so.
 */
function controlLetterMatch(s: string, digits: string, end: number, loose = ''): number {
  let e = end;
  if (loose) {
    if (!s.startsWith(loose, e)) return -1;
    e += loose.length;
  } else if (s.charAt(e) === '-' || s.charAt(e) === ' ') e++;
  const letter = s.charAt(e).toUpperCase();
  if (letter === '' || letter !== dniLetter(digits) || !boundaryAt(s, e + 1)) return -1;
  return e + 1;
}

/**
 * The end of the control letter of `digits` wrapped to the next line at `end` ("DNI 12.345.678\nZ",
 * "NIE X1234567-\nL": wraps.ts), -1 if it is not there: a capital alone at the next line's start,
 * after a line break, or after a dash and one. The caller asks for the id's own label.
 */
function wrappedLetterEnd(s: string, digits: string, end: number): number {
  const at = wrapEnd(s, s.charCodeAt(end) === 45 ? end + 1 : end);
  if (at < 0 || s.charAt(at) !== dniLetter(digits) || !boundaryAt(s, at + 1)) return -1;
  return at + 1;
}

function dniAt(context: RecognizerContext, i: number, found: RecognizerMatch[]): number {
  const s = context.shadow;
  if (i + 9 > s.length) return -1;
  // Inside a digit run (the common case) the cheap test answers before the Unicode one.
  if (!isDigitAt(s, i) || isDigitAt(s, i - 1) || !boundaryAt(s, i - 1) || s.charAt(i - 1) === '-')
    return -1;
  // Dotted in thousands as Spain prints it ("12.345.678-Z"), it takes its letter glued or after
  // "-": "de 12.345.670 y 13.000.000" is an amount, and "y", "a" and "e" are control letters;
  // after its own label ("DNI 12.345.678 Z") a space before the letter is the DNI's too.
  // Spaced in thousands ("DNI 12 345 678 Z") it is an amount as written in France or Poland unless
  // its own label names it ("entre 12 345 678 y 13 000 000": "y" is a control letter), and the
  // whole run ("tel 600 12 345 678 Z": its last groups are no DNI).
  // Dashed in thousands ("DNI 12-345-678-Z", which leaked whole, T29d) it is no amount's shape: it
  // goes as the dotted one does.
  const thousands = s.charAt(i + 2);
  const grouped =
    thousands === '.' || thousands === '-' || (thousands === ' ' && !isDigitAt(s, i - 2));
  const [digits, k] = readDigits(s, i, 8, '', grouped ? thousands : '');
  if (digits.length !== 8 || isDigitAt(s, k) || (grouped && k !== i + 10)) return -1;
  const end = controlLetterMatch(s, digits, k);
  const wrapped = end < 0 ? wrappedLetterEnd(s, digits, k) : -1;
  if (end < 0 && wrapped < 0) return -1;
  const label = contextBefore(context, i, ID_WORDS['es-dni']);
  if (label === 'reference' || (wrapped >= 0 && label !== 'own')) return -1;
  if (wrapped >= 0) {
    found.push({ start: i, end: wrapped, confidence: 0.95 });
    return wrapped;
  }
  if (grouped && (thousands === ' ' || s.charAt(k) === ' ') && label !== 'own') return -1;
  found.push({ start: i, end, confidence: label === 'own' ? 0.95 : 0.85 });
  return end;
}

/**
 * Spanish DNIs in the context, tried at `starts` (every position: the oracle's reading) or,
 * without them, where a DNI's eight digits may start. They end their run: the unit after them is
 * no digit, and its control letter stands there or after one space or dash, where a run would
 * need a digit (or a separator, or glue the shadow reads as a space) to go on. So they are its
 * last group of exactly eight, or, dotted, dashed or spaced in thousands, its last three groups of
 * two, three and three. One start a run at most, asked before dniAt's reads and strings: every
 * group of eight and every group of two before two more (a phone's "91 123 45 67") was handed to
 * dniAt before (T69f). Read as sweep reads them, without its array and its call (see findNinos).
 */
export function findDnis(
  context: RecognizerContext,
  starts?: readonly number[],
): RecognizerMatch[] {
  if (starts !== undefined) return sweep(context, starts, dniAt, true);
  const found: RecognizerMatch[] = [];
  const runs = numberRuns(context);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    // Half the runs of the texts it is called on hold fewer than eight digits: asked before the
    // group bounds are read (two reads of the table each).
    if (run.digitCount < 8) continue;
    const last = run.groupCount - 1;
    const length = run.groupLength(last);
    let k = last;
    if (length !== 8) {
      if (length !== 3 || last < 2 || run.groupLength(last - 1) !== 3) continue;
      if (run.groupLength(last - 2) !== 2) continue;
      k = last - 2;
    }
    dniAt(context, run.groupStart(k), found);
  }
  return found;
}

/** Spanish DNI: eight digits and the control letter (number mod 23). */
export const esDniRecognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'es-dni',
    type: 'es-dni',
    placeholder: '[DNI]',
    find: findDnis,
  }),
  // Its eight digits are one group or groups in thousands of one run (findDnis), its control
  // letter after the run (dniAt): a run of eight digits or more (bits 8 to 31, and bit 0 for 32
  // or more) with a lone letter after it (runs.ts runLettered; V61e: a run of its counts alone
  // woke it on 5,391 texts of redact 1's pass, and it found a DNI in 69).
  0,
  0,
  0,
  ~0xff | 1,
);

function nieAt(context: RecognizerContext, i: number, found: RecognizerMatch[]): number {
  const s = context.shadow;
  if (i + 9 > s.length) return -1;
  const lead = (s.charCodeAt(i) | 0x20) - 0x78; // x, y, z → 0, 1, 2
  if (lead < 0 || lead > 2 || !boundaryAt(s, i - 1)) return -1;
  // Its letter and digits apart by a space or a dash ("Y-1234567X"), or by a dot or " - " on
  // both sides ("X.1234567.L", "X - 1234567 - L", which leaked whole before, T28a).
  const sep = separatorAt(s, i + 1);
  const j = i + 1 + sep.length;
  // Its digits whole, or split after the fourth by a space, a dash or its letter's separator
  // ("NIE X 1234 567 L", "X-1234-567-L" leaked whole, T29d); a dash only after a letter glued,
  // spaced or dashed, as a dot or " - " only after a letter set apart so.
  // An X issued before Orden INT/2058/2008 has eight digits ("X-01234567-L"), still valid: that
  // order cut new ones to seven, and old ones are typed as they were printed (T29d).
  let [digits, k] = readDigits(s, j, lead === 0 ? 8 : 7, '');
  const split = digits.length === 4 ? separatorAt(s, k) : '';
  if (split === ' ' || (split && split === sep) || (split === '-' && sep.trim() === '')) {
    const [rest, m] = readDigits(s, k + split.length, 3, '');
    digits += rest;
    k = m;
  }
  // Seven digits, or eight after an X (never split: a split reads 4 and 3).
  if (digits.length < 7 || isDigitAt(s, k)) return -1;
  const loose = sep === '.' || sep === ' - ' ? sep : '';
  const end = controlLetterMatch(s, `${lead}${digits}`, k, loose);
  const wrapped = end < 0 ? wrappedLetterEnd(s, `${lead}${digits}`, k) : -1;
  if (end < 0 && wrapped < 0) return -1;
  const label = contextBefore(context, i, ID_WORDS['es-nie']);
  if (label === 'reference' || (wrapped >= 0 && label !== 'own')) return -1;
  if (wrapped >= 0) {
    found.push({ start: i, end: wrapped, confidence: 0.95 });
    return wrapped;
  }
  // Spaced 4-3 it is an amount's shape too ("pagué 20 y 1000 006 a cuenta": Y1000006 gives A):
  // it needs its own label.
  if (split === ' ' && label !== 'own') return -1;
  found.push({ start: i, end, confidence: label === 'own' ? 0.95 : 0.85 });
  return end;
}

/**
 * Spanish NIEs in the context, tried at `starts` (every position: the oracle's reading) or,
 * without them, where a digit run starts. The digits of a NIE follow its letter or one separator
 * after it, so they start a digit run, whose first group is exactly its seven digits (eight for
 * an old X), or four of them before a group of three. Read as sweep reads them, without its array
 * and its call (see findNinos).
 */
export function findNies(
  context: RecognizerContext,
  starts?: readonly number[],
): RecognizerMatch[] {
  if (starts !== undefined) return sweep(context, starts, nieAt, true);
  const s = context.shadow;
  const n = s.length;
  const found: RecognizerMatch[] = [];
  let lastEnd = 0;
  const runs = numberRuns(context);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    // Its digits end their run as a DNI's do (findDnis): seven, or eight after an old X, in all.
    const count = run.digitCount;
    if (count !== 7 && count !== 8) continue;
    const first = run.groupEnd(0) - run.start;
    if (first < 7 && (first !== 4 || run.groupCount < 2 || run.groupLength(1) !== 3)) continue;
    if (first > 8) continue;
    const i = run.start - 1 - separatorBefore(s, run.start).length;
    if (i < lastEnd || i >= n) continue;
    const end = nieAt(context, i, found);
    if (end >= 0) lastEnd = end;
  }
  return found;
}

/** Spanish NIE: X, Y or Z (0, 1, 2), seven digits and the control letter. */
export const esNieRecognizer = /* @__PURE__ */ readsRuns(
  defineRecognizer({
    id: 'es-nie',
    type: 'es-nie',
    placeholder: '[NIE]',
    find: findNies,
  }),
  // A run of seven or eight digits in all (findNies) with a lone letter after it, its control
  // letter (runs.ts runLettered; V61e: its first groups alone woke it on 3,816 texts of redact
  // 1's pass, and it found a NIE in 104).
  0,
  0,
  0,
  (1 << 7) | (1 << 8),
);
