import type { Placeholders } from './settle.js';
import type { RecognizerContext } from './types.js';

// The built-in recognizers read within a line: a label is looked for on the value's own line, and
// no digit run, phone-ish span, hex token, email or IBAN crosses a "\n". On a later pass of
// `settle`, a line without a placeholder reads as it did in the input, where whatever it held was
// already found and replaced, so it holds nothing new: the built-in recognizers read a copy of the
// output with those lines blanked (spaces, same length, the "\n" kept). Custom recognizers read the
// real output.
//
// Within a line the same holds for each candidate: the output differs from the input only inside
// the placeholders, so a candidate whose reading (its extent, the characters beside it, the labels
// before it) covers no placeholder reads as it did in the input, where it was found (and is now a
// placeholder) or turned down. The built-in recognizers ask `mayHaveChanged` with the stretch they
// read and, on a later pass, skip a candidate away from every placeholder.

let ignored = false;

/** Whether the plain reading is asked for (inside {@link withoutBlanking}). */
export function plainReading(): boolean {
  return ignored;
}

/**
 * Run `work` with no line blanked and every later pass run and read whole: the plain reading,
 * for the tests that compare the two.
 */
export function withoutBlanking<T>(work: () => T): T {
  ignored = true;
  try {
    return work();
  } finally {
    ignored = false;
  }
}

// The placeholders of the context a later pass is reading (one at a time, as `collect` runs).
let changedOf: RecognizerContext | undefined;
let changed: Placeholders = [];

/** Tell `mayHaveChanged` where the placeholders of `context` stand; `undefined` on a first pass. */
export function setPlaceholders(
  context: RecognizerContext,
  placeholders: Placeholders | undefined,
): void {
  changedOf = ignored || placeholders === undefined ? undefined : context;
  changed = placeholders ?? [];
}

/**
 * Whether `[from, to)` of the context may read otherwise than the input did: always on a first
 * pass (and for a context `collect` is not reading); on a later pass, when a placeholder overlaps it.
 */
export function mayHaveChanged(context: RecognizerContext, from: number, to: number): boolean {
  if (context !== changedOf) return true;
  let lo = 0;
  let hi = changed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((changed[mid] as readonly [number, number])[1] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < changed.length && (changed[lo] as readonly [number, number])[0] < to;
}

/** `text` with every line that holds no placeholder turned to spaces (same length, "\n" kept). */
export function blankQuietLines(text: string, placeholders: Placeholders): string {
  if (ignored || placeholders.length === 0) return text;
  const parts: string[] = [];
  let blanked = false;
  let k = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    while (
      k < placeholders.length &&
      (placeholders[k] as readonly [number, number])[1] <= lineStart
    )
      k++;
    const holds =
      k < placeholders.length && (placeholders[k] as readonly [number, number])[0] < lineEnd;
    if (holds) parts.push(text.slice(lineStart, lineEnd));
    else {
      parts.push(' '.repeat(lineEnd - lineStart));
      blanked ||= lineEnd > lineStart;
    }
    if (newline < 0) break;
    parts.push('\n');
    lineStart = newline + 1;
  }
  return blanked ? parts.join('') : text;
}
