import { isSpaceless, type PhoneLabels } from './context.js';
import { lowerSameLength, shadowOf } from './digits.js';
import { crossedRows, LONGEST_PLACEHOLDER, MAX_ROW, mayHeadRows, plainReading } from './lines.js';
import { DODGE_LED } from './recognizers/email.js';
import { releaseAfterCall } from './release.js';
import type { Resolved } from './resolve.js';
import { type Placeholders, render } from './settle.js';
import type { RecognizerContext } from './types.js';

// Whether a later pass of `settle` can find anything the first did not, answered from the first
// pass alone so that most messages are read once. Redacting changes the text only inside the
// replaced spans, so a later pass finds something new only where a built-in recognizer's reading
// covered one of them: a token beside a span (a digit run, a phone-ish stretch, an address or an
// id read up to it or glued to it), or a label window (the characters read for "tel", "order",
// "PESEL"…) that held part of one. The first pass notes every label window it read; each span's
// neighbours are looked at here. A label window is noted only from the start of the word that
// decided it (a word before that one ends before it, so a change there cannot win), or whole when
// it held none. Custom recognizers read the real output: with one, the later pass always runs.
// A label window is read for one recognizer: where only the phone recognizer's windows hold part
// of a span (and every span stands apart), it alone can read anything otherwise, and the later
// pass runs it alone (redact.ts): the other eighteen would read what they read before. Likewise
// a span whose only neighbours that are not neutral are letters of a script written without
// spaces (kana, Han, Hangul: "…は57.211.124.247で…") is beside what only the email recognizer
// reads across (an address's labels and local part may be in those scripts); every other token
// is ASCII digits, letters and separators, and reads such a letter as neither part of it nor
// glue, so only the email recognizer runs (with the phone recognizer, if its windows asked). So is
// a span after such a letter and a colon ("携帯:090-1234-5678", "電話：…", T68b): a colon is
// part of no token but an IPv6 address's and a time's, which read hex digits and digits on its
// other side, never such a letter (166 of the bench's 25,541 messages ran a full later pass for
// it and found nothing).
// A phone window that holds part of a span asks for the phone recognizer only where the labels
// it reads before that window's value read otherwise in the output (T68b): the window's value is
// read again before the placeholders, the first pass's reading beside it. A version's word
// between the span and the value ("x@y.nl schreiben. Die App in Version 10.0.20165.3078")
// decides the value whatever stood before it, while the phone reading alone, which reads no
// version word, found none and noted its whole window: 1,067 of the bench's messages ran the
// phone recognizer again for such windows, and it found nothing.

let watched: RecognizerContext | undefined;
// The phone recognizer's label reading (phone.ts `labels`), handed over by phone.ts: imported
// here, phone.ts's place in redact's bundle moved and the bundle grew 650 bytes gzipped (T68b).
// Until it is handed over, every phone window over a span asks for the phone recognizer again.
let labels: ((context: RecognizerContext, start: number) => PhoneLabels) | undefined;

/** Hand over the phone recognizer's label reading (phone.ts), which the gate reads again. */
export function readPhoneLabelsWith(
  read: (context: RecognizerContext, start: number) => PhoneLabels,
): void {
  labels = read;
}
// From, to and whether the phone recognizer read it (1) of each window noted, in the first
// `noted` entries (reset by a count: setting an array's length costs more than a short message's
// other bookkeeping).
const windows: number[] = [];
let noted = 0;
releaseAfterCall(() => {
  watched = undefined;
});
/**
 * The recognizers the later pass about to run needs, as the last {@link laterPassMayFind} found:
 * 0 every one, else a bit each, 1 the phone recognizer, 2 the email recognizer. Read by `collect`
 * before its {@link watchLabels}, which clears it: the passes after that one run every recognizer.
 */
export let laterOnly = 0;

/** Note the label windows read in `context` (the first pass's), or stop noting (`undefined`). */
export function watchLabels(context: RecognizerContext | undefined): void {
  watched = context;
  noted = 0;
  laterOnly = 0;
}

/** A label look-up read `[from, to)` of `context` for the phone recognizer or not (context.ts). */
export function noteLabels(
  context: RecognizerContext,
  from: number,
  to: number,
  phone = false,
): void {
  if (context === watched) {
    windows[noted++] = from;
    windows[noted++] = to;
    windows[noted++] = +phone;
  }
}

// Beside a span, characters no built-in recognizer reads as part of a token or as glue.
function neutral(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 44 || c === 59 || c === 34; // space \n \t \r , ; "
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A phone-ish character that is not a digit and does not start a number: space - . / ) */
function separator(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 41;
}

/** "+" or "(": a phone-ish character that may start a number. */
function phoneStart(c: number): boolean {
  return c === 43 || c === 40;
}

/** Whether `c`, beside a span, is neither neutral nor a full stop that ends a sentence. */
function touches(shadow: string, c: number, after: number): boolean {
  // A full stop ends a sentence only before a space or the end ("x@y.com.[IP]" is a domain).
  // The Devanagari danda "।" and the Urdu full stop "۔" end one wherever they stand (context.ts
  // endsSentence): no letter, digit or mark, no address's or number's separator, and the shadow
  // keeps them, so no built-in token reads across one ("खाते में करें: GB98 XTWM 3904 1455 9677
  // 80। मैंने…": 114 messages of the stream of 6,000 read again for that danda alone, T41c).
  return (
    !neutral(c) &&
    c !== 0x964 &&
    c !== 0x6d4 &&
    !(c === 46 && (after < 0 || after >= shadow.length || neutral(shadow.charCodeAt(after))))
  );
}

/**
 * Whether the characters beside [s, e) of the shadow leave every token around it as it was: 0
 * yes, 2 (the email recognizer's bit) for all but an address read across a letter of a script
 * written without spaces beside it, -1 no.
 */
function apart(shadow: string, s: number, e: number): number {
  const n = shadow.length;
  let only = 0;
  if (e < n) {
    const c = shadow.charCodeAt(e);
    if (touches(shadow, c, e + 1)) {
      if (!isSpaceless(shadow.charAt(e))) return -1;
      only = 2;
    }
    // A digit run or a phone-ish stretch reaches across separators: "[CARD] 123", "[IP] - 600…".
    let k = e;
    while (k < n && separator(shadow.charCodeAt(k))) k++;
    // (Not read past the text's end: a span that ends the text once made V8 compile this
    // function again, --trace-deopt "out of bounds".)
    const d = k < n ? shadow.charCodeAt(k) : -1;
    if (isDigit(d) || d === 43 || d === 40) return -1; // a digit, "+", "("
  }
  if (s > 0) {
    const b = shadow.charCodeAt(s - 1);
    if (touches(shadow, b, s - 2)) {
      // A colon (ASCII or fullwidth) glued between such a letter and the span reads as the letter.
      const letter = s > 1 && (b === 58 || b === 0xff1a) ? s - 2 : s - 1;
      if (!isSpaceless(shadow.charAt(letter))) return -1;
      only = 2;
    }
    let k = s - 1;
    while (k >= 0 && (separator(shadow.charCodeAt(k)) || phoneStart(shadow.charCodeAt(k)))) k--;
    if (k >= 0 && isDigit(shadow.charCodeAt(k))) return -1;
  }
  return only;
}

/**
 * Whether a later pass over the output of `spans` (the first pass's, in the text `collect` last
 * watched) may find anything: a span beside a token, or a noted label window that holds part of a
 * span. `true` whenever the plain reading is asked for (lines.ts `withoutBlanking`).
 */
export function laterPassMayFind(spans: readonly Resolved[]): boolean {
  if (watched === undefined || plainReading()) return true;
  const context = watched;
  const { shadow } = context;
  let only = 0;
  // The first pass's output, made for the first phone window that holds part of a span.
  let output: Output | undefined;
  // The value of each phone window that holds part of a span, in the input and in the output.
  let values: number[] | undefined;
  for (const { start, end } of spans) {
    const beside = apart(shadow, start, end);
    if (beside < 0) return true;
    only |= beside;
  }
  // A line whose digits were all in spans heads the table's rows below it once they are
  // placeholders (lines.ts mayHeadRows): no label window read it in the input, where it headed
  // none, and its rows' values may read it as their label now (T70a).
  if (mayHeadRows(shadow, spans)) return true;
  // A line the placeholders carry across lines.ts MAX_ROW (1,024 units), longer or shorter, is a
  // table's row in one reading and ends the table in the other: its values and the rows below it
  // read under another header, or none, in the output, and no label window of the input need
  // have read its spans ("Order;Note\n(212) 555-0187;" and 127 "x@y.nl"s: the phone's window
  // ends before them, but as "[EMAIL]"s they make the row too long to be one, and the number,
  // an order's under "Order", goes as a phone).
  // A text whose output cannot pass MAX_ROW either, each span at least a unit long (most
  // messages), is answered from its length: the spans are not read again.
  if (
    shadow.length + spans.length * (LONGEST_PLACEHOLDER - 1) > MAX_ROW &&
    crossedRows(shadow, spans) !== undefined
  )
    return true;
  for (let k = 0; k < noted; k += 3) {
    const from = windows[k] as number;
    const to = windows[k + 1] as number;
    // The first span that ends after the value the window was read for (which starts at `to`): a
    // value inside a span is gone; any of it left after the span stands beside it (see apart).
    const at = firstEndingAfter(spans, to);
    if (at < spans.length && (spans[at] as Resolved).start <= to) continue;
    // The first span that ends after `from`: does it start before `to`?
    const near = firstEndingAfter(spans, from);
    if (near < spans.length && (spans[near] as Resolved).start < to) {
      if (!windows[k + 2]) return true;
      output ??= outputOf(context, spans);
      values ??= [];
      // The spans before index `at` end by `to`: the value stands past their placeholders.
      values.push(to, to + shiftBefore(output, spans, at));
    }
  }
  if (output !== undefined && values !== undefined && !sameLabels(context, output.context, values))
    only |= 1;
  // An address needs an "@" or what DODGE_LED reads, and a placeholder brings neither (an "[" and
  // "]" around capitals that are not "AT" or "DOT", no "@", no "%40" or "&#64;"): without them
  // in the output, the email recognizer finds nothing there either. An "@" inside a span is gone
  // with it ("メールアドレスは[EMAIL]です": 415 of the bench's messages ran the email recognizer
  // again for the address the first pass had found, and it found nothing, T68b). DODGE_LED, the
  // email scan's own gate, where DODGE was asked: it passes no text DODGE does not, and where only
  // DODGE passes one the scan asks dodgedAddresses nothing (dodge.prop.test.ts), V64j.
  if (only & 2 && !atOutside(shadow, spans) && !DODGE_LED.test(shadow)) only &= 1;
  laterOnly = only;
  return only !== 0;
}

/** The first pass's output as the phone recognizer reads it, and where the input's offsets go. */
type Output = {
  /** The output (settle.ts render, as a later pass reads it), its shadow made from its text. */
  readonly context: RecognizerContext;
  /** Where each placeholder stands in the output: [start, end), one per span. */
  readonly placeholders: Placeholders;
};

/** The first pass's output of `context` with `spans` replaced by their placeholders. */
function outputOf(context: RecognizerContext, spans: readonly Resolved[]): Output {
  const { out, placeholders } = render(context.text, spans);
  const shadow = shadowOf(out);
  let lower: string | undefined;
  return {
    context: {
      text: out,
      shadow,
      get lower() {
        lower ??= lowerSameLength(shadow);
        return lower;
      },
      locale: context.locale,
      country: context.country,
    },
    placeholders,
  };
}

/**
 * How much later in `output` an input offset past the first `i` spans stands: the end of span
 * i - 1's placeholder less that span's end (0 before any span).
 */
function shiftBefore(output: Output, spans: readonly Resolved[], i: number): number {
  if (i === 0) return 0;
  const placeholder = output.placeholders[i - 1] as readonly [number, number];
  return placeholder[1] - (spans[i - 1] as Resolved).end;
}

/**
 * Whether the phone recognizer's labels (phone.ts `labels`: the version and phone readings, a
 * form's label above, an M-PESA word) of each value read the same in `context` and `output`:
 * `values` holds each value's offset in the input, then in the output. Read with no window noted
 * (the windows being read are the first pass's), the input's values first and then the output's:
 * a label look-up notes the text it reads (context.ts readingText, a scan of the text when it
 * changes), so the two texts are not read in turn.
 */
function sameLabels(
  context: RecognizerContext,
  output: RecognizerContext,
  values: readonly number[],
): boolean {
  if (labels === undefined) return false;
  watched = undefined;
  try {
    const before: PhoneLabels[] = [];
    for (let k = 0; k < values.length; k += 2) before.push(labels(context, values[k] as number));
    for (let k = 0; k < values.length; k += 2) {
      const was = before[k >> 1] as PhoneLabels;
      const now = labels(output, values[k + 1] as number);
      if (was.version !== now.version || was.phone !== now.phone) return false;
    }
    return true;
  } finally {
    watched = context;
  }
}

/** Whether `shadow` holds an "@" outside `spans` (ascending and disjoint): one the output keeps. */
function atOutside(shadow: string, spans: readonly Resolved[]): boolean {
  for (let i = shadow.indexOf('@'); i >= 0; i = shadow.indexOf('@', i + 1)) {
    const at = firstEndingAfter(spans, i);
    if (at >= spans.length || (spans[at] as Resolved).start > i) return true;
  }
  return false;
}

/** The index of the first span that ends after `at` (spans are ascending and disjoint). */
function firstEndingAfter(spans: readonly Resolved[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Resolved).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
