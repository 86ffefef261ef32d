import type { CountryCode } from '@meridian-cx/core';
import { type ContextKind, contextBefore, gluedToCode, numberedAfter } from '../context.js';
import { defineRecognizer } from '../defineRecognizer.js';
import { marksEnd } from '../digits.js';
import { foldedEnd, foldedList } from '../foldedEnd.js';
import { ID_WORDS_IN_COUNTRY_SHOP } from '../keywords.js';
import { type NumberRun, numberRuns, readsRuns, runCounts, splitRun, WRAPPED } from '../runs.js';
import type { EntityType, Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';
import { wrapsTo } from '../wraps.js';

/** How a national id written as digits is told apart from an order number. */
export type NumericIdSpec = {
  readonly id: string;
  readonly type: EntityType;
  readonly placeholder: string;
  /** Its labels ("PESEL", "کد ملی"…): a number right after one of them is this id. */
  readonly words: readonly string[];
  /** The country that issues it. */
  readonly country: CountryCode;
  /** More labels that name it only when the customer is from `country` ("ID number"). */
  readonly wordsInCountry?: readonly string[];
  /**
   * Group shapes it is written in (`'3.3.3-2'`: three digits, dot, three, dot, three, dash, two)
   * and whether the shape alone says "this is the id" (`'formatted'`), needs a label (`'bare'`,
   * or none in the issuing country when `bareInCountry`), or needs its own label wherever
   * (`'labelled'`: a spacing people type, "PESEL: 440514 01359", that groups of other numbers
   * also give). `'full'` is a formatted shape that stands even after a reference word: the id's
   * full printed form, which no order, invoice or tracking number takes ("Preciso da nota fiscal
   * 123.456.789-09": a CPF, dots, dash and two check digits that hold).
   */
  readonly shapes: Readonly<Record<string, 'full' | 'formatted' | 'bare' | 'labelled'>>;
  /** Its check-digit rule, on ASCII digits. */
  readonly valid: (digits: string) => boolean;
  /**
   * A weaker rule a number may pass instead, that counts only right after the id's own label: a
   * Korean resident number changed since October 2020 for one born before (its last six random,
   * "주민등록번호 900101-1234567"), a foreigner's registration number (a date and a digit of sex).
   */
  readonly validLabelled?: (digits: string) => boolean;
  /**
   * Another id of the same shape that is no person's: after one of its `words`, nearer than this
   * id's own labels, a number whose check `valid` holds is that id and stays ("법인등록번호
   * 110111-1000621", a company's number that passes the resident number's check by chance).
   */
  readonly notAfter?: {
    readonly words: readonly string[];
    readonly valid: (digits: string) => boolean;
  };
  /**
   * Whether a bare run that validates counts without a label when the customer is from the
   * issuing country: only for checks strong enough (two check digits, a check digit and a date).
   */
  readonly bareInCountry: boolean;
};

// The answer of a text without an id, shared (collect only reads it).
const NONE: readonly RecognizerMatch[] = Object.freeze([]);

/**
 * A recognizer for a national id written as digits: the shape must fit, the check digits must
 * validate, and then the nearest label decides: its own label (0.95), a shape only this id has
 * (0.85), a bare number in its country when the check is strong (0.7); never right after an order,
 * invoice or tracking label, never glued to a product code.
 */
export function numericIdRecognizer(spec: NumericIdSpec): Recognizer {
  // Its shapes in a Map: the six ids share one `find` (one closure, one feedback), so a look-up in
  // their objects, keyed by a shape string just built ("11" an element, "3.3.3-2" a property), was
  // a megamorphic keyed load, 60% of that function's time.
  const shapes = new Map(Object.entries(spec.shapes));
  const inCountry =
    spec.wordsInCountry === undefined ? spec.words : [...spec.words, ...spec.wordsInCountry];
  // The digit counts of its shapes, a bit per count (all are under 32); and by digit count, the
  // group counts of its shapes with that many digits, a bit per count: a run of a count none has
  // is no shape of its, asked before its shape string is built and looked up (T69c: most runs
  // with one of the counts have another grouping, "12-34-5678-90" of ten digits for a ten-digit
  // id written whole).
  let lengths = 0;
  for (const shape of shapes.keys()) lengths |= 1 << digitCountOf(shape);
  const groupCounts = shapeGroupCounts(shapes.keys());
  // The fewest digits of its shapes (a list holds at least two) and the most (a piece of more is
  // none of them, nor is any longer piece from the same group).
  let least = 32;
  for (let d = 31; d > 0; d--) if ((lengths >>> d) & 1) least = d;
  const most = 31 - Math.clz32(lengths);
  // The counts of a run that may be a list of ids, each piece one (readsRuns's `lists`; bit 0:
  // 32 digits or more).
  let lists = 1;
  for (let d = least + least; d < 32; d++) lists |= 1 << d;
  // The run `piece` reads (set around each split): one piece test per recognizer, not a closure
  // and a context holding the run per run of every text, for each of the eleven ids. With the
  // shape string built for every pair of groups, this recognizer made a quarter of the bytes
  // redact allocated on the bench's corpus (heap sampling, 2026-12-04; 8% after).
  let current: NumberRun | undefined;
  // Whether groups a..b-1 of the current run are one id (1), are not (0), or no longer piece from
  // `a` can be one (-1): each piece starts and ends at a space, of one of the shapes. Its digit
  // count is tested first: most pairs of groups have none of the id's counts, and then no shape
  // string is built ("Order 1234 5678 9012": 4+4 digits, no id's).
  const piece = (a: number, b: number): number => {
    const run = current as NumberRun;
    if (a > 0 && run.sepAt(a - 1) !== 32) return -1;
    let count = 0;
    for (let k = a; k < b; k++) count += run.groupLength(k);
    return +(
      (b === run.groupCount || run.sepAt(b - 1) === 32) &&
      // (A count past 31 reads another bit: the shape decides then.)
      ((lengths >>> count) & 1) === 1 &&
      shapes.has(shapeOf(run, a, b))
    );
  };
  // How sure a piece whose check was read is, by its label and its print: apart from find, as
  // few pieces get here, and the first that read a bare number in its country once made V8 throw
  // find's optimised code away (--trace-deopt: "Insufficient type feedback for compare
  // operation", T37c), find being the reader of every run of every text for eleven ids. `weak`:
  // only its label may name it (see below); `ledByZeros`: one group led by "00".
  const confidenceOf = (
    context: RecognizerContext,
    label: ContextKind,
    weak: boolean,
    shape: string,
    full: boolean,
    ledByZeros: boolean,
  ): number => {
    if (label === 'own') return 0.95;
    // A piece of a list with a space inside ("1234 5678 9012") is one reading of groups
    // that a list of order numbers printed in fours also gives: only its label names it;
    // so does a number that passes only the weaker rule (validLabelled).
    if (weak) return 0;
    if (full || shapes.get(shape) === 'formatted') return 0.85;
    // A bare number in its country, its check strong: with no label, or a phone's. A phone
    // word further back names a phone, not this ("Tel. 512 342 960 Hej. 92081015802 to mój
    // numer.", "Mój numer to 92081015802." went out whole); a phone reading of it (0.8,
    // 0.9 after that word) still outranks this one.
    if (
      spec.bareInCountry &&
      shapes.get(shape) === 'bare' &&
      context.country === spec.country &&
      (label === 'none' || label === 'phone')
    ) {
      // Unbroken, led by "00" and with no label, the phone reader dials it out (0.95):
      // "Cześć. 00252113477 to mój numer.", a PESEL of one born in 2000 (month 25: May of
      // the 2000s), went as +252 113477. The check (a date of birth and a check digit; a
      // CPF's two) outweighs that reading of nine digits after "00", a length few
      // international numbers have; ties go to this recognizer, ranked before the phone's.
      // After a phone word the phone's reading stands.
      return label === 'none' && ledByZeros ? 0.95 : 0.7;
    }
    return 0;
  };
  // The spec's fields, read once: find is one function for the eleven ids, whose specs differ in
  // shape (notAfter, wordsInCountry…), and a read of one in find met a shape it had not seen on
  // the first text of one id to reach it, a deopt of find (--trace-deopt: "wrong map", T37c).
  const { valid, validLabelled, country, words, wordsInCountry, notAfter } = spec;
  // The digits of the last wrapped id wrappedEnd read (for ownWrapped's notAfter).
  let wrappedDigits = '';
  // Where an id wrapped after `run` ends in `next` (wraps.ts): `run` whole, then the first groups
  // of `next` up to a space or its end, in one of its shapes, the break read as the separator that
  // ends the line ("123-45-\n6789") or as any (" ", ".", "-"), or, one group each side, as no
  // separator (the id written whole), its check holding; -1 if none.
  const wrappedEnd = (run: NumberRun, next: NumberRun): number => {
    let c = run.shadow.charCodeAt(run.end);
    // (A separator that opens the next line is the one read there, wraps.ts wrapsTo.)
    const opens = run.shadow.charCodeAt(next.start - 1);
    if (opens === 45 || opens === 46) c = opens;
    const head = run.shape;
    let count = run.digitCount;
    for (let b = 1; b <= next.groupCount && run.groupCount + b <= 5; b++) {
      count += next.groupLength(b - 1);
      if (count > most) return -1;
      if ((b < next.groupCount && next.sepAt(b - 1) !== 32) || ((lengths >>> count) & 1) === 0)
        continue;
      const tail = shapeOf(next, 0, b);
      const fits =
        c === 45 || c === 46
          ? shapes.has(head + String.fromCharCode(c) + tail)
          : shapes.has(`${head} ${tail}`) ||
            shapes.has(`${head}.${tail}`) ||
            shapes.has(`${head}-${tail}`) ||
            // Or written whole and wrapped inside its one group ("TC kimlik no\n102030\n40550",
            // V59e): its own label, all its digits and its check are a strong reading.
            (run.groupCount === 1 && b === 1 && shapes.has(String(count)));
      if (!fits) continue;
      const end = next.groupEnd(b - 1);
      const digits = run.digits + next.shadow.slice(next.start, end).replace(/\D/g, '');
      if (valid(digits) || validLabelled?.(digits) === true) {
        wrappedDigits = digits;
        return end;
      }
    }
    return -1;
  };
  // Whether the wrapped id at start..end is named by its own label alone (and no other id's
  // nearer: notAfter), glued to no code.
  const ownWrapped = (context: RecognizerContext, start: number, end: number): boolean => {
    if (gluedToCode(context.shadow, start, end)) return false;
    const home = context.country === country;
    if (contextBefore(context, start, home ? inCountry : words) !== 'own') return false;
    if (
      home &&
      wordsInCountry !== undefined &&
      shopsGeneric(context.shadow, start, words, wordsInCountry)
    )
      return false;
    const other = notAfter;
    return !(other?.valid(wrappedDigits) && nearer(context.shadow, start, other.words, inCountry));
  };
  const recognizer = defineRecognizer({
    id: spec.id,
    type: spec.type,
    placeholder: spec.placeholder,
    find(context) {
      // Made for the first match: most texts hold no id (an empty answer is one array per text
      // and id, never written).
      let found: RecognizerMatch[] | undefined;
      const runs = numberRuns(context);
      // Whether any run goes on past a line break (read once a text, not per run: the next run
      // was loaded and the flag read for every run that is no id, V64h).
      const wrapped = (runCounts & WRAPPED) !== 0;
      for (let r = 0; r < runs.length; r++) {
        const run = runs[r] as NumberRun;
        const kind =
          run.digitCount > 31 ||
          ((lengths >>> run.digitCount) & 1) === 0 ||
          run.groupCount > 5 ||
          (((groupCounts[run.digitCount] as number) >>> run.groupCount) & 1) === 0
            ? undefined
            : shapes.get(run.shape);
        // Not one id: perhaps several with a space between ("PESEL 44051401359 02070803628"),
        // each piece starting and ending at a space, of one of the shapes (five groups at most).
        let pieces = kind === undefined ? undefined : [0, run.groupCount];
        if (kind === undefined && run.groupCount > 1 && run.digitCount >= least + least) {
          // splitRun's answer is undefined unless a piece shorter than the run starts it: that
          // is asked first, without the table of the run's groups it makes, as piece(0, b) asks
          // it (b < groupCount: a space after group b - 1), its digit count added group by group
          // and the walk ended past the longest shape: piece's own sum of the groups for each b
          // and its call were half of find's instructions on the bench's corpus (T69c).
          if (pieceStarts(run, shapes, lengths, most)) {
            current = run;
            pieces = splitRun(run, 5, piece);
            // Cleared: it keeps no text of a past call alive.
            current = undefined;
          }
        }
        if (pieces === undefined) {
          // Wrapped inside its groups (wraps.ts): this run whole, a line break, the first groups
          // of the next, after its own label only. Asked where the text holds such a pair.
          if (!wrapped || run.digitCount >= most) continue;
          const next = runs[r + 1];
          if (next !== undefined && wrapsTo(context.shadow, run.end, next.start)) {
            const end = wrappedEnd(run, next);
            if (end >= 0 && ownWrapped(context, run.start, end)) {
              found ??= [];
              found.push({ start: run.start, end: marksEnd(context.text, end), confidence: 0.95 });
              r++;
            }
          }
          continue;
        }
        // The label before the run names every piece of it.
        let label: ContextKind | undefined;
        for (let p = 0; p < pieces.length; p += 2) {
          const a = pieces[p] as number;
          const b = pieces[p + 1] as number;
          const shape = kind === undefined ? shapeOf(run, a, b) : run.shape;
          const digits =
            kind === undefined
              ? run.shadow.slice(run.groupStart(a), run.groupEnd(b - 1)).replace(/\D/g, '')
              : run.digits;
          const weak = !valid(digits);
          if (weak && validLabelled?.(digits) !== true) continue;
          const home = context.country === country;
          if (label === undefined) {
            if (gluedToCode(context.shadow, run.start, run.end)) break;
            label = contextBefore(context, run.start, home ? inCountry : words);
            // "Customer ID number: 123456782": the generic label is the shop's (its customer
            // number), not the Israeli id's, though one nine-digit number in ten passes its check.
            if (label === 'own' && home && wordsInCountry !== undefined) {
              if (shopsGeneric(context.shadow, run.start, words, wordsInCountry))
                label = 'reference';
            }
          }
          const full = shapes.get(shape) === 'full';
          if (label === 'reference' && !full) break;
          const end = run.groupEnd(b - 1);
          // "12345678950 nolu siparişim": the words after it name it an order's number.
          if (label !== 'own' && numberedAfter(context.shadow, end)) continue;
          const other = notAfter;
          if (other?.valid(digits) && nearer(context.shadow, run.start, other.words, inCountry))
            continue;
          const confidence = confidenceOf(
            context,
            label,
            weak || (kind === undefined && shape.includes(' ')),
            shape,
            full,
            run.groupCount === 1 && digits.startsWith('00'),
          );
          if (confidence > 0) {
            found ??= [];
            // A combining mark typed after its last digit goes with it (as a phone's, T37b):
            // "PESEL 44051401458\u0301" left "[PESEL]\u0301" (T38d).
            found.push({ start: run.groupStart(a), end: marksEnd(context.text, end), confidence });
          }
        }
      }
      return found ?? NONE;
    },
  });
  // A text whose runs go on past a line break is read for a wrapped id where the counts the two
  // runs make hold one of the id's lengths (numberRuns notes them among the runs' counts). A
  // length all of whose shapes are one group ("9" and "8" of the Israeli id, "11" of the AMKA) is
  // read from a run of one group only, whose first group holds them all, and no wrapped id has it
  // (a wrap parts groups): the id is called where a first group holds it (runs.ts runFirsts), not
  // on every run of the count (V59a: a date's "2026-12-07", a phone's groups woke the Israeli id).
  let ones = 0;
  for (let d = 2; d < 32; d++) if (groupCounts[d] === 2) ones |= 1 << d;
  return readsRuns(recognizer, lengths & ~ones, ones, lists);
}

// How far before a value a label names it: the own window of context.ts.
const WINDOW = 48;

/**
 * The furthest end of a word of `words` in the label window before `start`, or -1. Read only
 * where a check holds, over the window alone: a plain search, no word index (context.ts's lastEnd
 * would bring its index into every bundle of redact for these two rare readings). Read folded, as
 * contextBefore reads the same labels (foldedEnd.ts): "KİMLİK" is "kimlik" there, and a lower-case
 * copy of the text kept its "İ", so a Turkish id after "Customer ID number / KİMLİK" was read as
 * the shop's customer number and stayed.
 */
function labelEnd(shadow: string, start: number, words: readonly string[]): number {
  const from = Math.max(0, start - WINDOW);
  let end = -1;
  for (const word of foldedList(words)) {
    for (let at = start - word.length; at >= from; at--) {
      const e = foldedEnd(shadow, at, word, start);
      if (e >= 0) {
        end = Math.max(end, e);
        break;
      }
    }
  }
  return end;
}

/**
 * Whether a word of `other` ends before `start`, on its line and within the label window, after
 * every word of `own` there: the nearer label names the value.
 */
function nearer(shadow: string, start: number, other: readonly string[], own: readonly string[]) {
  const end = labelEnd(shadow, start, other);
  return end > labelEnd(shadow, start, own) && !shadow.slice(end, start).includes('\n');
}

/**
 * Whether the label nearest before `start` is a generic one of `generic` ("id number") that one
 * of ID_WORDS_IN_COUNTRY_SHOP ends right before ("customer id number"): the shop's own number.
 * Exported for nationalIds2.ts, whose ids read generic words at home too (T37a).
 *
 * @since 0.1.0
 */
export function shopsGeneric(
  shadow: string,
  start: number,
  own: readonly string[],
  generic: readonly string[],
) {
  const end = labelEnd(shadow, start, generic);
  if (end <= labelEnd(shadow, start, own)) return false;
  for (const word of foldedList(generic)) {
    for (let at = end - word.length; at >= end - WINDOW && at >= 0; at--) {
      if (foldedEnd(shadow, at, word, end) !== end) continue;
      if (foldedList(ID_WORDS_IN_COUNTRY_SHOP).some((s) => shopBefore(shadow, at, s))) return true;
      break;
    }
  }
  return false;
}

/** Whether the folded `word` ends right at `at` (the shop's word before a generic label). */
function shopBefore(shadow: string, at: number, word: string): boolean {
  for (let from = at - word.length; from >= 0 && from >= at - 2 * word.length; from--)
    if (foldedEnd(shadow, from, word, at) === at) return true;
  return false;
}

/**
 * Whether some first groups of `run`, fewer than all and five at most, are a piece of a list of
 * ids (numericIdRecognizer's piece(0, b), b < groupCount): a space after them and one of `shapes`
 * (their digit counts a bit each in `lengths`, `most` the highest). Their digit count is added
 * group by group and tested first, and the walk ends past `most` (no longer piece has a shape).
 * Exported for numericId.prop.test.ts, which holds it to the shapes' plain look-up.
 *
 * @since 0.1.0
 */
export function pieceStarts(
  run: NumberRun,
  shapes: ReadonlyMap<string, unknown>,
  lengths: number,
  most: number,
): boolean {
  let count = 0;
  for (let b = 1; b < run.groupCount && b <= 5; b++) {
    count += run.groupLength(b - 1);
    if (count > most) return false;
    if (
      run.sepAt(b - 1) === 32 &&
      ((lengths >>> count) & 1) === 1 &&
      shapes.has(shapeOf(run, 0, b))
    )
      return true;
  }
  return false;
}

/** The digits a shape (`"3.3.3-2"`) holds. */
function digitCountOf(shape: string): number {
  return shape.split(/[ .-]/).reduce((sum, part) => sum + Number(part), 0);
}

/**
 * By digit count (0-31), the group counts of `shapes` (five groups at most) with that many digits,
 * a bit per count: a run whose counts none has is none of them, whatever its separators
 * (numericId.prop.test.ts holds it to the run's shape string looked up).
 *
 * @since 0.1.0
 */
export function shapeGroupCounts(shapes: Iterable<string>): Int32Array {
  const counts = new Int32Array(32);
  for (const shape of shapes) {
    const groups = shape.split(/[ .-]/).length;
    const digits = digitCountOf(shape);
    if (groups <= 5 && digits < 32) counts[digits] = (counts[digits] as number) | (1 << groups);
  }
  return counts;
}

/** The shape of groups a..b-1 of a run (`"3-2-4"`). */
function shapeOf(run: NumberRun, a: number, b: number): string {
  let shape = '';
  for (let k = a; k < b; k++) {
    if (k > a) shape += run.sepText(k - 1);
    shape += run.groupLength(k);
  }
  return shape;
}
