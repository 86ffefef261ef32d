import { MeridianError } from '@meridian-cx/core';
import Holidays from 'date-holidays';
import { coverageMessages } from '../messages.js';
import { dateOfDay, dayNumber } from '../zone/days.js';
import type { HolidayCalendar, HolidayEntry, HolidayType } from './HolidayCalendar.js';

/** Options of {@link dateHolidaysCalendar}. */
export type DateHolidaysOptions = {
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
  /** A state or province code as date-holidays names it (`BY` for Bavaria). */
  readonly state?: string;
  readonly region?: string;
  /** Which date-holidays types close the day. Default: `['public']`. */
  readonly types?: readonly Exclude<HolidayType, 'custom'>[];
};

const SOURCE = {
  title: 'date-holidays (commenthol), holiday rules per country',
  url: 'https://github.com/commenthol/date-holidays',
};
// The data licence is stated two ways: the README says CC BY-SA 3.0, package.json says
// "(ISC AND CC-BY-3.0)". We record both and treat the stricter (BY-SA) as the one that applies.
const NOTE =
  'Data licence stated inconsistently by date-holidays: README says CC BY-SA 3.0, package.json says CC-BY-3.0; treat as CC BY-SA 3.0.';

/**
 * A holiday calendar backed by date-holidays (207 countries), precomputed one year at a time into a
 * lookup table: the first lookup in a year asks date-holidays for that year, every later lookup is
 * a `Map` read. Multi-day holidays (Eid al-Fitr over several days) are expanded day by day.
 *
 * @param options - Country, optional state/region, and which holiday types count.
 * @returns A {@link HolidayCalendar}.
 * @throws {MeridianError} `coverage/unknown-country-holidays` when date-holidays does not know the country.
 * @example
 * const de = dateHolidaysCalendar({ country: 'DE', state: 'BY' });
 * de.lookup('2026-01-06')?.name; // 'Heilige Drei Könige'
 * @since 0.1.0
 */
export function dateHolidaysCalendar(options: DateHolidaysOptions): HolidayCalendar {
  const types = new Set<string>(options.types ?? ['public']);
  const hd = new Holidays();
  if (!Object.hasOwn(hd.getCountries(), options.country.toUpperCase())) {
    throw new MeridianError(
      'coverage',
      'coverage/unknown-country-holidays',
      coverageMessages.unknownCountryHolidays(options.country),
      { country: options.country },
    );
  }
  if (options.state === undefined) hd.init(options.country);
  else if (options.region === undefined) hd.init(options.country, options.state);
  else hd.init(options.country, options.state, options.region);
  const years = new Map<number, Map<string, HolidayEntry>>();
  const place = [options.country, options.state, options.region].filter(Boolean).join('-');
  const id = `date-holidays:${place}:${[...types].sort().join(',')}`;

  // One provenance object shared by every entry keeps a year's table small.
  const provenance = {
    source: { ...SOURCE, pinpoint: `data/countries/${options.country.toUpperCase()}.yaml` },
    asOf: '2026-11-23',
    note: NOTE,
  };

  function year(y: number): Map<string, HolidayEntry> {
    let table = years.get(y);
    if (table !== undefined) return table;
    table = new Map();
    for (const h of hd.getHolidays(y)) {
      if (!types.has(h.type)) continue;
      const first = dayNumber(h.date.slice(0, 10));
      const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      for (let d = first; d < first + span; d++) {
        const date = dateOfDay(d);
        if (table.has(date)) continue;
        table.set(date, {
          date,
          name: h.name,
          kind: 'holiday',
          type: h.type as HolidayType,
          provenance,
        });
      }
    }
    years.set(y, table);
    return table;
  }

  return {
    id,
    lookup(date) {
      const y = Number(date.slice(0, 4));
      // A multi-day holiday that starts in late December spills into the next year's dates.
      return year(y).get(date) ?? (date.slice(5, 7) === '01' ? year(y - 1).get(date) : undefined);
    },
  };
}
