import { civilDays } from './civil.js';

// The ISO 8601 instants toEpochMillis reads, by character code: no regular expression, no `Date`,
// no string built. Streams of orders, events and survey answers are mostly in these shapes, so the
// boundary of every package pays this instead of a regex, two replaces and Date.parse.

/** `count` decimal digits from `from`, or -1 when one is not a digit (or past the end). */
function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

function monthDays(y: number, mo: number): number {
  if (mo === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/**
 * Epoch ms of `YYYY-MM-DDTHH:MM(:SS([.,]F{1,9})?)?(Z|±HH:MM|±HHMM)` (T and Z in either case) with
 * every field in range (hours 00–23, seconds 00–59, offsets to ±23:59), as Date.parse reads it
 * (a fraction truncated to the millisecond). `undefined` for anything else, which then takes
 * toEpochMillis' general path: hour 24, blanks around, an impossible date, a malformed string.
 * instant.prop.test.ts holds it to the general path on valid and near-valid strings.
 */
export function isoMillis(s: string): number | undefined {
  const len = s.length;
  if (len < 17 || len > 35) return undefined;
  const t = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return undefined;
  if (t !== 84 && t !== 116) return undefined;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > monthDays(y, mo)) return undefined;
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  let sec = 0;
  let ms = 0;
  let i = 16;
  if (s.charCodeAt(16) === 58) {
    sec = digits(s, 17, 2);
    if (sec < 0 || sec > 59) return undefined;
    i = 19;
    const sep = s.charCodeAt(19);
    if (sep === 46 || sep === 44) {
      let j = 20;
      for (; j < 29 && j < len; j++) {
        const c = s.charCodeAt(j) - 48;
        if (!(c >= 0 && c <= 9)) break;
        if (j < 23) ms = ms * 10 + c;
      }
      const count = j - 20;
      if (count === 0) return undefined;
      if (count < 3) ms *= count === 1 ? 100 : 10;
      i = j;
    }
  }
  let offset = 0;
  const z = s.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== len) return undefined;
  } else if (z === 43 || z === 45) {
    const rest = len - i - 1;
    const colon = rest === 5 && s.charCodeAt(i + 3) === 58;
    if (!colon && rest !== 4) return undefined;
    const oh = digits(s, i + 1, 2);
    const om = digits(s, colon ? i + 4 : i + 3, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (oh * 60 + om) * 60_000;
    if (z === 45) offset = -offset;
  } else {
    return undefined;
  }
  return (((civilDays(y, mo, d) * 24 + h) * 60 + mi) * 60 + sec) * 1000 + ms - offset;
}
