import { isDigitAt } from './digits.js';
import type { Candidate } from './resolve.js';

/**
 * The confidence of the rest of a Luhn-valid run after a short number of its own, no card itself
 * (card.ts candidates, 1): below every built-in reading's (a phone's 0.8 and up, an id's 0.7, a
 * card's 0.6), so that any other reading of the rest types it, and the rest goes as a card only
 * where none does. Internal.
 */
export const SHORT_HEAD = 0.5;

// A number of one to three digits, a space, then a card ("Qty 20 4737 0103 5749 2737 74"): the card
// reading leaves the number (card.ts: no card is printed with such a first group), but the phone
// reading may dial the number with the card's first groups ("20 4737 0103" as an Egyptian number in
// the US, "0 4000 0566 5566" with Germany's trunk "0"), and the union of the two went as "Qty
// [CARD]": the order's quantity with it. Where the card reading's span is a card (more confident
// than SHORT_HEAD, the rest that card.ts leaves to a phone's reading: Luhn-valid, 13 to 19 digits),
// and the phone's span is that number, its space and a part of the card, the phone's span goes: the
// part of it in the card goes with the card, and the number, which only the phone reading wanted,
// stays (T69a). The two readings are the built-in recognizers of ids "card" and "phone", known by
// their ids: importing them here made a cycle through laterPass.ts that ran phone.ts's hand-over
// before laterPass.ts was read. Not where the phone reads past the card's end, nor where it starts
// with "+" or after a digit: a number the phone reading dials beyond the card, or a country code
// written as one, is left to the union (nothing leaks, as before).

// Whether the card recognizer found anything since cardsNoted last read it: settle asks for the
// phone spans before a card only then. A loop over every text's candidates, and a map for every
// text with a card, made hotPass.sh redact 1 8 count 722.9M; 722.4M without them (main 721.4M).
let cards = false;

/** Note that the card recognizer found a card (card.ts), for {@link cardsNoted}. */
export function noteCards(): void {
  cards = true;
}

/**
 * Whether the card recognizer found anything since the last call (a call outside settle's passes
 * may leave it `true` for the next: the phone spans are then read for nothing, never skipped).
 */
export function cardsNoted(): boolean {
  const noted = cards;
  cards = false;
  return noted;
}

/** The most digits of the number before the card that the phone reading's span may hold. */
const HEAD = 3;

/**
 * `candidates` without each phone reading's span that holds only a number of at most three digits
 * and a space before a card the card reading found, and a part of that card (see above); the
 * same array where there is none. Read by settle.ts before each pass's spans are resolved.
 */
export function keepCardHeads(text: string, candidates: Candidate[]): Candidate[] {
  // The end of each card found after such a number, by the number's start: most cards stand after
  // a word or a label (no map, no second loop; a map made for every text with a card cost 0.06%).
  let heads: Map<number, number> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.recognizer.id !== 'card' || c.confidence <= SHORT_HEAD) continue;
    const head = headBefore(text, c.start);
    if (head < 0) continue;
    heads ??= new Map();
    heads.set(head, Math.max(c.end, heads.get(head) ?? 0));
  }
  if (heads === undefined) return candidates;
  let kept: Candidate[] | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    const end = c.recognizer.id === 'phone' ? heads.get(c.start) : undefined;
    // The card starts after the number and its space; the phone's span ends inside it.
    if (end !== undefined && c.end <= end && c.end > cardAfter(text, c.start)) {
      kept ??= candidates.slice(0, k);
      continue;
    }
    kept?.push(c);
  }
  return kept ?? candidates;
}

/**
 * Where the number of one to {@link HEAD} digits before a space before `start` starts (not after
 * a digit: no part of a longer number), or -1 where `start` has none before it.
 */
function headBefore(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return -1;
  let k = start - 1;
  while (k > 0 && start - 1 - k < HEAD + 1 && isDigitAt(text, k - 1)) k--;
  const digits = start - 1 - k;
  return digits === 0 || digits > HEAD ? -1 : k;
}

/** Where the card after the number at `head` and its space starts (see {@link headBefore}). */
function cardAfter(text: string, head: number): number {
  let at = head;
  while (isDigitAt(text, at)) at++;
  return at + 1;
}
