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
// one line does). Each half goes as its own finding. Only two turns, only in fours: a card cut into
// three turns, or an Amex cut after its 6-digit group, is left (docs/privacy.md, known gaps).
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

const FOURS = /^4(?:[ -]4)*$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether the unit at `k` glues to a number: a digit, "_", "-" or a letter that glues. */
function glues(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return isDigit(c) || c === 95 || c === 45 || isGlueLetter(s.charAt(k));
}
const FOURS_THEN_LAST = /^(?:4[ -])*[1-4]$/;

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
 * Where run `r` of `runs` ends a chat turn's line and the same sender's next turn starts with the
 * rest of its card (see above), both halves pushed onto `found` at 0.96 (above a phone's reading
 * of either, as card.ts gives a card's lines): card.ts's recognizer asks it of each run before a
 * line break.
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
  if (colon < 0 || colon > br + 80 || !FOURS.test(tail.shape)) return;
  // The next line is a turn's header, then the run (the header's own digits, a date and a
  // time, are runs before it), or a card's last digit alone (a run holds two or more).
  const header = TURN.exec(s.slice(br + 1, br + 81));
  if (header === null) return;
  const sender = (header[1] ?? header[2] ?? '').trim();
  const at = br + 1 + header[0].length;
  let h = r + 1;
  while (h < runs.length && (runs[h] as NumberRun).start < at) h++;
  const head = runs[h]?.start === at ? (runs[h] as NumberRun) : undefined;
  const end = head?.end ?? at + 1;
  if (head === undefined && !isDigit(s.charCodeAt(at))) return;
  if (head !== undefined && !FOURS_THEN_LAST.test(head.shape)) return;
  const sep = tail.groupCount > 1 ? s.charCodeAt(tail.groupEnd(0)) : 0;
  const headSep = head !== undefined && head.groupCount > 1 ? s.charCodeAt(head.groupEnd(0)) : 0;
  if ((sep && !oneSeparator(tail, sep)) || (headSep && !oneSeparator(head as NumberRun, headSep)))
    return;
  if (sep && headSep && sep !== headSep) return;
  // Neither half glued to a word or a code; the tail's turn is the same sender's.
  if (glues(s, tail.start - 1) || glues(s, end) || /^\.\d/.test(s.slice(end, end + 2))) return;
  const lineStart = s.lastIndexOf('\n', tail.start - 1) + 1;
  if (senderAt(s, lineStart) !== sender) return;
  if (!turnsMakeCard(tail.digits, head?.digits ?? s.charAt(at))) return;
  found.push({ start: tail.start, end: tail.end, confidence: 0.96 });
  found.push({ start: at, end, confidence: 0.96 });
}
