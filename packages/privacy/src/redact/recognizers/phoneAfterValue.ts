// A phone right after the value an order's, an invoice's or a shipment's label names (V61a,
// issue #14). A reference label names the first value after it (context.ts: a digit ends its
// reach), but a span of phone characters holds that value and the phone after it as one
// ("Bestellung 4711 0151 23456789", "Order #4711 (212) 555-0187", "Rechnung 4711 / 0151
// 23456789"): its labels, read at its start, were the order's, and the gate (mayAccept) dropped
// the whole span, the phone with it, where "Order #4711, 212-555-0187" went. A rest printed as
// the customer's country prints a phone and valid whole is no part of the order's number: the
// span is cut before it, and the rest reads its own labels (none: the value's digits end the
// order's reach). (Not with no label: "Kunde 4711 0151 23456789" keeps "23456789" as on main;
// asking every spaced span cost a third more of the pass.) Long values in
// groups stay whole: digits in groups of one width ("Sendung 0034 0434 1234 5678 90", a DHL
// number), a rest of spaces only in fewer than nine digits or printed neither with a trunk nor at
// home ("Bestellung 12345 0815 4711", "Bestellung 4711 2023 0815"), a rest valid as no number
// ("Auftrag 298 404 893"). Since V64i, a mobile in groups after the value: in one width
// whole where the rest after the first group, and not that group, starts with the trunk "0" and
// reads as a mobile ("Bestellung 4711 0151 2345 6789"; not "Parcel 2000 0300 0000 003", a UK
// non-geographic number, nor "Sendung 0034 0434 …"), and a rest of spaces only with no trunk
// that reads as a mobile in any groups ("Pedido 4711 612 345 678", a Spanish mobile in threes).

import { dateAfter } from './phoneBeside.js';
import { monthYearAfter } from './tokenAfter.js';

// The value: groups of digits, one space or "-" between two ("4711 0815", "433-04956719"); not a
// dot ("35.681236 139.767125", a place's degrees). Or a list of such values, " / " between two
// ("4711 / 4712", V63b).
const VALUE = /^\d+(?:(?:[ -]| \/ )\d+)*$/;
// A value's list that goes on past the space: " /" ends what is read so far.
const LISTED = / \/$/;
// A list's next value first in a rest: three digits or more, a space after them.
const LIST_NEXT = /^\d{3,}(?= )/;
// A dash or a slash between spaces after the value: the value, then the phone.
const APART = /^ [-/] /;
const APART_IN = / [-/] /;
// A group "00" and a calling code, apart or glued, or "00" last ("1 0044", "3 00 34", "3 00"); not
// "0000".
const CALLING = /(?:^| )00(?: ?[1-9]\d{0,2})?(?= |$)/;
// A rest printed as a phone whatever the country: a bracket first, a dash or a dot between two
// digits (a trunk-led or a spaced rest is read below).
const PHONE_PRINT_MARK = /^\(\d|\d[-.]\d/;
// A rest of digits and spaces alone, a "/" glued between two digits or not ("0151/23456789"), led
// by a trunk "0": a list's " / " or a count's " - " in it is no phone's ("4711 0815 / 4712 0816",
// "… 5678 90 - 2 Pakete" read as German numbers of any length).
const TRUNK = /^0[1-9]\d*(?:[ /]\d+)*$/;
// The same with no "/" and no trunk, to be read as printed at home.
const SPACED = /^\d+(?: \d+)+$/;

/**
 * Where the span `slice`, which an order's label names (its labels at its start are a
 * reference's), ends its value and starts a phone: at the last space after
 * which (and a " - " or " / " or not) the rest is printed as a phone (a bracket, a dash or a dot;
 * or, in nine digits or more, a trunk "0" first or the groups of the national format: `home`)
 * and valid whole (`valid`), the value before it groups of digits, or a list of such values with
 * " / " between two (its next value may open the rest after a " / ": the later cut then), the
 * span no value in groups of one width; undefined where there is none. Internal (phone.ts cuts
 * the span there).
 *
 * @param slice - The span's text (the shadow: ASCII digits), no "+" in it.
 * @param valid - Whether a rest is a valid number whole where the customer is.
 * @param home - Whether a rest's groups are those of its national format.
 * @param mobile - Whether a rest is valid whole as a mobile (libphonenumber's type MOBILE) where
 * the customer is (V64i).
 * @returns Where the value ends and the phone starts in `slice`, or undefined.
 * @since 0.1.0
 */
export function phoneAfterValue(
  slice: string,
  valid: (rest: string) => boolean,
  home: (rest: string) => boolean,
  mobile: (rest: string) => boolean,
): ValueThenPhone | undefined {
  // (Digits in one width are one value's, but a trunk-led mobile after a first group led by none:
  // "4711 0151 2345 6789", a German mobile in fours after a value in fours, V64i.)
  if (inGroups(slice) && !trunkMobileAfterFirst(slice, mobile)) return undefined;
  // The first space first: the longest rest that is a phone, its area code with it ("pedido 447
  // 11 90000-0000": "90000-0000" is valid alone in Brazil). A rest holds no " - " or " / " (a
  // value's list: "#106 362 115 1 / (201) 555-0123" read "1 / (201) 555-0123" as a US number).
  // (After " / ", a rest whose first group, three digits or more, a space after it, is the value's
  // list's next value where the rest past it is a phone too: "Order 1100 / 9611 08-123 456 78" is
  // valid whole in Sweden, V63b. The cut so far, and the end of that group.)
  let listed: ValueThenPhone | undefined;
  let next = -1;
  for (let p = slice.indexOf(' '); p > 0; p = slice.indexOf(' ', p + 1)) {
    if (listed !== undefined && p > next) return listed;
    const value = slice.slice(0, p);
    if (LISTED.test(value)) continue;
    // (A calling code dialled out with "00" in the value is a number's: outDialCut reads it.)
    if (!VALUE.test(value) || CALLING.test(value)) return listed;
    // (A " - " or " / " between the value and the phone, as desks write one after the other.)
    const apart = APART.test(slice.slice(p)) ? 3 : 1;
    const rest = slice.slice(p + apart);
    // A rest dialled out with "00" is outDialCut's, as on main ("Order 4711 00 49 30 1234567
    // 01.01.90" reads the date with it there: phoneBeside.prop's oracle reads so, V62a).
    if (rest.startsWith('00') || rest.startsWith('(00')) continue;
    if (APART_IN.test(rest)) continue;
    // Nor a rest that holds a date or a month and a year after a space: its mark is the date's
    // ("Order 1234 5678 9012 2025-12": "9012 2025-12" dials in the US, V62a).
    if (dateAfter(rest) >= 0 || monthYearAfter(rest) >= 0) continue;
    // A rest of digits and spaces alone is read as a phone only in nine digits or more, led by
    // a trunk "0" or in the groups of the national format: a
    // trunk-led group or one printed at home is as often a long value's ("Bestellung 12345 0815
    // 4711"); a number with its trunk, or a mobile without one, has nine or more in the desk's
    // countries ("030 1234567", "0151 23456789", "06 12 34 56 78", "612 34 56 78", "600 123 456").
    const printed =
      PHONE_PRINT_MARK.test(rest) ||
      (digitCount(rest) >= 9 &&
        (TRUNK.test(rest) ||
          (SPACED.test(rest) &&
            // (Or a mobile in any groups: "612 345 678" in Spain, V64i; a trunk-led one is TRUNK's.)
            (home(rest) || mobile(rest)))));
    if (!printed || !valid(rest)) continue;
    const group = apart === 3 && slice.charCodeAt(p + 1) === 47 ? LIST_NEXT.exec(rest) : null;
    if (listed !== undefined || group === null) return { end: p, phone: p + apart };
    listed = { end: p, phone: p + apart };
    next = p + apart + group[0].length;
  }
  return listed;
}

/** Where {@link phoneAfterValue} ends the value and starts the phone, offsets in the span. */
export interface ValueThenPhone {
  /** Past the value's last digit (the space after it). */
  readonly end: number;
  /** The phone's first unit. */
  readonly phone: number;
}

/**
 * Whether the rest of `text` after its first group starts with a trunk "0" where that group does
 * not, and is a mobile (`mobile`): a value, then a mobile in the value's width (V64i).
 */
function trunkMobileAfterFirst(text: string, mobile: (rest: string) => boolean): boolean {
  const space = text.indexOf(' ');
  return (
    text.charCodeAt(0) !== 48 && text.charCodeAt(space + 1) === 48 && mobile(text.slice(space + 1))
  );
}

/** How many ASCII digits `text` holds. */
function digitCount(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Whether `text` is digits in groups of one width, three or more, a space between two, the last
 * group as wide or narrower: one value printed in groups ("0034 0434 1234 5678 90").
 */
function inGroups(text: string): boolean {
  const groups = text.split(' ');
  const width = (groups[0] as string).length;
  if (width < 3 || groups.length < 2) return false;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as string;
    if (!/^\d+$/.test(g) || g.length > width || (g.length < width && k < groups.length - 1))
      return false;
  }
  return true;
}
