// A token that reads whole right after a card's or a phone's digits, a space between (V60c, issue
// #14): an amount with its decimals ("63,45 €", "1.234,56", "2,630.48 USD", "10,5 %"), a date
// ("2026-12-06", "06.12.2026", "06/12/26"), a time ("12:30", "14h30", "14.30 Uhr") or a version
// ("4.2.4"). A reading that took the token's first digits left the rest of it after its
// placeholder ("HZG-[CARD],45 €", "codice articolo [CARD]-12-06", "[PHONE],02 €"): the digit runs
// join groups with spaces, dashes and dots, and a phone's span reads dots, so the token's first
// group was one more group of the number. A reading now ends before such a token or takes it
// whole: card.ts reads the run's groups before it and after it apart, and phone.ts ends a span
// before an amount's whole part (beforeAmount).
import { isDigitAt, unitAt } from '../digits.js';
import { dialled, type PhoneOptions, WINDOW, whole } from './phone.js';

// An amount's whole part, in thousands or not, then its decimals: one or two digits after a comma
// or a point, nothing after them that goes on as a number ("1.234.567" and "12.34.56" are none).
// Since V61c a whole part of up to six digits without thousands' marks, no "0" first ("1849.71",
// "1658,43"; "000 0128.50" is a card's code and an amount):
// "card 2221 3496 3518 0458 1849.71" left the card whole.
const AMOUNT =
  /^(?:[1-9]\d{0,2}([.,'])\d{3}(?:\1\d{3})*|\d{1,3}|[1-9]\d{3,5})[.,]\d{1,2}(?![\d]|[.,]\d)/;
// A date: the year first as ISO 8601 writes it (1900-2099, a month and a day), or a day and a
// month in either order (each 1-31, one of them 1-12 is not asked: a print's order is unknown)
// then a year of four digits or two, one separator throughout; nothing after it that goes on.
const DATE =
  /^(?:(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|[12]\d|3[01])\2(?:(?:19|20)\d\d|\d\d))(?!\d|[-/.,:]\d)/;
// A time: an hour of 0-23, minutes (and seconds) after a colon, or after a French "h"; or a German
// time with a dot and "Uhr" after it.
const TIME =
  /^(?:(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?!\d)|(?:[01]?\d|2[0-4])\.[0-5]\d [Uu]hr(?![A-Za-z]))/;
// A month and a year of four digits, in either order, one mark between ("06/2026", "2026-06"): a
// card's expiry or a statement's month (V61c: "06/2026 4111 1111 1111 1111" and "5594 2833 3821
// 7535 2025-12" left the card whole). An expiry of two digits ("12/27") is cardData.ts's.
const MONTH_YEAR =
  /^(?:(?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2]))(?!\d|[-/.,:]\d)/;
// The same after a space in a phone's span, a "(" before it or not (monthYearAfter).
// (A literal, MONTH_YEAR's body after " \(?", as redos.test.ts reads every pattern; each is
// asked on the same months and years by a property of cardEdges.prop.test.ts.)
const MONTH_YEAR_AFTER =
  / \(?(?:(?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2]))(?!\d|[-/.,:]\d)/;

/**
 * Where a phone span's text `part` holds a month and a year after a space ("+48 512 448 376
 * 01/1991", "+44 7409 410686 1997-05"; see MONTH_YEAR): the offset of that space, or -1. The
 * span held both and no number was read (V61c); the caller cuts there only where what precedes
 * is a valid number alone, as after a short date. Internal (phonesIn).
 *
 * @param part - The span's text (the shadow: ASCII digits).
 * @returns The space's offset in `part`, or -1.
 * @since 0.1.0
 */
export function monthYearAfter(part: string): number {
  const m = MONTH_YEAR_AFTER.exec(part);
  return m === null ? -1 : m.index;
}

// A fraction or a month and a year of two digits after a space, a word whole ("1/3", "06/90",
// "1/10"): one or two digits, a "/", one to three digits, a space or the part's end after them.
const FRACTION_AFTER = / \d{1,2}\/\d{1,3}(?= |$)/;

/**
 * Where a phone span's text `part` holds a fraction or a month and a two-digit year after a space
 * ("+49 1511 7787950 1/3", "+61 412 854 868 06/90"; see FRACTION_AFTER): the offset of that
 * space, or -1. "/" is a phone's mark ("030/1234567"), so the span held both and no number was
 * read (V62c); the caller cuts there only where what precedes is a valid number alone and the
 * part whole is none ("8/8" is a number's last group as often). Internal (phonesIn).
 *
 * @param part - The span's text (the shadow: ASCII digits).
 * @returns The space's offset in `part`, or -1.
 * @since 0.1.0
 */
export function fractionAfter(part: string): number {
  const m = FRACTION_AFTER.exec(part);
  return m === null ? -1 : m.index;
}

// A year of 1900-2099 alone, then a space and a digit, "+" or "(".
const YEAR_FIRST = /^(?:19|20)\d\d [\d+(]/;

/**
 * Whether a phone span's text `part`, no longer than a window, starts with a year alone and a space
 * ("2015 512 228 090"), the rest one valid number and the part whole none: the year is cut off
 * and the number read alone (V62c). "2012 3456" is a Danish mobile whole, and stays one.
 * Internal (phonesIn).
 *
 * @param part - The span's text (the shadow: ASCII digits).
 * @param options - The customer's country's phone options.
 * @returns Whether the year is cut off.
 * @since 0.1.0
 */
export function yearBefore(part: string, options: PhoneOptions): boolean {
  return (
    part.length <= WINDOW &&
    YEAR_FIRST.test(part) &&
    whole(dialled(part.slice(5)), options) &&
    !whole(dialled(part), options)
  );
}

/**
 * Whether the phone span [s, e) of `shadow`, no longer than a window, starts as YEAR_FIRST reads
 * one ("19" or "20", two digits, a space, a digit, "+" or "("), read by the units' codes: the gate
 * before {@link yearBefore}'s label and two parses, which V62c asked of each span whose first
 * space was its fifth unit (V62c2). Internal (phonesIn).
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param s - The span's start.
 * @param e - The span's end.
 * @returns Whether a year may lead the span.
 * @since 0.1.0
 */
export function yearLeads(shadow: string, s: number, e: number): boolean {
  if (e - s <= 5 || e - s > WINDOW) return false;
  const c = unitAt(shadow, s);
  const d = unitAt(shadow, s + 1);
  const n = unitAt(shadow, s + 5);
  return (
    ((c === 49 && d === 57) || (c === 50 && d === 48)) &&
    isDigitAt(shadow, s + 2) &&
    isDigitAt(shadow, s + 3) &&
    unitAt(shadow, s + 4) === 32 &&
    ((n >= 48 && n <= 57) || n === 43 || n === 40)
  );
}

// A version of three parts ("4.2.4", "10.18.5"), nothing after it that goes on as a number.
const VERSION = /^\d{1,2}\.\d{1,2}\.\d{1,3}(?!\d|\.\d)/;

// An amount's unit right after it, a space or NBSP between or not: a currency's sign, a percent
// sign, or an ISO 4217 code's three capitals ("414.52 INR", "12.50€", "49.0%").
const UNIT_AFTER = /^[ \u00a0]?(?:\p{Sc}|%|[A-Z]{3}(?!\p{L}))/u;

/** Whether `c` is a unit a token's first group may end at: , . : / - h ' */
function tokenMark(c: number): boolean {
  return c === 44 || c === 46 || c === 58 || c === 47 || c === 45 || c === 104 || c === 39;
}

/**
 * Where a token that starts at `at` of `shadow` ends (an amount with its decimals, a date, a time
 * or a version; see above), or -1 where none does. Asked only where a mark and a digit follow the
 * group at `at` (`groupEnd`): most groups end at a space or the text's end, and are not read.
 * Internal (card.ts).
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param at - A digit group's first digit.
 * @param groupEnd - Past that group's last digit.
 * @returns The token's end, or -1.
 * @since 0.1.0
 */
export function tokenEndAt(shadow: string, at: number, groupEnd: number): number {
  if (groupEnd + 1 >= shadow.length || !tokenMark(unitAt(shadow, groupEnd))) return -1;
  const d = unitAt(shadow, groupEnd + 1);
  if (d < 48 || d > 57) return -1;
  const part = shadow.slice(at, at + 24);
  const m =
    DATE.exec(part) ??
    TIME.exec(part) ??
    AMOUNT.exec(part) ??
    VERSION.exec(part) ??
    MONTH_YEAR.exec(part);
  return m === null ? -1 : at + m[0].length;
}

/**
 * Where a token that ends at or past `at` of `shadow` would start: `at`, or where the digits
 * and marks right before it start ("06/" of "06/12/2026", "14:" of "14:30", "12," of "12,50"),
 * no further back than a token's length; a digit run starts after such a mark only where the
 * mark joins no run (a slash, a colon, a comma). Internal (card.ts leadToken).
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param at - A run's first digit.
 * @returns The first digit of what may be a token that runs into `at`, or `at`.
 * @since 0.1.0
 */
export function tokenStartBefore(shadow: string, at: number): number {
  if (at === 0 || !tokenMark(unitAt(shadow, at - 1))) return at;
  const low = Math.max(0, at - 16);
  let s = at - 1;
  while (s > low && (isDigitAt(shadow, s - 1) || tokenMark(unitAt(shadow, s - 1)))) s--;
  while (s < at && !isDigitAt(shadow, s)) s++;
  return s;
}

/**
 * The start of the phone span [s, e) of `shadow` past an amount whose decimals or thousands start
 * it, a comma right before the span ("am 1,002.06 4111 …", "12,50 4711 0815 …"): the digits
 * after the comma went as the number's first groups, or as a "00" that dials out, and the
 * amount's whole part stayed before the placeholder ("am 1,[PHONE]", "12,[PHONE] [PHONE]";
 * V61c). The amount is read as tokenEndAt reads one after a card, from its first digit
 * (tokenStartBefore). The next digit, "+" or "(" past it; `s` where no amount runs into the span.
 * Internal (phonesIn).
 *
 * @param shadow - The text's shadow.
 * @param s - The span's start, a comma right before it.
 * @param e - The span's end.
 * @returns Where the number may start past the amount, or `s`.
 * @since 0.1.0
 */
export function afterAmount(shadow: string, s: number, e: number): number {
  const at = tokenStartBefore(shadow, s);
  if (at === s) return s;
  let g = at;
  while (isDigitAt(shadow, g)) g++;
  const m = g < s ? AMOUNT.exec(shadow.slice(at, at + 24)) : null;
  if (m === null || at + m[0].length <= s) return s;
  return numberStartFrom(shadow, at + m[0].length, e);
}

/**
 * The start of the phone span [s, e) of `shadow` past a token that starts it, a space after it: a
 * version after a "v" ("v4.6.7 06 12 23 05 79") or an amount after a currency's sign, a space
 * between or not ("$1573.49 0412 257 343"). The token's digits went as the number's first
 * groups and no number was read (V62c). Asked where the span's first digits end at a point (no
 * other token's mark is a phone's). The next digit, "+" or "(" past it; `s` where no such token
 * starts the span; `e` where the token is all of it. Internal (phonesIn).
 *
 * @param shadow - The text's shadow.
 * @param s - The span's start.
 * @param e - The span's end.
 * @returns Where the number may start past the token, or `s`.
 * @since 0.1.0
 */
export function afterLeadToken(shadow: string, s: number, e: number): number {
  let g = s;
  while (g < e && isDigitAt(shadow, g)) g++;
  if (g === s || g >= e || unitAt(shadow, g) !== 46 || s === 0) return s;
  const c = unitAt(shadow, s - 1);
  const sign = c === 32 && s > 1 ? unitAt(shadow, s - 2) : c;
  const led =
    c === 118 || c === 86 ? VERSION : SIGN.test(String.fromCharCode(sign)) ? AMOUNT : null;
  const m = led === null ? null : led.exec(shadow.slice(s, s + 24));
  if (m === null) return s;
  const k = s + m[0].length;
  // (A token that is all of the span leaves nothing: "$2839.46" went as a German number.)
  if (k === e) return e;
  if (k > e || unitAt(shadow, k) !== 32) return s;
  return numberStartFrom(shadow, k, e);
}

// An amount's whole part of one to three digits, its cents after a point, a space after them.
const CENTS_FIRST = /^\d{1,3}\.\d\d /;

/**
 * The start of the phone span [s, e) of `shadow` past an amount with its cents after a point and
 * no sign before it, a space after it ("Karte 43.33 6011 1966 5555 6082", "Summe 43.33 0151
 * 23456789"), where the span whole is no valid number: a German number took the amount's digits
 * as its first groups ("Summe [PHONE] 23456789"; with a card after it, the card's union, "Karte
 * [CARD]", V63c). Asked where a point stands second, third or fourth in the span (phonesIn). The
 * next digit, "+" or "(" past the space; `s` where no such amount starts the span. Internal
 * (phonesIn).
 *
 * @param shadow - The text's shadow.
 * @param s - The span's start.
 * @param e - The span's end.
 * @param options - The customer's country's phone options.
 * @returns Where the number may start past the amount, or `s`.
 * @since 0.1.0
 */
export function afterCents(shadow: string, s: number, e: number, options: PhoneOptions): number {
  const m = CENTS_FIRST.exec(shadow.slice(s, s + 8));
  if (m === null || s + m[0].length >= e || whole(dialled(shadow.slice(s, e)), options)) return s;
  return numberStartFrom(shadow, s + m[0].length, e);
}

/**
 * The first digit, "+" or "(" of `shadow` from `k` on, before `e` (where a number may start past
 * a token that afterAmount, afterLeadToken or afterCents cut off a span's start); `e` where none.
 *
 * @param shadow - The text's shadow.
 * @param k - Where the token ends.
 * @param e - The span's end.
 * @returns The offset of the number's first character, or `e`.
 */
function numberStartFrom(shadow: string, k: number, e: number): number {
  while (k < e && !isDigitAt(shadow, k) && unitAt(shadow, k) !== 43 && unitAt(shadow, k) !== 40)
    k++;
  return k;
}

// A currency's sign ("$", "€", "£", "₹").
const SIGN = /^\p{Sc}$/u;

/**
 * The end of the phone span [s, e) of `shadow` with an amount that ends it left out: its whole
 * part after the span's last space, its decimals after it in the span ("414.52") or right past
 * its end ("845,02 €", "2,630.48 USD", "10,5 %"). The amount's first digits went as the
 * number's last group, and its decimals stayed after the placeholder ("[PHONE],02 €"). Cut
 * before the space, past any phone character that no digit or ")" ends (as phoneSpans ends a
 * span); `e` where no amount ends the span. Internal (phonesIn).
 *
 * @param shadow - The text's shadow.
 * @param s - The span's start.
 * @param e - The span's end (a digit or ")" before it).
 * @returns The span's end before the amount, or `e`.
 * @since 0.1.0
 */
export function beforeAmount(shadow: string, s: number, e: number): number {
  // The amount's whole part: at most 3 digits, or thousands after dots ("1.021") inside the span.
  let k = e;
  const low = Math.max(e - 16, s);
  while (k > low && unitAt(shadow, k - 1) !== 32) k--;
  if (k <= low || k === e) return e;
  const m = AMOUNT.exec(shadow.slice(k, e + 16));
  if (m === null || k + m[0].length < e) return e;
  // Decimals after a point inside the span are the span's own groups too ("+49 30 1234567
  // 14.60": Berlin's numbers have many lengths): an amount only where its unit follows. (Since
  // V63c not after a whole part of four digits or more, no mark in it: no number's print joins
  // such a group to its next with a point, and "card 5164 2078 9826 9727 1974.04" went whole.)
  if (
    k + m[0].length === e &&
    !(isDigitAt(shadow, k + 1) && isDigitAt(shadow, k + 2) && isDigitAt(shadow, k + 3)) &&
    !UNIT_AFTER.test(shadow.slice(e, e + 5))
  )
    return e;
  k--;
  while (k > s && !isDigitOrClose(unitAt(shadow, k - 1))) k--;
  return k;
}

function isDigitOrClose(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 41;
}
