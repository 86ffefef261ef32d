import { plainReading } from './lines.js';
import type { Resolved } from './resolve.js';
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
// pass runs it alone (redact.ts): the other thirteen would read what they read before.

let watched: RecognizerContext | undefined;
// From, to and whether the phone recognizer read it (1) of each window noted, in the first
// `noted` entries (reset by a count: setting an array's length costs more than a short message's
// other bookkeeping).
const windows: number[] = [];
let noted = 0;
/**
 * Whether the later pass about to run may run the phone recognizer alone, as the last
 * {@link laterPassMayFind} found. Read by `collect` before its {@link watchLabels}, which clears it:
 * the passes after that one run every recognizer.
 */
export let phoneOnly = false;

/** Note the label windows read in `context` (the first pass's), or stop noting (`undefined`). */
export function watchLabels(context: RecognizerContext | undefined): void {
  watched = context;
  noted = 0;
  phoneOnly = false;
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

/** Whether the characters beside [s, e) of the shadow leave every token around it as it was. */
function apart(shadow: string, s: number, e: number): boolean {
  const n = shadow.length;
  if (e < n) {
    const c = shadow.charCodeAt(e);
    // A full stop ends a sentence only before a space or the end ("x@y.com.[IP]" is a domain).
    if (!neutral(c) && !(c === 46 && (e + 1 === n || neutral(shadow.charCodeAt(e + 1))))) {
      return false;
    }
    // A digit run or a phone-ish stretch reaches across separators: "[CARD] 123", "[IP] - 600…".
    let k = e;
    while (k < n && separator(shadow.charCodeAt(k))) k++;
    const d = shadow.charCodeAt(k);
    if (isDigit(d) || d === 43 || d === 40) return false; // a digit, "+", "("
  }
  if (s > 0) {
    const c = shadow.charCodeAt(s - 1);
    if (!neutral(c) && !(c === 46 && (s === 1 || neutral(shadow.charCodeAt(s - 2))))) return false;
    let k = s - 1;
    while (k >= 0 && (separator(shadow.charCodeAt(k)) || phoneStart(shadow.charCodeAt(k)))) k--;
    if (k >= 0 && isDigit(shadow.charCodeAt(k))) return false;
  }
  return true;
}

/**
 * Whether a later pass over the output of `spans` (the first pass's, in the text `collect` last
 * watched) may find anything: a span beside a token, or a noted label window that holds part of a
 * span. `true` whenever the plain reading is asked for (lines.ts `withoutBlanking`).
 */
export function laterPassMayFind(spans: readonly Resolved[]): boolean {
  if (watched === undefined || plainReading()) return true;
  const { shadow } = watched;
  for (const { start, end } of spans) if (!apart(shadow, start, end)) return true;
  let phone = false;
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
      phone = true;
    }
  }
  phoneOnly = phone;
  return phone;
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
