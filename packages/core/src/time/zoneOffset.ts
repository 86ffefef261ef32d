import { LruCache } from '../cache/LruCache.js';
import { fail } from '../errors/failures.js';
import { show } from '../errors/show.js';
import { daysFromCivil } from './civil.js';

const STEP = 6 * 3_600_000;

/** A year's offsets in one zone: the instants where the offset changes, and the offset from each. */
type YearTable = { readonly at: readonly number[]; readonly offset: readonly number[] };

// Bounded: formatters per zone, and one transition table per (zone, UTC year) asked about.
const formatters = new LruCache<string, Intl.DateTimeFormat>(128);
const tables = new LruCache<string, YearTable>(4096);

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The offset in minutes, asked of Intl itself: local wall time minus UTC, to the second. */
function intlOffset(zone: string, ms: number): number {
  // en-US with an era prints "3/2/2026 AD, 11:00:00": parsing the string is several times faster
  // than formatToParts.
  const text = formatter(zone).format(ms);
  const m = /^(\d+)\/(\d+)\/(\d+) (AD|BC),? (\d+):(\d+):(\d+)$/.exec(text.replace(/\u202f/g, ' '));
  if (m === null) throw new RangeError(`Unexpected Intl output "${text}" for ${zone}`);
  const year = m[4] === 'BC' ? 1 - Number(m[3]) : Number(m[3]);
  const days = daysFromCivil(year, Number(m[1]), Number(m[2]));
  const wall = ((days * 24 + Number(m[5])) * 60 + Number(m[6])) * 60 + Number(m[7]);
  return (wall - Math.floor(ms / 1000)) / 60;
}

function yearStart(y: number): number {
  return daysFromCivil(y, 1, 1) * 86_400_000;
}

// The offset changes of a UTC year, found by probing every 6 hours and bisecting to the
// millisecond. A zone whose offset changed twice within 6 hours would be misread between the two
// changes; coverage's property tests compare the results with a minute-stepping oracle in zones
// with unusual histories (Apia, Kiritimati, Lord Howe, Caracas, Pyongyang, Casablanca).
function build(zone: string, year: number): YearTable {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  const at = [start];
  const offset = [intlOffset(zone, start)];
  let prev = offset[0] as number;
  for (let t = start + STEP; ; t += STEP) {
    const probe = Math.min(t, end - 1);
    const o = intlOffset(zone, probe);
    if (o !== prev) {
      let a = probe - STEP;
      let b = probe;
      while (b - a > 1) {
        const mid = Math.floor((a + b) / 2);
        if (intlOffset(zone, mid) === prev) a = mid;
        else b = mid;
      }
      at.push(b);
      offset.push(o);
      prev = o;
    }
    if (probe >= end - 1) break;
  }
  return { at, offset };
}

/**
 * The UTC offset of an IANA zone at an instant, in minutes (`60` for Berlin in winter, `-300` for
 * New York, `825` for Kiritimati… `+14:00` is `840`): what the zone's clocks read minus UTC. The
 * answer comes from the runtime's own tz data (`Intl.DateTimeFormat`), memoised per zone and UTC
 * year as a table of transitions (bounded, least recently used forgotten first), so a lookup is a
 * binary search. Before standard time (local mean time, such as −11:26:56 in Apia) the offset
 * has seconds, so it is a fraction of a minute, as luxon's `zone.offset` answers too.
 *
 * @param zone - An IANA zone name the runtime knows (check it with `isTimeZone` first).
 * @param epochMs - Milliseconds since the Unix epoch, within the range of `Date`.
 * @returns Minutes east of UTC.
 * @throws {MeridianError} `core/invalid-time-zone` for an unknown zone; `core/invalid-epoch-millis`.
 * @example
 * zoneOffset('Europe/Berlin', Date.UTC(2026, 0, 15)); // 60
 * zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 29, 12)); // -600: the last Thursday before Samoa skipped a day
 * @since 0.2.0
 */
export function zoneOffset(zone: string, epochMs: number): number {
  if (typeof epochMs !== 'number' || !(epochMs >= -8.64e15 && epochMs <= 8.64e15)) {
    fail('core/invalid-epoch-millis', { value: show(epochMs) });
  }
  if (typeof zone !== 'string') fail('core/invalid-time-zone', { value: show(zone) });
  const year = new Date(epochMs).getUTCFullYear();
  const key = `${zone}|${year}`;
  let table = tables.get(key);
  if (table === undefined) {
    try {
      table = build(zone, year);
    } catch (e) {
      if (e instanceof RangeError) fail('core/invalid-time-zone', { value: show(zone) });
      throw e;
    }
    tables.set(key, table);
  }
  const { at, offset } = table;
  let a = 0;
  let b = at.length - 1;
  while (a < b) {
    const m = (a + b + 1) >> 1;
    if ((at[m] as number) <= epochMs) a = m;
    else b = m - 1;
  }
  return offset[a] as number;
}
