// A code glued to its letters, then groups of digits (V59i, issue #14): "SKU AT50 1121 9236 2645 4
// Stk.", "réf. XJ08 7505 1496 4700 1", an article's or a shipment's code printed as an IBAN is
// (two letters, two digits, then fours) but of no IBAN's length. card.ts read the groups after
// the glued head as a card where they passed Luhn (one time in ten): "SKU AT50 [CARD] Stk.". No
// card is printed glued to a word (card.ts, reading 0), and the groups after such a head are a
// card only where they are printed whole as an issuer prints a card: 4-4-4-4, Amex 4-6-5, Diners
// 4-6-4, 4-4-4-4-3 (Braintree's credit-card-type, src/lib/card-types.ts, the gaps of twelve
// brands: 4, 8, 12 and 4, 10; read 2026-12-04, as card.ts cites). A last group of one to three
// digits after fours ("4-4-4-1") is a code's tail or a count. One group alone is a device's id
// after its model ("Galaxy S24 867542039182731", reading 0) and goes as before; so does the run
// whole where it passes Luhn (the rule: never a Luhn-valid 13-19 digit run left).
import { luhnValid } from '../checks/luhn.js';
import type { NumberRun } from '../runs.js';
import { SHIPPING_WORDS } from '../shippingWords.js';

/**
 * Whether groups a..b-1 of `run` are printed whole as an issuer prints a card: 4-4-4-4, 4-6-5,
 * 4-6-4 or 4-4-4-4-3, whatever separators part them (fail closed: "4111-1111 1111 1111" after a
 * glued head is a card typed carelessly, and goes).
 *
 * @param run - The run of digit groups.
 * @param a - The first group.
 * @param b - One past the last group.
 * @returns True where the groups are a card's whole print.
 * @example
 * // "1121 9236 2645 4": false; "4111 1111 1111 1111": true.
 * @since 0.1.0
 */
export function printedAsIssued(run: NumberRun, a: number, b: number): boolean {
  const n = b - a;
  if (n === 3) {
    const last = run.groupLength(a + 2);
    return run.groupLength(a) === 4 && run.groupLength(a + 1) === 6 && (last === 5 || last === 4);
  }
  if (n !== 4 && n !== 5) return false;
  for (let k = a; k < a + 4; k++) if (run.groupLength(k) !== 4) return false;
  return n === 4 || run.groupLength(a + 4) === 3;
}

/**
 * Whether the groups of `run` after its first, that first glued to letters before it, may be read
 * as a card apart from it: one group (a device's id after its model), or a card's whole print
 * ({@link printedAsIssued}).
 *
 * @param run - The run, its first group glued to letters.
 * @returns False where the groups after the head are a code's, not a card's.
 * @since 0.1.0
 */
export function restAfterGlueMayBeCard(run: NumberRun): boolean {
  return run.groupCount === 2 || printedAsIssued(run, 1, run.groupCount);
}

// A shipment's number of 20 digits printed in fours after a tracking word (V59i): "tracking number
// 5780 5335 7576 5198 6208". Its first 16 digits pass Luhn one time in ten and went as a card with
// four digits left (card.ts edgeWindow: a card and its PIN or a year). A card is printed in four
// groups, a tracking word names a shipment, and the run whole is no card's length, so nothing
// Luhn-valid of 13-19 digits is left. The words: shippingWords.ts's, and the tracking words of
// the locales it lacks (fr "suivi", pt "rastreamento", it "tracciamento", ja "追跡"); a card's
// word between the two still names a card ("tracking, card 4111 …").
const TRACKING = [...SHIPPING_WORDS, 'suivi', 'rastream', 'tracciament', '追跡'];
const CARD_WORD = /card|kart|carte|tarjeta|cart[ãa]o|カード|卡/;

/**
 * Whether `run` is a shipment's number in fours: five groups of four digits, a tracking word
 * before it on its line, within 32 characters, and no card's word after that word.
 *
 * @param run - A run of 20 digits or more.
 * @param text - The text the run was read from.
 * @returns True where the run's first 16 digits are no card.
 * @example
 * // "tracking number 5780 5335 7576 5198 6208": true; "5780 5335 7576 5198 6208": false.
 * @since 0.1.0
 */
export function shipmentInFours(run: NumberRun, text: string): boolean {
  if (run.groupCount !== 5 || run.digitCount !== 20) return false;
  const from = Math.max(text.lastIndexOf('\n', run.start - 1) + 1, run.start - 32);
  const before = text.slice(from, run.start).toLowerCase();
  let at = -1;
  for (const w of TRACKING) at = Math.max(at, before.lastIndexOf(w));
  return at >= 0 && !CARD_WORD.test(before.slice(at));
}

/**
 * Whether `run`, a shipment's number in fours after its tracking word ({@link shipmentInFours}),
 * its first group a year (card.ts asks yearLeadsRun first), holds a card after that year: its
 * last sixteen digits pass Luhn and open with an issuer's digit (2-6). "tracking number 2026 4111
 * 1111 1111 1111" left the card whole (V64a, issue #14: never a Luhn-valid 13-19 digit run left):
 * no carrier's number of twenty digits opens with a year (DHL's and GS1's "00", USPS's "70"-"71"
 * and "03"), and a year's shipment numbers hold such a stretch one time in twenty.
 *
 * @param run - A run of five groups of four digits.
 * @returns True where the groups after the first are a card's.
 * @example
 * // "2026 4111 1111 1111 1111": true; "2026 4111 1111 1111 1112": false.
 * @since 0.1.0
 */
export function cardAfterYear(run: NumberRun): boolean {
  const rest = run.digits.slice(4);
  const first = rest.charCodeAt(0);
  return first >= 50 && first <= 54 && luhnValid(rest);
}
