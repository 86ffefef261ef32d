// A card cut across two turns of a chat export (T61d, issue #14): "[10:01] Ana: card 4111 1111\n
// [10:02] Ana: 1111 1111". A customer sends a card in two messages; the export writes each with
// its time and sender, and the card recognizer, which joins a card's lines only where nothing but
// a break stands between them (card.ts GROUP_GAP), left both halves, a whole card to a reader.
//
// The last run of a turn's line and the first run of the next turn's text join where both turns
// are the same sender's (an agent's "last four?" and the customer's "1111" are two people's; another
// customer's digits are no part of the card) and together they are a card printed in fours: the
// first half in groups of four, the second in fours but its last group (1 to 4 digits), one
// separator kind (a space or a dash), 13 to 19 digits, an issuer's first digit (2 to 6), Luhn-valid.
// A random pair of such halves passes one time in ten and goes (fail closed, as a Luhn-valid run on
// one line does). Each half goes as its own finding. Since T63d: the other party's turns between
// the halves ("[10:01] Agent: ok"), a card cut into three or four turns, and an Amex or a Diners
// card printed 4-6-5 or 4-6-4 cut after any of its groups (see cardAcrossTurns).
import { luhnValid } from '../checks/luhn.js';
import { isGlueLetter } from '../context.js';
import type { NumberRun } from '../runs.js';
import type { RecognizerMatch } from '../types.js';

/**
 * A chat export's turn header at a line's start, and its sender (group 1 or 2): WhatsApp iOS
 * "[04/12/2026, 14:03] Ana: ", a bracketed time "[10:01] Ana: " or "[10:01 AM] Ana: " (Slack
 * and Teams copies, Telegram's), WhatsApp Android "04/12/2026 14:03 - Ana: "; or a plain "Ana: ",
 * a name without digits or a colon that starts with no space or mark (a transcript's). ASCII
 * classes only: a Unicode class costs its compiling in every process (instructions.sh). The shapes auditShapes.test.ts reads.
 */
const TURN =
  /^(?:(?:\[[^\]\n]{1,32}\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)? -) ?([^:\n]{1,40})|([^\s\d:[\](){}<>#@|/\\,.;!?"'*_~=+-][^:\n\d]{0,30})): /;

/**
 * The sender of the turn header at the start of `line` (see {@link TURN}), or undefined.
 *
 * @since 0.1.0
 */
export function turnSender(line: string): string | undefined {
  const m = TURN.exec(line);
  return m === null ? undefined : (m[1] ?? m[2] ?? '').trim();
}

/**
 * Whether a chat turn's header starts at `at` of `s`, a line's start (see {@link TURN}): asked of
 * the next line's first run by card.ts's join of a card's lines. A line's start and a ": " on the
 * line are asked first, with no copy of the line.
 *
 * @since 0.1.0
 */
export function turnStartsAt(s: string, at: number): boolean {
  if (at === 0 || s.charCodeAt(at - 1) !== 10) return false;
  const colon = s.indexOf(': ', at);
  return colon >= 0 && colon <= at + 80 && turnSender(s.slice(at, at + 80)) !== undefined;
}

// A turn's text may span lines: its sender is the nearest header above, this many lines up at most.
const LINES_UP = 8;

/** The sender of the turn the line starting at `at` belongs to, reading up to LINES_UP lines up. */
function senderAt(s: string, at: number): string | undefined {
  let start = at;
  for (let k = 0; k < LINES_UP; k++) {
    const sender = turnSender(s.slice(start, start + 80));
    if (sender !== undefined || start === 0) return sender;
    start = s.lastIndexOf('\n', start - 2) + 1;
  }
  return undefined;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether the unit at `k` glues to a number: a digit, "_", "-" or a letter that glues. */
function glues(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return isDigit(c) || c === 95 || c === 45 || isGlueLetter(s.charAt(k));
}

/** Whether a run's separators are all spaces, or all dashes, as `sep` (32 or 45), if it has any. */
function oneSeparator(run: NumberRun, sep: number): boolean {
  for (let k = 0; k < run.groupCount - 1; k++)
    if (run.shadow.charCodeAt(run.groupEnd(k)) !== sep) return false;
  return true;
}

/**
 * Whether the halves `tail` (groups of four) and `head` (fours, then a last group of 1 to 4) make a
 * card: 13 to 19 digits, an issuer's first digit, Luhn-valid.
 *
 * @since 0.1.0
 */
export function turnsMakeCard(tail: string, head: string): boolean {
  const digits = tail + head;
  const first = digits.charCodeAt(0);
  return (
    digits.length >= 13 && digits.length <= 19 && first >= 50 && first <= 54 && luhnValid(digits)
  );
}

/**
 * Whether group lengths `sizes` (a card's pieces' groups, in order) are printed as a card is: in
 * fours but the last (1 to 4), or as Amex (4-6-5) and Diners (4-6-4) print theirs.
 *
 * @since 0.1.0
 */
export function piecesPrintedAsCard(sizes: readonly number[]): boolean {
  const key = sizes.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true;
  return sizes.every((n, k) => (k < sizes.length - 1 ? n === 4 : n >= 1 && n <= 4));
}

// The other party's turns that may stand between two pieces of a card (an agent's "ok", "go
// on", "and the rest?"), and the sender's turns a card may be cut into (T63d).
const OTHERS_BETWEEN = 3;
const PIECES = 4;

/** A piece of a card: where it stands in the text, its digits, its groups' lengths. */
interface Piece {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly sizes: readonly number[];
}

/** The lengths of a run's groups. */
function sizesOf(run: NumberRun): number[] {
  const sizes: number[] = [];
  for (let k = 0; k < run.groupCount; k++) sizes.push(run.groupLength(k));
  return sizes;
}

/**
 * Where run `r` of `runs` ends a chat turn's line and the same sender's next turns carry the rest
 * of its card (see above), every piece pushed onto `found` at 0.96 (above a phone's reading of
 * any, as card.ts gives a card's lines): card.ts's recognizer asks it of each run before a line
 * break.
 *
 * The pieces: the run (in fours, or Amex's and Diners' first two groups, 4-6), then the sender's
 * next turns, each starting with a run or a card's last digit alone, up to {@link PIECES} in all;
 * a piece with anything after it on its line ends the card. Up to {@link OTHERS_BETWEEN} turns of
 * other senders may stand between two pieces ("[10:01] Ana: 4012 8888\n[10:01] Agent: ok\n[10:02]
 * Ana: 8888 1881"); a line of no turn, or a turn of the sender's that starts with no digit, ends
 * the walk. The pieces make a card where their groups, read in a row, are printed as a card is
 * ({@link piecesPrintedAsCard}), one separator kind throughout (a space or a dash), 13 to 19
 * digits, an issuer's first digit and Luhn-valid: the first pieces that do are pushed.
 *
 * @since 0.1.0
 */
export function cardAcrossTurns(
  s: string,
  runs: readonly NumberRun[],
  r: number,
  found: RecognizerMatch[],
): void {
  const tail = runs[r] as NumberRun;
  // The run ends its line (spaces before the break at most).
  let br = tail.end;
  while (br < s.length && (s.charCodeAt(br) === 32 || s.charCodeAt(br) === 13)) br++;
  if (s.charCodeAt(br) !== 10 || tail.digitCount < 4 || tail.digitCount > 18) return;
  // Every header ends with ": " on its line: asked first, of the text (no slice, no shape).
  const colon = s.indexOf(': ', br + 1);
  if (colon < 0 || colon > br + 80) return;
  const shape = tail.shape;
  if (!FOURS.test(shape) && !AMEX_HEAD.test(shape)) return;
  const sep = tail.groupCount > 1 ? s.charCodeAt(tail.groupEnd(0)) : 0;
  if (sep && !oneSeparator(tail, sep)) return;
  // Not glued to a word or a code; the tail's turn is a sender's.
  if (glues(s, tail.start - 1)) return;
  const sender = senderAt(s, s.lastIndexOf('\n', tail.start - 1) + 1);
  if (sender === undefined) return;
  const pieces: Piece[] = [
    { start: tail.start, end: tail.end, digits: tail.digits, sizes: sizesOf(tail) },
  ];
  let digits = tail.digitCount;
  let kind = sep;
  let line = br + 1;
  let others = 0;
  let h = r + 1;
  while (line < s.length && pieces.length < PIECES) {
    // The next line is a turn's header, then its text.
    const header = TURN.exec(s.slice(line, line + 81));
    if (header === null) return;
    const eol = s.indexOf('\n', line);
    const lineEnd = eol < 0 ? s.length : eol;
    if ((header[1] ?? header[2] ?? '').trim() !== sender) {
      if (++others > OTHERS_BETWEEN || eol < 0) return;
      line = eol + 1;
      continue;
    }
    others = 0;
    // The sender's turn starts with a run (the header's own digits, a date and a time, are runs
    // before it), or a card's last digit alone (a run holds two or more).
    const at = line + header[0].length;
    while (h < runs.length && (runs[h] as NumberRun).start < at) h++;
    const run = runs[h]?.start === at ? (runs[h] as NumberRun) : undefined;
    if (run === undefined && !isDigit(s.charCodeAt(at))) return;
    const end = run?.end ?? at + 1;
    if (run !== undefined && run.groupCount > 1) {
      const runSep = s.charCodeAt(run.groupEnd(0));
      if ((runSep !== 32 && runSep !== 45) || !oneSeparator(run, runSep)) return;
      if (kind && runSep !== kind) return;
      kind = runSep;
    }
    if (glues(s, end) || /^\.\d/.test(s.slice(end, end + 2))) return;
    pieces.push({
      start: at,
      end,
      digits: run?.digits ?? s.charAt(at),
      sizes: run === undefined ? [1] : sizesOf(run),
    });
    digits += run?.digitCount ?? 1;
    if (digits > 19) return;
    if (digits >= 13 && makesCard(pieces)) {
      for (const p of pieces) found.push({ start: p.start, end: p.end, confidence: 0.96 });
      return;
    }
    // A piece the turn goes on after ends the card; a lone digit is a card's last.
    let k = end;
    while (k < lineEnd && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 13)) k++;
    if (k < lineEnd || run === undefined || eol < 0) return;
    line = eol + 1;
  }
}

const FOURS = /^4(?:[ -]4)*$/;
const AMEX_HEAD = /^4[ -]6$/;

/** Whether `pieces`, read in a row, are a card (see {@link cardAcrossTurns}). */
function makesCard(pieces: readonly Piece[]): boolean {
  let digits = '';
  const sizes: number[] = [];
  for (const p of pieces) {
    digits += p.digits;
    sizes.push(...p.sizes);
  }
  return piecesPrintedAsCard(sizes) && turnsMakeCard(digits, '');
}
