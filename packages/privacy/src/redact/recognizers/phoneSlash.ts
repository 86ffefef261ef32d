import { isDigitAt } from '../digits.js';
import { groupsPrintOf } from './phoneLookalikes.js';

// Where a "/" stands in a national number, and where it stands between numbers (V57d, issue #14).
// DIN 5008 wrote a German number before 2011 as its area's code, a "/", the subscriber's number
// ("030/1234567", "0151/23456789"), and Austria writes it so still ("0664/1234567"): the "/"
// follows the area's code, which is dialled at home with its trunk "0" (Bundesnetzagentur,
// Nummernplan; RTR's KEM-V). Order numbers, pages and article numbers are listed with a "/"
// between them ("4711/4712/4713", "Seite 12/13"), and no trunk leads them.

// Where a "/" inside a national number follows the area's code with its trunk "0". Sweden,
// Finland, France, the Netherlands, Belgium, Egypt, Iran, Saudi Arabia, India's landlines and
// Japan dial their areas' and networks' codes
// at home with a trunk "0" and write it ("08-123 45 67", "09 1234 5678", "06 12 34 56 78",
// "020-1234567", Belgium's "02/123 45 67", Cairo's "02 2345 6789", Tehran's "021 8812 3456",
// Riyadh's "011 234 5678", Delhi's "011 2345 6789", Tokyo's "03-1234-5678"; PTS, Traficom,
// ARCEP, ACM, BIPT, NTRA, CRA, CST, TRAI and MIC's numbering plans; an Indian mobile is written
// in groups, never with a "/"), and a "/" there follows it where
// one is written at all: "517/4086 12 pièces" went as a French number (V58c).
const SLASH_AFTER_TRUNK: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'DE',
  'AT',
  'SE',
  'FI',
  'FR',
  'NL',
  'BE',
  'EG',
  'IR',
  'SA',
  'IN',
  'JP',
  // (V59f: Britain's areas' codes and mobiles are dialled with their trunk "0" too, Ofcom's
  // National Telephone Numbering Plan: "7/5952 7622 4 items" went.)
  'GB',
  // (And Turkey's, BTK's numbering plan: "0212 123 45 67", "0532 418 27 90"; "5/50986723 1 adet"
  // went.)
  'TR',
]);

// Where national numbers have no area's code at all: Denmark and Norway dial eight digits, a
// closed plan (Danish since 1986, Norwegian since 1993; Erhvervsstyrelsen's and Nkom's numbering
// plans), and no "/" parts a number there: "4711/4712/4713" read "4712/4713" as one (V58c).
const NO_AREA_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['DK', 'NO']);

// What a "/" in a national number may follow where the area's code is written without a trunk
// "0" or a "/" is written after a mobile's prefix (V59f): Italy's geographic codes with their "0"
// ("06/1234567", "0471/123456") and a mobile's three digits ("347/1234567"), Spain's areas' codes
// of two or three digits and its mobiles' prefixes ("91/123 45 67"), Poland's two-digit areas'
// codes ("22/123 45 67"), and Brazil's two-digit DDD, neither digit a "0" (Anatel's plan: 11-99,
// none ending in "0"). A "/" after anything else is a list's or a fraction's ("9647/81728 4
// unidades", "536/31580 5 szt.", "90/1247 2908 12 itens", "3842/1216 1 pz." went; AGCOM's, CNMC's
// and UKE's numbering plans). The United States and Canada too (below).
const CODE_BEFORE_SLASH: Readonly<Record<string, RegExp>> = {
  IT: /^(?:0\d{1,3}|3\d\d)$/,
  ES: /^[6-9]\d{1,2}$/,
  PL: /^\d\d$/,
  BR: /^[1-9][1-9]$/,
  // The North American plan's "1" or an area's code, which never starts with "0" or "1"
  // ("1/212 555 0187", "212/555-0187"; NANPA): "8/4434 4344 4 pcs" went.
  US: /^(?:1|[2-9]\d\d)$/,
  CA: /^(?:1|[2-9]\d\d)$/,
};

/**
 * Whether the unlabelled national `text`, found at `start` of `shadow`, is no number for a "/"
 * in it or before it: in a country whose numbers write one only after the area's code with its
 * trunk "0" ({@link SLASH_AFTER_TRUNK}), a "/" in it where no trunk "0" leads it
 * ("4711/4712/4713", order numbers, read in Germany as one national number of any length,
 * accept's 0.8 for a separated number, and went), or a "/" glued to a digit right before it,
 * where it opens with no trunk "0" either (in Austria "1/1200 2 Stück" read "1200 2" as a number:
 * what follows a "/" is the subscriber's part of a number whose area's code stands before it, or
 * a list's next value); in a country with no areas' codes ({@link NO_AREA_CODES}), any "/" in it;
 * in Italy, Spain, Poland and Brazil, a "/" after anything but an area's code or a mobile's
 * prefix as written there ({@link CODE_BEFORE_SLASH}); in every country, a lone value and its "/"
 * right before a number with no trunk "0" ({@link loneValueBefore}). "030/1234567" leads with its trunk, and goes.
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
  const lead = text.charCodeAt(+(text.charCodeAt(0) === 40));
  if (lead !== 48 && loneValueBefore(shadow, start)) return true;
  if (NO_AREA_CODES.has(country)) return text.indexOf('/') >= 0;
  const code = CODE_BEFORE_SLASH[country];
  if (code !== undefined) {
    const slash = text.indexOf('/');
    // (The code's digits: "(11)/98765-4321" brackets it.)
    return slash >= 0 && !code.test(text.slice(0, slash).replace(/[^0-9]/g, ''));
  }
  if (!SLASH_AFTER_TRUNK.has(country)) return false;
  const slashBefore = shadow.charCodeAt(start - 1) === 47 && isDigitAt(shadow, start - 2);
  if (!slashBefore && text.indexOf('/') < 0) return false;
  return lead !== 48; // a "(" aside, "0"
}

/**
 * Whether a value of one to four digits (or five or six, no trunk "0" first), alone (no digit
 * group before it), and a "/" glued to it
 * stand right before `at` of `shadow` ("1/", "70/", "3212/"): a fraction's, a page's or a list's
 * value, no area's code (a number found with its area's code starts before it). In every country:
 * "70/5306 0989 2 sztuki" read "5306 0989 2" as a Polish number, "9/135 430 165 4 units" an Indian
 * one (V58c). A list of numbers "212 555 0187/212 555 0188" has a group before its "/": read so
 * as before.
 */
function loneValueBefore(shadow: string, at: number): boolean {
  if (shadow.charCodeAt(at - 1) !== 47) return false;
  let k = at - 1;
  while (k > 0 && isDigitAt(shadow, k - 1)) k--;
  const n = at - 1 - k;
  // (Five or six digits where no trunk "0" leads them, no area's code: "43989/315920221 2 pz.",
  // "35851/15258191 10 itens" went, V59f.)
  if (n < 1 || n > 6 || (n > 4 && shadow.charCodeAt(k) === 48)) return false;
  // The value opens the text, or stands after a space, a bracket or a letter with no digit group
  // before that.
  if (k === 0) return true;
  const c = shadow.charAt(k - 1);
  if (c === '-' || c === '.' || c === '/' || c === '+') return false;
  return !(c === ' ' && isDigitAt(shadow, k - 2));
}

/**
 * Whether the number `text` found at `start` of `shadow` starts inside a value (a group of
 * digits and a space right before it) and holds a "/" that a value printed as that whole value
 * follows: a "/" list of values printed alike, the number read across two of them ("Auftrag 186
 * 004 903/867 979 540/182 202 518" read "004 903/867 979 540/182" as dialled out with "00", and
 * went with parts of three order numbers; V59f). A number that starts a value is read as before
 * ("030 1234 567/030 1234 568"), and one whose "/" leads elsewhere ("4711 0049 30/1234567").
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param start - Where the number starts.
 * @param text - The number as found.
 * @returns True where the number is read across a "/" list's values.
 * @since 0.1.0
 */
export function slashListInside(shadow: string, start: number, text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0 || shadow.charCodeAt(start - 1) !== 32 || !isDigitAt(shadow, start - 2))
    return false;
  let from = start - 1;
  while (
    from > 0 &&
    (isDigitAt(shadow, from - 1) ||
      (shadow.charCodeAt(from - 1) === 32 && isDigitAt(shadow, from - 2)))
  )
    from--;
  const after = start + slash + 1;
  let to = after;
  while (
    to < shadow.length &&
    (isDigitAt(shadow, to) || (shadow.charCodeAt(to) === 32 && isDigitAt(shadow, to + 1)))
  )
    to++;
  const print = groupsPrintOf(shadow, from, start + slash);
  return print !== undefined && print === groupsPrintOf(shadow, after, to);
}

/**
 * Whether the number found at `start` of `shadow` starts inside a value that a "/" glued to a
 * digit opens, past that value's first group of three digits or more and a space
 * ("18494/199 388 201 4 Stk.": "388 201 4" went as an Austrian number, "34/2061 1211 4 Stk." as
 * well; V59f): a "/" list's value, or the subscriber's part of a number whose area's code stands
 * before the "/". The caller keeps a number printed as the country prints its phones, or led by
 * its trunk "0" ("Seite 1/200 030 1234567").
 *
 * @param shadow - The text's shadow (ASCII digits).
 * @param start - Where the number starts.
 * @returns True where a "/" value's first group and a space stand right before `start`.
 * @since 0.1.0
 */
export function insideSlashValue(shadow: string, start: number): boolean {
  if (shadow.charCodeAt(start - 1) !== 32) return false;
  let k = start - 1;
  while (k > 0 && isDigitAt(shadow, k - 1)) k--;
  // (Any group's length since V60b, a fraction's or a page's too: a number is read past a "/"
  // value that opens its window, slashValueAhead, and "1/2 4711 2023 Stück" went.)
  return start - 1 > k && shadow.charCodeAt(k - 1) === 47 && isDigitAt(shadow, k - 2);
}

/**
 * The length of a "/" value that opens `read`, a phone window, with a space after it: groups of
 * one to four digits joined by "/" ("1/200", "3/4", "12/3", "03/12/2024"), a page's number and
 * count, a fraction, a date (V60b). Read whole with the phone after it ("Page 1/200 212 555 0187",
 * "1/4 06 12 34 56 78"), the window was no number, and the phone stayed: the phone recognizer
 * reads the rest of the window first, and the window whole where nothing is found there ("1/212
 * 555 0187", "91/123 45 67" are numbers with a "/" after their code). -1 where none opens it.
 *
 * @param read - The window, from its first unit.
 * @returns The value's length (the space after it at that index), or -1.
 * @example
 * slashValueAhead('1/200 212 555 0187'); // 5
 * slashValueAhead('030/1234567 0151 23456789'); // -1
 * @since 0.1.0
 */
export function slashValueAhead(read: string): number {
  let slashes = 0;
  let run = 0;
  for (let k = 0; k < read.length; k++) {
    const c = read.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (++run > 4) return -1;
    } else if (c === 47 && run > 0) {
      slashes++;
      run = 0;
    } else {
      if (c !== 32 || run === 0 || slashes === 0) return -1;
      // (Or a dash between, spaces on both sides: "1/10 - 06 12 34 56 78" was read from the
      // dash, no number, V63c. The dash's space then stands for the value's.)
      return read.charCodeAt(k + 1) === 45 && read.charCodeAt(k + 2) === 32 ? k + 2 : k;
    }
  }
  return -1;
}
