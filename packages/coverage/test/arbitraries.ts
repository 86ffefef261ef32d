// Shared fast-check generators: schedules with DST-sensitive shifts and instants near transitions.
import { fc } from '@fast-check/vitest';
import type { Schedule } from '@meridian-cx/coverage';
import { IANAZone } from 'luxon';

export const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Santiago',
  'Asia/Tehran',
  'Europe/Dublin',
  'Asia/Tokyo',
  // Unusual histories: a skipped day (Apia 2011-12-30, Kiritimati 1994-12-31), half-hour offset
  // changes (Caracas 2007 and 2016, Pyongyang 2015 and 2018), DST suspended for Ramadan
  // (Casablanca, 2012–2018 as DST, since 2019 as −1 h).
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'America/Caracas',
  'Asia/Pyongyang',
  'Africa/Casablanca',
] as const;

/** The years searched for transitions: 2019–2027 for all, plus each unusual zone's own events. */
const YEARS: Record<string, readonly [number, number][]> = {
  'Pacific/Apia': [[2011, 2012]],
  'Pacific/Kiritimati': [[1994, 1995]],
  'America/Caracas': [
    [2007, 2007],
    [2016, 2016],
  ],
  'Asia/Pyongyang': [
    [2015, 2015],
    [2018, 2018],
  ],
  'Africa/Casablanca': [[2012, 2013]],
};

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Every offset change of a zone in the years given, to the minute: where DST bugs live. */
function transitions(name: string): number[] {
  return [...(YEARS[name] ?? []), [2019, 2027] as const].flatMap(([a, b]) =>
    transitionsIn(name, a, b),
  );
}

function transitionsIn(name: string, first: number, last: number): number[] {
  const zone = IANAZone.create(name);
  const out: number[] = [];
  let t = Date.UTC(first, 0, 1);
  const end = Date.UTC(last + 1, 0, 1);
  let prev = zone.offset(t);
  for (; t < end; t += DAY) {
    const o = zone.offset(t + DAY);
    if (o !== prev) {
      let a = t;
      let b = t + DAY;
      while (b - a > MINUTE) {
        const m = a + Math.floor((b - a) / 2 / MINUTE) * MINUTE;
        if (zone.offset(m) === prev) a = m;
        else b = m;
      }
      out.push(b);
      prev = o;
    }
  }
  return out;
}

export const TRANSITIONS: Record<string, number[]> = Object.fromEntries(
  ZONES.map((z) => [z, transitions(z)]),
);

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The shifts of one day: sorted, non-overlapping, on a 30-minute grid, maybe one overnight. */
const dayShifts = fc
  .record({
    points: fc.uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 2, maxLength: 6 }),
    overnight: fc.option(
      fc.record({ start: fc.integer({ min: 36, max: 47 }), end: fc.integer({ min: 0, max: 16 }) }),
    ),
  })
  .map(({ points, overnight }) => {
    const sorted = [...points].sort((a, b) => a - b);
    const shifts: { start: string; end: string; overnight?: boolean }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const s = (sorted[i] as number) * 30;
      const e = (sorted[i + 1] as number) * 30;
      shifts.push({ start: hhmm(s), end: e === 1440 ? '24:00' : hhmm(e) });
    }
    const lastEnd =
      sorted.length >= 2
        ? (sorted[sorted.length - (sorted.length % 2 === 0 ? 1 : 2)] as number)
        : 0;
    if (overnight !== null && overnight.start > lastEnd && overnight.start < 48) {
      shifts.push({
        start: hhmm(overnight.start * 30),
        end: hhmm(overnight.end * 30),
        overnight: true,
      });
    }
    return shifts;
  });

/** A schedule in a DST-heavy zone, with shifts on at least four days of the week. */
export const scheduleArb: fc.Arbitrary<Schedule> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    days: fc.tuple(dayShifts, dayShifts, dayShifts, dayShifts, dayShifts, dayShifts, dayShifts),
    closed: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    ambiguous: fc.constantFrom('earlier' as const, 'later' as const),
  })
  .map(({ zone, days, closed, ambiguous }): Schedule => {
    const keys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const weekly: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      if (!closed.includes(i)) weekly[k] = days[i];
    });
    return { id: 'prop', zone, weekly, ambiguous } as Schedule;
  });

/** A minute-aligned instant within ±2 days of one of the zone's transitions. */
export function instantNear(zone: string): fc.Arbitrary<number> {
  const list = TRANSITIONS[zone] ?? [];
  const anchors = list.length > 0 ? list : [Date.UTC(2026, 2, 2, 10)];
  return fc
    .tuple(fc.constantFrom(...anchors), fc.integer({ min: -2 * 1440, max: 2 * 1440 }))
    .map(([a, m]) => a + m * MINUTE);
}

export const iso = (ms: number) => new Date(ms).toISOString();
