// toEpochMillis as it was before isoMillis (commit b76cd40): the canonical-UTC shortcut, then the
// general path (regular expression, Date.parse, a check that the date exists). The reference
// instant.prop.test.ts holds the new parser to. Test code only: not exported from the package.
import { civilDays } from './civil.js';
import { generalMillis } from './instant.js';

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function canonicalUtcMillis(s: string): number | undefined {
  const len = s.length;
  if (
    !(len === 24 || len === 20) ||
    s.charCodeAt(len - 1) !== 90 || // Z
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || // T
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    (len === 24 && s.charCodeAt(19) !== 46)
  ) {
    return undefined;
  }
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  const ms = len === 24 ? digits(s, 20, 3) : 0;
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  if (sec < 0 || sec > 59 || ms < 0) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const monthDays =
    mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  if (d > monthDays) return undefined;
  return (((civilDays(y, mo, d) * 24 + h) * 60 + mi) * 60 + sec) * 1000 + ms;
}

/** The epoch ms the old toEpochMillis answered for a string (it throws where that threw). */
export function referenceMillis(value: string): number {
  return canonicalUtcMillis(value) ?? generalMillis(value);
}
