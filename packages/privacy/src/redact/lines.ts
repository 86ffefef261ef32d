import type { Placeholders } from './settle.js';

// The built-in recognizers read within a line: a label is looked for on the value's own line, and
// no digit run, phone-ish span, hex token, email or IBAN crosses a "\n". On a later pass of
// `settle`, a line without a placeholder reads as it did in the input, where whatever it held was
// already found and replaced, so it holds nothing new: the built-in recognizers read a copy of the
// output with those lines blanked (spaces, same length, the "\n" kept). Custom recognizers read the
// real output.

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

/**
 * `text` with every line that holds no placeholder, and is not the line above one that does,
 * turned to spaces (same length, "\n" kept).
 */
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
    if (holds) {
      // The line above is kept too: a form's label there names this line's value (context.ts
      // lineAbove: "order\n600 123 456" keeps the number as an order's on every pass).
      if (parts.length >= 2 && lineStart >= 2) {
        const above = text.lastIndexOf('\n', lineStart - 2) + 1;
        parts[parts.length - 2] = text.slice(above, lineStart - 1);
      }
      parts.push(text.slice(lineStart, lineEnd));
    } else {
      parts.push(' '.repeat(lineEnd - lineStart));
      blanked ||= lineEnd > lineStart;
    }
    if (newline < 0) break;
    parts.push('\n');
    lineStart = newline + 1;
  }
  return blanked ? parts.join('') : text;
}
