import { LruCache } from '../cache/LruCache.js';
import { minorUnits } from '../codes/currency.js';
import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { assertMoney } from './money.js';
import { toDecimal } from './toDecimal.js';
import type { Money } from './types.js';

/** Options of {@link format}: a subset of `Intl.NumberFormat`'s currency options. */
export type FormatOptions = {
  /** `symbol` (default, `€`), `narrowSymbol` (`$` rather than `US$`), `code` (`EUR`), `name`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** `standard` (default) or `accounting` (negative amounts in parentheses where the locale does). */
  readonly currencySign?: 'standard' | 'accounting';
  /** Override the locale's digits (`latn` for Western digits in an `fa-IR` text). */
  readonly numberingSystem?: string;
};

/**
 * How many formatters {@link format} keeps, and how many tags it remembers the formatting locale
 * of: the least recently used are forgotten first. 256 covers every locale and currency a
 * storefront shows; a stream of distinct Accept-Language headers cannot grow either past the bound.
 */
export const FORMATTER_CACHE_SIZE = 256;

/** Formatters by (tag as given, currency, options): the hot path, no parsing. Bounded. */
export const formatterCache = new LruCache<string, Intl.NumberFormat>(FORMATTER_CACHE_SIZE);
/** Formatters by what changes the output (language, script, region, digits). Bounded. */
const sharedFormatters = new LruCache<string, Intl.NumberFormat>(FORMATTER_CACHE_SIZE);

// RFC 5646 §2.1 langtag (grandfathered tags aside, which take the Intl path): language, script,
// region, variants, extensions, private use. Subtag classes are disjoint by length, so matching
// is linear.
const LANGTAG =
  /^([a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*((?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*)(?:-x(?:-[a-z\d]{1,8})+)?$/i;
const NU = /(?:^|-)u(?:-[a-z\d]{2,8})*?-nu-([a-z\d]{3,8})(?:-|$)/i;

/**
 * The part of a tag that can change how a currency amount prints: language, script, region and
 * the `-u-nu-` numbering system. Private-use subtags, variants and other extensions (every
 * Accept-Language header can differ in them) share one formatter. `undefined` when the tag is
 * not well-formed.
 */
function formattingLocale(tag: string): string | undefined {
  const m = LANGTAG.exec(tag);
  if (m === null) {
    // Grandfathered and irregular tags ("i-klingon", "art-lojban"): let Intl decide.
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      return undefined;
    }
  }
  const [, language, script, region, extensions] = m;
  let out = (language as string).toLowerCase();
  if (script) out += `-${script[0]?.toUpperCase()}${script.slice(1).toLowerCase()}`;
  if (region) out += `-${region.toUpperCase()}`;
  const nu = extensions ? NU.exec(extensions) : null;
  return nu ? `${out}-u-nu-${(nu[1] as string).toLowerCase()}` : out;
}

const DISPLAYS = ['symbol', 'narrowSymbol', 'code', 'name'];
const SIGNS = ['standard', 'accounting'];

function checkOption(name: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    fail('core/invalid-format-option', {
      option: name,
      value: describeValue(value),
      allowed: allowed.join(', '),
    });
  }
}

function createFormatter(m: Money, locale: string, options: FormatOptions): Intl.NumberFormat {
  const base = formattingLocale(locale);
  if (base === undefined) return fail('core/invalid-locale', { value: describeValue(locale) });
  const key = `${base}|${m.currency}|${options.currencyDisplay ?? ''}|${options.currencySign ?? ''}|${options.numberingSystem ?? ''}`;
  const shared = sharedFormatters.get(key);
  if (shared !== undefined) return shared;
  const digits = minorUnits(m.currency);
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(base, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(options.currencyDisplay ? { currencyDisplay: options.currencyDisplay } : {}),
      ...(options.currencySign ? { currencySign: options.currencySign } : {}),
      ...(options.numberingSystem ? { numberingSystem: options.numberingSystem } : {}),
    });
  } catch {
    // Unreachable for a canonical tag and checked options; a clear error all the same.
    return fail('core/invalid-locale', { value: describeValue(locale) });
  }
  sharedFormatters.set(key, formatter);
  return formatter;
}

/**
 * Format an amount for people with `Intl.NumberFormat`, in any locale, with exactly the
 * currency's ISO minor units (never a rounded-away cent). The amount goes to Intl as an exact
 * decimal string, so no binary float sits in between. Formatters are kept in a bounded cache
 * ({@link FORMATTER_CACHE_SIZE} entries, least recently used forgotten first).
 *
 * @param m - The amount: a safe-integer `amount` of minor units and a current currency code.
 * @param locale - A BCP 47 tag: `'de-DE'` → `19,99 €`, `'ja-JP'` → `￥1,999`, `'fa-IR'` in Persian digits.
 * @param options - Display options; see {@link FormatOptions}.
 * @returns The amount as people read it in that locale.
 * @throws {MeridianError} `core/invalid-amount` for a fraction, a string or an unsafe amount;
 *   `core/invalid-currency`; `core/invalid-locale` for a tag that is not well-formed;
 *   `core/invalid-format-option` for an unknown option value.
 * @example
 * format(money(1999, 'EUR'), 'de-DE'); // '19,99 €'
 * @since 0.1.0
 */
export function format(m: Money, locale: string, options: FormatOptions = {}): string {
  assertMoney(m);
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 255) {
    fail('core/invalid-locale', { value: describeValue(locale) });
  }
  if (typeof options !== 'object' || options === null) {
    fail('core/invalid-format-option', {
      option: 'options',
      value: describeValue(options),
      allowed: 'an object such as { currencyDisplay: "code" }',
    });
  }
  checkOption('currencyDisplay', options.currencyDisplay, DISPLAYS);
  checkOption('currencySign', options.currencySign, SIGNS);
  const ns = options.numberingSystem;
  if (ns !== undefined && !(typeof ns === 'string' && /^[a-z0-9]{3,8}$/i.test(ns))) {
    fail('core/invalid-format-option', {
      option: 'numberingSystem',
      value: describeValue(ns),
      allowed: 'a Unicode numbering system such as latn, arab, arabext, deva, thai',
    });
  }
  const key = `${locale}|${m.currency}|${options.currencyDisplay ?? ''}|${options.currencySign ?? ''}|${ns ?? ''}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = createFormatter(m, locale, options);
    formatterCache.set(key, formatter);
  }
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3).
  return formatter.format(toDecimal(m) as unknown as number);
}
