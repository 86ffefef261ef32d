// A number found whole at its line's end that goes on past the break (V58b, issue #14). Where a
// head is a valid number alone ("06 1234", a Rome landline of six digits to libphonenumber; "030
// 123", a Berlin one; "۰۲۱ ۸۸۱۲" in Tehran), the span's own reading finds it, and the wrapped
// reading (readWrapped, asked only where a span finds nothing) was never asked: "tel 06
// 1234\n5678" went as "tel [PHONE]\n5678", the rest of the number left under it. After a phone's
// label, or from a "+" or "00", the head and the next line's first group are read as one, and
// where they are a valid number too, the longer reading is the number: a customer does not write
// a complete number and then four more digits under it. Only one group, which no value's shape
// holds: not a count or a postcode before its word ("5 pezzi", "10115 Berlin"), not an amount's
// or a time's ("12,50", "14:30"), not a year ("2024"), not a trunk-led group that heads the next
// number ("06 8765 4321"); what follows the group stays a value of its own ("tel 030 123\n4567 2
// Stück" keeps its count).

import { wrapEnd } from '../wraps.js';

// The next line's first group, after the wrap (wraps.ts: the break, a quoted reply's "> " marks,
// a few spaces): three digits to eight, no trunk "0" first, then the text's or the line's end, a
// sentence's mark before no digit, or a space before no letter and no more of a value in groups:
// not a group of three digits or more ("4111 1111 1111 1111", a card; "600 123 456", a number of
// its own), nor one of one or two and another group ("12 34"); a count's one or two digits may
// follow ("4567 2 Stück").
const NEXT_GROUP = /^[1-9]\d{2,7}(?=$|\r?\n| (?!\p{L}|\d{3}|\d\d? \d)|[,;.!?)](?!\d))/u;
// A year's four digits: a date's line under a number ("tel 030 123\n2024").
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Where the first group of the line after `e` ends, when that group may go on the number that
 * ends its line at `e` (only a wrap between, wraps.ts; {@link NEXT_GROUP}, not a year); -1 where
 * it may not.
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param e - The end of a number found whole at its line's end.
 * @returns The end of the next line's first group, or -1.
 * @example
 * nextLineGroupEnd('tel 06 1234\n5678', 11); // 16
 * nextLineGroupEnd('tel 06 1234\n5 pezzi', 11); // -1
 * @since 0.1.0
 */
export function nextLineGroupEnd(shadow: string, e: number): number {
  const at = wrapEnd(shadow, e);
  if (at < 0) return -1;
  // (Eight digits and what the lookahead reads after them.)
  const m = NEXT_GROUP.exec(shadow.slice(at, at + 16));
  if (m === null) return -1;
  return YEAR.test(m[0]) ? -1 : at + m[0].length;
}
