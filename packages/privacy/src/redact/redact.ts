import type { CountryCode } from '@meridian-cx/core';
import {
  type AstralFold,
  FOLD_START_LOW,
  foldAstral,
  LATIN1_FOLD_LOW,
  latin1FoldOf,
  wideFoldOf,
} from './astralDigits.js';
import { setClaims } from './claims.js';
import { holdsData, mayHoldData, noteDataAt } from './dataAt.js';
import {
  isDigitAt,
  lowerSameLength,
  marksEnd,
  shadowOf,
  textSuperscripts,
  textTop,
} from './digits.js';
import { redactFail, redactFailure } from './failures.js';
import { MAY_HOLD_KANJI_PHONE } from './kanjiPhones.js';
import { laterOnly, laterPassMayFind, watchLabels } from './laterPass.js';
import { blankQuietLines, SpannedLines, valuesBelow } from './lines.js';
import { type LocaleInfo, localeInfo } from './locales.js';
import { redactOptions } from './options.js';
import { DODGE, emailRecognizer } from './recognizers/email.js';
import { builtInRecognizers } from './recognizers/index.js';
import { phoneRecognizer } from './recognizers/phone.js';
import { releaseAll } from './release.js';
import type { Candidate, Resolved } from './resolve.js';
import {
  lastContext,
  numberRuns,
  READERS,
  runCounts,
  runFirsts,
  runGlued,
  runLettered,
  runLists,
  runReaders,
} from './runs.js';
import { chunked, type Placeholders, settle } from './settle.js';
import { TokenBook } from './tokens.js';
import type {
  EntityType,
  Finding,
  Recognizer,
  RecognizerContext,
  RecognizerMatch,
  RedactResult,
  TokenMap,
} from './types.js';

/** The options of {@link redact}. */
export type RedactOptions = {
  /** The customer's locale (BCP 47): decides the default country and nothing else. */
  readonly locale: string;
  /** The customer's country, for phone numbers without a prefix. Default: the locale's likely region. */
  readonly country?: CountryCode;
  /** Only these entity types. Default: every built-in type and every custom recognizer's. */
  readonly entities?: readonly EntityType[];
  /** `'redact'` (default): typed placeholders. `'pseudonymise'`: reversible tokens and their map. */
  readonly mode?: 'redact' | 'pseudonymise';
  /** In `'pseudonymise'` mode, the map from earlier messages of the conversation. Default `{}`. */
  readonly tokens?: TokenMap;
  /** Custom recognizers from `defineRecognizer`, run after the built-in ones. Default `[]`. */
  readonly recognizers?: readonly Recognizer[];
  /**
   * When a recognizer throws or returns a bad span: `'throw'` (default) a MeridianError, or
   * `'redact-all'` to return the whole text as `[REDACTED]`. The text is never released unchecked.
   */
  readonly failClosed?: 'throw' | 'redact-all';
};

/** What stands for the whole text when redaction fails closed with `failClosed: 'redact-all'`. */
export const REDACTED_ALL = '[REDACTED]';

function redactedAll(text: string, recognizer: string): RedactResult {
  return {
    text: REDACTED_ALL,
    findings: [
      {
        start: 0,
        end: text.length,
        type: 'all',
        confidence: 1,
        replacement: REDACTED_ALL,
        recognizer,
      },
    ],
    tokens: {},
  };
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function validMatch(m: unknown, length: number): m is Candidate {
  const { start, end, confidence } = (m ?? {}) as Partial<Candidate>;
  return (
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    (start as number) >= 0 &&
    (start as number) < (end as number) &&
    (end as number) <= length &&
    typeof confidence === 'number' &&
    confidence > 0 &&
    confidence <= 1
  );
}

/** A recognizer threw or returned a span outside the text. */
class RecognizerFailure extends Error {
  constructor(
    readonly recognizer: string,
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

const BUILT_IN: ReadonlySet<Recognizer> = new Set(builtInRecognizers);

/**
 * The built-in recognizers in a plain array, the one collect walks. builtInRecognizers is frozen
 * (a user cannot change what redact runs), and V8 reads a frozen array's length and elements
 * through its generic keyed load, not the inline one: a recognizer's turn in collect's loop cost
 * ~170 instructions where it finds no run it reads (valgrind, T64b), ~1.1M a warm pass of the
 * corpus (seed 1) per recognizer, that cheap turn's alone (T64d found it too: --print-opt-code
 * showed KeyedLoadICTrampoline in collect's optimised code, 1.9% of a warm pass).
 */
const BUILT_IN_LIST: readonly Recognizer[] = [...builtInRecognizers];

/**
 * What the built-in recognizers read. They read labels from the shadow (context.ts lowerCodeAt),
 * so the lower-case copy is made only if one asks for it; custom recognizers get a plain object.
 */
class Context implements RecognizerContext {
  #lower: string | undefined;

  constructor(
    readonly text: string,
    readonly shadow: string,
    readonly locale: string,
    readonly country: CountryCode | undefined,
  ) {}

  get lower(): string {
    this.#lower ??= lowerSameLength(this.shadow);
    return this.#lower;
  }
}

function contextOf(text: string, locale: string, country: CountryCode | undefined): Context {
  return new Context(text, shadowOf(text), locale, country);
}

/** The context as a plain object, for custom recognizers (a spread or JSON keeps every field). */
function plain(c: Context): RecognizerContext {
  return { text: c.text, shadow: c.shadow, lower: c.lower, locale: c.locale, country: c.country };
}

/**
 * Whether the lines that `m` spans in `lines`' text hold a placeholder (ascending [start, end)
 * pairs), or its first line is one blankQuietLines kept below a placeholder's (lines.ts
 * valuesBelow). The lines are read through SpannedLines: a later pass's matches on one long line
 * each read that line whole before (lines.ts).
 */
function nearPlaceholder(
  lines: SpannedLines,
  m: RecognizerMatch,
  placeholders?: Placeholders,
): boolean {
  const from = lines.from(m.start);
  const to = lines.to(m.end);
  if (placeholders === undefined) return true;
  // The first placeholder that ends past the line's start, found by halving.
  let lo = 0;
  let hi = placeholders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((placeholders[mid] as readonly [number, number])[1] <= from) lo = mid + 1;
    else hi = mid;
  }
  return (
    (lo < placeholders.length && (placeholders[lo] as readonly [number, number])[0] < to) ||
    valuesBelow(from)
  );
}

/**
 * What `recognizer` (of `rank`) found in `text`, checked and pushed onto `candidates`; `lines`
 * are the text's, made here where a later pass that blanked lines (`forBuiltIns` is not `text`)
 * needs them, and returned for the next recognizer. Throws where a span is not the text's.
 */
function take(
  found: Iterable<RecognizerMatch>,
  text: string,
  forBuiltIns: string,
  recognizer: Recognizer,
  rank: number,
  builtIn: boolean,
  placeholders: Placeholders | undefined,
  candidates: Candidate[],
  spanned: SpannedLines | undefined,
): SpannedLines | undefined {
  let lines = spanned;
  // The built-in recognizers return arrays: read by index, without an iterator per call.
  const list = Array.isArray(found) ? (found as readonly unknown[]) : [...found];
  for (let k = 0; k < list.length; k++) {
    const m = list[k];
    if (!validMatch(m, text.length)) throw new RangeError('it returned a span outside the text');
    // A line kept only as the label above a placeholder's line is read for its words, not for
    // values: those it holds were read in the input, where the lines above it stood too.
    if (builtIn && forBuiltIns !== text) {
      lines ??= new SpannedLines(text);
      if (!nearPlaceholder(lines, m, placeholders)) continue;
    }
    // Combining marks typed after a value's last character are written onto it: they go with
    // it, whichever recognizer read it ("CNP 1800101221144\u0301" left "CNP [RO_CNP]\u0301",
    // a stray mark on the bracket). Phones, IBANs, PESELs and IP addresses read them already.
    // (A value that ends the text reads no unit past it: that read, out of bounds, threw
    // collect out of optimised code at the first IBAN that ended a message, T40b.)
    const end =
      m.end < text.length && text.charCodeAt(m.end) >= 0x300 ? marksEnd(text, m.end) : m.end;
    candidates.push({ start: m.start, end, confidence: m.confidence, recognizer, rank });
  }
  return lines;
}

/**
 * The ranks of the built-in recognizers collect calls on a first pass, by what the text's runs
 * hold (runs.ts runReaders), as bit masks over ranks, two words each (ranks 0-31, 32-63): at 0
 * those called on every text with data, at 2 + 2n those that read runs of n digits (bit n of
 * runCounts), at 66 + 2n those whose first group holds n (runFirsts), at 130 + 2n those of more
 * than one group and n digits (runLists), at 194 + 2n those of n digits and a lone letter after
 * (runLettered), at 258 + 2n those of n digits and a letter glued before (runGlued). Undefined past
 * 64 built-ins (collect then visits each).
 */
const BUILT_IN_CALLS: Int32Array | undefined = /* @__PURE__ */ builtInCalls();

/** {@link BUILT_IN_CALLS}, made once from the readers of the built-in list. */
function builtInCalls(): Int32Array | undefined {
  if (BUILT_IN_LIST.length > 64) return undefined;
  const readers = runReaders(BUILT_IN_LIST);
  const calls = new Int32Array(2 + READERS * 64);
  for (let rank = 0; rank < BUILT_IN_LIST.length; rank++) {
    const word = rank >> 5;
    const bit = 1 << (rank & 31);
    let any = 0;
    for (let mask = 0; mask < READERS; mask++) {
      const bits = readers[READERS * rank + mask] as number;
      any |= bits;
      for (let n = 0; n < 32; n++)
        if ((bits >>> n) & 1) {
          const at = 2 + 64 * mask + 2 * n + word;
          calls[at] = (calls[at] as number) | bit;
        }
    }
    if (any === 0) calls[word] = (calls[word] as number) | bit;
  }
  return calls;
}

// The ranks callsFor found, ranks 0-31 and 32-63 (module scratch: no array per text).
let calledLow = 0;
let calledHigh = 0;

/**
 * The ranks of the recognizers `calls` (see {@link BUILT_IN_CALLS}) calls on a text whose runs
 * hold the digit counts `counts`, first groups `firsts`, lists `lists`, lettered runs `lettered`
 * and glued runs `glued` (runs.ts runCounts…),
 * as bit masks in calledLow and calledHigh. Internal: collectCalls.prop.test.ts holds it to the
 * recognizer-by-recognizer check collect makes otherwise (readsRuns).
 */
function callsFor(
  calls: Int32Array,
  counts: number,
  firsts: number,
  lists: number,
  lettered: number,
  glued: number,
): void {
  let lo = calls[0] as number;
  let hi = calls[1] as number;
  for (let m = counts; m !== 0; m &= m - 1) {
    const b = 2 + 2 * (31 - Math.clz32(m & -m));
    lo |= calls[b] as number;
    hi |= calls[b + 1] as number;
  }
  for (let m = firsts; m !== 0; m &= m - 1) {
    const b = 66 + 2 * (31 - Math.clz32(m & -m));
    lo |= calls[b] as number;
    hi |= calls[b + 1] as number;
  }
  for (let m = lists; m !== 0; m &= m - 1) {
    const b = 130 + 2 * (31 - Math.clz32(m & -m));
    lo |= calls[b] as number;
    hi |= calls[b + 1] as number;
  }
  for (let m = lettered; m !== 0; m &= m - 1) {
    const b = 194 + 2 * (31 - Math.clz32(m & -m));
    lo |= calls[b] as number;
    hi |= calls[b + 1] as number;
  }
  for (let m = glued; m !== 0; m &= m - 1) {
    const b = 258 + 2 * (31 - Math.clz32(m & -m));
    lo |= calls[b] as number;
    hi |= calls[b + 1] as number;
  }
  calledLow = lo;
  calledHigh = hi;
}

/**
 * The ranks of the built-in recognizers collect calls on a first pass over a text whose runs hold
 * `counts`, `firsts`, `lists`, `lettered` and `glued` (see {@link callsFor}), ascending; undefined
 * past 64 built-ins.
 * Internal, for collectCalls.prop.test.ts.
 *
 * @since 0.1.0
 */
export function builtInRanksCalled(
  counts: number,
  firsts: number,
  lists: number,
  lettered = 0,
  glued = 0,
): number[] | undefined {
  if (BUILT_IN_CALLS === undefined) return undefined;
  callsFor(BUILT_IN_CALLS, counts, firsts, lists, lettered, glued);
  const ranks: number[] = [];
  for (let word = 0; word < 2; word++)
    for (let m = word === 0 ? calledLow : calledHigh; m !== 0; m &= m - 1)
      ranks.push(32 * word + 31 - Math.clz32(m & -m));
  return ranks;
}

function collect(
  text: string,
  placeholders: Placeholders | undefined,
  recognizers: readonly Recognizer[],
  locale: string,
  country: CountryCode | undefined,
  crossed?: readonly number[],
): Candidate[] {
  // On a later pass the built-in recognizers read only the lines that hold a placeholder (lines.ts).
  const forBuiltIns =
    placeholders === undefined ? text : blankQuietLines(text, placeholders, crossed);
  const builtInContext = contextOf(forBuiltIns, locale, country);
  let fullContext: RecognizerContext | undefined;
  const candidates: Candidate[] = [];
  // The lines of the text's matches, made on a later pass that blanked lines (nearPlaceholder).
  let lines: SpannedLines | undefined;
  // A later pass that only the phone recognizer's label windows, or spans beside kana or Han
  // (which only an address reads across), asked for runs those recognizers alone (read before
  // watchLabels, which clears it).
  const only = placeholders === undefined ? 0 : laterOnly;
  setClaims(builtInContext, candidates);
  watchLabels(placeholders === undefined ? builtInContext : undefined);
  // Every built-in recognizer needs a digit, an "@" or a ":" (of any script: the shadow folds
  // them); a text with none, often the output of a first pass, is left to custom ones.
  const quiet = !holdsData(builtInContext.shadow) && !DODGE.test(builtInContext.shadow);
  const onlyBuiltIn = recognizers === builtInRecognizers;
  // The national ids that read runs of a few lengths (runs.ts readsRuns): not called on a text
  // without one. The counts are the last context's whose runs were read: this one's, unless a
  // recognizer read another's since (then it is called, as before).
  const readers = runReaders(recognizers);
  if (!quiet) numberRuns(builtInContext);
  // Custom lists are made by redactText ([...].filter): plain already.
  const inOrder = onlyBuiltIn ? BUILT_IN_LIST : recognizers;
  // The built-in list on a text with data and no later pass's choice: the recognizers its runs
  // call (BUILT_IN_CALLS), called in rank order, the others not visited at all (T68a: a turn of
  // collect's loop cost about 70 instructions where it skipped its recognizer, 61 a text).
  let from = 0;
  if (onlyBuiltIn && !quiet && only === 0 && lastContext === builtInContext && BUILT_IN_CALLS) {
    callsFor(BUILT_IN_CALLS, runCounts, runFirsts, runLists, runLettered, runGlued);
    const lo = calledLow;
    const hi = calledHigh;
    from = inOrder.length;
    for (let word = 0; word < 2; word++) {
      for (let m = word === 0 ? lo : hi; m !== 0; m &= m - 1) {
        const rank = 32 * word + 31 - Math.clz32(m & -m);
        const recognizer = inOrder[rank] as Recognizer;
        try {
          const found = recognizer.find(builtInContext);
          // Most find nothing: not handed on. (Each returns an array of its own making, of many
          // kinds: read in take, where every recognizer's array reached one load of its length,
          // that load went megamorphic, 6.3M instructions a pass of the corpus, T68a.) A built-in's
          // find is its reader itself, or the reader bound to its spec: an arrow that only forwarded
          // ticked here in the interpreter and compiled late on its own, the reader inlined (V61g).
          if ((found as readonly unknown[]).length !== 0)
            lines = take(
              found,
              text,
              forBuiltIns,
              recognizer,
              rank,
              true,
              placeholders,
              candidates,
              lines,
            );
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new RecognizerFailure(recognizer.id, reason, error);
        }
        // A recognizer read another context's runs (the counts are that one's now): the ranks
        // after it are visited one by one, as before.
        if (lastContext !== builtInContext) {
          from = rank + 1;
          word = 2;
          break;
        }
      }
    }
  }
  for (let rank = from; rank < inOrder.length; rank++) {
    const recognizer = inOrder[rank] as Recognizer;
    const builtIn = onlyBuiltIn || BUILT_IN.has(recognizer);
    const counts = readers[READERS * rank] as number;
    const firsts = readers[READERS * rank + 1] as number;
    const lists = readers[READERS * rank + 2] as number;
    const lettered = readers[READERS * rank + 3] as number;
    const glued = readers[READERS * rank + 4] as number;
    if (
      (quiet && builtIn) ||
      ((counts | firsts | lists | lettered | glued) !== 0 &&
        lastContext === builtInContext &&
        ((counts & runCounts) |
          (firsts & runFirsts) |
          (lists & runLists) |
          (lettered & runLettered) |
          (glued & runGlued)) ===
          0) ||
      (only &&
        !(only & (recognizer === phoneRecognizer ? 1 : recognizer === emailRecognizer ? 2 : 0)))
    )
      continue;
    try {
      if (!builtIn) {
        fullContext ??= plain(
          forBuiltIns === text ? builtInContext : contextOf(text, locale, country),
        );
      }
      const context = builtIn ? builtInContext : (fullContext as RecognizerContext);
      lines = take(
        recognizer.find(context),
        text,
        forBuiltIns,
        recognizer,
        rank,
        builtIn,
        placeholders,
        candidates,
        lines,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RecognizerFailure(recognizer.id, reason, error);
    }
  }
  return candidates;
}

/**
 * Set by redactText where it answers a plain turn at once: its options the common shape, used as
 * they are (options.ts: no schema, whose expressions would read the tokens' values), no fold, and
 * no unit a built-in reads (mayHold), so no recognizer ran, no module kept a reading, and no
 * regular expression matched the text (the engine keeps the subject of the last match only, and
 * every test of this path fails). The call before let go of its own reading when it returned:
 * releaseAll's ten releases and its empty match were ~7% of such a turn's instructions (T65a,
 * the redact bench's turns without data), for nothing to let go.
 */
let readNothing = false;

/**
 * Make a transcript safe to send on: find personal data (emails, phone numbers, payment cards,
 * IBANs, UPI payment addresses, IP addresses, national ids) with recognizers that validate check digits, and replace each
 * with a typed placeholder (`[EMAIL]`, `[PHONE]`, `[CARD]`…) or, in `'pseudonymise'` mode, a
 * reversible token. Order numbers, amounts, dates, postal codes and versions stay.
 *
 * @param text - The transcript. Digits in any script (Persian, Arabic-Indic, Devanagari, fullwidth…).
 * @param options - `locale` (required), `country`, `entities`, `mode`, `tokens`, `recognizers`, `failClosed`.
 * @returns The redacted `text`, the `findings` (UTF-16 offsets into the input, in order, disjoint)
 *   and, in `'pseudonymise'` mode, the `tokens` map to keep for `restore`.
 * @throws {MeridianError} `privacy/not-text` when `text` is not a string; `privacy/recognizer-failed`
 *   when a recognizer throws or returns a bad span (unless `failClosed: 'redact-all'`).
 * @throws {ValidationError} `privacy/invalid-redact-options` when an option is malformed.
 * @example
 * const { text } = redact('Card 4111 1111 1111 1111, order 48213957', { locale: 'en-GB' });
 * text; // 'Card [CARD], order 48213957'
 * @since 0.1.0
 */
export function redact(text: string, options: RedactOptions): RedactResult {
  readNothing = false;
  try {
    return redactText(text, options);
  } finally {
    // What the passes kept of this transcript for each other goes with the call (release.ts);
    // a plain turn answered at once kept nothing to let go (see readNothing). Reset here, not
    // only at the start: a custom recognizer may call redact on a plain turn inside a call that
    // read its text, and that call must still let go.
    if (readNothing) readNothing = false;
    else releaseAll();
  }
}

/** A span of the folded copy as the text's units (see AstralFold's `at`). */
function mapBack(s: Resolved, at: Int32Array): Resolved {
  return { start: at[s.start] as number, end: at[s.end] as number, winner: s.winner };
}

// A glued circled digit is a marker where the value after it holds this many digits or more: a
// phone with its area code, a card. A circled date's first digit kept apart left a phone
// ("②⓪②④-⓪②-②⓪": "024-02-20" in Italy); "①⓪⑨⓪①②③④⑤⑥⑦⑧" leaves eleven.
const MARKED_DIGITS = 10;
// ... and where it is read surer than a Luhn-valid run with no issuer's first digit (card.ts's 0.6,
// which one run in ten passes): "My order ①⓪⑥⑤⑨⑧⓪⑧⑦⑨②③③⓪" left "⓪⑥…" as a card that
// "10659808792330" in ASCII is not (enclosedAlphanumerics.test.ts at FC_SEED=-2081797132, T65c).
const MARKED_ABOVE = 0.6;
const DIGIT = /\p{Nd}/gu;

/** How many decimal digits `s` holds. */
function digitsIn(s: string): number {
  return s.match(DIGIT)?.length ?? 0;
}

// At most this many more readings of a text ask its glued circled digits whether they are a
// list's marker (one for all those glued before an ASCII digit, one each for the others); past
// them, the rest read as their numbers' digits.
const MARKER_READS = 8;

/**
 * The spans of `text` where its fold has circled digits glued before a number (`starts`:
 * "①090-1234-5678", "①⓪⑨⓪①②③④⑤⑥⑦⑧", "④111 1111 1111 1111"), each a number's first digit or a
 * list's marker. `spans` read each as a digit: one inside a span found so is the number's.
 * Those glued before an ASCII digit are printed in another font than the number: they are asked
 * together, in one copy that keeps them all as written, and each is a marker where that copy
 * finds a value right after it. Asked one at a time, a list's second marker read as its number's
 * first digit glued the two numbers into one run that reads as neither ("tel. ①601 234 567
 * ②602345678" kept its first phone, T56a). Each glued before a circled digit is asked after
 * them, one at a time, with the markers found kept: it is a marker where that copy finds a value
 * of ten digits or more right after it (the number without its first digit is a phone, a card),
 * read surer than a bare Luhn-valid run (MARKED_ABOVE), else its number's digit. Keeping two of these at once would break a number in circled digits at
 * its second group's first digit ("①⓪⑨⓪-①②③④-⑤⑥⑦⑧"). Failing closed: the value goes in whichever
 * reading finds it, and a reading that keeps a glued digit apart is only taken where it finds the
 * value after it.
 */
function withMarkers(
  text: string,
  astral: AstralFold,
  spans: Resolved[],
  find: (read: string) => Resolved[],
): Resolved[] {
  let found = spans;
  const markers: number[] = [];
  // The circled digits the copy `found` was read from keeps as written.
  let foundKept = '';
  const ascii: number[] = [];
  const circled: number[] = [];
  for (const i of astral.starts) {
    if (spans.some((s) => s.start <= i && i < s.end)) continue;
    (isDigitAt(text, i + 1) ? ascii : circled).push(i);
  }
  let reads = 0;
  if (ascii.length > 0) {
    reads++;
    const apart = foldAstral(text, new Set(ascii));
    const read = find(apart.text);
    for (const i of ascii) if (read.some((s) => apart.at[s.start] === i + 1)) markers.push(i);
    if (markers.length > 0) {
      found = read.map((s) => mapBack(s, apart.at));
      foundKept = ascii.join();
    }
  }
  for (const i of circled) {
    if (reads === MARKER_READS) break;
    reads++;
    const kept = [...markers, i].sort((a, b) => a - b);
    const apart = foldAstral(text, new Set(kept));
    const read = find(apart.text);
    const after = read.find((s) => apart.at[s.start] === i + 1);
    if (
      after !== undefined &&
      after.winner.confidence > MARKED_ABOVE &&
      digitsIn(apart.text.slice(after.start, after.end)) >= MARKED_DIGITS
    ) {
      markers.push(i);
      found = read.map((s) => mapBack(s, apart.at));
      foundKept = kept.join();
    }
  }
  markers.sort((a, b) => a - b);
  if (markers.length === 0 || foundKept === markers.join()) return found;
  const fold = foldAstral(text, new Set(markers));
  return find(fold.text).map((s) => mapBack(s, fold.at));
}

/**
 * A unit where a fold may start (astralDigits.ts), one a built-in reads (MAY_HOLD_DATA) or a kanji
 * phone's first digits (MAY_HOLD_KANJI_PHONE): the three searches a turn without data failed one
 * by one (wideFoldOf, then mayHold), in one. Where it and DODGE find nothing, the turn is plain:
 * no fold, nothing mayHold passes. Each search's call and setup cost about what its scan of a
 * short turn does (the fold's and the kanji's classes hold no unit under U+0100, so a one-byte
 * text was answered at once, but still called): T65a, the redact bench's turns without data.
 * Where it finds something the turn is read as before, which searches again (a few hundred
 * instructions on a turn with data, which costs a hundred times more). A literal, for the ReDoS
 * check (redos.test.ts): plainTurn.test.ts holds it to the three sources joined (internal).
 */
export const PLAIN_TURN =
  /[\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u24b6-\u24ea\ud801-\ud835\ud838-\ud83a]|\ud83c[\udd30-\udd49]|\ud83e[\udff0-\udff9]|[&0-:@\u00b2\u00b3\u00b9\u0660-\u0669\u06f0-\u07c9\u0966-\u1c59\u3007\ua620-\uabf9\uff10-\uff20]|[〇零○◯][〇零○◯一幺二三四五六七八九]|[一幺][三四五六七八九]/;

/**
 * PLAIN_TURN with the g flag, whose lastIndex after a match says where it ends (dataAt.ts). A
 * literal, for the ReDoS check; plainTurn.test.ts holds it to PLAIN_TURN (internal).
 */
export const PLAIN_TURN_AT =
  /[\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u24b6-\u24ea\ud801-\ud835\ud838-\ud83a]|\ud83c[\udd30-\udd49]|\ud83e[\udff0-\udff9]|[&0-:@\u00b2\u00b3\u00b9\u0660-\u0669\u06f0-\u07c9\u0966-\u1c59\u3007\ua620-\uabf9\uff10-\uff20]|[〇零○◯][〇零○◯一幺二三四五六七八九]|[一幺][三四五六七八九]/g;

/**
 * Whether `read` may hold what `recognizers` find: custom ones read every text; the built-ins need
 * a unit MAY_HOLD_DATA or DODGE passes, or a kanji phone's first digits (MAY_HOLD_KANJI_PHONE,
 * "一三八…"). Most turns of a transcript hold none: no shadow, no pass.
 */
function mayHold(read: string, recognizers: readonly Recognizer[]): boolean {
  return (
    recognizers !== builtInRecognizers ||
    mayHoldData(read) ||
    DODGE.test(read) ||
    MAY_HOLD_KANJI_PHONE.test(read)
  );
}

/** The spans `recognizers` find in `read`, settled (asked only where {@link mayHold} passes). */
function settled(
  read: string,
  recognizers: readonly Recognizer[],
  tag: string,
  country: CountryCode | undefined,
): Resolved[] {
  return settle(
    read,
    (t, placeholders, crossed) => collect(t, placeholders, recognizers, tag, country, crossed),
    // Custom recognizers read the real output of each pass: with one, every pass runs.
    recognizers === builtInRecognizers ? laterPassMayFind : undefined,
  );
}

/** The spans found in `astral`, the fold of `text`, mapped back to `text`, its markers asked apart. */
function spansOfFold(
  text: string,
  astral: AstralFold,
  recognizers: readonly Recognizer[],
  tag: string,
  country: CountryCode | undefined,
): Resolved[] {
  // Module functions, not a closure around settle made on every call: that made turns without
  // data 2.6x slower in the bench (T53a); only a text with a fold pays for this one.
  const find = (read: string): Resolved[] =>
    mayHold(read, recognizers) ? settled(read, recognizers, tag, country) : [];
  return withMarkers(
    text,
    astral,
    find(astral.text).map((s) => mapBack(s, astral.at)),
    find,
  );
}

function redactText(text: string, options: RedactOptions): RedactResult {
  if (typeof text !== 'string') {
    if ((options as Partial<RedactOptions> | undefined)?.failClosed === 'redact-all') {
      return redactedAll('', 'input');
    }
    redactFail('privacy/not-text', { received: describe(text) });
  }
  const opts = redactOptions(options);
  const locale = localeInfo(opts.locale) as LocaleInfo;
  const country = opts.country ?? locale.country;
  const wanted = opts.entities === undefined ? undefined : new Set<string>(opts.entities);
  const recognizers =
    wanted === undefined && (opts.recognizers ?? []).length === 0
      ? builtInRecognizers
      : [...builtInRecognizers, ...(opts.recognizers ?? [])].filter(
          (r) => wanted === undefined || wanted.has(r.type),
        );
  let spans: Resolved[];
  // A digit past the BMP (Mathematical bold "𝟒", Adlam "𞥔"…), a Mathematical letter ("𝐚") or a
  // squared capital ("🄰") is two units, which the shadow cannot read as one: such a text is read
  // through a copy with each as its ASCII digit or NFKC letter, the circled letters ("ⓐ"), the
  // circled digits beside another or an ASCII digit ("①②", "④111") and the superscript and
  // subscript digits two or more together ("⁴¹¹¹") as theirs too, and the spans found there are
  // mapped back to the text's units (astralDigits.ts).
  // A plain turn (no fold, no unit the built-ins read: PLAIN_TURN and DODGE find nothing) is
  // answered first, in two searches.
  // Where PLAIN_TURN's first match ends is noted (dataAt.ts): mayHold and collect ask that unit
  // first, where each read the text again to find the same first digit.
  let turnAt = -1;
  if (recognizers === builtInRecognizers) {
    PLAIN_TURN_AT.lastIndex = 0;
    if (PLAIN_TURN_AT.test(text)) turnAt = PLAIN_TURN_AT.lastIndex - 1;
  }
  noteDataAt(turnAt);
  const plain = recognizers === builtInRecognizers && turnAt < 0 && !DODGE.test(text);
  // The text's highest unit, read as its shadow is made (kept for collect's context): a fold
  // starts at U+2070 or above, Latin-1's at U+00B2, and a text below them is not searched for
  // one (T68a: FOLD_START read most texts whole, to find nothing).
  const top = plain ? 0 : textTop(text);
  const astral = top >= FOLD_START_LOW ? wideFoldOf(text) : undefined;
  try {
    if (astral !== undefined) spans = spansOfFold(text, astral, recognizers, locale.tag, country);
    // A plain turn (no unit the built-ins read) is answered here, before Latin-1's superscripts
    // are looked for: "¹²³" pass MAY_HOLD_DATA.
    else if (plain || !mayHold(text, recognizers)) {
      spans = [];
      // (A text that is not plain had its shadow made and kept: let go of it, releaseAll.)
      readNothing = plain && opts === options;
    } else {
      // (Its superscripts are looked for only where the shadow's fold read one: digits.ts.)
      const latin1 =
        top >= LATIN1_FOLD_LOW && textSuperscripts(text) ? latin1FoldOf(text) : undefined;
      spans =
        latin1 === undefined
          ? settled(text, recognizers, locale.tag, country)
          : spansOfFold(text, latin1, recognizers, locale.tag, country);
    }
  } catch (error) {
    const id = error instanceof RecognizerFailure ? error.recognizer : 'settle';
    if (opts.failClosed === 'redact-all') return redactedAll(text, id);
    const reason = error instanceof Error ? error.message : String(error);
    const failure = redactFailure('privacy/recognizer-failed', { recognizer: id, reason });
    (failure as { cause?: unknown }).cause =
      error instanceof RecognizerFailure ? error.cause : error;
    throw failure;
  }
  const book = opts.mode === 'pseudonymise' ? new TokenBook(opts.tokens ?? {}) : undefined;
  // Nothing found: the text itself, not a copy joined from one part.
  if (spans.length === 0) return { text, findings: [], tokens: book ? book.map : {} };
  const findings: Finding[] = [];
  // A message's few spans (FEW_SPANS or fewer): its output joined by `+` and flattened once
  // (flat), where an array of its parts and their join cost ~1,000 instructions more a message
  // (3,400 against 2,390 for two spans, valgrind, V59c). More: by parts, joined by the thousand
  // (settle.ts chunked), as a rope of thousands of pieces would be a heap of objects.
  const few = spans.length <= FEW_SPANS;
  let out = '';
  const chunks: string[] = [];
  let parts: string[] = [];
  let at = 0;
  for (const { start, end, winner } of spans) {
    const { placeholder, type, id } = winner.recognizer;
    const replacement = book ? book.tokenFor(placeholder, text.slice(start, end)) : placeholder;
    if (few) out = out + text.slice(at, start) + replacement;
    else {
      parts.push(text.slice(at, start), replacement);
      parts = chunked(parts, chunks);
    }
    findings.push({ start, end, type, confidence: winner.confidence, replacement, recognizer: id });
    at = end;
  }
  if (few) out = flat(out + text.slice(at));
  else {
    parts.push(text.slice(at));
    out = chunks.length === 0 ? parts.join('') : chunks.join('') + parts.join('');
  }
  return { text: out, findings, tokens: book ? book.map : {} };
}

/**
 * At most this many spans, a redacted text is joined by `+` (see redactText): a rope of twice as
 * many pieces and one more, flattened once.
 */
const FEW_SPANS = 16;

// The unit flat read last (of a redacted output, its first): stored, so that no compiler drops
// the read as unused (a read whose value goes nowhere may be dropped, and the copy with it).
let _flatRead = 0;

/**
 * `s` as one flat string: a rope joined by `+` is copied into one when a unit of it is first
 * read, here, in the call that made it, not in the caller's first read (what the join it stands
 * for would have copied, V8). Returns `s`.
 */
function flat(s: string): string {
  _flatRead = s.charCodeAt(0) | 0;
  return s;
}
