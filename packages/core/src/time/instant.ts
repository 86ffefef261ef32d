import { describeValue } from '../errors/describeValue.js';
import { failure } from '../errors/failures.js';
import type { MeridianError } from '../errors/MeridianError.js';
import { isoMillis } from './isoMillis.js';

/** An instant as it crosses the API: an ISO 8601 string with a zone offset or `Z`, or a `Date`. */
export type Instant = string | Date;

/** A half-open interval of time `[start, end)`. */
export type Interval = { readonly start: Instant; readonly end: Instant };

// Date and time with seconds optional, fraction optional, and a required Z or ±hh:mm offset:
// a local time without a zone is ambiguous, so it is refused rather than guessed.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

function invalid(value: unknown): MeridianError {
  return failure('core/invalid-instant', { value: describeValue(value) });
}

/**
 * Milliseconds since the Unix epoch for an {@link Instant}: the number every Meridian computation
 * runs on. Strings must carry their offset (`Z`, `+01:00`, `+0100`); a fraction beyond the
 * millisecond is truncated, as `Date.parse` does.
 *
 * @param value - An ISO 8601 string with a zone offset or `Z` (years 0000–9999), or a valid `Date`.
 * @returns Whole milliseconds since 1970-01-01T00:00:00Z (negative before it).
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
  const fast = isoMillis(value);
  if (fast !== undefined) return fast;
  return generalMillis(value);
}

/**
 * toEpochMillis' general path, for what {@link isoMillis} leaves (and the reference its property
 * holds it to): the regular expression, then Date.parse, then a check that the date exists.
 * Not exported from the package.
 */
export function generalMillis(value: string): number {
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
  // Date.parse rolls 2026-02-30 over to March; refuse dates that do not exist. setUTCFullYear, not
  // Date.UTC: Date.UTC reads years 0–99 as 1900–1999, which refused 0050-06-01T00:00+01:00.
  const check = new Date(0);
  check.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
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
 * @param value - An ISO 8601 string with a zone offset or `Z`, or a valid `Date`.
 * @returns A new `Date` at that instant (a `Date` passed in is copied, never shared).
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
 * @param value - An ISO 8601 string with a zone offset or `Z`, or a valid `Date`.
 * @returns The same instant in UTC with milliseconds, as `Date.prototype.toISOString` writes it.
 * @throws {MeridianError} `core/invalid-instant`, as {@link toEpochMillis}.
 * @example
 * toIsoString(new Date(0)); // '1970-01-01T00:00:00.000Z'
 * @since 0.1.0
 */
export function toIsoString(value: Instant): string {
  return new Date(toEpochMillis(value)).toISOString();
}
