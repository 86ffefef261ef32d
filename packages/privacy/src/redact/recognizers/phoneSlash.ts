import { isDigitAt } from '../digits.js';

// Where a "/" stands in a national number, and where it stands between numbers (V57d, issue #14).
// DIN 5008 wrote a German number before 2011 as its area's code, a "/", the subscriber's number
// ("030/1234567", "0151/23456789"), and Austria writes it so still ("0664/1234567"): the "/"
// follows the area's code, which is dialled at home with its trunk "0" (Bundesnetzagentur,
// Nummernplan; RTR's KEM-V). Order numbers, pages and article numbers are listed with a "/"
// between them ("4711/4712/4713", "Seite 12/13"), and no trunk leads them.

// Where a "/" inside a national number follows the area's code with its trunk "0". Sweden and
// Finland dial their areas' codes with a trunk "0" too ("08-123 45 67", "09 1234 5678"; PTS's and
// Traficom's numbering plans), and a "/" there follows it where one is written at all (V58c).
const SLASH_AFTER_TRUNK: ReadonlySet<string> = /* @__PURE__ */ new Set(['DE', 'AT', 'SE', 'FI']);

// Where national numbers have no area's code at all: Denmark and Norway dial eight digits, a
// closed plan (Danish since 1986, Norwegian since 1993; Erhvervsstyrelsen's and Nkom's numbering
// plans), and no "/" parts a number there: "4711/4712/4713" read "4712/4713" as one (V58c).
const NO_AREA_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['DK', 'NO']);

/**
 * Whether the unlabelled national `text`, found at `start` of `shadow`, is no number for a "/"
 * in it or before it: in a country whose numbers write one only after the area's code with its
 * trunk "0" ({@link SLASH_AFTER_TRUNK}), a "/" in it where no trunk "0" leads it
 * ("4711/4712/4713", order numbers, read in Germany as one national number of any length,
 * accept's 0.8 for a separated number, and went), or a "/" glued to a digit right before it,
 * where it opens with no trunk "0" either (in Austria "1/1200 2 Stück" read "1200 2" as a number:
 * what follows a "/" is the subscriber's part of a number whose area's code stands before it, or
 * a list's next value); in a country with no areas' codes ({@link NO_AREA_CODES}), any "/" in it.
 * "030/1234567" leads with its trunk, and goes.
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param start - Where the number starts in `shadow`.
 * @param text - The number as found, no "+" or "00" before it.
 * @param country - The customer's country.
 * @returns True where the "/" is a list's or a code's, not a number's.
 */
export function slashWithoutTrunk(
  shadow: string,
  start: number,
  text: string,
  country: string | undefined,
): boolean {
  if (country === undefined) return false;
  if (NO_AREA_CODES.has(country)) return text.indexOf('/') >= 0;
  if (!SLASH_AFTER_TRUNK.has(country)) return false;
  const slashBefore = shadow.charCodeAt(start - 1) === 47 && isDigitAt(shadow, start - 2);
  if (!slashBefore && text.indexOf('/') < 0) return false;
  return text.charCodeAt(+(text.charCodeAt(0) === 40)) !== 48; // a "(" aside, "0"
}
