// An id wrapped inside its own groups: a chat line or a mail client's 72-column wrap breaks
// "Aadhaar 2345 6789 0107" as "Aadhaar 2345 6789\n0107", "CPF 123.456.789-09" as "CPF 123.456\n
// 789-09", "DNI 12.345.678-Z" before its letter. A digit run ends at a line break, and no id's
// shape held either piece: each stayed whole (V57g's audit, V58a). Read only right after the id's
// own label, the pieces in the id's own group shape and its check digits holding
// (numericId.ts, letterIds.ts); an id whole before the break keeps what follows ("BSN 123 456
// 708\n2 stuks").

// One reading of a wrap, for the ids (numericId.ts, letterIds.ts) and the phones (phone.ts's
// readWrapped and readLonger; V59e). Before, the ids read blanks and tabs within eight units and a
// phone any run of spaces and no tab: "Aadhaar 2345 6789\n          0107" stayed where "tel 06
// 1234\n          5678" went, "tel 06 1234\t\n5678" stayed where the Aadhaar went. What a mail
// client puts at a wrap (RFC 3676, text/plain format=flowed): a soft break is a space before the
// CRLF, a quoted line opens with its ">" marks, one a level and no space between in the canonical
// form (">>"; older clients write "> >"), and a line that starts with a space or ">" takes one
// more ("space-stuffing"). A pasted form or document wraps a value under itself (a hanging indent
// of spaces or a tab: "Telefon:  030 123\n           4567"), and RFC 5322 folds a header's line
// with a tab or spaces. So: blanks (spaces, tabs) before the break, one break, a reply's quote
// marks with blanks before each, and blanks after; 47 units at most, the next line's first unit
// within 48 of the wrap's start: as far as a phone's wrapped readings always looked (phone.ts
// WINDOW), and more than half a mail line (RFC 3676's 78), a hanging indent under a form's label
// (the ids read eight units before: "Aadhaar 2345 6789\n          0107" stayed). What reads the
// next line's value (a check digit, a valid number, a group of the id's shape) tells a wrap from
// a table's next row.

// The most units a wrap spans: its next line's first unit within 48 of its start (phone.ts WINDOW).
const MOST = 47;

/**
 * Where the next line's text starts when only a wrap (blanks, one line break, a reply's
 * quote marks and blanks, 47 units at most) stands at `at`; -1 where anything else stands there,
 * or the text ends.
 *
 * @param shadow - The text's shadow (space-like characters read as spaces).
 * @param at - Where the wrap would start (right after a value's last digit or separator).
 * @returns Where the next line's text starts, or -1.
 * @example
 * wrapEnd('2345 6789\n0107', 9); // 10
 * wrapEnd('2345 6789 0107', 9); // -1
 * wrapEnd('2345 6789\t\n> 0107', 9); // 13
 * @since 0.1.0
 */
export function wrapEnd(shadow: string, at: number): number {
  // (Units read one by one up to the reach: asked of every two runs of a text, runs.ts, a regular
  // expression's call cost +0.8% of a pass.)
  const n = Math.min(shadow.length, at + MOST + 1);
  let k = at;
  while (k < n && isBlank(shadow.charCodeAt(k))) k++;
  if (k < n && shadow.charCodeAt(k) === 13) k++;
  if (!(k < n && shadow.charCodeAt(k) === 10)) return -1;
  k++;
  while (k < n && (isBlank(shadow.charCodeAt(k)) || shadow.charCodeAt(k) === 62)) k++;
  return k - at <= MOST && k < shadow.length ? k : -1;
}

/**
 * Whether the unit `c` is a wrap's blank: a space or a tab ({@link wrapEnd}; phone.ts reads the
 * blanks before a line's break and above a value with it too). Internal.
 *
 * @param c - A UTF-16 code unit.
 * @returns True for a space or a tab.
 * @since 0.1.0
 */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Whether a digit run that ends at `end` goes on, past a line break, with one that starts at
 * `next`: a separator of its groups ("-", ".") may end its line ("SSN 123-45-\n6789") or open the
 * next ("CPF 123.456.789\n-09"). runs.ts notes a text that holds such a pair, for the ids that
 * read them (numericId.ts).
 *
 * @param shadow - The text's shadow.
 * @param end - Where the first run ends.
 * @param next - Where the second run starts.
 * @returns Whether only a wrap (see {@link wrapEnd}) stands between them.
 * @example
 * wrapsTo('123-45-\n6789', 6, 8); // true
 * wrapsTo('123.456.789\n-09', 11, 13); // true
 * @since 0.1.0
 */
export function wrapsTo(shadow: string, end: number, next: number): boolean {
  // (A separator, the wrap, a separator that opens the next line.)
  if (next - end < 1 || next - end > MOST + 2) return false;
  const c = shadow.charCodeAt(end);
  if (c === 45 || c === 46) return wrapEnd(shadow, end + 1) === next;
  const at = wrapEnd(shadow, end);
  if (at === next) return true;
  // Or the separator opens the next line ("CPF 123.456.789\n-09", V59e): a customer who breaks
  // the line by hand breaks it before the mark as often as after.
  const d = shadow.charCodeAt(at);
  return at === next - 1 && (d === 45 || d === 46);
}
