import { daysFromCivil, LruCache, parseWith } from '@meridian-cx/core';
import Holidays from 'date-holidays';
import { fail } from '../failures.js';
import { ScheduleHolidaysSchema } from '../schemas.js';
import { dateOfDay, dayNumber } from '../zone/days.js';
import { checkLocalDate } from './checkLocalDate.js';
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

// The same rules as a schedule's `holidays: { country, state?, region?, types? }`.
const OptionsSchema = ScheduleHolidaysSchema;

/** Year tables held in direct slots in front of the LRU (a power of two). */
const SLOTS = 8;

/** The year of a ten-character `YYYY-MM-DD` from its four digits; 0 when one is not a digit. */
function yearOf(date: string): number {
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return 0;
    y = y * 10 + c;
  }
  return y;
}

function listed(names: Record<string, string> | undefined): string {
  const keys = Object.keys(names ?? {});
  return keys.length === 0
    ? 'none (date-holidays has no states for this country)'
    : keys.slice(0, 40).join(', ') + (keys.length > 40 ? ', …' : '');
}

// date-holidays ignores a state or region it does not know and answers with the national
// holidays: a Bavarian team would silently lose Epiphany. Refuse instead.
function checkPlace(
  hd: Holidays,
  o: { country: string; state?: string | undefined; region?: string | undefined },
): void {
  if (o.state === undefined) return;
  const states = hd.getStates(o.country) as Record<string, string> | undefined;
  if (states === undefined || !Object.hasOwn(states, o.state)) {
    fail('coverage/unknown-holiday-state', {
      country: o.country,
      state: o.state,
      known: listed(states),
    });
  }
  if (o.region === undefined) return;
  const regions = hd.getRegions(o.country, o.state) as Record<string, string> | undefined;
  if (regions === undefined || !Object.hasOwn(regions, o.region)) {
    fail('coverage/unknown-holiday-region', {
      country: o.country,
      state: o.state,
      region: o.region,
      known: listed(regions),
    });
  }
}

/**
 * A holiday calendar backed by date-holidays (207 countries), precomputed one year at a time into a
 * lookup table: the first lookup in a year asks date-holidays for that year, every later lookup is
 * a `Map` read. Multi-day holidays (Eid al-Fitr over several days) are expanded day by day.
 *
 * @param input - `country` (ISO 3166-1 alpha-2, upper-case), optional `state` and `region` as
 *   date-holidays names them (a region needs its state), and `types`: which date-holidays types
 *   close the day (default `['public']`).
 * @returns A {@link HolidayCalendar} whose id names the place and types
 *   (`date-holidays:DE-BY:public`); its `lookup` throws `coverage/invalid-local-date` for a date
 *   that does not exist.
 * @throws {ValidationError} `coverage/invalid-holiday-options` for a country that is not an ISO
 *   3166-1 alpha-2 code, an unknown type or an unknown key.
 * @throws {MeridianError} `coverage/unknown-country-holidays` when date-holidays does not know the
 *   country; `coverage/unknown-holiday-state` / `coverage/unknown-holiday-region` for a state or
 *   region it does not know (date-holidays itself would silently fall back to the national list).
 * @example
 * const de = dateHolidaysCalendar({ country: 'DE', state: 'BY' });
 * de.lookup('2026-01-06')?.name; // 'Heilige Drei Könige'
 * dateHolidaysCalendar({ country: 'DE' }).lookup('2026-01-06'); // undefined: not national
 * @since 0.1.0
 */
export function dateHolidaysCalendar(input: DateHolidaysOptions): HolidayCalendar {
  const options = parseWith(OptionsSchema, input, { package: 'coverage', what: 'holiday-options' });
  const types = new Set<string>(options.types ?? ['public']);
  const hd = new Holidays();
  if (!Object.hasOwn(hd.getCountries(), options.country)) {
    fail('coverage/unknown-country-holidays', { country: options.country });
  }
  checkPlace(hd, options);
  if (options.state === undefined) hd.init(options.country);
  else if (options.region === undefined) hd.init(options.country, options.state);
  else hd.init(options.country, options.state, options.region);
  // Bounded: years asked about, the least recently used forgotten first. A year's table holds
  // every date of the year (`null`: an ordinary day), so a date it holds is valid by construction
  // and only a date it does not hold needs checking. In front of the LRU, one slot per year
  // modulo 8: the few years a calendar keeps asking about cost an array read, not a re-insertion.
  const years = new LruCache<number, Map<string, HolidayEntry | null>>(64);
  const slots: (Map<string, HolidayEntry | null> | undefined)[] = new Array(SLOTS);
  const slotYears: number[] = new Array<number>(SLOTS).fill(Number.NaN);
  const place = [options.country, options.state, options.region].filter(Boolean).join('-');
  const id = `date-holidays:${place}:${[...types].sort().join(',')}`;

  // One provenance object shared by every entry keeps a year's table small.
  const provenance = {
    source: { ...SOURCE, pinpoint: `data/countries/${options.country.toUpperCase()}.yaml` },
    asOf: '2026-11-23',
    note: NOTE,
  };

  function build(y: number): Map<string, HolidayEntry | null> {
    const table = new Map<string, HolidayEntry | null>();
    const end = daysFromCivil(y + 1, 1, 1);
    for (let d = daysFromCivil(y, 1, 1); d < end; d++) table.set(dateOfDay(d), null);
    for (const h of hd.getHolidays(y)) {
      if (!types.has(h.type)) continue;
      const first = dayNumber(h.date.slice(0, 10));
      const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      for (let d = first; d < first + span; d++) {
        const date = dateOfDay(d);
        if (table.get(date)) continue; // the first holiday of a date names it
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

  function year(y: number): Map<string, HolidayEntry | null> {
    const slot = y & (SLOTS - 1);
    if (slotYears[slot] === y) return slots[slot] as Map<string, HolidayEntry | null>;
    const table = years.get(y) ?? build(y);
    slots[slot] = table;
    slotYears[slot] = y;
    return table;
  }

  return {
    id,
    lookup(date) {
      // date-holidays' rules are written for years 1–9999; a far instant gets the weekly hours.
      const y = typeof date === 'string' && date.length === 10 ? yearOf(date) : 0;
      const entry = y > 0 ? year(y).get(date) : undefined;
      if (entry === undefined) {
        // Not a date of the table: valid only in a form beyond its years, else refused.
        checkLocalDate(date);
        return undefined;
      }
      // A multi-day holiday that starts in late December spills into the next year's dates.
      return (
        entry ??
        (date.charCodeAt(5) === 48 && date.charCodeAt(6) === 49
          ? (year(y - 1).get(date) ?? undefined)
          : undefined)
      );
    },
  };
}
