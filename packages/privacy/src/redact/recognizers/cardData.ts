// A card's verification code typed with no label right after the card (T63d, issue #14): "4111
// 1111 1111 1111 123", "…1111, 123", "…1111 123 12/27", "…1111 1227 123", the code on the line
// after the card. A customer copies a card's fields in a row as a form asks for them; cardCode.ts
// read a bare code only after the card and its expiry with a slash ("… / 12/27 / 123"), and the
// card recognizer left the card itself whole where more than four digits followed it in its run
// ("4111 1111 1111 1111 123 12/27" passed untouched: the run's 21 digits are no card, and a card
// at its start was read only with four digits or fewer after it).
//
// PCI DSS counts the code among the sensitive authentication data never kept after authorisation
// (cardCode.ts). Three or four digits after a number are as often an order's, a quantity's, an
// amount's, a house's or a time's, so the code goes only in the shapes a card's fields make:
// - right after a Luhn-valid card (13 to 19 digits printed as cards are, an issuer's first digit
//   2 to 6) and a space, a comma, a semicolon, a slash, a bar or a line break;
// - of the card's length for a code: three digits, or three or four after an American Express
//   card (15 digits from 34 or 37). Sources: the networks' lengths as payment providers state them
//   (Adyen's API reference, card.cvc: "CVV2/CVC2 – length: 3 digits * CID – length: 4 digits";
//   Mercado Pago's developer support 37018 rejects a 4-digit code on a Visa "which expects 3";
//   merchants' card forms: "four digits above your account number on the front" of an Amex, "the
//   last three digits" in the signature strip of a Visa, Mastercard or Discover; all read
//   2026-12-05). They disagree on Amex: Stripe accepts a 3-digit Amex code ("valid in some rare
//   cases", stripe/stripe-android#1959), so after an Amex three digits go too;
// - with the card's expiry before it (MMYY, "1227") or after it (MMYY or MM/YY) at most; an Amex's
//   two groups of four that each read as a month and a year are read as a form orders them, the
//   expiry first ("3782 822463 10005 1227 0128": 0128 goes as the code);
// - ending the message, its line or its sentence (a stop, a comma, ";", "!", "?", ")" and a space
//   or the end), or followed by a word that closes what the customer typed (a thanks, a please,
//   the code's own name: "… 1111 123 thanks", "… 123 merci", "… 123 cvv"; T64a): "123 items",
//   "123 Main Street", "123,45 zł", "123.50", "123:30", "123 adet" stay.
// Read from the shadow: Persian and Arabic-Indic digits are read as ASCII ones.
import { luhnValid } from '../checks/luhn.js';
import { isGlueLetter } from '../context.js';
import type { NumberRun } from '../runs.js';
import type { RecognizerMatch } from '../types.js';

/**
 * After a card's last digit: the gap (group 1: one or two spaces; a comma, semicolon, slash or bar
 * with spaces, the Arabic comma, the fullwidth comma and semicolon, the ideographic comma; a line
 * break with a space either side at most),
 * an expiry as MMYY and a space at most (group 2), the code (group 3), then an expiry at most
 * (MMYY, M/YY or MM/YYYY) after a gap. A literal, so redos.test.ts checks it; read on a slice of
 * 40 units.
 */
const AFTER_CARD =
  /^([ \t]{1,2}|[ \t]?[,;|/،，、；][ \t]{0,2}|[ \t]?\r?\n[ \t]?)((?:0[1-9]|1[0-2])\d\d[ \t]{1,2})?(\d{3,4})(?!\d)(?:(?:[ \t]{1,2}|[ \t]?[,;|/،，、；][ \t]{0,2})(?:0?[1-9]|1[0-2])(?:\/(?:20)?\d\d|\d\d)(?![\d/]))?/;

/** What follows a card's last digit (see {@link AFTER_CARD}): its code's bounds, and where the data read ends. */
export interface DataAfterCard {
  /** Where the code starts and ends. */
  readonly codeStart: number;
  readonly codeEnd: number;
  /** Where the code and the expiry read with it end. */
  readonly end: number;
}

/**
 * The code (and expiry) typed after a card's last digit at `at` of `s`, or undefined where the
 * text there is no such shape (see {@link AFTER_CARD}). Not asked whether anything follows.
 *
 * @since 0.1.0
 */
export function dataAfterCard(s: string, at: number): DataAfterCard | undefined {
  const m = AFTER_CARD.exec(s.slice(at, at + 40));
  if (m === null) return undefined;
  const codeStart = at + (m[1] as string).length + (m[2] ?? '').length;
  const code = m[3] as string;
  return { codeStart, codeEnd: codeStart + code.length, end: at + m[0].length };
}

/**
 * Whether a code of `length` digits is one the card `card` (its digits) prints: three, or four
 * after an American Express card (15 digits from 34 or 37). See the sources above.
 *
 * @since 0.1.0
 */
export function codeFitsCard(card: string, length: number): boolean {
  if (length === 3) return true;
  return length === 4 && card.length === 15 && (card.startsWith('34') || card.startsWith('37'));
}

// Marks that end a sentence or a clause, past ASCII: Arabic comma and semicolon, CJK full stop and
// comma, fullwidth ",", ";", "!" and "?".
const CLOSE = '،؛。、，；！？';

/**
 * Words that close what a customer typed after a card's data, read as its end (T64a): a thanks and
 * a please in the desk's languages, and the code's own names after it ("… 1111 123 cvv"). A
 * closed list, since any other word may count the number ("123 items", "123 adet", "321 Stück").
 * The thanks as Oxford Dictionaries gives them per country ("Obrigado! Takk! Di ou mèsi! How to
 * say 'thank you' around the world", blog.oxforddictionaries.com/2012/09/world-gratitude-day/,
 * read 2026-12-05: gracias, merci, danke, grazie, obrigado, dziękuję, спасибо, 謝謝, شكرا, ممنون,
 * ありがとう, cheers; English's thanks, thank you, and its written thx); the code's names are
 * cardCode.ts's network names (CVV2, CVC2, CID, CSC). Lower case, ASCII boundaries (no Unicode
 * class: each costs its compiling in every process).
 */
const CLOSING =
  /^(?:thanks?(?: you)?|thx|please|pls|cheers|gracias|por favor|merci|danke|bitte|grazie|obrigad[oa]|dzi[eę]kuj[eę]|dzi[eę]ki|prosz[eę]|спасибо|пожалуйста|te[sş]ekk[uü]rler|谢谢|謝謝|ありがとう|شكرا|ممنون|cvv2?|cvc2?|cid|csc)(?![a-z\d])/;

/**
 * Whether the data read ends its message, line or sentence at `k` of `s`: spaces, then the text's
 * end or a line break, or a stop, comma, ";", "!", "?" or ")" followed by a space or the end (or
 * one of {@link CLOSE}), or a word of {@link CLOSING} after a space, not glued to more letters.
 * "123.50", "123,45" and "123 items" end nothing.
 *
 * @since 0.1.0
 */
export function endsHere(s: string, k: number): boolean {
  const from = k;
  while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
  if (k >= s.length) return true;
  const c = s.charAt(k);
  if (c === '\n' || c === '\r' || CLOSE.includes(c)) return true;
  if ('.,;!?)'.includes(c)) return k + 1 >= s.length || /\s/.test(s.charAt(k + 1));
  if (k === from) return false;
  const m = CLOSING.exec(s.slice(k, k + 16).toLowerCase());
  return m !== null && !isGlueLetter(s.charAt(k + m[0].length));
}

/**
 * Whether the lengths of groups 0..c-1 of `run` are printed as a card is (fours but the last,
 * 4-6-5, 4-6-4, one group): card.ts's runGrouping read from the first group, restated here since
 * card.ts reads this file (cardData.prop.test.ts holds the two together).
 *
 * @since 0.1.0
 */
export function printedAsCard(run: NumberRun, c: number): boolean {
  if (c === 1) return true;
  const last = run.groupLength(c - 1);
  if (c === 3 && run.groupLength(0) === 4 && run.groupLength(1) === 6 && (last === 5 || last === 4))
    return true;
  for (let k = 0; k < c - 1; k++) if (run.groupLength(k) !== 4) return false;
  return last >= 1 && last <= 4;
}

/**
 * How many of the first groups of `run` are a card the code may follow: none where a "0" leads
 * it; all of them where the run is a Luhn-valid 13 to 19 digits (the card recognizer takes it
 * whole); else the first groups,
 * one separator between them, 13 to 19 digits printed as a card, an issuer's first digit (2 to 6)
 * and Luhn-valid, the fewest that are; 0 where none are.
 *
 * @since 0.1.0
 */
export function cardGroupsAtStart(run: NumberRun): number {
  const g = run.groupCount;
  // The digits read once (a getter; the loads of a string's methods were megamorphic here).
  const digits = run.digits;
  const first = digits.charCodeAt(0) - 48;
  // No card number starts with 0 (ISO/IEC 7812-1: major industry identifier 0 is no issuer's):
  // a run led by a trunk "0" or a "00" calling code that passes Luhn is a phone's, whatever the
  // card recognizer reads it as, and three digits after it are the next number's head ("1 / 0048
  // 512 345 678; 212\n555-0187" went as "…; [CARD_CODE]", V57a).
  if (first === 0) return 0;
  if (digits.length <= 19 && luhnValid(digits)) return g;
  if (first < 2 || first > 6) return 0;
  let length = 0;
  for (let c = 1; c < g; c++) {
    length += run.groupLength(c - 1);
    if (length > 19) return 0;
    if (c > 1 && run.sepAt(c - 2) !== run.sepAt(0)) return 0;
    if (length >= 13 && printedAsCard(run, c) && luhnValid(digits.slice(0, length))) return c;
  }
  return 0;
}

/**
 * Whether some first groups of `run`, fewer than all, may be the card {@link cardGroupsAtStart}
 * finds: 13 to 19 digits, one separator between them, printed as a card; its reading without the
 * digits' Luhn sums (true wherever it answers 1 to groupCount - 1, cardData.prop.test.ts).
 *
 * @since 0.1.0
 */
export function mayHoldCardBefore(run: NumberRun): boolean {
  let length = 0;
  for (let c = 1; c < run.groupCount; c++) {
    length += run.groupLength(c - 1);
    if (length > 19) return false;
    if (c > 1 && run.sepAt(c - 2) !== run.sepAt(0)) return false;
    if (length >= 13 && printedAsCard(run, c)) return true;
  }
  return false;
}

/**
 * The code typed bare after the card `run` starts with (see above), pushed onto `found` at 0.85:
 * cardCode.ts asks it of each run of 13 digits or more. Below a card's 0.9, so where a phone's
 * reading joins the card's last group and the code ("5555 5555 5555 4444 321" in Germany, an
 * area code and a number), the union goes as the card, not as a code.
 *
 * @since 0.1.0
 */
export function bareCodeAfterCard(s: string, run: NumberRun, found: RecognizerMatch[]): void {
  // Asked first, of a few units and the run's fields, before any Luhn or expression (T64a): most
  // card-length runs (an IMEI, an order's or a parcel's number, a card alone) end before a word
  // or the text's end, and the call read each one's digits twice (0.3% of a warm pass).
  // Where the card is the whole run, its code follows it: a digit in the five units after it
  // (AFTER_CARD's gap is one to four). Else the code is in the run, after a card of 13 digits or
  // more printed as one (its first group of four, or the card whole) with an issuer's first digit:
  // three digits or more after it.
  const g = run.groupCount;
  const after = digitSoonAfter(s, run.end);
  if (!after) {
    const first = s.charCodeAt(run.start);
    const head = run.groupLength(0);
    if (g === 1 || run.digitCount < 16 || first < 50 || first > 54) return;
    if (head !== 4 && head < 13) return;
    // The card is then some first groups of the run, not all of it: none where no first groups
    // are printed as one, asked before the run's digits and their Luhn sums (T69c: most runs that
    // get here are a card alone, "4111 1111 1111 1111", whose digits were read to find that).
    if (!mayHoldCardBefore(run)) return;
  }
  const c = cardGroupsAtStart(run);
  if (c === 0 || (c === g && !after) || glues(s, run.start - 1)) return;
  const cardEnd = run.groupEnd(c - 1);
  const data = dataAfterCard(s, cardEnd);
  // The data read holds the rest of the run: no other number goes on past it.
  if (data === undefined || data.end < run.end || !endsHere(s, data.end)) return;
  let digits = 0;
  for (let k = 0; k < c; k++) digits += run.groupLength(k);
  if (!codeFitsCard(run.digits.slice(0, digits), data.codeEnd - data.codeStart)) return;
  found.push({ start: data.codeStart, end: data.codeEnd, confidence: 0.85 });
}

/**
 * The card at the start of `run` with more than four digits after it in the run, which the card
 * recognizer's edge windows do not read (card.ts edgeWindow: four at most), pushed onto `found`
 * at 0.9: where its code and expiry follow ("4111 1111 1111 1111 123 12/27", "… 1227 123"), or
 * eight digits at most follow a space after it, not printed in fours (an amount, "… 1111 199.99",
 * a code and a month): each was left whole, a card in clear. Whatever follows the run: the card
 * goes where its code may not (fail closed). Not where the run is printed in fours throughout, its
 * last group shorter at most (a parcel's number printed so, "3145 6351 0790 4776 4154 77", 22
 * digits, holds a Luhn-valid 16 at its start one time in ten), unless its code and expiry are
 * those groups ("… 1227 123").
 *
 * @since 0.1.0
 */
export function cardBeforeItsData(s: string, run: NumberRun, found: RecognizerMatch[]): void {
  // A card of 13 to 19 digits and five to eight more (its code and expiry: 4 + 4 at most), after
  // an issuer's first digit: asked before any Luhn.
  const n = run.digitCount;
  const first = s.charCodeAt(run.start);
  if (n < 18 || n > 27 || first < 50 || first > 54) return;
  // A card printed as one starts the run: its first group of four, or the card whole (T64a).
  const head = run.groupLength(0);
  if (head !== 4 && (head < 13 || head > 19)) return;
  const c = cardGroupsAtStart(run);
  const g = run.groupCount;
  if (c === 0 || c === g || run.sepAt(c - 1) !== 32 || glues(s, run.start - 1)) return;
  let digits = 0;
  for (let k = 0; k < c; k++) digits += run.groupLength(k);
  const rest = run.digitCount - digits;
  if (rest <= 4) return;
  // The run printed in fours throughout, the card's groups too: a longer number's print (a
  // parcel's 4-4-4-4-4-2). A card printed whole or as Amex's 4-6-5 and fours after it is no such
  // print: "5124434717619721 1127 3267" left the card in clear, its code of four not a Mastercard's
  // (cardData.prop.test.ts at FC_SEED=-1771254333 with a space for its line break, T65c).
  let fours = run.groupLength(g - 1) <= 4;
  for (let k = 0; k < g - 1; k++) fours &&= run.groupLength(k) === 4;
  if (rest > 8 || fours) {
    const data = dataAfterCard(s, run.groupEnd(c - 1));
    if (data === undefined || data.end < run.end) return;
    if (!codeFitsCard(run.digits.slice(0, digits), data.codeEnd - data.codeStart)) return;
  }
  found.push({ start: run.start, end: run.groupEnd(c - 1), confidence: 0.9 });
}

/** Whether a digit stands in the five units of `s` from `k` (a gap of four at most, then a digit). */
function digitSoonAfter(s: string, k: number): boolean {
  const to = Math.min(s.length, k + 5);
  for (; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether the unit at `k` of `s` glues to a number: a digit or a letter that glues. */
function glues(s: string, k: number): boolean {
  if (k < 0 || k >= s.length) return false;
  const c = s.charCodeAt(k);
  return (c >= 48 && c <= 57) || isGlueLetter(s.charAt(k));
}
