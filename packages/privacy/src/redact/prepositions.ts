import { foldWord, lastEnd, letterAt, withoutMarks } from './context.js';
import { REFERENCE_WORDS } from './keywords.js';

// A form's label names its field: a noun phrase whose head is the label word ("Order number",
// "Tracking number for your order", "Your order #:"). A line that puts its reference word after a
// preposition is about the order, not the order's field: a message's first line or a mail's
// subject ("About my order", "Re: my order", "Question regarding the invoice", "Help with my
// order"), and the value under it is no order's number. English only (the desk's messages write
// these openers in English; other languages' are a known gap); "of" is not one, it builds a noun
// phrase ("Number of your order"). "re", "fw", "fwd" open a mail's subject (a reply, a forward).
const OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'about',
  'regarding',
  'concerning',
  'for',
  'with',
  'on',
  'from',
  'in',
  'to',
  're',
  'fw',
  'fwd',
]);

// Prepositions that join a reference to the label before them, as its qualifier: "the ESN for my
// order is …", "the ESN of my order was …" (a device's id, named by the order it came with).
const QUALIFIERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'for',
  'of',
  'on',
  'from',
  'in',
  'with',
]);

/**
 * The word of `s` from `at` to its end, folded (marks dropped), and its end: its letters and the
 * combining diacritical marks after them (context.ts letterAt, isMark, the label fold's one rule).
 */
function wordFrom(s: string, at: number): [string, number] {
  let e = at;
  while (letterAt(s, e)) e++;
  return [foldWord(withoutMarks(s.slice(at, e))), e];
}

/**
 * Whether the line above the value at `start` (which starts its line, a quote aside: context.ts
 * formLabel read that line as an order's label) puts a preposition of {@link OPENERS} before its
 * first reference word: "About my order\n(212) 555-0187" is a sentence over a phone, and kept it
 * as the order's number. A form's label goes on naming its value ("Order number\n…", "Tracking
 * number for your order\n…").
 */
export function proseAbove(shadow: string, start: number): boolean {
  let at = start;
  if (shadow.charCodeAt(at - 1) === 34) at--; // '"'
  if (shadow.charCodeAt(at - 1) !== 10) return false;
  // formLabel read the line above only where it holds 40 units at most: this search is as short.
  const from = shadow.lastIndexOf('\n', at - 2) + 1;
  for (let k = from; k < at - 1; ) {
    if (!letterAt(shadow, k)) {
      k++;
      continue;
    }
    const [word, e] = wordFrom(shadow, k);
    // No reference word before it: the phrase it opens holds the line's first.
    if (OPENERS.has(word) && lastEnd(shadow, from, k, REFERENCE_WORDS) < 0) return true;
    k = e;
  }
  return false;
}

/**
 * Whether the words between a label ending at `after` and its value at `start` (words of letters
 * and spaces only: card.ts WORDS_BETWEEN) qualify the label with a reference rather than name
 * another value: a preposition of {@link QUALIFIERS} first, and a word that is no reference word
 * last, right before the value ("ESN for my order is 8A3F2B1C": the order's word is the ESN's
 * qualifier, "is" names the value the ESN's). A reference word last names the value its own
 * ("ESN for order 8A3F2B1C" stays).
 */
export function qualifiedLabel(shadow: string, after: number, start: number): boolean {
  let k = after;
  while (k < start && !letterAt(shadow, k)) k++;
  if (!QUALIFIERS.has(wordFrom(shadow, k)[0])) return false;
  let last = start;
  while (last > k && !letterAt(shadow, last - 1)) last--;
  while (last > k && letterAt(shadow, last - 1)) last--;
  return lastEnd(shadow, last, start, REFERENCE_WORDS) < 0;
}
