import { LruCache } from '@meridian-cx/core';
import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { describeFormat, PARSE_OPTIONS } from './messageAst.js';

/** A message intl-messageformat has parsed for a locale, and the arguments that take an instant. */
export type CompiledMessage = {
  readonly format: IntlMessageFormat;
  /** Arguments of `{name, date}` / `{name, time}`: pass them as epoch milliseconds. */
  readonly instants: ReadonlySet<string>;
};

// Parsed messages by locale and message, and by zone as well for the few with `{d, date}` or
// `{t, time}`. Bounded: a stream of teams' own templates or of locales cannot grow memory for ever.
const compiled = new LruCache<string, CompiledMessage>(1024);

/**
 * The IntlMessageFormat for a message in a locale, parsed once and then taken from a bounded LRU
 * cache (parsing is most of intl-messageformat's cost; formatting a parsed message is cheap).
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
  const key = `${locale}\u0000${message}`;
  let hit = compiled.get(key);
  if (hit === undefined) {
    const format = new IntlMessageFormat(message, locale, undefined, PARSE_OPTIONS);
    hit = { format, instants: describeFormat(format).instants };
    compiled.set(key, hit);
  }
  if (hit.instants.size === 0) return hit;
  // \u0001 starts no locale tag, so a zoned key never equals a plain one.
  const zonedKey = `\u0001${locale}\u0000${timeZone}\u0000${message}`;
  let zoned = compiled.get(zonedKey);
  if (zoned === undefined) {
    const formatters = formattersIn(timeZone);
    const format = new IntlMessageFormat(message, locale, undefined, {
      ...PARSE_OPTIONS,
      formatters,
    });
    zoned = { format, instants: hit.instants };
    compiled.set(zonedKey, zoned);
  }
  return zoned;
}

/**
 * Intl formatters whose dates and times read in `timeZone` (intl-messageformat's own would use
 * the machine's zone). Each belongs to one parsed message, so its memo holds at most the formats
 * that message names.
 */
function formattersIn(timeZone: string): Formatters {
  const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
  const memo = <T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
    key: string,
    make: () => T,
  ): T => {
    let hit = made.get(key) as T | undefined;
    if (hit === undefined) {
      hit = make();
      made.set(key, hit);
    }
    return hit;
  };
  return {
    getNumberFormat: (locales, options) =>
      memo(`n${JSON.stringify([locales, options])}`, () =>
        Intl.NumberFormat(locales, options as Intl.NumberFormatOptions),
      ),
    getDateTimeFormat: (locales, options) =>
      memo(`d${JSON.stringify([locales, options])}`, () =>
        Intl.DateTimeFormat(locales, { ...options, timeZone }),
      ),
    getPluralRules: (locales, options) =>
      memo(`p${JSON.stringify([locales, options])}`, () => new Intl.PluralRules(locales, options)),
  };
}
