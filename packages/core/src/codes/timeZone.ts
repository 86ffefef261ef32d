import { LruCache } from '../cache/LruCache.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';

declare const zoneBrand: unique symbol;

/** An IANA time zone name known to the runtime (`Europe/Berlin`, `America/Sao_Paulo`, `UTC`). */
export type TimeZone = string & { readonly [zoneBrand]: 'TimeZone' };

// Area/Location names only, and UTC. The tz database also carries abbreviations and POSIX-style
// names as zones ("EST" is a fixed −05:00 with no DST, not New York time; "EST5EDT", "CET",
// "MST") and offset zones with inverted signs ("Etc/GMT+3" is UTC−3); a customer who writes them
// rarely means what the database does, so they are refused, as the error message says.
const NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+$/;
const UTC_NAMES: ReadonlySet<string> = new Set(['UTC', 'Etc/UTC']);
// The runtime's answer per name: bounded, since names come from outside. Good names first, in a
// plain Set (one lookup, no reordering: boundaries check the same few zones on every record); it
// is cleared when full, which only case variants ("europe/berlin", which Intl accepts) can make it.
const good = new Set<string>();
const refused = new LruCache<string, boolean>(1024);

function shapeAllowed(value: string): boolean {
  if (UTC_NAMES.has(value)) return true;
  if (value.length > 64 || !NAME.test(value)) return false;
  // Etc/ holds the offset zones (Etc/GMT-14 … Etc/GMT+12) and aliases of UTC.
  return !/^etc\//i.test(value);
}

/**
 * Whether `value` is an IANA zone name in Area/Location form (or `UTC`) that this runtime knows
 * (checked with `Intl.DateTimeFormat`). Abbreviations (`EST`, `CEST`), POSIX-style names
 * (`EST5EDT`) and offsets (`+05:30`, `UTC+3`, `Etc/GMT-3`) are refused.
 *
 * @param value - Anything.
 * @returns `true` for a usable zone name.
 * @example
 * isTimeZone('Asia/Tokyo'); // true
 * isTimeZone('EST'); // false: write America/New_York (or America/Panama for a fixed −05:00)
 * @since 0.1.0
 */
export function isTimeZone(value: unknown): value is TimeZone {
  if (good.has(value as string)) return true;
  if (typeof value !== 'string' || !shapeAllowed(value) || refused.has(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    refused.set(value, false);
    return false;
  }
  if (good.size >= 1024) good.clear();
  good.add(value);
  return true;
}

/**
 * Parse an IANA zone name from outside (surrounding blanks are dropped).
 *
 * @param value - A zone name such as `'America/Sao_Paulo'`.
 * @returns The zone name.
 * @throws {MeridianError} `core/invalid-time-zone` for an unknown name, an abbreviation or an offset.
 * @example
 * parseTimeZone('America/Sao_Paulo');
 * @since 0.1.0
 */
export function parseTimeZone(value: string): TimeZone {
  const trimmed = typeof value === 'string' ? value.trim() : value;
  if (isTimeZone(trimmed)) return trimmed;
  return fail('core/invalid-time-zone', { value: describeValue(value) });
}
