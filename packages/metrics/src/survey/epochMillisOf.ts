import { type Instant, toEpochMillis } from '@meridian-cx/core';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Epoch milliseconds of an instant, with a fast path for the canonical UTC form
 * (`2026-03-02T10:00:00Z`, `2026-03-02T10:00:00.000Z`) that streams mostly carry. Everything else,
 * and anything the fast path does not fully validate, goes through core's `toEpochMillis`, so
 * both accept and return exactly the same (a property test holds them together). Internal.
 *
 * @throws {MeridianError} `core/invalid-instant`.
 */
export function epochMillisOf(value: Instant): number {
  if (typeof value === 'string') {
    const len = value.length;
    if (
      (len === 20 || (len === 24 && value.charCodeAt(19) === 46)) &&
      value.charCodeAt(len - 1) === 90 &&
      value.charCodeAt(4) === 45 &&
      value.charCodeAt(7) === 45 &&
      value.charCodeAt(10) === 84 &&
      value.charCodeAt(13) === 58 &&
      value.charCodeAt(16) === 58
    ) {
      const y = digits(value, 0, 4);
      const mo = digits(value, 5, 2);
      const d = digits(value, 8, 2);
      const h = digits(value, 11, 2);
      const mi = digits(value, 14, 2);
      const s = digits(value, 17, 2);
      const ms = len === 24 ? digits(value, 20, 3) : 0;
      if (
        y >= 100 &&
        mo >= 1 &&
        mo <= 12 &&
        d >= 1 &&
        h >= 0 &&
        h <= 23 &&
        mi >= 0 &&
        mi <= 59 &&
        s >= 0 &&
        s <= 59 &&
        ms >= 0
      ) {
        const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
        if (d <= (DAYS_IN_MONTH[mo - 1] as number) + leap)
          return Date.UTC(y, mo - 1, d, h, mi, s, ms);
      }
    }
  }
  return toEpochMillis(value);
}
