import { type Instant, isMeridianError, MeridianError, toEpochMillis } from '@meridian-cx/core';
import { returnsMessages } from '../messages.js';

/** Epoch ms of an instant in the canonical UTC form, or null to take the full path. */
export function quickMillis(value: Instant): number | null {
  return typeof value === 'string' && value.length === 24 ? canonicalUtc(value) : null;
}

/** Epoch milliseconds of an instant, or a `returns/invalid-instant` error that names the field. */
export function millis(value: Instant, what: string): number {
  // Fast path for the canonical UTC form every parse function returns (YYYY-MM-DDTHH:mm:ss.sssZ).
  if (typeof value === 'string' && value.length === 24) {
    const ms = canonicalUtc(value);
    if (ms !== null) return ms;
  }
  try {
    return toEpochMillis(value);
  } catch (error) {
    if (isMeridianError(error)) {
      throw new MeridianError(
        'returns',
        'returns/invalid-instant',
        returnsMessages.invalidInstant(what, String(value)),
        { what, value: String(value) },
      );
    }
    throw error;
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Epoch ms of a strictly canonical `YYYY-MM-DDTHH:mm:ss.sssZ` string, or null for anything else. */
function canonicalUtc(s: string): number | null {
  if (
    s[4] !== '-' ||
    s[7] !== '-' ||
    s[10] !== 'T' ||
    s[13] !== ':' ||
    s[16] !== ':' ||
    s[19] !== '.' ||
    s[23] !== 'Z'
  ) {
    return null;
  }
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  const frac = digits(s, 20, 3);
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    sec < 0 ||
    sec > 59 ||
    frac < 0
  ) {
    return null;
  }
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  if (d > max) return null;
  return Date.UTC(y, mo - 1, d, h, mi, sec, frac);
}
