// An id wrapped inside its own groups: a chat line or a mail client's 72-column wrap breaks
// "Aadhaar 2345 6789 0107" as "Aadhaar 2345 6789\n0107", "CPF 123.456.789-09" as "CPF 123.456\n
// 789-09", "DNI 12.345.678-Z" before its letter. A digit run ends at a line break, and no id's
// shape held either piece: each stayed whole (V57g's audit, V58a). Read only right after the id's
// own label, the pieces in the id's own group shape and its check digits holding
// (numericId.ts, letterIds.ts); an id whole before the break keeps what follows ("BSN 123 456
// 708\n2 stuks").

/** The most units a wrap may span: a separator, a blank, "\r\n", a reply's "> " and a blank. */
const GAP = 8;

/**
 * Where the next line's text starts when only a wrap stands at `at`: blanks (spaces, tabs), one
 * line break ("\n" or "\r\n"), then the next line's blanks and a reply's quote marks (">"). -1
 * where anything else stands there, or more than a few units.
 *
 * @param shadow - The text's shadow (space-like characters read as spaces).
 * @param at - Where the wrap would start (right after a value's last digit or separator).
 * @returns Where the next line's text starts, or -1.
 * @example
 * wrapEnd('2345 6789\n0107', 9); // 10
 * wrapEnd('2345 6789 0107', 9); // -1
 * @since 0.1.0
 */
export function wrapEnd(shadow: string, at: number): number {
  const n = Math.min(shadow.length, at + GAP);
  let k = at;
  while (k < n && isBlank(shadow.charCodeAt(k))) k++;
  if (k < n && shadow.charCodeAt(k) === 13) k++;
  if (!(k < n && shadow.charCodeAt(k) === 10)) return -1;
  k++;
  while (k < n && (isBlank(shadow.charCodeAt(k)) || shadow.charCodeAt(k) === 62)) k++;
  return k < shadow.length ? k : -1;
}

/**
 * Whether a digit run that ends at `end` goes on, past a line break, with one that starts at
 * `next`: a separator of its groups ("-", ".") may end its line ("SSN 123-45-\n6789"). runs.ts
 * notes a text that holds such a pair, for the ids that read them (numericId.ts).
 *
 * @param shadow - The text's shadow.
 * @param end - Where the first run ends.
 * @param next - Where the second run starts.
 * @returns Whether only a wrap (see {@link wrapEnd}) stands between them.
 * @example
 * wrapsTo('123-45-\n6789', 6, 8); // true
 * @since 0.1.0
 */
export function wrapsTo(shadow: string, end: number, next: number): boolean {
  if (next - end > GAP + 1 || next - end < 1) return false;
  const c = shadow.charCodeAt(end);
  return wrapEnd(shadow, c === 45 || c === 46 ? end + 1 : end) === next;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
