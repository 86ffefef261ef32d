import type { Candidate } from './resolve.js';

/**
 * The confidence of the rest of a Luhn-valid run after a short number of its own, no card itself
 * (card.ts candidates, 1): below every built-in reading's (a phone's 0.8 and up, an id's 0.7, a
 * card's 0.6), so that any other reading of the rest types it, and the rest goes as a card only
 * where none does. Internal.
 */
export const SHORT_HEAD = 0.5;

// A number of one to three digits, a space, then a card ("Qty 20 4737 0103 5749 2737 74"): the
// card reading leaves the number (card.ts: no card is printed with such a first group), but the
// phone reading may dial the number with the card's first groups ("20 4737 0103" as an Egyptian
// number in the US, "0 4000 0566 5566" with Germany's trunk "0"), and the union of the two went
// as "Qty [CARD]": the order's quantity with it. Where the card reading's span is a card (more
// confident than SHORT_HEAD, the rest that card.ts leaves to a phone's reading: Luhn-valid, 13 to
// 19 digits), and the phone's span is that number, its space and a part of the card, the phone's
// span goes: the part of it in the card goes with the card, and the number, which only the phone
// reading wanted, stays (T69a). The two readings are the built-in recognizers of ids "card" and
// "phone", known by their ids: importing them here made a cycle through laterPass.ts that ran
// phone.ts's hand-over before laterPass.ts was read. Not where the phone reads past the card's end, nor where it
// starts with "+" or after a digit: a number the phone reading dials beyond the card, or a
// country code written as one, is left to the union (nothing leaks, as before).

/** The most digits of the number before the card that the phone reading's span may hold. */
const HEAD = 3;

/**
 * `candidates` without each phone reading's span that holds only a number of at most three digits
 * and a space before a card the card reading found, and a part of that card (see above); the
 * same array where there is none. Read by settle.ts before each pass's spans are resolved.
 */
export function keepCardHeads(text: string, candidates: Candidate[]): Candidate[] {
  // The end of each card found, by its start (most texts hold none: no map, no second loop).
  let cards: Map<number, number> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.recognizer.id !== 'card' || c.confidence <= SHORT_HEAD) continue;
    cards ??= new Map();
    cards.set(c.start, Math.max(c.end, cards.get(c.start) ?? 0));
  }
  if (cards === undefined) return candidates;
  let kept: Candidate[] | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as Candidate;
    if (c.recognizer.id === 'phone' && headOfCard(text, c, cards)) {
      kept ??= candidates.slice(0, k);
      continue;
    }
    kept?.push(c);
  }
  return kept ?? candidates;
}

/**
 * Whether the phone span `c` is a number of at most {@link HEAD} digits, a space, and a part of a
 * card of `cards` (start to end) that starts after that space.
 */
function headOfCard(text: string, c: Candidate, cards: ReadonlyMap<number, number>): boolean {
  const before = c.start > 0 ? text.charCodeAt(c.start - 1) : -1;
  if (before >= 48 && before <= 57) return false;
  let at = c.start;
  while (at < c.end && at - c.start < HEAD + 1 && isDigit(text.charCodeAt(at))) at++;
  if (at === c.start || at - c.start > HEAD || text.charCodeAt(at) !== 32) return false;
  const end = cards.get(at + 1);
  return end !== undefined && at + 1 < c.end && c.end <= end;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
