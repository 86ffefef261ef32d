import { describeValue } from '../errors/describeValue.js';
import { fail } from '../errors/failures.js';
import { civilDays } from './civil.js';

// Offsets are read from Intl for the 6-hour stretch (a "bucket", aligned on the epoch) that holds
// the instant: its first and last millisecond, two reads. Equal means no change inside it; else
// the change is found by bisection to the millisecond, once (about 25 reads). So the first use of
// a zone costs two reads, not a year's table. Assumed, as every probing reader of Intl assumes
// (luxon included): an offset never changes twice within 6 hours; coverage's and core's
// properties compare with luxon in zones with unusual histories (Apia, Kiritimati, Lord Howe,
// Caracas, Pyongyang, Casablanca).
const STEP = 6 * 3_600_000;
const LIMIT = 8.64e15;

/** A bucket's offset, or the instant inside it where the offset changes and the two offsets. */
type Bucket = number | { readonly at: number; readonly before: number; readonly after: number };

/**
 * Per zone: its formatter, its buckets in a direct-mapped cache (bucket k lives in slot k mod 512,
 * so a lookup is one comparison and the memory is fixed), and the stretch (lo..hi) of the last
 * answer.
 */
type ZoneState = {
  readonly format: Intl.DateTimeFormat;
  readonly offsetFormat: Intl.DateTimeFormat | undefined;
  readonly keys: Float64Array;
  readonly buckets: Bucket[];
  lo: number;
  hi: number;
  offset: number;
};

const SLOTS = 512;
const MAX_ZONES = 64;
// Bounded: 64 zones (the oldest forgotten first), 512 buckets (128 days) each.
const zones = new Map<string, ZoneState>();
let lastName: string | undefined;
let last: ZoneState | undefined;

function state(zone: string): ZoneState {
  if (zone === lastName) return last as ZoneState;
  let s = zones.get(zone);
  if (s === undefined) {
    let format: Intl.DateTimeFormat;
    let offsetFormat: Intl.DateTimeFormat | undefined;
    try {
      [format, offsetFormat] = formatters(zone);
    } catch (e) {
      if (e instanceof RangeError) fail('core/invalid-time-zone', { value: describeValue(zone) });
      throw e;
    }
    const keys = new Float64Array(SLOTS).fill(Number.NaN);
    s = {
      format,
      offsetFormat,
      keys,
      buckets: new Array<Bucket>(SLOTS).fill(0),
      lo: 1,
      hi: 0,
      offset: 0,
    };
    if (zones.size >= MAX_ZONES) zones.delete(zones.keys().next().value as string);
    zones.set(zone, s);
  }
  lastName = zone;
  last = s;
  return s;
}

/**
 * The zone's two formatters: the wall clock (date and time, to the second) and, where the runtime
 * has `timeZoneName: 'longOffset'` (ES2021; not in Safari before 15.4), the offset itself
 * (`GMT+05:30`, `GMT-11:26:56`), which one format call answers in about 60% of the time of the
 * wall clock and its parse. Throws Intl's RangeError for an unknown zone. Not exported from the package.
 */
export function formatters(zone: string): [Intl.DateTimeFormat, Intl.DateTimeFormat | undefined] {
  const format = new Intl.DateTimeFormat('en-US', {
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
  let offset: Intl.DateTimeFormat | undefined;
  try {
    offset = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    // A runtime that ignores the option keeps to the wall clock (one that lacks it throws).
    if (offset.resolvedOptions().timeZoneName !== 'longOffset') offset = undefined;
  } catch {
    offset = undefined;
  }
  return [format, offset];
}

const two = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
};

/**
 * Minutes east of UTC in a `longOffset` text (`…, GMT+05:30`, `…, GMT-11:26:56`, `…, GMT`); NaN
 * for any other text. Not exported from the package.
 */
export function longOffsetMinutes(text: string): number {
  const at = text.lastIndexOf('GMT') + 3;
  const len = text.length - at;
  if (at === 2) return Number.NaN;
  if (len === 0) return 0;
  const sign = text.charCodeAt(at);
  if ((sign !== 43 && sign !== 45) || (len !== 6 && len !== 9) || text.charCodeAt(at + 3) !== 58) {
    return Number.NaN;
  }
  let seconds = two(text, at + 1) * 3600 + two(text, at + 4) * 60;
  if (len === 9)
    seconds = text.charCodeAt(at + 6) === 58 ? seconds + two(text, at + 7) : Number.NaN;
  return (sign === 45 ? -seconds : seconds) / 60;
}

/** The offset in minutes, asked of Intl's wall clock: local wall time minus UTC, to the second. */
export function wallClockOffset(format: Intl.DateTimeFormat, ms: number): number {
  // en-US with an era prints "3/2/2026 AD, 11:00:00": parsing the string is several times faster
  // than formatToParts.
  const text = format.format(ms);
  const m = /^(\d+)\/(\d+)\/(\d+) (AD|BC),? (\d+):(\d+):(\d+)$/.exec(text.replace(/\u202f/g, ' '));
  if (m === null) throw new Error(`Unexpected Intl output "${text}"`);
  const year = m[4] === 'BC' ? 1 - Number(m[3]) : Number(m[3]);
  const days = civilDays(year, Number(m[1]), Number(m[2]));
  const wall = ((days * 24 + Number(m[5])) * 60 + Number(m[6])) * 60 + Number(m[7]);
  return (wall - Math.floor(ms / 1000)) / 60;
}

/** The offset in minutes at an instant: from the offset formatter where there is one. */
function intlOffset(s: ZoneState, ms: number): number {
  if (s.offsetFormat === undefined) return wallClockOffset(s.format, ms);
  const o = longOffsetMinutes(s.offsetFormat.format(ms));
  if (Number.isNaN(o)) throw new Error(`Unexpected Intl output "${s.offsetFormat.format(ms)}"`);
  return o;
}

/** Read a bucket from Intl: two reads, and a bisection only when the offset changes inside. */
function readBucket(s: ZoneState, start: number, end: number): Bucket {
  const before = intlOffset(s, start);
  const after = intlOffset(s, end);
  if (before === after) return before;
  let a = start;
  let b = end;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (intlOffset(s, mid) === before) a = mid;
    else b = mid;
  }
  return { at: b, before, after };
}

/**
 * The UTC offset of an IANA zone at an instant, in minutes (`60` for Berlin in winter, `-300` for
 * New York, `840` for Kiritimati's `+14:00`): what the zone's clocks read minus UTC. The answer
 * comes from the runtime's own tz data (`Intl.DateTimeFormat`), read for the 6-hour stretch that
 * holds the instant (two reads; a change of offset inside it is found by bisection), and
 * remembered: the last stretch per zone, and a bounded number of stretches per zone and of zones
 * (least recently used forgotten first). Before standard time (local mean time, such as −11:26:56
 * in Apia) the offset has seconds, so it is a fraction of a minute, as luxon's `zone.offset`
 * answers too.
 *
 * @param zone - An IANA zone name the runtime knows (check it with `isTimeZone` first).
 * @param epochMs - Milliseconds since the Unix epoch, within the range of `Date`.
 * @returns Minutes east of UTC.
 * @throws {MeridianError} `core/invalid-time-zone` for an unknown zone; `core/invalid-epoch-millis`.
 * @example
 * zoneOffset('Europe/Berlin', Date.UTC(2026, 0, 15)); // 60
 * zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 29, 12)); // -600: the last Thursday before Samoa skipped a day
 * @since 0.1.0
 */
export function zoneOffset(zone: string, epochMs: number): number {
  if (typeof epochMs !== 'number' || !(epochMs >= -LIMIT && epochMs <= LIMIT)) {
    fail('core/invalid-epoch-millis', { value: describeValue(epochMs) });
  }
  if (typeof zone !== 'string') fail('core/invalid-time-zone', { value: describeValue(zone) });
  return offsetAt(zone, epochMs);
}

/**
 * {@link zoneOffset} without the checks of its arguments, for core's own callers that have made
 * them (localToUtc reads three offsets per wall time). Not exported from the package.
 */
export function offsetAt(zone: string, epochMs: number): number {
  const s = state(zone);
  if (epochMs >= s.lo && epochMs <= s.hi) return s.offset;
  const k = Math.floor(epochMs / STEP);
  const start = Math.max(k * STEP, -LIMIT);
  const end = Math.min((k + 1) * STEP - 1, LIMIT);
  const slot = k & (SLOTS - 1);
  let bucket: Bucket;
  if (s.keys[slot] === k) bucket = s.buckets[slot] as Bucket;
  else {
    bucket = readBucket(s, start, end);
    s.keys[slot] = k;
    s.buckets[slot] = bucket;
  }
  if (typeof bucket === 'number') {
    s.lo = start;
    s.hi = end;
    s.offset = bucket;
  } else if (epochMs < bucket.at) {
    s.lo = start;
    s.hi = bucket.at - 1;
    s.offset = bucket.before;
  } else {
    s.lo = bucket.at;
    s.hi = end;
    s.offset = bucket.after;
  }
  return s.offset;
}
