// Values a number stands beside that make it an article's, an order's or a version's (V58c,
// issue #14): a list's next value printed as its first, a quantity's "3 x", a version's "v".
//
// A list of values printed alike after one label. A reference label (an order's,
// an invoice's, a shipment's) names the value right after it (context.ts: a digit ends its
// reach), and a list's next values, written as the first is, stood with no label: "Bestellnummer
// 4711 0815, 4711 0816 2 Stück" read "4711 0816 2" as a German number of any length, and it went
// while the first stayed. A value printed as the list's first (its groups' lengths and
// separators, a count after it or not) is the list's, and reads the label the first reads.

import { isDigitAt } from '../digits.js';

// The words that join a list's last value to the one before it, in the desk's languages (lower
// case, read between spaces): "4711 0815 und 4711 0816", "n° 4711 et 4712".
const JOINS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'and',
  'or',
  'und',
  'oder',
  'sowie',
  'et',
  'ou',
  'y',
  'o',
  'e',
  'en',
  'of',
  'og',
  'eller',
  'och',
  'i',
  'lub',
  'oraz',
  'ja',
  'tai',
  'és',
  'vagy',
  've',
  'veya',
  'dan',
  'atau',
  'và',
  'и',
  'と',
  'или',
  'و',
  'या',
  'और',
]);

// What may stand around a join: spaces, and a line's end.
const SPACES = ' \n\r';

// The most values a list is read back over, and the most units a join between two may hold.
const MAX_VALUES = 8;
const MAX_JOIN = 8;

/**
 * The groups of digits of the value `shadow` holds at [from, to) as a print: each group's length
 * and the separator after it ("4711 0815" -> "4 4"; "12-345" -> "2-3"), or undefined where it is no
 * value of digits in groups of single separators (" ", "-", "."; with `wrapped`, a line break
 * between two groups stands for a space). Internal (phoneSlash.ts reads
 * a "/" list's values with it too).
 *
 * @since 0.1.0
 */
export function groupsPrintOf(
  shadow: string,
  from: number,
  to: number,
  wrapped = false,
): string | undefined {
  let print = '';
  let run = 0;
  for (let k = from; k < to; k++) {
    if (isDigitAt(shadow, k)) {
      run++;
      continue;
    }
    // (With `wrapped`, a list's value before the number found, wrapped at its line's end between
    // two groups, "8752\n2189", is printed with a space there: the break stands for it, V59f. The
    // number found is read so no more than before: "0151\n23456789" is a wrapped phone's.)
    const c = wrapped && shadow.charAt(k) === '\n' ? ' ' : shadow.charAt(k);
    if (run === 0 || (c !== ' ' && c !== '-' && c !== '.')) return undefined;
    print += `${run}${c}`;
    run = 0;
  }
  return run === 0 ? undefined : `${print}${run}`;
}

/**
 * Where the join before `at` of `shadow` starts (spaces, then "," ";" "&" "/" or a word of
 * {@link JOINS}, then spaces, back to a digit): -1 where none stands there.
 */
function joinBefore(shadow: string, at: number): number {
  let k = at;
  // (A list wrapped at its line's end after its join: "4711 0815,\n4711 0816".)
  while (k > 0 && SPACES.includes(shadow.charAt(k - 1))) k--;
  const c = shadow.charAt(k - 1);
  if (c === ',' || c === ';' || c === '&' || c === '/') k--;
  else {
    let w = k;
    while (w > 0 && at - w <= MAX_JOIN && /[\p{L}\p{M}]/u.test(shadow.charAt(w - 1))) w--;
    if (w === k || w === 0 || !SPACES.includes(shadow.charAt(w - 1))) return -1;
    if (!JOINS.has(shadow.slice(w, k).toLowerCase())) return -1;
    k = w;
  }
  while (k > 0 && SPACES.includes(shadow.charAt(k - 1))) k--;
  return k < at && isDigitAt(shadow, k - 1) ? k : -1;
}

/**
 * Where the list's first value starts, where the number `text` found at `start` of `shadow` is a
 * list's next value printed as that first one is, a count after it or not: each value before it
 * back to the first joined to the next by a "," ";" "&" or a joining word ({@link JOINS}), each
 * printed alike. -1 where no value printed so stands joined right before it. The caller reads the
 * labels before the value returned ("Bestellnummer 4711 0815, 4711 0816 2 Stück": "Bestellnummer").
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param start - Where the number found starts.
 * @param text - The number as found.
 * @returns The first value's start, or -1.
 */
export function listHeadBefore(shadow: string, start: number, text: string): number {
  // (A number read as a " / " list's piece is found with the space after the "/": "Auftrag 9345
  // 9459 / 1908\n7313 / 6411 3461" found " 6411 3461", V59f. The value starts past it.)
  let lead = 0;
  while (text.charCodeAt(lead) === 32) lead++;
  // No join right before it, no list: most numbers found, their print not made (V62e).
  if (joinBefore(shadow, start + lead) < 0) return -1;
  const own = groupsPrintOf(text, lead, text.length);
  if (own === undefined) return -1;
  let head = -1;
  let print: string | undefined;
  let at = start + lead;
  for (let n = 0; n < MAX_VALUES; n++) {
    const end = joinBefore(shadow, at);
    if (end < 0) break;
    const from = valueStart(shadow, end);
    const value = groupsPrintOf(shadow, from, end, true);
    // A value printed otherwise, or glued to a letter or a sign ("A-4711", "€4711"): no list's.
    if (value === undefined || (print !== undefined && value !== print)) break;
    if (from > 0 && !LIST_OPENS.includes(shadow.charAt(from - 1))) break;
    if (print === undefined) {
      // The number found holds the value's print, then at most a count of one or two digits:
      // a last group whose print is "1" or "2" (its length). (The print's length was read: a last
      // group of any width up to nine digits, one unit of print, passed as a count's, and
      // "Bestellung 4711, 0151 23456789" read the mobile as the list's next value, V61a.)
      if (own !== value && own !== `${value} 1` && own !== `${value} 2`) break;
      print = value;
    }
    head = from;
    at = from;
  }
  return head;
}

/** Where the value of digits that ends at `end` of `shadow` starts (a separator only between two). */
function valueStart(shadow: string, end: number): number {
  let from = end;
  while (from > 0 && (isDigitAt(shadow, from - 1) || ' -.\n'.includes(shadow.charAt(from - 1)))) {
    // (A separator only between two digits: a space before the value ends it.)
    if (!isDigitAt(shadow, from - 1) && !isDigitAt(shadow, from - 2)) break;
    from--;
  }
  return from;
}

// What may stand before a list's first value.
const LIST_OPENS = ' \t\n\r(,;&/';

/**
 * Where the first value of the list whose next value `at` of `shadow` starts stands, each value
 * before `at` joined to the next by a "," ";" "&" or a joining word ({@link JOINS}), each digits
 * in groups of single separators, printed alike or not; -1 where no value stands joined right
 * before `at`. The caller reads the labels there: "Bestellung 4711, 4712 0151 23456789" (V63b).
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param at - Where the list's next value starts.
 * @returns The first value's start, or -1.
 * @since 0.1.0
 */
export function listStartBefore(shadow: string, at: number): number {
  let head = -1;
  for (let n = 0, k = at; n < MAX_VALUES; n++) {
    const end = joinBefore(shadow, k);
    if (end < 0) break;
    const from = valueStart(shadow, end);
    if (groupsPrintOf(shadow, from, end, true) === undefined) break;
    if (from > 0 && !LIST_OPENS.includes(shadow.charAt(from - 1))) break;
    head = from;
    k = from;
  }
  return head;
}

/**
 * Whether a quantity and its sign of times stand right before `at` of `shadow`: one to three
 * digits alone, then "x", "X" or "×" between spaces or glued to them ("3 x ", "3x ", "2 × "):
 * the value after it, no trunk "0" first, is an article's number ("3 x 494-2821035 1 Stück" went
 * as a German number, "8 × 2024-305287" as a Japanese one; V58c).
 */
export function quantityBefore(shadow: string, at: number): boolean {
  // (A number led by its trunk "0" is written as a phone is at home, a count before it or not:
  // "3x 0151 23456789 angerufen".)
  if (shadow.charCodeAt(at) === 48 || shadow.charCodeAt(at) === 40) return false;
  let k = at;
  while (k > 0 && SPACES.includes(shadow.charAt(k - 1))) k--;
  if (k === at) return false;
  const x = shadow.charAt(k - 1);
  if (x !== 'x' && x !== 'X' && x !== '×') return false;
  k--;
  while (k > 0 && SPACES.includes(shadow.charAt(k - 1))) k--;
  let d = k;
  while (d > 0 && isDigitAt(shadow, d - 1)) d--;
  if (k - d < 1 || k - d > 3) return false;
  return d === 0 || !/[\p{L}\p{N}.,/+-]/u.test(shadow.charAt(d - 1));
}

/**
 * Whether the number `text` found at `start` of `shadow` is a version's: digits in four groups
 * or more, a "." between each, right after a "v" or "V" alone and a space ("v 4.79.7366.3883":
 * went as a German number of any length; "version" and "build" name one already, keywords.ts).
 * No phone is printed with a "v" before it; the dots and groups keep a Czech or Slovak "v" ("in")
 * before a time or a phone out ("v 9.30", "v 602 123 456").
 */
export function versionMarkBefore(shadow: string, start: number, text: string): boolean {
  if (shadow.charCodeAt(start - 1) !== 32) return false;
  const v = shadow.charAt(start - 2);
  if ((v !== 'v' && v !== 'V') || /[\p{L}\p{N}]/u.test(shadow.charAt(start - 3))) return false;
  return /^\d+(?:\.\d+){3,}$/.test(text);
}

// Four digits, no trunk "0" first, then three pairs apart alike ("7549 69.63.93", "4711 12 50 99",
// "9147 58-83-95"): an article's number or a price list's row. No numbering plan prints a number
// so without its trunk "0" (Sweden's "0771-23 45 67", Belgium's "0471 12 34 56" and Germany's
// "0711 12 34 56" lead with it), and "Preis 4711 12.50.99" went as a German number, "5753
// 97.47.46" as a US one (V60a: 44 of 6,000 generated codes).
const FOUR_THEN_PAIRS = /^[1-9]\d{3}[ .-]\d\d([ .-])\d\d\1\d\d$/;

/**
 * Whether the number `text` is printed as four digits, no trunk "0" first, then three pairs apart
 * alike ({@link FOUR_THEN_PAIRS}): a shape no numbering plan prints (libphonenumber's national
 * format prints no valid number of any country so, 2026-12-07); phone.ts `accept` keeps it where
 * no label names it (V60a). Internal.
 *
 * Greece dials no trunk "0" at all: its plan (EETT's national numbering plan, ten digits since
 * 2002) leads a mobile with "69" where other plans lead one with their trunk, so in Greece a
 * "69" so printed is the customer's mobile ("6912 34 56 78", V61d), as "0612 34 56 78" is in the
 * Netherlands; a product's code printed so that leads with "69" is a valid Greek mobile too.
 *
 * @param text - The number found (the shadow: ASCII digits).
 * @param country - The text's country (the locale's), if known.
 * @returns Whether it has that shape (and is no Greek mobile, in Greece).
 * @since 0.1.0
 */
export function fourThenPairs(text: string, country?: string): boolean {
  return (
    text.length === 13 && FOUR_THEN_PAIRS.test(text) && !(country === 'GR' && text.startsWith('69'))
  );
}
