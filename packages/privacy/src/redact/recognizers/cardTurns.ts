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
import { defineRecognizer } from '../defineRecognizer.js';
import { type NumberRun, numberRuns } from '../runs.js';
import type { Recognizer, RecognizerContext, RecognizerMatch } from '../types.js';

/**
 * A chat export's turn header at a line's start, and its sender (group 1 or 2): WhatsApp iOS
 * "[04/12/2026, 14:03] Ana: ", a bracketed time "[10:01] Ana: " or "[10:01 AM] Ana: " (Slack
 * and Teams copies, Telegram's), WhatsApp Android "04/12/2026 14:03 - Ana: "; or a plain "Ana: ",
 * a name of letters (a transcript's). The shapes auditShapes.test.ts reads.
 */
const TURN =
  /^(?:(?:\[[^\]\n]{1,32}\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)? -) ?([^:\n]{1,40})|(\p{L}[\p{L} .'-]{0,30})): /u;

/**
 * The sender of the turn header at the start of `line` (see {@link TURN}), or undefined.
 *
 * @since 0.1.0
 */
export function turnSender(line: string): string | undefined {
  const m = TURN.exec(line);
  return m === null ? undefined : (m[1] ?? m[2] ?? '').trim();
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

function findCardsAcrossTurns(context: RecognizerContext): RecognizerMatch[] {
  const s = context.shadow;
  const found: RecognizerMatch[] = [];
  const runs = numberRuns(context) as readonly NumberRun[];
  for (let r = 0; r < runs.length; r++) {
    const tail = runs[r] as NumberRun;
    // The run ends its line (spaces before the break at most).
    let br = tail.end;
    while (br < s.length && (s.charCodeAt(br) === 32 || s.charCodeAt(br) === 13)) br++;
    if (s.charCodeAt(br) !== 10 || tail.digitCount < 4 || tail.digitCount > 18) continue;
    if (!FOURS.test(tail.shape)) continue;
    // The next line is a turn's header, then the run (the header's own digits, a date and a
    // time, are runs before it), or a card's last digit alone (a run holds two or more).
    const header = TURN.exec(s.slice(br + 1, br + 81));
    if (header === null) continue;
    const sender = (header[1] ?? header[2] ?? '').trim();
    const at = br + 1 + header[0].length;
    let h = r + 1;
    while (h < runs.length && (runs[h] as NumberRun).start < at) h++;
    const head = runs[h]?.start === at ? (runs[h] as NumberRun) : undefined;
    const end = head?.end ?? at + 1;
    if (head === undefined && !isDigit(s.charCodeAt(at))) continue;
    if (head !== undefined && !FOURS_THEN_LAST.test(head.shape)) continue;
    const sep = tail.groupCount > 1 ? s.charCodeAt(tail.groupEnd(0)) : 0;
    const headSep = head !== undefined && head.groupCount > 1 ? s.charCodeAt(head.groupEnd(0)) : 0;
    if ((sep && !oneSeparator(tail, sep)) || (headSep && !oneSeparator(head as NumberRun, headSep)))
      continue;
    if (sep && headSep && sep !== headSep) continue;
    // Neither half glued to a word or a code; the tail's turn is the same sender's.
    if (/[\p{L}\p{N}_-]/u.test(s.charAt(tail.start - 1))) continue;
    if (/[\p{L}\p{N}_-]/u.test(s.charAt(end)) || /^\.\d/.test(s.slice(end, end + 2))) continue;
    const lineStart = s.lastIndexOf('\n', tail.start - 1) + 1;
    if (senderAt(s, lineStart) !== sender) continue;
    if (!turnsMakeCard(tail.digits, head?.digits ?? s.charAt(at))) continue;
    // Above a phone's reading of either half (card.ts gives a card's lines 0.96 so).
    found.push({ start: tail.start, end: tail.end, confidence: 0.96 });
    found.push({ start: at, end, confidence: 0.96 });
    if (head !== undefined) r = h;
  }
  return found;
}

/**
 * A payment card cut across two chat turns of one sender ("[10:01] Ana: card 4111 1111\n[10:02]
 * Ana: 1111 1111"): the last run of a turn and the first of the sender's next turn, printed in
 * fours and together a Luhn-valid card of 13 to 19 digits with an issuer's first digit. Each
 * half goes as `card`.
 *
 * @since 0.1.0
 */
export const cardTurnsRecognizer: Recognizer = /* @__PURE__ */ defineRecognizer({
  id: 'card-turns',
  type: 'card',
  placeholder: '[CARD]',
  find: findCardsAcrossTurns,
});
