import { parseLocale } from '@meridian-cx/core';
import { FIRST_DAY_FALLBACK } from './weekData.js';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

type WeekInfo = { readonly firstDay?: number };
type LocaleWithWeekInfo = Intl.Locale & {
  getWeekInfo?: () => WeekInfo;
  weekInfo?: WeekInfo;
};

/**
 * The first day of the week in a locale, from the runtime's CLDR data: `Intl.Locale#getWeekInfo()`
 * (Node 22+, current browsers) or the older `weekInfo` accessor (Node 20), and otherwise a
 * fallback table by region from CLDR 48 (Monday when the region is not listed). A `-u-fw-`
 * extension (`en-GB-u-fw-sun`) is honoured where the runtime honours it.
 *
 * @param locale - A BCP 47 tag: `en-US`, `de-DE`, `ar-EG`.
 * @returns The ISO weekday the week starts on (7 for `en-US`, 1 for `de-DE`, 6 for `ar-EG`), and
 *   where the answer came from.
 * @throws {MeridianError} `core/invalid-locale` for a malformed tag.
 * @example
 * firstDayOfWeek('en-US').day; // 7 (Sunday)
 * @since 0.1.0
 */
export function firstDayOfWeek(locale: string): {
  readonly day: Weekday;
  readonly source: 'intl' | 'fallback';
} {
  // core's parse names the problem (and refuses a non-string) before Intl sees the tag.
  const loc = new Intl.Locale(parseLocale(locale)) as LocaleWithWeekInfo;
  const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
  const day = info?.firstDay;
  if (typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 7) {
    return { day: day as Weekday, source: 'intl' };
  }
  return { day: fallbackFirstDay(loc), source: 'fallback' };
}

/** The fallback table's answer for a locale (exported for tests). Internal. */
export function fallbackFirstDay(loc: Intl.Locale): Weekday {
  const region = loc.region ?? loc.maximize().region;
  return (region !== undefined ? FIRST_DAY_FALLBACK[region] : undefined) ?? 1;
}
