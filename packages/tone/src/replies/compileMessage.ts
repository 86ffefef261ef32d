import { LruCache } from '@meridian-cx/core';
import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { describeFormat, PARSE_OPTIONS } from './messageAst.js';

/** A message intl-messageformat has parsed for a locale, and the arguments that take an instant. */
export type CompiledMessage = {
  readonly format: IntlMessageFormat;
  /** Arguments of `{name, date}` / `{name, time}`: pass them as epoch milliseconds. */
  readonly instants: ReadonlySet<string>;
};

// Parsed messages: per message (a catalog's own string, so its hash is computed once), per
// locale, and per zone as well for the few with `{d, date}` or `{t, time}`. Bounded twice: the
// least recently used messages are forgotten, and a message's locales and zones are forgotten
// together once it holds PER_MESSAGE of them, so no stream of templates, locales or zones grows
// memory for ever (at most 256 × 16 parsed messages).
const compiled = new LruCache<string, Map<string, CompiledMessage>>(256);
const PER_MESSAGE = 16;

/**
 * The IntlMessageFormat for a message in a locale, parsed once and then taken from a bounded LRU
 * cache (parsing is most of intl-messageformat's cost), with Intl formatters shared by all.
 * A message with date or time arguments formats them in `timeZone`: such a message is held once
 * per zone, since intl-messageformat fixes its formatters when it parses.
 *
 * @param message - An ICU message (validated: a catalog's messages parse).
 * @param locale - The customer's locale: plurals, `#`, `{n, number}` and dates follow it.
 * @param timeZone - IANA zone for `{d, date}` and `{t, time}`.
 * @returns The formatter and the arguments that must be given as instants.
 * @throws {SyntaxError} intl-messageformat's, for a message that does not parse.
 */
export function compileMessage(message: string, locale: string, timeZone: string): CompiledMessage {
  let byLocale = compiled.get(message);
  if (byLocale === undefined) {
    byLocale = new Map();
    compiled.set(message, byLocale);
  }
  // Zone-free first: when the message has no date or time, its formatters' zone is never read.
  const hit = byLocale.get(locale) ?? parse(byLocale, locale, message, locale, 'UTC', undefined);
  if (hit.instants.size === 0) return hit;
  // \u0001 starts no locale tag, so a zoned key never equals a locale.
  const zonedKey = `\u0001${locale}\u0000${timeZone}`;
  return byLocale.get(zonedKey) ?? parse(byLocale, zonedKey, message, locale, timeZone, hit);
}

function parse(
  byLocale: Map<string, CompiledMessage>,
  key: string,
  message: string,
  locale: string,
  timeZone: string,
  plain: CompiledMessage | undefined,
): CompiledMessage {
  const format = new IntlMessageFormat(message, locale, undefined, {
    ...PARSE_OPTIONS,
    formatters: formattersIn(timeZone),
  });
  const made = { format, instants: plain?.instants ?? describeFormat(format).instants };
  if (byLocale.size >= PER_MESSAGE) byLocale.clear();
  byLocale.set(key, made);
  return made;
}

// Intl formatters shared by every parsed message (intl-messageformat's own are per instance and
// memoised through JSON.stringify of every call's arguments: twice the cost of a render's format).
const numberFormats = new LruCache<string, Intl.NumberFormat>(256);
const pluralRules = new LruCache<string, Intl.PluralRules>(128);
const dateFormats = new LruCache<string, Intl.DateTimeFormat>(256);
const formattersByZone = new LruCache<string, Formatters>(64);

/** A memo key: the locale alone when there are no options (`#` and plurals ask that most). */
function keyOf(locales: unknown, options: unknown): string {
  return options === undefined
    ? String(locales)
    : `${String(locales)}\u0000${JSON.stringify(options)}`;
}

function memo<T>(cache: LruCache<string, T>, key: string, make: () => T): T {
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

/**
 * Intl formatters whose dates and times read in `timeZone` (intl-messageformat's own would use
 * the machine's zone); numbers and plural rules are the same in every zone.
 */
function formattersIn(timeZone: string): Formatters {
  return memo(formattersByZone, timeZone, () => ({
    getNumberFormat: (locales, options) =>
      memo(
        numberFormats,
        keyOf(locales, options),
        () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions),
      ),
    getDateTimeFormat: (locales, options) =>
      memo(
        dateFormats,
        `${timeZone}\u0000${keyOf(locales, options)}`,
        () => new Intl.DateTimeFormat(locales, { ...options, timeZone }),
      ),
    // intl-messageformat asks plural rules by type alone: the key needs no JSON.
    getPluralRules: (locales, options) =>
      memo(pluralRules, `${String(locales)}\u0000${options?.type}`, () =>
        options?.type === undefined
          ? new Intl.PluralRules(locales)
          : new Intl.PluralRules(locales, { type: options.type }),
      ),
  }));
}
