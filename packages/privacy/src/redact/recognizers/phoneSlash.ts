// Where a "/" stands in a national number, and where it stands between numbers (V57d, issue #14).
// DIN 5008 wrote a German number before 2011 as its area's code, a "/", the subscriber's number
// ("030/1234567", "0151/23456789"), and Austria writes it so still ("0664/1234567"): the "/"
// follows the area's code, which is dialled at home with its trunk "0" (Bundesnetzagentur,
// Nummernplan; RTR's KEM-V). Order numbers, pages and article numbers are listed with a "/"
// between them ("4711/4712/4713", "Seite 12/13"), and no trunk leads them.

// Where a "/" inside a national number follows the area's code with its trunk "0".
const SLASH_AFTER_TRUNK: ReadonlySet<string> = /* @__PURE__ */ new Set(['DE', 'AT']);

/**
 * Whether the unlabelled national `text` holds a "/" in a country whose numbers write one only
 * after the area's code with its trunk "0" ({@link SLASH_AFTER_TRUNK}), and no trunk "0" leads
 * it: "4711/4712/4713", order numbers, read in Germany as one national number of any length
 * (accept's 0.8 for a separated number), and went. "030/1234567" leads with its trunk, and goes.
 *
 * @param text - The number as found (the shadow: ASCII digits), no "+" or "00" before it.
 * @param country - The customer's country.
 * @returns True where the "/" is a list's or a code's, not a number's.
 */
export function slashWithoutTrunk(text: string, country: string | undefined): boolean {
  if (country === undefined || !SLASH_AFTER_TRUNK.has(country) || text.indexOf('/') < 0)
    return false;
  return text.charCodeAt(+(text.charCodeAt(0) === 40)) !== 48; // a "(" aside, "0"
}
