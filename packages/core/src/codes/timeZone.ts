import { MeridianError } from '../errors/MeridianError.js';
import { coreMessages } from '../errors/messages.js';

declare const zoneBrand: unique symbol;

/** An IANA time zone name known to the runtime (`Europe/Berlin`, `America/Sao_Paulo`, `UTC`). */
export type TimeZone = string & { readonly [zoneBrand]: 'TimeZone' };

// Names only: offsets such as "+05:30" are accepted by some engines' Intl and not others, and an
// offset is not a zone (it has no DST rules), so they are refused everywhere alike.
const NAME = /^(?:[A-Za-z][A-Za-z0-9_+-]*)(?:\/[A-Za-z0-9_+-]+)*$/;
const known = new Map<string, boolean>();

/**
 * Whether `value` is an IANA zone name this runtime knows (checked with `Intl.DateTimeFormat`).
 *
 * @example
 * isTimeZone('Asia/Tokyo'); // true
 * isTimeZone('CEST'); // false
 * @since 0.1.0
 */
export function isTimeZone(value: unknown): value is TimeZone {
  if (typeof value !== 'string' || !NAME.test(value)) return false;
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let ok = true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    ok = false;
  }
  known.set(value, ok);
  return ok;
}

/**
 * Parse an IANA zone name from outside.
 *
 * @throws {MeridianError} `core/invalid-time-zone`.
 * @example
 * parseTimeZone('America/Sao_Paulo');
 * @since 0.1.0
 */
export function parseTimeZone(value: string): TimeZone {
  const trimmed = typeof value === 'string' ? value.trim() : value;
  if (isTimeZone(trimmed)) return trimmed;
  throw new MeridianError(
    'core',
    'core/invalid-time-zone',
    coreMessages.invalidTimeZone(String(value)),
    { value: String(value) },
  );
}
