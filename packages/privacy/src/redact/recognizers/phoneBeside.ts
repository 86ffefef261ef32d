// What stands right beside a number inside one span of phone-ish text (V57a, issue #14): a date
// with its year, or the hour of a time, after the number. A span is every phone character in a
// row, so "+1 212 555-0187 2024-05-01" is one span: it holds a date, and mayAccept (phone.ts)
// drops a span that holds one ("30.11.2024-02.12.2024" is a period, no number), with the number
// before the date. And "+1 212 555-0187 14:30" ends at the colon: the hour "14" ended the span,
// and the number took it as a lone last group ("[PHONE]:30"). The span is cut before either:
// what precedes is read as before, the date or the time stays.
import { unitAt } from '../digits.js';

// A space, a "(" or none, then a date with its year (phone.ts HOLDS_DATE's two orders: a day and a
// month then a year of 1900-2099, or the year first as ISO 8601 writes it), no digit after it. The
// space sets it apart from what precedes: a date glued to a number by "-" or "/" is left to
// HOLDS_DATE ("30.11.-02.12.2024", a period).
const DATE_AFTER =
  / \(?(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?!\d)/;
// Since V58d, a day, a month and a year of two digits with dots, as Germany writes them short
// ("+49 30 1234567 01.05.24"): a day of 1-31 and a month of 1-12, nothing after it that goes on
// as a number ("01.05.24.78" is one in pairs). Its year's two digits went as the number's last
// groups, and the date with it.
const SHORT_DATE_AFTER = / \(?(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d\d(?!\d|[./-]\d)/;
/**
 * Where a span's text `part` holds a date with its year after a space ("+1 212 555-0187
 * 2024-05-01", "+49 30 1234567 01.05.2024", "+1 212 555-0187 (05/01/2024)"): the offset of that
 * space, the end of what is read before the date; -1 where none does. Internal (phonesIn).
 *
 * @param part - The span's text (the shadow: ASCII digits).
 * @returns The space's offset in `part`, or -1.
 * @since 0.1.0
 */
export function dateAfter(part: string): number {
  const m = DATE_AFTER.exec(part);
  return m === null ? -1 : m.index;
}

/**
 * Where a span's text `part` holds a short date after a space, a year of two digits ("+49 30
 * 1234567 01.05.24"; see SHORT_DATE_AFTER): the offset of that space, or -1. A number may hold
 * such groups ("+49 30 12.05.24"): the caller cuts there only where what precedes is a valid
 * number alone (V58d). Internal (phonesIn; cardBeside.ts).
 *
 * @param part - The span's text (the shadow: ASCII digits).
 * @returns The space's offset in `part`, or -1.
 * @since 0.1.0
 */
export function shortDateAfter(part: string): number {
  const m = SHORT_DATE_AFTER.exec(part);
  return m === null ? -1 : m.index;
}

// Since V59g, a run of groups of one or two digits joined by dots, three or more, after a space
// ("+49 30 1234567 01.05.24.78": no date, a ".78" after it): what precedes it may be a number.
const DOTTED_AFTER = / \(?\d{1,2}(?:\.\d{1,2}){2,}(?![\d.])/;

/**
 * Where a span's text `part` holds a run of dotted pairs after a space (see DOTTED_AFTER): the
 * offset of that space, or -1. The caller cuts there only where what precedes is a valid number
 * alone and the part whole is none (V59g: the part stayed whole, the number with it). Internal
 * (phonesIn).
 *
 * @param part - The span's text (the shadow: ASCII digits).
 * @returns The space's offset in `part`, or -1.
 * @since 0.1.0
 */
export function dottedRunAfter(part: string): number {
  const m = DOTTED_AFTER.exec(part);
  return m === null ? -1 : m.index;
}

/**
 * The unit at `k` of `s`, 0 outside it: no read before its start or past its end (a read out of
 * bounds, NaN, threw phonesIn out of its compiled code, T56d). Internal (cardBeside.ts too).
 *
 * @param s - The text.
 * @param k - An index, in it or not.
 * @returns The UTF-16 unit, or 0.
 * @since 0.1.0
 */
export function unitIn(s: string, k: number): number {
  return k >= 0 && k < s.length ? unitAt(s, k) : 0;
}

/**
 * Whether the unit at `k` of `s` is an ASCII digit, `k` inside `s` (no read past its end).
 * Internal (cardBeside.ts too).
 *
 * @param s - The text.
 * @param k - An index, in it or not.
 * @returns True for "0" to "9" at `k`.
 * @since 0.1.0
 */
export function digitAt(s: string, k: number): boolean {
  if (k < 0 || k >= s.length) return false;
  const c = unitAt(s, k);
  return c >= 48 && c <= 57;
}

/**
 * Whether a time's mark follows its hour at `e` of `shadow`: a colon and two digits, no third
 * ("14:30"), or an "h" (French, "14h30", "14h"), two digits or no letter nor digit after it.
 */
function timeMark(shadow: string, e: number): boolean {
  const c = unitIn(shadow, e);
  if (c !== 58 && c !== 104) return false;
  const minutes = digitAt(shadow, e + 1) && digitAt(shadow, e + 2) && !digitAt(shadow, e + 3);
  if (c === 58 || minutes) return minutes;
  const n = e + 1 < shadow.length ? unitAt(shadow, e + 1) : 32;
  return !digitAt(shadow, e + 1) && !((n | 0x20) >= 97 && (n | 0x20) <= 122) && n < 0x80;
}

/**
 * The end of the span [s, e) of `shadow` with the hour of a time that ends it left out: one or
 * two digits after a space, then, right after the span, a time's mark (a colon and two digits,
 * no third, or an "h": timeMark): "+1 212 555-0187 14:30", "… 9:05", "+33 6 12 34 56 78 14h30".
 * The hour and the minutes are a time, no part of the number. Cut before the space, past any
 * phone character that no digit or ")" ends (as phoneSpans ends a span); `e` where no time
 * follows. Internal (phonesIn).
 *
 * @param shadow - The text's shadow.
 * @param s - The span's start.
 * @param e - The span's end (a digit or ")" before it).
 * @returns The span's end before the time's hour, or `e`.
 * @since 0.1.0
 */
export function beforeTime(shadow: string, s: number, e: number): number {
  if (!timeMark(shadow, e) || !digitAt(shadow, e - 1)) return e;
  let k = e - 1;
  if (digitAt(shadow, k - 1)) k--;
  if (k - 1 <= s || unitAt(shadow, k - 1) !== 32) return e;
  k--;
  while (k > s && !digitAt(shadow, k - 1) && unitAt(shadow, k - 1) !== 41) k--;
  return k;
}

/**
 * The start of the span [s, e) of `shadow` past the minutes of a time that starts it: two digits
 * right after "H:" or "HH:" (or a French "14h"), then a space ("12:30 0044 20 7946 0018", "9:05
 * 0033 6 12 34 56 78", "14h30 +1 212 555-0187"): the span starts at the minutes (a colon ends
 * none), which read whole with the number as its trunk-led first group, or glued to the "h" as
 * a code's end, and the number stayed. The next digit, "+" or "(" past them; `s`
 * where no time ends before it. Internal (phonesIn).
 *
 * @param shadow - The text's shadow.
 * @param s - The span's start.
 * @param e - The span's end.
 * @returns Where the number may start past the minutes, or `s`.
 * @since 0.1.0
 */
export function afterMinutes(shadow: string, s: number, e: number): number {
  const mark = unitIn(shadow, s - 1);
  if ((mark !== 58 && mark !== 104) || !digitAt(shadow, s - 2) || !digitAt(shadow, s + 1)) return s;
  if (unitIn(shadow, s + 2) !== 32) return s;
  let k = s + 3;
  while (k < e && !digitAt(shadow, k) && unitIn(shadow, k) !== 43 && unitIn(shadow, k) !== 40) k++;
  return k;
}

/**
 * Where a German time written with a dot ends the span [s, e) of `shadow`, "Uhr" after it: the
 * offset of the space before its hour, or -1 ("+49 30 1234567 14.30 Uhr": the hour and the
 * minutes went as the number's last groups, Berlin's numbers having many lengths, V58d). An
 * hour of 0-24 (one or two digits after a space), a dot, minutes of 00-59, then a space and
 * "Uhr" ("uhr"), no letter after it: the word says it is a time (a price is written so too).
 * Internal (phonesIn; cardBeside.ts).
 *
 * @param shadow - The text's shadow.
 * @param s - The span's start.
 * @param e - The span's end.
 * @returns The space's offset before the hour, or -1.
 * @since 0.1.0
 */
export function uhrTimeAt(shadow: string, s: number, e: number): number {
  if (unitIn(shadow, e) !== 32 || (unitIn(shadow, e + 1) | 0x20) !== 117) return -1;
  if (unitIn(shadow, e + 2) !== 104 || unitIn(shadow, e + 3) !== 114) return -1;
  const n = unitIn(shadow, e + 4);
  if ((n | 0x20) >= 97 && (n | 0x20) <= 122) return -1;
  if (!digitAt(shadow, e - 1) || !digitAt(shadow, e - 2) || unitIn(shadow, e - 3) !== 46) return -1;
  if (unitIn(shadow, e - 2) > 53) return -1;
  const k = e - 4;
  if (!digitAt(shadow, k)) return -1;
  const hour = digitAt(shadow, k - 1) ? k - 1 : k;
  if (hour - 1 <= s || unitIn(shadow, hour - 1) !== 32) return -1;
  if (hour < k && (unitIn(shadow, hour) - 48) * 10 + unitIn(shadow, k) - 48 > 24) return -1;
  return hour - 1;
}
