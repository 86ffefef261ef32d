import { failure } from '../errors/failures.js';
import type { MeridianError } from '../errors/MeridianError.js';
import { show } from '../errors/show.js';
import { civilDays } from './civil.js';

/** An instant as it crosses the API: an ISO 8601 string with a zone offset or `Z`, or a `Date`. */
export type Instant = string | Date;

/** A half-open interval of time `[start, end)`. */
export type Interval = { readonly start: Instant; readonly end: Instant };

// Date and time with seconds optional, fraction optional, and a required Z or ±hh:mm offset:
// a local time without a zone is ambiguous, so it is refused rather than guessed.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Epoch ms of the canonical UTC forms Meridian itself returns (`2026-03-02T10:00:00.000Z`, and
 * `2026-03-02T10:00:00Z`), validated digit by digit without a regular expression or a `Date`;
 * `undefined` for anything else, which then takes the general path. Streams of events and survey
 * answers are mostly in this form, so it is worth the twenty lines.
 */
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

function invalid(value: unknown): MeridianError {
  return failure('core/invalid-instant', { value: show(value) });
}

/**
 * Milliseconds since the Unix epoch for an {@link Instant}.
 *
 * @throws {MeridianError} `core/invalid-instant` for a string without a zone, an impossible date
 *   (`2026-02-30`), or an invalid `Date`.
 * @example
 * toEpochMillis('2026-03-02T10:00:00Z'); // 1772445600000
 * @since 0.1.0
 */
export function toEpochMillis(value: Instant): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw invalid(value);
    return ms;
  }
  if (typeof value !== 'string') throw invalid(value);
  const fast = canonicalUtcMillis(value);
  if (fast !== undefined) return fast;
  const m = ISO_INSTANT.exec(value.trim());
  if (!m) throw invalid(value);
  const [, y, mo, d, h, mi] = m;
  const ms = Date.parse(
    value
      .trim()
      .replace(',', '.')
      .replace(/([+-]\d{2})(\d{2})$/, '$1:$2'),
  );
  if (Number.isNaN(ms)) throw invalid(value);
  // Date.parse rolls 2026-02-30 over to March; refuse dates that do not exist.
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 24 ||
    Number(mi) > 59
  ) {
    throw invalid(value);
  }
  return ms;
}

/**
 * Parse an {@link Instant} to a `Date`.
 *
 * @throws {MeridianError} `core/invalid-instant`.
 * @example
 * parseInstant('2026-03-02T11:00:00+01:00').toISOString(); // '2026-03-02T10:00:00.000Z'
 * @since 0.1.0
 */
export function parseInstant(value: Instant): Date {
  return new Date(toEpochMillis(value));
}

/**
 * An instant as a canonical ISO 8601 UTC string (`2026-03-02T10:00:00.000Z`): what Meridian returns.
 *
 * @example
 * toIsoString(new Date(0)); // '1970-01-01T00:00:00.000Z'
 * @since 0.1.0
 */
export function toIsoString(value: Instant): string {
  return new Date(toEpochMillis(value)).toISOString();
}
