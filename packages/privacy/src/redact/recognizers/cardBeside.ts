// A phone number and what stands right beside it, read together as one Luhn-valid run (V57a,
// issue #14): a time's minutes before it ("12:30 0044 20 7946 0018"), its hour after it ("+44 20
// 7946 0018 14:30"), a date's day after it ("+33 6 12 34 56 78 01.05.2024"), or a value of one
// or two digits before a number dialled out with "00" ("3 0044 20 7946 0018"). One time in ten
// the digits pass Luhn together, the card reading took them whole, and its union with the phone
// took the time's or the date's digits: "12:[PHONE]", "[PHONE]:30", "[PHONE].05.2024". No card is
// printed with a group of one or two digits at either end, and none starts with 0. Where the rest
// is a valid number whole, it goes below every other reading (cardHeads.ts SHORT_HEAD), typed by
// the phone reading, and the time's, the date's or the value's digits stay; else the run goes
// whole as before (fail closed).
import { isUnseenSpace } from '../digits.js';
import type { NumberRun } from '../runs.js';
import type { RecognizerMatch } from '../types.js';
import { dialled, phoneOptionsFor, WINDOW, whole, wrapAt } from './phone.js';
import { dateAfter, digitAt, shortDateAfter, uhrTimeAt, unitIn } from './phoneBeside.js';
import { outDialNumber } from './phoneOutDial.js';

// After the stretch: a colon and two digits, no third (a time's minutes after its hour), or a
// French "h" and its minutes or no letter ("14h30", "14h"); or a date's month and year after its
// day ("01.05.2024", "01/05/2024").
const TIME_AFTER = /^(?::\d\d(?!\d)|h\d\d(?!\d)|h(?![0-9A-Za-z]|[\u0080-\uffff]))/;
// (Since V58d or a short one with dots, a month of 1-12 and a year of two digits: ".05.24"; since
// V59g dotted pairs that are no date, three groups or more with the day's, phoneBeside.ts
// DOTTED_AFTER: ".05.24.78"; since V62c a fraction's or a month's "/" and one to three digits
// after its numerator, "… 0151 04541823 4/4", phone.ts fractionAfter: "[PHONE]/4".)
const DATE_AFTER =
  /^(?:[./-]\d{1,2}[./-](?:19|20)\d\d(?!\d)|\.(?:0?[1-9]|1[0-2])\.\d\d(?!\d|[./-]\d)|(?:\.\d{1,2}){2,}(?![\d.])|\/\d{1,3}(?![\d./-]))/;

/**
 * The phone number a Luhn-valid stretch [start, end) of `shadow` holds beside a time's or a date's
 * digits (see above), as the stretch to push at SHORT_HEAD; undefined where it holds none. A "+"
 * right before the stretch is read with it. Internal (card.ts).
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param start - The stretch's first digit.
 * @param end - Past its last digit.
 * @param country - The customer's country, whose numbers are read.
 * @returns The number's stretch, without the time's or date's digits, or undefined.
 * @since 0.1.0
 */
export function phoneBesideTime(
  shadow: string,
  start: number,
  end: number,
  country: string | undefined,
): RecognizerMatch | undefined {
  let from = start;
  let to = end;
  // The minutes of a time right before: two digits after "H:" or "HH:" (or "14h"), then a space.
  const mark = unitIn(shadow, start - 1);
  if ((mark === 58 || mark === 104) && digitAt(shadow, start - 2)) {
    if (!digitAt(shadow, start + 1) || unitIn(shadow, start + 2) !== 32) return undefined;
    from = start + 3;
  }
  const next = unitIn(shadow, end);
  const time = next === 58 || next === 104;
  const after = time
    ? TIME_AFTER.test(shadow.slice(end, end + 4))
    : (next === 46 || next === 47 || next === 45) && DATE_AFTER.test(shadow.slice(end, end + 11));
  // (Or a German time with a dot, "Uhr" after it, V58d: "… 14.30 Uhr", its minutes in the stretch
  // or, where the card reads the run's part before a dot, after it.)
  const uhr =
    next === 32
      ? uhrTimeAt(shadow, from, end)
      : next === 46
        ? uhrTimeAt(shadow, from, end + 3)
        : -1;
  if (after) {
    // Its hour or its day: one or two digits after a space.
    to = end - 1 - +digitAt(shadow, end - 2);
    if (to - 1 <= from || unitIn(shadow, to - 1) !== 32) return undefined;
    to--;
  } else if (uhr > 0) {
    to = uhr;
  } else if (from === start) {
    // Or a date whole in the stretch, after a space ("… 78 1990-11-06": a dash joins a run).
    const stretch = shadow.slice(start, end);
    // (A short date, a year of two digits, since V58d: the number before it is asked whole below.)
    const long = time ? -1 : dateAfter(stretch);
    const d = long >= 0 || time ? long : shortDateAfter(stretch);
    if (d < 0) return undefined;
    to = start + d;
  }
  const plus = unitIn(shadow, start - 1) === 43 && from === start ? 1 : 0;
  const read = shadow.slice(from - plus, to).trim();
  if (!whole(dialled(read), phoneOptionsFor(country))) return undefined;
  return { start: from, end: to, confidence: 0 };
}

/**
 * Where the number dialled out with "00" after the run's first group ends in the shadow, -1 where
 * none does: a value of one to eight digits (a count, a list's number, a time's minutes, an
 * order's number: no card is printed with a first group over four), a space the text holds, then a calling code dialled out with "00" that starts
 * a valid international number in `country`, where outDialNumber (phoneOutDial.ts) cuts the run
 * after the value: "3 0044 20 7946 0018", "tel 1 001 646 555-0199 7911", "Order 4711 0048 601
 * 234 567". The one reading of it (V58d): V57b's count and V57a's value were two, and the
 * outDialCut of a run was asked twice where the first failed. Where the number is wrapped at the
 * run's line end ("Order 12345 0044 7911\n123456", V59g), the run's end. Internal (card.ts).
 *
 * @param run - A run of digit groups.
 * @param text - The text (an invisible space is no space between a value and a number).
 * @param country - The customer's country.
 * @returns The offset past the number's last unit in the shadow, or -1.
 * @since 0.1.0
 */
export function valueBeforeOutDial(
  run: NumberRun,
  text: string,
  country: string | undefined,
): number {
  if (run.groupCount < 2 || run.groupLength(0) > 8 || run.sepAt(0) !== 32) return -1;
  const { shadow } = run;
  const at = run.groupStart(1);
  // (Two units first: most runs' second group is no "00"; V57h.)
  if (at !== run.groupEnd(0) + 1 || unitIn(shadow, at) !== 48 || unitIn(shadow, at + 1) !== 48)
    return -1;
  if (isUnseenSpace(text, run.groupEnd(0))) return -1;
  const read = shadow.slice(run.start, run.end);
  const options = phoneOptionsFor(country);
  const dial = outDialNumber(read, options);
  if (dial !== undefined) return dial.cut === run.groupLength(0) ? run.start + dial.end : -1;
  // (Or with the next line's first digits, the number wrapped at the line's end: "Order 12345 0044
  // 7911\n123456", V59g. The run's part from the head goes; the phone reading takes the rest.)
  const wrap = wrapAt(shadow, run.end, run.end + WINDOW);
  if (wrap === null) return -1;
  const wrapped = outDialNumber(`${read} ${wrap.tail}`, options);
  return wrapped !== undefined && wrapped.cut === run.groupLength(0) && wrapped.end > read.length
    ? run.end
    : -1;
}

// A calling code in brackets right before a run, a space between: "(+44) ", "(0044) ", "(00 44) ".
const BRACKETED_CODE = /\((?:\+|00 ?)[1-9]\d{0,2}\) $/;

/**
 * Where the valid number that a calling code in brackets right before the run starts ends in the
 * run, -1 where none does (V59g): "(00 44) 20 7946 0018 4711", the code, the number's groups and
 * an order's number after them. No card is printed after a calling code; the run's groups passed
 * Luhn whole (one time in ten) and went as a card, whose union with the phone took the order's
 * number ("[PHONE]" where "+44 20 7946 0018 4711" kept it). The longest number that ends at one
 * of the run's groups, read with the code dialled ("00" as "+"), a parse per group, asked only
 * after such a code. Internal (card.ts).
 *
 * @param run - A run of digit groups.
 * @param country - The customer's country.
 * @returns The offset past the number's last group in the shadow, or -1.
 * @since 0.1.0
 */
export function codeBeforeRun(run: NumberRun, country: string | undefined): number {
  const { shadow, start } = run;
  if (unitIn(shadow, start - 2) !== 41) return -1;
  const m = BRACKETED_CODE.exec(shadow.slice(Math.max(0, start - 9), start));
  if (m === null) return -1;
  const options = phoneOptionsFor(country);
  for (let k = run.groupCount - 1; k >= 0; k--) {
    const end = run.groupEnd(k);
    if (whole(dialled(`${m[0]}${shadow.slice(start, end)}`), options)) return end;
  }
  return -1;
}

/**
 * Whether `run` starts with a year alone (1900-2099: four digits, "19" or "20" first), a space
 * the text holds after it, and more groups: a date's year or an order's year written before a
 * card or a phone ("ref 2026 4111 1111 1111 1111", "tel 2005 07407 579459"). No card's first group
 * is one alone that reads so with the rest (V63c): card.ts then reads the rest apart. Asked by
 * the first group's length and its first two units before the space's unit in the text.
 * Internal (card.ts).
 *
 * @param run - A run of digit groups.
 * @param text - The text the run is read from (a space it holds, not an unseen one).
 * @returns Whether a year alone leads the run.
 * @since 0.1.0
 */
export function yearLeadsRun(run: NumberRun, text: string): boolean {
  if (run.groupCount < 2 || run.groupLength(0) !== 4 || run.sepAt(0) !== 32) return false;
  const { shadow, start } = run;
  const c = shadow.charCodeAt(start);
  const d = shadow.charCodeAt(start + 1);
  return (
    ((c === 49 && d === 57) || (c === 50 && d === 48)) && !isUnseenSpace(text, run.groupEnd(0))
  );
}
