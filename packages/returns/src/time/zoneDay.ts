// Calendar days in a customer's IANA zone, through the platform's Intl time-zone data (no date
// library: a browser bundle carries none). Deadlines in consumer law end at the end of a day where
// the consumer lives, so the local date of an instant and the last instant of a local date are the
// two questions everything else asks. Both are cached: the offset by quarter hour (zone
// transitions fall on quarter hours) and day ends by (zone, date). The tests hold both to luxon.
import { fromEpochMillis } from '@meridian-cx/core';
import { fail } from '../failures.js';

const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;
const MAX_CACHE = 50_000;
// Per zone, one record: the luxon zone, offsets by UTC day number (or TRANSITION), offsets by
// quarter-hour bucket on transition days, and day ends by local date. One lookup per call.
type ZoneCache = {
  readonly zone: Intl.DateTimeFormat;
  readonly offsets: Map<number, number>;
  readonly quarters: Map<number, number>;
  readonly dayEnds: Map<string, number>;
  readonly localDays: Map<number, LocalDays>;
};
// On a UTC day without a transition: the offset, and the local dates of the day before, the day
// itself and the day after (an instant's local date is one of the three).
type LocalDays = {
  readonly offsetMs: number;
  readonly before: string;
  readonly same: string;
  readonly after: string;
};
const zones = new Map<string, ZoneCache>();
// Marks a UTC day that holds a zone transition (offsets are at most ±18 h, so never this value).
const TRANSITION = 100_000;

function zoneCache(name: string): ZoneCache {
  let z = zones.get(name);
  if (z === undefined) {
    z = {
      zone: new Intl.DateTimeFormat('en-US', {
        hourCycle: 'h23',
        timeZone: name,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        era: 'short',
      }),
      offsets: new Map(),
      quarters: new Map(),
      dayEnds: new Map(),
      localDays: new Map(),
    };
    zones.set(name, z);
  }
  return z;
}

function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
}

/**
 * The offset in minutes of the zone at an instant, read from Intl's wall-clock parts: the wall time
 * as if it were UTC, minus the instant (to the second; historic offsets have seconds).
 */
function zoneOffset(dtf: Intl.DateTimeFormat, ms: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of dtf.formatToParts(ms)) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
    else if (p.type === 'hour') hour = Number(p.value) % 24;
    else if (p.type === 'minute') minute = Number(p.value);
    else if (p.type === 'second') second = Number(p.value);
    else if (p.type === 'era') bc = p.value === 'BC' || p.value === 'B';
  }
  if (bc) year = 1 - year;
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year);
  const over = ms % 1000;
  return (d.getTime() - (ms - (over >= 0 ? over : 1000 + over))) / 60_000;
}

/** The zone's UTC offset in minutes at an instant. */
export function offsetMinutes(ms: number, zone: string): number {
  return offsetIn(zoneCache(zone), ms);
}

function offsetIn(zc: ZoneCache, ms: number): number {
  // Most UTC days hold no transition: one cached offset serves the whole day.
  const day = Math.floor(ms / DAY);
  const whole = zc.offsets.get(day);
  if (whole !== undefined && whole !== TRANSITION) return whole;
  const z = zc.zone;
  if (whole === undefined) {
    const start = zoneOffset(z, day * DAY);
    const end = zoneOffset(z, (day + 1) * DAY - 1);
    remember(zc.offsets, day, start === end ? start : TRANSITION);
    if (start === end) return start;
  }
  // A transition day: cache by quarter hour (transitions fall on quarter hours).
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const hit = zc.quarters.get(bucket);
  if (hit !== undefined) return hit;
  const a = zoneOffset(z, bucket * QUARTER_HOUR);
  const b = zoneOffset(z, (bucket + 1) * QUARTER_HOUR - 1);
  if (a !== b) return zoneOffset(z, ms);
  remember(zc.quarters, bucket, a);
  return a;
}

// Proleptic Gregorian day numbers (days since 1970-01-01) and back, after Howard Hinnant's
// days_from_civil (and core's fromEpochMillis for the way back): no Date objects in the hot path.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

// Day numbers and date strings recur (deliveries, deadlines): convert each once.
const dateOfDay = new Map<number, string>();
const dayOfDate = new Map<string, number>();

// 0000-01-01 and 9999-12-31 as day numbers: the dates an ISO instant can name.
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

function civilFromDays(z0: number): string {
  const hit = dateOfDay.get(z0);
  if (hit !== undefined) return hit;
  if (!(z0 >= FIRST_DAY && z0 <= LAST_DAY)) {
    fail('returns/date-out-of-range', {
      what: 'A deadline or delivery date',
      date: `day ${z0} counted from 1970-01-01`,
    });
  }
  const out = computeCivil(z0);
  if (dateOfDay.size >= MAX_CACHE) dateOfDay.clear();
  dateOfDay.set(z0, out);
  return out;
}

/** The ISO date of a day number: the date part of core's canonical instant string. */
function computeCivil(z0: number): string {
  return fromEpochMillis(z0 * DAY).slice(0, 10);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  const zc = zoneCache(zone);
  const day = Math.floor(ms / DAY);
  const days = zc.localDays.get(day);
  if (days !== undefined) {
    const k = Math.floor((ms + days.offsetMs) / DAY) - day;
    if (k === 0) return days.same;
    if (k === -1) return days.before;
    if (k === 1) return days.after;
  }
  const offsetMs = offsetIn(zc, ms) * 60_000;
  const whole = zc.offsets.get(day);
  if (days === undefined && whole !== undefined && whole !== TRANSITION) {
    remember(zc.localDays, day, {
      offsetMs: whole * 60_000,
      before: civilFromDays(day - 1),
      same: civilFromDays(day),
      after: civilFromDays(day + 1),
    });
  }
  return civilFromDays(Math.floor((ms + offsetMs) / DAY));
}

/** The weekday of a calendar date: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekday(isoDate: string): number {
  return (((dayNumber(isoDate) + 4) % 7) + 7) % 7;
}

/** A calendar date plus whole days (negative to go back). */
export function addDays(isoDate: string, days: number): string {
  return civilFromDays(dayNumber(isoDate) + days);
}

function dayNumber(isoDate: string): number {
  let n = dayOfDate.get(isoDate);
  if (n === undefined) {
    n = daysFromCivil(
      Number(isoDate.slice(0, 4)),
      Number(isoDate.slice(5, 7)),
      Number(isoDate.slice(8, 10)),
    );
    if (dayOfDate.size >= MAX_CACHE) dayOfDate.clear();
    dayOfDate.set(isoDate, n);
  }
  return n;
}

/** A calendar date plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const total = Number(isoDate.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = ((total % 12) + 12) % 12;
  if (year < 0 || year > 9999) {
    fail('returns/date-out-of-range', { what: `${isoDate} plus ${months} months`, date: isoDate });
  }
  const last = new Date(Date.UTC(2000, month + 1, 0));
  last.setUTCFullYear(year, month + 1, 0);
  const day = Math.min(Number(isoDate.slice(8, 10)), last.getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first instant (epoch ms) of a local date in a zone; a day starting in a DST gap starts later. */
export function startOfLocalDay(isoDate: string, zone: string): number {
  return endOfLocalDay(addDays(isoDate, -1), zone) + 1;
}

/** The last millisecond (epoch ms) of a local date in a zone. */
export function endOfLocalDay(isoDate: string, zone: string): number {
  const zc = zoneCache(zone);
  const hit = zc.dayEnds.get(isoDate);
  if (hit !== undefined) return hit;
  const end = localMidnight(zc, addDays(isoDate, 1)) - 1;
  remember(zc.dayEnds, isoDate, end);
  return end;
}

/**
 * The instant of local midnight on a date, as luxon resolves a wall time: the offset at that wall
 * time read as UTC, corrected once or twice; a midnight inside a gap (a zone that springs forward
 * at 00:00) becomes the first instant after the gap.
 */
function localMidnight(zc: ZoneCache, isoDate: string): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(
    Number(isoDate.slice(0, 4)),
    Number(isoDate.slice(5, 7)) - 1,
    Number(isoDate.slice(8, 10)),
  );
  const local = d.getTime();
  const o = offsetIn(zc, local);
  let guess = local - o * 60_000;
  const o2 = offsetIn(zc, guess);
  if (o === o2) return guess;
  guess -= (o2 - o) * 60_000;
  const o3 = offsetIn(zc, guess);
  if (o2 === o3) return guess;
  return local - Math.min(o2, o3) * 60_000;
}

/** An instant rendered in a zone with its offset, e.g. `2026-03-16T23:59:59.999+01:00`. */
export function toLocalIso(ms: number, zone: string): string {
  const off = offsetMinutes(ms, zone);
  const wall = new Date(ms + off * 60_000).toISOString().slice(0, 23);
  const abs = Math.abs(off);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${off < 0 ? '-' : '+'}${hh}:${mm}`;
}
