import { digitIn } from './digits.js';
import { releaseAfterCall } from './release.js';
import type { Resolved } from './resolve.js';
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

// The starts of the lines the last blankQuietLines kept as a value's line below a placeholder's
// (ascending, for valuesBelow), and how many of `below` are its.
const below: number[] = [];
let belowCount = 0;

// A form's label (context.ts formLabel, lineAbove) is at most 40 characters with its "\n", a
// unit NFC joins to the one before it not counted (context.ts joins); no unit below U+0300
// joins, so a line of more than 40 of those is no label whatever else it holds.
const LABEL_UNITS = 40;

/**
 * Whether `text[from, to)`, a line, may read as a form's label over the next line (context.ts
 * formLabel): no ASCII digit, and at most {@link LABEL_UNITS} units below U+0300. A line that
 * passes may still be none (a digit of another script, which the shadow folds to ASCII): the
 * later pass then reads a line below it for nothing, and finds what it found before.
 */
function mayLabel(text: string, from: number, to: number): boolean {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return false;
    if (c < 0x300 && ++count > LABEL_UNITS) return false;
  }
  return true;
}

/**
 * `text` with every line that holds no placeholder turned to spaces (same length, "\n" kept), but
 * for the line above one that does, the line above that where it may read as a form's label (see
 * {@link mayLabel}), the line below one that may read as such a label over it, the rows of a
 * table whose header line holds one (see {@link underPlaceholder}), and the lines below a line
 * that starts at one of `crossed` (ascending: the lines the placeholders carried across MAX_ROW,
 * {@link crossedRows}) up to where a table ends in both readings.
 */
export function blankQuietLines(
  text: string,
  placeholders: Placeholders,
  crossed?: readonly number[],
): string {
  belowCount = 0;
  if (ignored || placeholders.length === 0) return text;
  const parts: string[] = [];
  let blanked = false;
  // Whether the line read last holds a placeholder and may read as a form's label: its values
  // once placeholders, "Tel: [PHONE] - [PHONE]" names the value on the line below as a phone's
  // ("Tel: 51851-4281 - 51851-4281\n666123456": in the input it was no label, having digits).
  // Only such a line's line below is kept: every line below a placeholder's, 4x the input of
  // "+44 7911\n123456 " over and over cost more than 10x the time (linear.test.ts).
  let labels = false;
  // A table's header line is kept too where a row under it holds a placeholder: it labels that
  // row's cells on every pass ("MST;SĐT\n…\n0312345678;[PHONE]" keeps the tax code).
  const headers = tableHeaders(text, placeholders);
  headerRead = -1;
  // Whether the lines read are below a line that the placeholders carried across MAX_ROW (either
  // way): that line ends a table in one reading and not in the other, so the lines below it down
  // to where a table ends in both (an empty line, a line over MAX_ROW) stand under another
  // header, or none, in the output, and their values read otherwise ("Order;Note\n1;" and 140
  // "x@y.nl"s "\n(212) 555-0187;x": the phone's row has no header once the addresses are
  // "[EMAIL]"s, and goes as a phone). A line of no digit ends no such run: with its table's cell
  // count it is a row of the table in one reading and heads the lines below in the other. The
  // crossed lines hold placeholders and are kept; the lines below are kept as a value's line
  // below one (valuesBelow).
  let carry = false;
  let c = 0;
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
    if (carry && (lineEnd === lineStart || lineEnd - lineStart > MAX_ROW)) carry = false;
    if (holds || headers?.has(lineStart)) {
      // The line above is kept too: a form's label there names this line's value (context.ts
      // lineAbove: "order\n600 123 456" keeps the number as an order's on every pass).
      if (parts.length >= 2 && lineStart >= 2) {
        const above = text.lastIndexOf('\n', lineStart - 2) + 1;
        parts[parts.length - 2] = text.slice(above, lineStart - 1);
        // And the line above that where it may be a form's label: it names a value on the line
        // above this one that runs on into it ("Phone:\n51851-4281\n0 [CARD]": "51851-4281\n0",
        // a US number once the card is a placeholder, is a phone's under "Phone:", T70a). Each
        // line is read so at most once more than before: the line two above each kept line.
        if (holds && parts.length >= 4 && above >= 2) {
          const twoAbove = text.lastIndexOf('\n', above - 2) + 1;
          if (mayLabel(text, twoAbove, above - 1))
            parts[parts.length - 4] = text.slice(twoAbove, above - 1);
        }
      }
      parts.push(text.slice(lineStart, lineEnd));
      labels = holds && mayLabel(text, lineStart, lineEnd);
    } else if (carry || labels || underPlaceholder(text, lineStart, placeholders)) {
      below[belowCount++] = lineStart;
      parts.push(text.slice(lineStart, lineEnd));
      labels = false;
    } else {
      parts.push(' '.repeat(lineEnd - lineStart));
      blanked ||= lineEnd > lineStart;
    }
    if (crossed !== undefined && c < crossed.length && (crossed[c] as number) <= lineStart) {
      carry = true;
      c++;
    }
    if (newline < 0) break;
    parts.push('\n');
    lineStart = newline + 1;
  }
  return blanked ? parts.join('') : text;
}

/**
 * Whether the line that starts at `from` was kept by the last {@link blankQuietLines} as the line
 * below a placeholder's that may label its value: its values are read as a placeholder's line's
 * are (redact.ts nearPlaceholder).
 */
export function valuesBelow(from: number): boolean {
  let lo = 0;
  let hi = belowCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((below[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < belowCount && below[lo] === from;
}

/**
 * Where the lines of `text` that `spans` (ascending, disjoint) hold start in the output, each span
 * replaced by its recognizer's placeholder, where the placeholders carry that line across MAX_ROW
 * either way (longer: 140 "x@y.nl"s to "[EMAIL]"s, a row no more; shorter: 52 cards to "[CARD]"s,
 * a row again); `undefined` for none. A span that holds a "\n" joins its lines into one: that line
 * crosses where one of the lines it joins stood on the other side. A text and its output both
 * within MAX_ROW have no line past it (most messages: answered from the spans' lengths alone);
 * else each line that holds a span is read once.
 */
export function crossedRows(text: string, spans: readonly Resolved[]): number[] | undefined {
  if (text.length <= MAX_ROW) {
    let length = text.length;
    for (const span of spans) {
      length += span.winner.recognizer.placeholder.length - (span.end - span.start);
      if (length > MAX_ROW) break;
    }
    if (length <= MAX_ROW) return undefined;
  }
  let crossed: number[] | undefined;
  // How much longer the output is than the input before the line read.
  let shift = 0;
  let i = 0;
  while (i < spans.length) {
    const first = spans[i] as Resolved;
    const from = first.start === 0 ? 0 : text.lastIndexOf('\n', first.start - 1) + 1;
    let to = lineEndAt(text, first.start);
    let joined = false;
    let grown = 0;
    for (; i < spans.length; i++) {
      const span = spans[i] as Resolved;
      // (A span that starts at the line's "\n" joins it to the next.)
      if (span.start > to) break;
      grown += span.winner.recognizer.placeholder.length - (span.end - span.start);
      // A span that runs on past the line's end (its "\n" inside it) joins the next line.
      if (span.end > to) {
        to = lineEndAt(text, span.end);
        joined = true;
      }
    }
    const long = to - from + grown > MAX_ROW;
    let crosses = to - from > MAX_ROW !== long;
    if (joined) {
      // The input's lines the output's joins: any on the other side of MAX_ROW.
      crosses = false;
      for (let s = from; s <= to && !crosses; ) {
        const e = Math.min(lineEndAt(text, s), to);
        crosses = e - s > MAX_ROW !== long;
        s = e + 1;
      }
    }
    if (crosses) {
      crossed ??= [];
      crossed.push(from + shift);
    }
    shift += grown;
  }
  return crossed;
}

/**
 * The lines a span of one text spans, for many spans in a row: the line of the last span's start
 * is kept, so spans on one line cost a look-up each and not a read of the line. Each match of a
 * later pass was looked up with a search back to its line's start and on to its line's end: on
 * one long line of matches ("x@例.jpで8.8.8.8 " over and over under a quiet line) that was the
 * line's length per match, 78% of the time at 640,000 characters, 10× per 4× input.
 */
export class SpannedLines {
  // The line last read: [from, to) holds no "\n", `to` is a "\n" or the text's end, `from` is 0
  // or follows a "\n" (none read yet: to < from).
  #from = 0;
  #to = -1;

  constructor(readonly text: string) {}

  /**
   * Where the line that holds the unit before `start` starts, as `lastIndexOf('\n', start - 1) +
   * 1` answers (a `start` of 0 reads the unit at 0, as lastIndexOf does).
   */
  from(start: number): number {
    if (start > 0 && this.#from <= start && start <= this.#to) return this.#from;
    const from = this.text.lastIndexOf('\n', start - 1) + 1;
    const newline = this.text.indexOf('\n', start);
    this.#from = from;
    this.#to = newline < 0 ? this.text.length : newline;
    return from;
  }

  /** Where the line that holds `end` ends: the first "\n" at or after it, or the text's end. */
  to(end: number): number {
    if (this.#from <= end && end <= this.#to) return this.#to;
    const newline = this.text.indexOf('\n', end);
    return newline < 0 ? this.text.length : newline;
  }
}

// A table pasted as text (support tools paste CSV and TSV exports, a spreadsheet's rows, into
// tickets): a header line with no digit, its cells split by a TAB, ";", "," or "|" (or one cell),
// then rows, lines with a digit, each line at most MAX_ROW units. A cell below the header is
// labelled by its column's header cell, as if it were written "MST: 0312345678" (context.ts). A
// delimiter between double quotes is a part of its cell (RFC 4180: `"Nguyen; Van";0912345678` has
// two cells, and a value after the quoted ";" starts none). A line of spaces alone is a row that a
// later pass blanked (blankQuietLines), and a line of one value is no row (context.ts formLabel
// reads a form's label over it): neither ends the table. A blank line or one over MAX_ROW units
// ends it; another line with no digit heads what follows.
//
// Two readings of a row, by how sure it is to be one. A row is sure where it has its header's
// cell count, no row above it under the same header was loose or of one value, and the header is
// sure: two cells or more, none over MAX_CELL units, and no line of prose, which is one split by
// ", " (a comma and a space, as a sentence writes it: "About my order, please help"; exports
// write "Order,Phone" and RFC 4180 makes a space a part of its cell). Any other row of two cells
// or more is loose ("Telefon;Imię\n600123456;Jan;extra"; "Phone\n2125550187\t558812449"; a row
// cut by a delimiter its header does not hold, whose first cell has the header line over it): its
// header may name a phone's column but keeps no value (context.ts tableLabel), since "About my
// order, please help\n(212) 555-0187, thanks" is a sentence over a sentence, and its "order" kept
// the phone as a reference.
export const MAX_ROW = 1024;
/**
 * The longest placeholder of a built-in recognizer ("[IR_NATIONAL_CODE]"): a text of n spans
 * grows by less than n of them, which bounds its output's length without reading the spans
 * (laterPass.ts; rowBound.prop.test.ts holds the built-ins to it).
 */
export const LONGEST_PLACEHOLDER = 18;
const MAX_CELL = 32;
// The delimiters, the first one a header holds chosen: a TAB or ";" export may hold commas in its
// cells ("Nguyen, Van"), a comma one rarely holds either.
const DELIMITERS = [9, 59, 44, 124];

// Of the text read last: each row's start, end, its header line's start and its kind (flat, ROW
// entries a row): 0 sure, 1 loose, 2 loose and cut by a delimiter its header does not hold; and
// every delimiter of a header or row outside quotes, ascending. Read once per text, when a value
// that starts a cell asks: one pass over its lines.
const ROW = 4;
let tableText: string | undefined;
const rows: number[] = [];
const cuts: number[] = [];
releaseAfterCall(() => {
  tableText = undefined;
});
// Whether the line cutLine read last as a header has a cell over MAX_CELL units, or a ", ".
let long = false;
let spaced = false;

function readTables(text: string): void {
  if (tableText === text) return;
  tableText = text;
  rows.length = 0;
  cuts.length = 0;
  let header = -1;
  let delimiter = 0;
  let cells = 0;
  let loose = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from > MAX_ROW) header = -1;
    else if (!onlySpaces(text, from, to)) {
      const mark = cuts.length;
      const count = header >= 0 && delimiter > 0 ? cutLine(text, from, to, delimiter, false) : -1;
      if (count === cells) rows.push(from, to, header, loose);
      else {
        cuts.length = mark;
        // The first delimiter that makes a sure header, else the first that makes a loose one;
        // none where the line holds a digit (n < 0).
        let first = 0;
        let n = 0;
        for (const d of DELIMITERS) {
          n = cutLine(text, from, to, d, true);
          cuts.length = mark;
          if (n < 0) break;
          if (n === 0) continue;
          if (first === 0) first = d;
          if (!long && !(spaced && d === 44)) {
            first = d;
            break;
          }
        }
        if (n < 0) {
          // A line of values under a header, with more or fewer cells than its header's: a loose
          // row, cut by the header's delimiter, else by its own, where the header line is its
          // first cell's header ("Phone\n2125550187\t558812449", "Phone, please call\n600 123
          // 456|x"). A line of one cell is neither a row nor the table's end: "a long line that
          // says phone somewhere in it, and more\n2125550187" is a line under a sentence
          // (context.ts formLabel reads a form's label alone on the line above).
          // The rows after a loose one, or after a line of one cell, are loose too: a table whose
          // rows do not count their cells alike may have lost its columns' order.
          if (count > 0) {
            cutLine(text, from, to, delimiter, false);
            rows.push(from, to, header, 1);
            loose = 1;
          } else if (header >= 0) {
            loose = 1;
            for (const d of DELIMITERS)
              if (cutLine(text, from, to, d, false) > 0) {
                rows.push(from, to, header, 2);
                break;
              }
          }
        } else if (from === to) header = -1;
        else {
          // Any other line with no digit heads what follows, a line with no delimiter too (one
          // cell: a loose header).
          header = from;
          delimiter = first;
          cells = first === 0 ? 0 : cutLine(text, from, to, first, true);
          loose = first === 0 || long || (spaced && first === 44) ? 1 : 0;
        }
      }
    }
    if (to === text.length) break;
    from = to + 1;
  }
}

/** The header lines' starts of the rows that hold a placeholder, or `undefined` for none. */
function tableHeaders(text: string, placeholders: Placeholders): Set<number> | undefined {
  let headers: Set<number> | undefined;
  for (const [start] of placeholders) {
    const row = rowAt(text, start);
    if (row < 0) continue;
    headers ??= new Set();
    headers.add(rows[row * ROW + 2] as number);
  }
  return headers;
}

// The header line underPlaceholder read last, and whether it holds a placeholder: a table's rows
// under one header follow each other, and each asks of the same header.
let headerRead = -1;
let headerHeld = false;

/**
 * Whether the line that starts at `from` is a row of a table (see above) whose header line holds
 * a placeholder: a value there reads the header cell over it as its label ("Tel: [PHONE]\n…\n
 * 666123456, " labels the number as a phone's; in the input "Tel: 123-45-6789" held a digit and
 * headed nothing), however far below it stands.
 */
function underPlaceholder(text: string, from: number, placeholders: Placeholders): boolean {
  if (tableText !== text) return false;
  const row = firstFrom(rows, from, ROW);
  if (row * ROW >= rows.length || rows[row * ROW] !== from) return false;
  const header = rows[row * ROW + 2] as number;
  if (header !== headerRead) {
    headerRead = header;
    const end = text.indexOf('\n', header);
    const to = end < 0 ? text.length : end;
    let lo = 0;
    let hi = placeholders.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((placeholders[mid] as readonly [number, number])[1] <= header) lo = mid + 1;
      else hi = mid;
    }
    headerHeld =
      lo < placeholders.length && (placeholders[lo] as readonly [number, number])[0] < to;
  }
  return headerHeld;
}

/**
 * Whether a line of `shadow` (a first pass's text) whose digits all stand inside `spans`
 * (ascending, disjoint) stands over a table's row: a line with a digit and a delimiter, before a
 * blank line, a line over MAX_ROW units or another line with no digit (see above). Once its
 * values are placeholders, that line has no digit and heads the rows below it, whose first cells
 * read it as their label ("Tel: 123-45-6789\n…\n666123456, " leaves "Tel: [PHONE]" over a row:
 * the number is a phone's, and only a later pass can read it so, laterPass.ts). Each line is read
 * once: a look below that found no row ends where the next one would.
 */
export function mayHeadRows(
  shadow: string,
  spans: readonly { readonly start: number; readonly end: number }[],
): boolean {
  // Where the last look below stopped, having found no row.
  let looked = -1;
  let i = 0;
  while (i < spans.length) {
    const first = spans[i] as { readonly start: number; readonly end: number };
    let to = lineEndAt(shadow, first.end);
    // This span and the ones after it stand on the last line: no row below (most messages).
    if (to === shadow.length) return false;
    const from = shadow.lastIndexOf('\n', first.start - 1) + 1;
    // The spans on the line (one may run on to the next line: the line ends after it).
    let clean = true;
    let at = from;
    for (; i < spans.length; i++) {
      const span = spans[i] as { readonly start: number; readonly end: number };
      if (span.start >= to) break;
      if (clean && digitIn(shadow, at, span.start)) clean = false;
      at = span.end;
      if (span.end > to) to = lineEndAt(shadow, span.end);
    }
    if (!clean || digitIn(shadow, at, to) || to - from > MAX_ROW || to < looked) continue;
    let s = to + 1;
    for (; s <= shadow.length; ) {
      const e = lineEndAt(shadow, s);
      if (e === s || e - s > MAX_ROW) break;
      let digit = false;
      let delimiter = false;
      for (let k = s; k < e; k++) {
        const c = shadow.charCodeAt(k);
        if (c >= 48 && c <= 57) digit = true;
        else if (c === 44 || c === 59 || c === 9 || c === 124) delimiter = true; // , ; TAB |
      }
      if (digit && delimiter) return true;
      if (!digit && !onlySpaces(shadow, s, e)) break;
      s = e + 1;
    }
    looked = s;
  }
  return false;
}

/** The end of the line that holds `at`: the first "\n" at or after it, or the text's end. */
function lineEndAt(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
}

/** Whether `text[from, to)` is one space or more and nothing else (a line a later pass blanked). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to === from) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/**
 * Push the delimiters `d` of the line `text[from, to)` that stand outside double quotes, and count
 * them. For a `header`, -1 where the line holds a digit (no header); {@link long} and
 * {@link spaced} tell whether a cell is longer than MAX_CELL and whether a delimiter has a space
 * after it.
 */
function cutLine(text: string, from: number, to: number, d: number, header: boolean): number {
  let quoted = false;
  let count = 0;
  let cell = from;
  long = false;
  spaced = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) quoted = !quoted;
    else if (header && c >= 48 && c <= 57) return -1;
    else if (c === d && !quoted) {
      if (k - cell > MAX_CELL) long = true;
      if (text.charCodeAt(k + 1) === 32) spaced = true;
      cuts.push(k);
      count++;
      cell = k + 1;
    }
  }
  if (to - cell > MAX_CELL) long = true;
  return count;
}

/** The index of the first of `list` (ascending) at `at` or after it. */
function firstFrom(list: readonly number[], at: number, step = 1): number {
  let lo = 0;
  let hi = list.length / step;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid * step] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the row of a table that holds `at` (see above), or -1. */
function rowAt(text: string, at: number): number {
  // Read once per text (no search for a line break per value: a line of 16,000 cells after ";"
  // would cost one each).
  readTables(text);
  const row = firstFrom(rows, at + 1, ROW) - 1;
  return row >= 0 && at <= (rows[row * ROW + 1] as number) ? row : -1;
}

/** The start of the row of the last {@link headerCellOf} that found one. */
export let cellRow = -1;

/** Whether the row of the last {@link headerCellOf} that found one is a loose one (see above). */
export let cellLoose = false;

/**
 * The header cell of the column of the value at `start`, if the value starts a cell (a quote and
 * up to four spaces aside) of a sure row of a table (see above), or, where `loose` is asked, of
 * any row, with the row's start in {@link cellRow} and whether it is loose in {@link cellLoose};
 * `undefined` otherwise. Most values stand after a space or a letter: they are answered at once,
 * the tables not read.
 */
export function headerCellOf(text: string, start: number, loose = false): string | undefined {
  let at = start;
  while (at > start - 5 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 34)) at--;
  const c = text.charCodeAt(at - 1);
  if (at > 0 && c !== 10 && !DELIMITERS.includes(c)) return undefined;
  const row = rowAt(text, start);
  if (row < 0 || (rows[row * ROW + 3] !== 0 && !loose)) return undefined;
  const rowStart = rows[row * ROW] as number;
  const first = firstFrom(cuts, rowStart);
  const cut = firstFrom(cuts, at);
  const cellStart = cut === first ? rowStart : (cuts[cut - 1] as number) + 1;
  // The value starts its cell: what stands before it in the cell is a quote or spaces.
  for (let k = cellStart; k < start; k++) {
    const u = text.charCodeAt(k);
    if (u !== 32 && u !== 34) return undefined;
  }
  const head = rows[row * ROW + 2] as number;
  const kind = rows[row * ROW + 3] as number;
  const end = text.indexOf('\n', head);
  const last = end < 0 ? text.length : end;
  const h = firstFrom(cuts, head) + cut - first;
  // A loose row's cell past its header's last has no header cell ("Telefon;Imię\n600123456;Jan;
  // extra": "extra"); one cut by a delimiter the header does not hold has the header line over
  // its first cell alone.
  if (cut > first && (kind === 2 || h > cuts.length || (cuts[h - 1] as number) > last))
    return undefined;
  const from = cut === first ? head : (cuts[h - 1] as number) + 1;
  const to = kind < 2 && h < cuts.length && (cuts[h] as number) < last ? (cuts[h] as number) : last;
  cellRow = rowStart;
  cellLoose = kind > 0;
  return text.slice(from, to).replace(/"/g, '').trim();
}
