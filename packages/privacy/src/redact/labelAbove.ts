// A label on the line above its value: forms and replies print "BSN:", "کد ملی:" or "Aadhaar no"
// on one line and the number alone on the next ("BSN:\n123456708", "> کد ملی:\n> ۰۰۱۲۳۴۵۶۰۱").
// Labels were read on the value's line only, and an id that goes only after its label stayed
// whole there (V57g's audit: a BSN, an Iranian national code, an Aadhaar written whole, in six
// locales). Only a value that opens its line reads the line above, and only that line's own
// label names it (an order's word there names the value as before: not at all).

/**
 * Where the line above a value ends (its line break, or the carriage return before it), when the
 * value at `start` opens its line: only spaces, tabs, no-break spaces and a reply's quote marks
 * (">") before it there. -1 where something else stands before it on its line, or no line stands
 * above. context.ts reads the label window before that end as the value's own label's.
 *
 * @param shadow - The text (its shadow: digits folded to ASCII, the same length).
 * @param start - Where the value starts.
 * @returns The end of the line above, or -1.
 * @example
 * lineAboveEnd('BSN:\n123456708', 5); // 4
 * lineAboveEnd('BSN: 123456708', 5); // -1
 * @since 0.1.0
 */
export function lineAboveEnd(shadow: string, start: number): number {
  let at = start - 1;
  for (; at >= 0; at--) {
    const c = shadow.charCodeAt(at);
    if (c === 10) break;
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 62) return -1;
  }
  if (at <= 0) return -1;
  return shadow.charCodeAt(at - 1) === 13 ? at - 1 : at;
}
