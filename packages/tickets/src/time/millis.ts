import { type Instant, toEpochMillis } from '@meridian-cx/core';

// Positions of the digits in `2026-03-02T10:00:00.000Z`.
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22] as const;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Epoch milliseconds of an instant, with a fast path for the canonical UTC form that validated
 * events carry (`2026-03-02T10:00:00.000Z`), checked digit by digit; anything else goes through
 * core's full parser, which refuses impossible dates.
 *
 * @internal Not part of the public surface.
 */
export function millis(at: Instant): number {
  if (
    typeof at === 'string' &&
    at.length === 24 &&
    at.charCodeAt(4) === 45 &&
    at.charCodeAt(7) === 45 &&
    at.charCodeAt(10) === 84 &&
    at.charCodeAt(13) === 58 &&
    at.charCodeAt(16) === 58 &&
    at.charCodeAt(19) === 46 &&
    at.charCodeAt(23) === 90
  ) {
    let ok = true;
    for (let k = 0; k < DIGITS.length; k++) {
      const c = at.charCodeAt(DIGITS[k] as number);
      if (c < 48 || c > 57) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const y = two(at, 0) * 100 + two(at, 2);
      const mo = two(at, 5);
      const d = two(at, 8);
      const h = two(at, 11);
      const mi = two(at, 14);
      const s = two(at, 17);
      const ms = digit(at, 20) * 100 + two(at, 21);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h < 24 && mi < 60 && s < 60) {
        return (((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60 + s) * 1000 + ms;
      }
    }
  }
  return toEpochMillis(at);
}
