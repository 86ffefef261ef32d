import type { PhoneOptions } from './phone.js';
import { validNumbersIn } from './phoneMatcher.js';

// A calling code dialled out with "00", in brackets or not, after a space: " 0044 ", " (0044) ".
// No calling code starts with 0, none has more than three digits, and a separator and the next
// group's digit follow it: a card's group "0099 - 7038" or "008650" (a card printed in groups
// with " - ", or as an Amex is) is no calling code's, and each cost a parse or more (V56a).
// Since V58d, "00" typed apart from its code too ("3 00 34 612 34 56 78", "Order 4711 00 44 20 7946
// 0018"), but not after a group of two digits: Denmark and Norway print every number in pairs,
// France its own, and a "00" pair is as often one of them ("tlf. 33 00 45 20", "06 12 00 33 61").
const OUT_DIAL = / \(?00 ?[1-9]\d{0,2}\)?[ ./-]\(?\d/;
// A group of two digits that ends what stands before the " 00 ": a pair of a number printed so.
const PAIR_LAST = /(?:^|[^\d])\d\d$/;
// The last group of what stands before it, led by a trunk "0" ("030 0012345", "0151 0044 123",
// "Rechnung 0012 0044 5566"): the start of a national number, whose next group may start "00".
const TRUNK_LAST = /(?:^|[ ./-])\(?0\d*\)?[ ./-]*$/;

/**
 * Where a window of phone-ish text is cut before a calling code dialled out with "00" ("1 0044 20
 * 7946 0018", "1 / (0044) 20 7946 0018", "Bestellung 4711 0044 7911 123456"): the offset in
 * `read` of the space before it, or -1. No number holds a "+" after its first digit (readWindow
 * cuts before " +" whatever follows), but numbers do hold " 00" groups ("030 0012345"): a window
 * is cut there only where what follows starts with a valid international number, what precedes
 * holds a digit (a value, a list's count) and ends in no trunk-led group, and no value in
 * groups of one width holds it. (Not "the window read whole is no valid number": in Germany
 * "3 0044 7911 123456" is one, and "Menge 3" went with the number.) Only the first such " 00" is asked, and only where the
 * cheap test (a " 00" or " (00" then a digit 1-9) passes: a parse of the rest, of its parts up to
 * a space within fifteen digits where that finds none (startsValid), per window (a window
 * holds at most 48 units).
 *
 * @param read - The window's text (the shadow: ASCII digits).
 * @param options - The phone options of the customer's country.
 * @returns The space's offset in `read`, or -1 where the window is not cut.
 */
export function outDialCut(read: string, options: PhoneOptions): number {
  return outDialNumber(read, options)?.cut ?? -1;
}

/** Where {@link outDialNumber} cuts a window, and where the number after the cut ends. */
export interface OutDial {
  /** The offset of the space before the "00" or "(00". */
  readonly cut: number;
  /** The offset past the number's last unit. */
  readonly end: number;
}

/**
 * {@link outDialCut}'s cut of `read` and where the valid number after it ends, in one answer
 * (V58d: the end was a module-level variable that outDialCut's last call left, read by a second
 * call; an object only where a window is cut, rare): "1 001 646 555-0199 7911" is cut at 1, and
 * its number ends at 18: a count, a number dialled out, then an order's number or an extension
 * (cardBeside.ts reads such a run, Luhn-valid, as no card whole). Internal.
 *
 * @param read - The text read (the shadow: ASCII digits).
 * @param options - The phone options of the customer's country.
 * @returns The cut and the number's end in `read`, or undefined where `read` is not cut.
 * @since 0.1.0
 */
export function outDialNumber(read: string, options: PhoneOptions): OutDial | undefined {
  const m = OUT_DIAL.exec(read);
  if (m === null || m.index === 0) return undefined;
  const p = m.index;
  const left = read.slice(0, p);
  if (!/\d/.test(left) || TRUNK_LAST.test(left)) return undefined;
  const right = read.slice(p + 1);
  const o = +(right.charCodeAt(0) === 40);
  const apart = +(right.charCodeAt(o + 2) === 32);
  if (apart === 1 && PAIR_LAST.test(left)) return undefined;
  // (The groups read as where "00" is glued to its code: "2024 00 49 6700 0312" as "2024 0049 6700
  // 0312", a value in fours.)
  const glued = apart ? `${right.slice(0, o + 2)}${right.slice(o + 3)}` : right;
  if (inGroups(`${left.slice(left.lastIndexOf(' ') + 1)} ${glued}`)) return undefined;
  // The rest read as dialling out: "(0044) 20 …" as "( +44) 20 …", "00 44 20 …" as "  +44 20 …",
  // the length kept.
  const dialled = `${right.slice(0, o)}${apart ? '  +' : ' +'}${right.slice(o + 2 + apart)}`;
  const end = startsValid(dialled, o + 1 + apart, options);
  return end < 0 ? undefined : { cut: p, end: p + 1 + end };
}

/**
 * Where the valid number that `dialled` (a "+" at `plus`, a "(" before it or not) starts with
 * ends, -1 where it starts with none: found so by the matcher, or its part up to a space, no
 * longer than a number's fifteen digits, valid whole ("+44 7911 123456 0151 23456789": the matcher
 * reads the two numbers as one candidate, valid as none).
 */
function startsValid(dialled: string, plus: number, options: PhoneOptions): number {
  const country = options.defaultCountry;
  const first = validNumbersIn(dialled, country).find((n) => n.startsAt <= plus);
  if (first !== undefined) return first.endsAt;
  let digits = 0;
  for (let k = plus + 1; k < dialled.length; k++) {
    const c = dialled.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (++digits > 15) return -1;
    } else if (c === 32 && digits > 3) {
      const part = dialled.slice(0, k);
      if (validNumbersIn(part, country).some((n) => n.startsAt <= plus && n.endsAt === k)) return k;
    }
  }
  return -1;
}

/**
 * Whether `text` is digits in groups of one width, three or more, with spaces between, the last
 * group as wide or narrower: one value printed in groups ("4753 0095 1828 7404 9229 30", a
 * shipment's number), whose "00" group is no calling code's.
 */
function inGroups(text: string): boolean {
  const groups = text.split(' ');
  const width = (groups[0] as string).length;
  if (width < 3) return false;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as string;
    if (!/^\d+$/.test(g) || g.length > width || (g.length < width && k < groups.length - 1))
      return false;
  }
  return true;
}
