import {
  hasSoftBreak,
  INVISIBLE,
  isCombiningAt,
  isInvisible,
  referenceSpaceEnd,
  shadowNotes,
  sliceOf,
  softBreaksAsMarks,
  unitAt,
} from './digits.js';
import { releaseAfterCall } from './release.js';
import type { Recognizer, RecognizerContext } from './types.js';
import { wrapEnd, wrapsTo } from './wraps.js';

// The digit runs of a shadow: groups of ASCII digits joined by single separators (' ', '-', '.'),
// or by a dash with a space either side (" - ": a space between pieces of a list, a dash in a
// shape).
// Found once per context in one pass, stored flat: the group bounds of every run of the text in
// one array of numbers per text (no tuple per group; a typed array costs more to allocate than a
// short text takes to scan), and a run's digits and shape built only when a recognizer
// asks for them (most runs are too short or too long for any id and are never asked).

/**
 * A run of digit groups joined by single separators (`' '`, `'-'`, `'.'`) or `' - '` in the
 * shadow.
 */
export class NumberRun {
  #digits: string | undefined;
  #shape: string | undefined;

  // Not readonly: numberRuns gives the object to the next context's run (see reuse).
  constructor(
    /** The shadow the run is in. */
    public shadow: string,
    /** Where the run starts and ends in the shadow. */
    public start: number,
    public end: number,
    /** Index of its first group's start in the text's bounds (start, end per group). */
    public first: number,
    /** How many groups of digits. */
    public groupCount: number,
    /** How many digits in all. */
    public digitCount: number,
    /** How many of its separators are dots. */
    public dots: number,
    /** The group bounds of every run of the text (start, end per group, ascending), then n, n. */
    public table: Int32Array,
  ) {}

  /** This object as another run (the constructor's fields), its digits and shape not yet read. */
  reuse(
    shadow: string,
    start: number,
    end: number,
    first: number,
    groupCount: number,
    digitCount: number,
    dots: number,
    table: Int32Array,
  ): NumberRun {
    this.shadow = shadow;
    this.start = start;
    this.end = end;
    this.first = first;
    this.groupCount = groupCount;
    this.digitCount = digitCount;
    this.dots = dots;
    this.table = table;
    this.#digits = undefined;
    this.#shape = undefined;
    return this;
  }

  /** Where group `k` starts. */
  groupStart(k: number): number {
    return this.table[this.first + 2 * k] as number;
  }

  /** Where group `k` ends. */
  groupEnd(k: number): number {
    return this.table[this.first + 2 * k + 1] as number;
  }

  /** How many digits group `k` holds. */
  groupLength(k: number): number {
    return this.groupEnd(k) - this.groupStart(k);
  }

  // The shadow is read through unitAt and sliceOf, not `this.shadow.charCodeAt(…)` and
  // `.slice(…)`: the shadows are strings of several kinds (flat, a slice, a rope, one or two
  // bytes a unit…), and a look-up of a method per kind went megamorphic here (T66c; digits.ts
  // unitAt says more). Each read is inside the shadow: a separator has a group after it.

  /** The separator after group `k` (k < groupCount - 1), as a code unit (`' - '` reads as ' '). */
  sepAt(k: number): number {
    return unitAt(this.shadow, this.groupEnd(k));
  }

  /** The separator after group `k` as a shape writes it: `' - '` is a dash ("3-2-4"). */
  sepText(k: number): string {
    const at = this.groupEnd(k);
    return String.fromCharCode(unitAt(this.shadow, at + +(unitAt(this.shadow, at + 1) === 45)));
  }

  /** All the digits, ASCII. */
  get digits(): string {
    if (this.#digits === undefined) {
      if (this.groupCount === 1) this.#digits = sliceOf(this.shadow, this.start, this.end);
      else {
        let d = '';
        for (let k = 0; k < this.groupCount; k++) {
          d += sliceOf(this.shadow, this.groupStart(k), this.groupEnd(k));
        }
        this.#digits = d;
      }
    }
    return this.#digits;
  }

  /** The group lengths with the separators between (`"3.3.3-2"`). */
  get shape(): string {
    if (this.#shape === undefined) {
      let s = '';
      for (let k = 0; k < this.groupCount; k++) {
        if (k > 0) s += this.sepText(k - 1);
        s += String(this.groupLength(k));
      }
      this.#shape = s;
    }
    return this.#shape;
  }
}

function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46; // ' ', '-', '.'
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether the unit at `k` is one a digit run reads through as nothing: an invisible character
 * (see {@link isInvisible}) or a combining mark (General_Category M, digits.ts isCombiningAt) the
 * shadow reads as a space (one typed after a digit: digits.ts markedDigits). `text` is the context's text, `shadow` its shadow.
 *
 * @since 0.1.0
 */
export function isGlueAt(text: string, shadow: string, k: number): boolean {
  const c = text.charCodeAt(k);
  // Below U+0300 only the soft hyphen is either (the check inline: this is read per unit).
  if (!(c >= 0x300)) return c === 0xad;
  return isInvisible(c) || (shadow.charCodeAt(k) === 32 && isCombiningAt(text, k));
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

// The shortest code whose digits a space parts from a phone after them: an M-PESA transaction's code
// is ten ("QK12AB3CD4"); a model's name ("S24") or a short id's ("A4 …") is read whole as before.
const CODE_MIN = 6;

/**
 * Whether the ASCII letters and digits that end at `end` of `shadow` are a code of at least
 * {@link CODE_MIN} that ends in digits with a letter right before them ("QK12AB3CD4", "AB12CD34"):
 * a phone's span (phone.ts phoneSpans) does not go on past the space after them ("Tel QK12AB3CD4
 * 0712345678", an M-PESA transaction's code before a mobile, T47a). The run goes on: a card's
 * digits may follow a code's ("example.com51716 49816 66768 3", a law of redact.prop.test.ts).
 *
 * @since 0.1.0
 */
export function codeEndsAt(shadow: string, end: number): boolean {
  let k = end;
  while (k > 0 && isDigit(shadow.charCodeAt(k - 1))) k--;
  if (k === end || !isAsciiLetter(shadow.charCodeAt(k - 1))) return false;
  while (k > 0) {
    const c = shadow.charCodeAt(k - 1);
    if (!(isAsciiLetter(c) || isDigit(c))) break;
    k--;
  }
  return end - k >= CODE_MIN;
}

/**
 * Where the separator of invisible characters and marks after a digit (see {@link isGlueAt}) and
 * at most one of ' ', '-', '.' or ' - ' that starts at `i` ends; `i` if it holds none of them.
 */
function afterInvisibleSeparator(text: string, shadow: string, i: number): number {
  const n = shadow.length;
  let k = i;
  while (k < n && isGlueAt(text, shadow, k)) k++;
  const c = shadow.charCodeAt(k);
  if (!isSep(c)) return k;
  const end = k + (c === 32 && shadow.startsWith(' - ', k) ? 3 : 1);
  let j = end;
  while (j < n && isGlueAt(text, shadow, j)) j++;
  return j > end || k > i ? j : i;
}

// The units between runs scanRuns reads one by one before it searches for the next digit: a unit
// read in the loop cost ~26 instructions and a search's call ~150-250, ~5 a unit it passes over
// (seed 1's 6,000 texts: 527K units between runs, 53,752 gaps, 19,579 past 8 units; V58f).
const SKIP_READ = 4;
const NEXT_DIGIT = /[0-9]/g;

/**
 * Every digit run of a shadow with at least `minDigits` digits, in order (the scan behind
 * {@link numberRuns}). The runs' group bounds are written into `bounds` from its start (what lies
 * past their end pair is never read), so a caller may hand in the array of runs it no longer reads.
 */
export function scanRuns(
  shadow: string,
  minDigits = 1,
  given?: Int32Array,
  text?: string,
  spare?: NumberRun[],
): NumberRun[] {
  const runs: NumberRun[] = [];
  let used = 0;
  const n = shadow.length;
  // A typed array as long as the text needs (a group is a digit at least, a separator between:
  // two bounds per two units, then the end pair): grown by index as a plain array, 160,000
  // characters of "1 - " made it 80,000 entries, past V8's large-object size, reallocated as
  // it grew, and the linear-time test of that shape grew 3x per doubling.
  const bounds = given !== undefined && given.length >= n + 3 ? given : new Int32Array(n + 3);
  // Bounds are written at `top`; a run too short is dropped by moving `top` back (not by setting
  // the array's length, which costs more than the scan of a short message).
  let top = 0;
  let i = 0;
  // The units read in a row that are no digit: past SKIP_READ of them the next digit is searched
  // for (NEXT_DIGIT), not read for unit by unit.
  let skipped = 0;
  while (i < n) {
    if (!isDigit(shadow.charCodeAt(i))) {
      i++;
      if (++skipped === SKIP_READ) {
        NEXT_DIGIT.lastIndex = i;
        i = NEXT_DIGIT.test(shadow) ? NEXT_DIGIT.lastIndex - 1 : n;
      }
      continue;
    }
    skipped = 0;
    const start = i;
    const first = top;
    let groups = 0;
    let digits = 0;
    let dots = 0;
    for (;;) {
      const g = i;
      // A group starts at a digit (the loop's test above, or a separator's below, read it): its
      // reading starts past it, and the unit that ends it is kept, not read again (V61f). At the
      // text's end that is a digit or -1, no separator; nothing is read past it (a read there
      // once made V8 compile this function again, --trace-deopt "out of bounds", T37c).
      let c = -1;
      for (i++; i < n; i++) {
        c = shadow.charCodeAt(i);
        if (!isDigit(c)) break;
      }
      bounds[top++] = g;
      bounds[top++] = i;
      groups++;
      digits += i - g;
      // A dash with a space either side joins groups too, read as a dash ("4111 - 1111 - 1111 -
      // 1111", "SSN 536 - 22 - 1234"): apart, each group was too short to be anything and two
      // such cards in a row, or such an SSN, leaked whole.
      // (Asked of the three units after the group, not of a whole-text includes(' - ') first: that
      // search stopped at every space of the text and cost a fifth of this scan, T48b.)
      const j =
        c === 32 && i + 2 < n && shadow.charCodeAt(i + 1) === 45 && shadow.charCodeAt(i + 2) === 32
          ? i + 3
          : i + 1;
      if (isSep(c) && j < n && isDigit(shadow.charCodeAt(j))) {
        if (c === 46) dots++;
        i = j;
        continue;
      }
      // A no-break space a mail's HTML source writes as "&nbsp;" is one separator. Without a
      // `text` (no glue in it) both calls below answer nothing (the shadow holds no "&" where it
      // holds a space, and no unit isGlueAt reads), and are not made: 172 of seed 1's 26,836
      // group ends at which a run stops have a `text` (V60d: scanRuns -3.4M, -0.61% of hotPass
      // redact 1 8). They had been made on every text, the shadow read as its own text, because
      // the first text with glue ("Track & trace: …", message 280 of the stream) reached them
      // never run and threw this function's compiled code away (--trace-deopt: 'Insufficient
      // type feedback for call'): once, then compiled again with them. At the text's end neither
      // reads anything.
      if (i < n && text !== undefined) {
        const glued = text;
        const r = referenceSpaceEnd(glued, shadow, i);
        if (r > 0 && isDigit(shadow.charCodeAt(r))) {
          i = r;
          continue;
        }
        // Invisible characters (a soft hyphen, ZWSP…) before or after a separator, or a few of
        // them alone, are one separator (the shadow reads each as a space): "DE89\u00ad 3704",
        // "4\u00ad\u00ad111 1111 …" came apart in runs too short to be anything (T34f). So are
        // the combining marks typed after a digit ("4111 1111\u0301 1111 1111", T35a).
        const k = afterInvisibleSeparator(glued, shadow, i);
        if (k > i && isDigit(shadow.charCodeAt(k))) {
          if (shadow.slice(i, k).includes('.')) dots++;
          i = k;
          continue;
        }
      }
      break;
    }
    if (digits < minDigits) top = first;
    else if (spare !== undefined && used < spare.length)
      runs.push(
        (spare[used++] as NumberRun).reuse(shadow, start, i, first, groups, digits, dots, bounds),
      );
    else {
      const run = new NumberRun(shadow, start, i, first, groups, digits, dots, bounds);
      if (spare !== undefined && spare.length < SPARE) {
        spare.push(run);
        used++;
      }
      runs.push(run);
    }
  }
  // A last pair past the text: a reader walking the groups stops there (phone.ts phoneSpans).
  bounds[top] = bounds[top + 1] = n;
  return runs;
}

/**
 * The context whose runs {@link numberRuns} read last (undefined once a call is over): every
 * recognizer of one pass reads the runs of the same context, one after the other, so the last
 * context's runs are kept (a one-entry cache costs less than a WeakMap look-up per recognizer).
 * {@link runCounts} and its neighbours are this context's.
 *
 * @since 0.1.0
 */
export let lastContext: RecognizerContext | undefined;
let lastRuns: readonly NumberRun[] = [];
// The text the last context's runs read their glue in (see runText).
let lastGlued = '';
// The group bounds of the last context's runs: one array, written over by the next context (whose
// runs replace the last ones), not made anew per text. One a long text needed past 4,096 entries
// is kept until the next context, which starts a new one.
let lastBounds = new Int32Array(0);
// The run objects of the last context, given to the next context's runs (as its bounds are): one
// object per run of every text was a tenth of the bytes redact allocated (heap sampling, T37c).
// No recognizer reads the runs of one context after it asked for another's (the table they
// read is written over then). A text of more runs makes the rest anew.
const SPARE = 64;
const spare: NumberRun[] = [];
releaseAfterCall(() => {
  lastContext = undefined;
  lastRuns = [];
  lastGlued = '';
  // They keep no text of a past call alive.
  for (let k = 0; k < spare.length && (spare[k] as NumberRun).shadow !== ''; k++)
    (spare[k] as NumberRun).reuse('', 0, 0, 0, 0, 0, 0, EMPTY);
});
const EMPTY = new Int32Array(0);

/**
 * Whether the runs must read the context's text: it holds an "&" (an "&nbsp;"), an invisible
 * character or a combining mark. A mark after a digit is one the shadow folded (digits.ts
 * markedDigits), so only a text whose shadow is not itself is looked through for one. Internal.
 *
 * @since 0.1.0
 */
export function hasGlue({ text, shadow }: RecognizerContext): boolean {
  // A shadow that shadowOf made of this text last says what it found there (digits.ts
  // shadowNotes): without an escape the text holds no "&" and no soft line break, and whether a
  // mark was read as a space it knows; three searches of the whole text less (T68a).
  const notes = shadowNotes(text, shadow);
  if ((notes & 3) === 1) return shadow !== text && ((notes & 4) !== 0 || INVISIBLE.test(text));
  return hasGluePlain(text, shadow);
}

/**
 * Whether the runs must read `text` (see hasGlue), asked of the text itself: the oracle of
 * hasGlue's reading of its shadow's notes (shadowGates.prop.test.ts). Internal.
 *
 * @since 0.1.0
 */
export function hasGluePlain(text: string, shadow: string): boolean {
  // An invisible character is a space in the shadow (digits.ts FORMAT_SPACES): a text that is its
  // own shadow holds none, and most are (T48b: three texts in four of the bench's corpus).
  return (
    text.includes('&') ||
    (shadow !== text && (INVISIBLE.test(text) || markAsSpace(text, shadow) || hasSoftBreak(text)))
  );
}

/**
 * Whether the shadow reads a combining mark of `text` as a space: only its spaces are looked at
 * (a Hindi or Greek text holds marks on every word; a regular expression over all of it for one
 * cost 1% of a stream of messages).
 */
function markAsSpace(text: string, shadow: string): boolean {
  for (let k = shadow.indexOf(' '); k >= 0; k = shadow.indexOf(' ', k + 1))
    if (text.charCodeAt(k) >= 0x300 && isCombiningAt(text, k)) return true;
  return false;
}

/**
 * The context's text as its digit runs read it for glue ({@link isGlueAt}): the units of a
 * quoted-printable soft line break inside a number written as soft hyphens (digits.ts
 * softBreaksAsMarks), the text itself where it holds none. Same length as the text.
 *
 * @since 0.1.0
 */
export function runText(context: RecognizerContext): string {
  return context === lastContext ? lastGlued : softBreaksAsMarks(context.text, context.shadow);
}

/** Every digit run of two digits or more of the context's shadow, computed once per context. */
export function numberRuns(context: RecognizerContext): readonly NumberRun[] {
  // Every recognizer of a pass asks, most for the context read already: that answer alone is
  // here, small enough for V8 to inline into each caller; the call it made cost ~35 instructions,
  // 4.2M of numberRuns' 8.3M in hotPass redact 1 8 (V60d).
  return context === lastContext ? lastRuns : readRuns(context);
}

/** {@link numberRuns} of a context other than the last: its runs read and noted. */
function readRuns(context: RecognizerContext): readonly NumberRun[] {
  // The context's fields and the counts in locals, the counts written once at the end: a module's
  // `let` is a slot of its context, loaded and stored again on every turn of the loop (V61f).
  const shadow = context.shadow;
  const need = shadow.length + 3;
  if (lastBounds.length < need || lastBounds.length > Math.max(4096, need))
    lastBounds = new Int32Array(Math.max(need, 256));
  // A quoted-printable soft line break inside a number is glue too: read through a copy that
  // writes its units as soft hyphens (digits.ts softBreaksAsMarks), isGlueAt's own glue.
  const text = hasGlue(context) ? softBreaksAsMarks(context.text, shadow) : undefined;
  lastGlued = text ?? context.text;
  // A lone digit is none of the things a recognizer reads runs for (the shortest: an IBAN's
  // or a NINO's first group of two).
  const runs = scanRuns(shadow, 2, lastBounds, text, spare);
  lastRuns = runs;
  lastContext = context;
  let counts = 0;
  let firsts = 0;
  let lists = 0;
  let lettered = 0;
  let glued = 0;
  let end = -1;
  let before = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as NumberRun;
    const n = countBit(run.digitCount);
    counts |= n;
    // A letter's reader reads seven digits at least, that end in a group of seven or more or of
    // three (see runLettered): the other runs, most of a text's, are not looked past (each look
    // cost ~60 instructions, V61e).
    if (run.digitCount >= 7) {
      const last = run.groupLength(run.groupCount - 1);
      // (Not asked again for a count a run before already set: a list of phones or orders asked
      // it of each, V62e.)
      if ((lettered & n) === 0 && (last >= 7 || last === 3) && letterAfter(shadow, run.end))
        lettered |= n;
    } else if (
      // A letter glued before one group of six digits at most (see runGlued). (Read inside the
      // text only.)
      run.groupCount === 1 &&
      run.start > 0 &&
      isAsciiLetter(unitAt(shadow, run.start - 1))
    )
      glued |= n;
    firsts |= countBit(run.groupEnd(0) - run.start);
    if (run.groupCount > 1) lists |= n;
    // One group right before a '/' (bit 1 of the lists, see SLASHED). (Read inside the text only.)
    else if (run.end < shadow.length && unitAt(shadow, run.end) === 47) lists |= SLASHED;
    // A run that goes on past a line break (wraps.ts): bit 1 of the counts (WRAPPED), and the
    // counts the two make, the run before whole and this one's first groups, one group more at
    // a time: a reader of wrapped ids is called where one of its lengths is among them (its
    // own readsRuns counts), not on every text with a wrap (V58a's one bit woke every id
    // reader there: +0.9% of a pass).
    if (end >= 0 && wrapsTo(shadow, end, run.start)) {
      counts |= WRAPPED;
      let count = before;
      for (let g = 0; g < run.groupCount && count < 32; g++) {
        count += run.groupLength(g);
        counts |= countBit(count);
      }
    }
    end = run.end;
    before = run.digitCount;
  }
  runCounts = counts;
  runFirsts = firsts;
  runLists = lists;
  runLettered = lettered;
  runGlued = glued;
  return runs;
}

/**
 * The digit counts of the runs of the context {@link numberRuns} read last, a bit per count (bit
 * n: n digits; bit 0: 32 or more; bit 1: a wrapped run, {@link WRAPPED}), with the counts two runs
 * make across a line's end (the first whole, then the next one's first groups); those of their
 * first groups; those of its runs of more than one group (bit 1: a run of one group before a '/',
 * {@link SLASHED}). Read with {@link runReaders}.
 *
 * @since 0.1.0
 */
export let runCounts = 0;
/** See {@link runCounts}. @since 0.1.0 */
export let runFirsts = 0;
/** See {@link runCounts}. @since 0.1.0 */
export let runLists = 0;
/**
 * The digit counts (bit n: n digits, bit 0: 32 or more) of the runs of seven digits or more that
 * end in a group of seven digits or more or of three, of the context {@link numberRuns} read
 * last, that a lone letter follows ({@link letterAfter}): a Spanish DNI's or NIE's control letter
 * (eight digits whole or "2.3.3", a NIE's seven whole or "4 3"). Its readers (readsRuns' `lettered`) were called on every
 * text with a run of their counts, a phone's or an order's, and found nothing in 8,576 of 8,749
 * such calls of redact 1's pass (V61e).
 *
 * @since 0.1.0
 */
export let runLettered = 0;
/**
 * The digit counts (bit n: n digits) of the runs of one group of six digits at most, of the context
 * {@link numberRuns} read last, that an ASCII letter stands right before ("RSSMRA85T10A562S",
 * "BE123456"): a codice fiscale's runs, a Moroccan CIN's. Its readers (readsRuns' `glued`) were
 * called on every text with a run of their counts, a year's or a postcode's, and found nothing
 * in 3,638 such calls of redact 1's pass (V61e).
 *
 * @since 0.1.0
 */
export let runGlued = 0;

/**
 * Whether a lone letter may follow a digit run that ends at `end` of `shadow`, as a DNI's or a
 * NIE's control letter does (letterIds.ts controlLetterMatch, wrappedLetterEnd): an ASCII letter
 * or "ſ" (which upper-cases to "S"), glued or after one ' ', '-', '.' or ' - ', with no ASCII
 * letter or digit after it; or a capital that opens the next line after a wrap (wraps.ts wrapEnd,
 * from past a '-'). Wider than either reads it (any letter, any of the separators), never narrower:
 * readsRuns.prop.test.ts holds the two ids to it. Internal.
 *
 * @param shadow - The context's shadow.
 * @param end - Where the run ends (no digit there).
 * @returns Whether a control letter may stand after the run.
 * @since 0.1.0
 */
export function letterAfter(shadow: string, end: number): boolean {
  // Every read inside the shadow (-1 past it): a read past a text's end throws a hot function's
  // compiled code away (see scanRuns).
  const n = shadow.length;
  let j = end;
  const c = j < n ? unitAt(shadow, j) : -1;
  if (c === 32 && j + 2 < n && unitAt(shadow, j + 1) === 45 && unitAt(shadow, j + 2) === 32) j += 3;
  else if (c === 32 || c === 45 || c === 46) j++;
  const u = j < n ? unitAt(shadow, j) : -1;
  if (isAsciiLetter(u) || u === 0x17f) {
    const v = j + 1 < n ? unitAt(shadow, j + 1) : -1;
    return !(isAsciiLetter(v) || isDigit(v));
  }
  // A blank or a line's break: the letter may open the next line. (Not after a '.': wrapEnd reads
  // from `end` on, where the '.' stands, and finds no wrap there; a sentence's end was a call of
  // it, V62e.)
  if (!(u === 32 || u === 9 || u === 10 || u === 13) || c === 46) return false;
  const k = wrapEnd(shadow, c === 45 ? end + 1 : end);
  if (k < 0) return false;
  const w = unitAt(shadow, k);
  const v = k + 1 < n ? unitAt(shadow, k + 1) : -1;
  return w >= 65 && w <= 90 && !(isAsciiLetter(v) || isDigit(v));
}

/**
 * Bit 1 of {@link runCounts}, which no count takes (no run holds fewer than two digits): the text
 * holds a run that goes on, past a line break, in the run after it ("Aadhaar 2345 6789\n0107",
 * wraps.ts wrapsTo). A reader asked of every such text notes it in its counts (readsRuns: the
 * NINO's, letterIds.ts); numericId.ts's readers are asked where the counts the two runs make hold
 * one of their lengths, and read the bit to look for the wrap.
 *
 * @since 0.1.0
 */
export const WRAPPED = 2;

/**
 * Bit 1 of {@link runLists}, which no list's count takes (a list holds two digits at least): the
 * text holds a run of one group right before a '/' ("21/815/08150", "12/05/2026"). The
 * Steuernummer's slashed print starts with one (nationalIds8.ts): its reader, noted with the bit,
 * is not called on every text with a run of two, three or five digits (V59a: a time, a year's
 * half, a postcode woke it on 4,912 texts of 6,000 in redact 1, 2,287 with the bit).
 *
 * @since 0.1.0
 */
export const SLASHED = 2;

/** A digit count's bit: n for n digits, 0 for 32 or more (no run holds 0 or 1 digits in all). */
function countBit(n: number): number {
  return n < 32 ? 1 << n : 1;
}

/**
 * How many masks {@link runReaders} holds a recognizer: counts, firsts, lists, lettered, glued.
 *
 * @since 0.1.0
 */
export const READERS = 5;

// What each built-in reader of a few lengths reads, by recognizer (see readsRuns); and by rank,
// per list of recognizers collect is given.
const readers = new Map<Recognizer, readonly number[]>();
const readersOf = new WeakMap<readonly Recognizer[], Int32Array>();

/**
 * `recognizer`, noted as one that reads only the runs whose digit count has its bit in `counts`
 * (bit n: n digits; bit 0: 32 or more), whose first group's count has its bit in `firsts`, or
 * that hold more than one group and a count of `lists` (or, its bit 1, {@link SLASHED}: a run of
 * one group before a '/'), or, of seven digits or more, a count of `lettered` with a lone letter
 * after it ({@link runLettered}), or a count of `glued` with an ASCII letter right before it
 * ({@link runGlued}), and so finds nothing in a text without one: collect does not call it there
 * (see {@link runReaders}). The thirty national ids that
 * read runs of a few lengths were each called on every text with a digit, to walk its runs and
 * find none of their lengths in most (T45e: 3.6% of redact's CPU time on the bench's corpus); the
 * Spanish DNI and the Czech and Nigerian accounts since (T47b).
 *
 * @since 0.1.0
 */
export function readsRuns(
  recognizer: Recognizer,
  counts: number,
  firsts = 0,
  lists = 0,
  lettered = 0,
  glued = 0,
) {
  readers.set(recognizer, [counts, firsts, lists, lettered, glued]);
  return recognizer;
}

/**
 * What each of `recognizers` reads (see {@link readsRuns}): counts, firsts, lists, lettered and
 * glued at {@link READERS} × its rank, all 0 for one not noted (called on every text). A
 * recognizer of rank r with some of them finds nothing in a context whose {@link runCounts},
 * {@link runFirsts}, {@link runLists}, {@link runLettered} and {@link runGlued} (read after
 * numberRuns of that context) hold none of them.
 *
 * @since 0.1.0
 */
export function runReaders(recognizers: readonly Recognizer[]): Int32Array {
  let list = readersOf.get(recognizers);
  if (list === undefined) {
    list = new Int32Array(READERS * recognizers.length);
    for (let r = 0; r < recognizers.length; r++)
      list.set(readers.get(recognizers[r] as Recognizer) ?? [], READERS * r);
    readersOf.set(recognizers, list);
  }
  return list;
}

/**
 * A run read as a list of values from end to end ("44051401359 02070803628", two cards in
 * fours): its pieces as group bounds [from, to) in one flat array, or undefined when it does not
 * split so or holds one piece. A value holds at most `most` groups; `piece(a, b)` says whether groups a..b-1 are one value (1), are
 * not (0), or can be no longer value (-1, stop). Read from the end: `next[a]` is where a value
 * that starts at group a ends on a way to the run's end, its shortest; the cost is the few
 * lengths a value can have, per group.
 */
export function splitRun(
  run: NumberRun,
  most: number,
  piece: (a: number, b: number) => number,
): number[] | undefined {
  const g = run.groupCount;
  // A typed array: a run of 40,000 groups ("1 - " over and over) made a 40,000-slot array a call,
  // past V8's large-object size, and the linear-time test of that shape grew 5x per doubling.
  const next = new Int32Array(g + 1).fill(-1);
  next[g] = g;
  for (let a = g - 1; a >= 0; a--)
    for (let b = a + 1; b <= g && b - a <= most; b++) {
      const fit = (next[b] as number) < 0 ? 0 : piece(a, b);
      if (fit < 0) break;
      if (fit > 0) {
        next[a] = b;
        break;
      }
    }
  if ((next[0] as number) < 0 || next[0] === g) return undefined;
  const pieces: number[] = [];
  for (let a = 0; a < g; a = next[a] as number) pieces.push(a, next[a] as number);
  return pieces;
}
