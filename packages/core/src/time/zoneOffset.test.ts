import { fc, test } from '@fast-check/vitest';
import { zoneOffset } from '@meridian-cx/core';
import { IANAZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';

// Zones with unusual histories: a skipped day (Apia 2011, Kiritimati 1994/95), a half-hour DST
// (Lord Howe), offset changes by half an hour (Caracas 2007/2016, Pyongyang 2015/2018), DST
// suspended for Ramadan (Casablanca), and ordinary DST in both hemispheres.
const ZONES = [
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Australia/Lord_Howe',
  'America/Caracas',
  'Asia/Pyongyang',
  'Africa/Casablanca',
  'Europe/Berlin',
  'America/Sao_Paulo',
  'Pacific/Chatham',
  'UTC',
];

describe('zoneOffset', () => {
  it('knows the days Samoa and Kiribati skipped', () => {
    expect(zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 30, 9, 59))).toBe(-600);
    expect(zoneOffset('Pacific/Apia', Date.UTC(2011, 11, 30, 10, 0))).toBe(840);
    expect(zoneOffset('Pacific/Kiritimati', Date.UTC(1994, 11, 30, 12))).toBe(-600);
    expect(zoneOffset('Pacific/Kiritimati', Date.UTC(1995, 0, 2))).toBe(840);
    expect(zoneOffset('Asia/Pyongyang', Date.UTC(2016, 0, 1))).toBe(510);
  });

  // The oracle is luxon's own IANAZone#offset: a separate reading of the same Intl data.
  test.prop(
    [
      fc.constantFrom(...ZONES),
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2040, 0, 1) }),
    ],
    { numRuns: 120 },
  )(
    'agrees with luxon at any instant from 1900 to 2040',
    (zone, ms) => {
      expect(zoneOffset(zone, ms)).toBe(IANAZone.create(zone).offset(ms));
    },
    60_000,
  );

  test.prop([fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 9999 })], { numRuns: 60 })(
    'agrees with luxon on 1 January of any year 0001–9999',
    (zone, year) => {
      const d = new Date(0);
      d.setUTCFullYear(year, 0, 1);
      const ms = d.getTime() + 43_200_000;
      expect(zoneOffset(zone, ms)).toBe(IANAZone.create(zone).offset(ms));
    },
    60_000,
  );

  // The changed path: an offset is read for the 6-hour stretch that holds the instant, and a
  // change inside it is found by bisection. Near real changes (dates where these zones changed
  // offset, ± a few days), every hour and both sides of each change agree with luxon, whose
  // changes are found here by luxon alone (hourly steps, then bisection on luxon's offsets).
  const CHANGES: readonly (readonly [string, number])[] = [
    ['Pacific/Apia', Date.UTC(2011, 11, 29)],
    ['Pacific/Kiritimati', Date.UTC(1994, 11, 30)],
    ['Asia/Pyongyang', Date.UTC(2015, 7, 14)],
    ['Asia/Pyongyang', Date.UTC(2018, 4, 4)],
    ['America/Caracas', Date.UTC(2007, 11, 9)],
    ['America/Caracas', Date.UTC(2016, 4, 1)],
    ['Australia/Lord_Howe', Date.UTC(2026, 3, 5)],
    ['Europe/Berlin', Date.UTC(2026, 2, 29)],
    ['Europe/Berlin', Date.UTC(1980, 3, 6)],
    ['America/Sao_Paulo', Date.UTC(2018, 10, 4)],
    ['Africa/Casablanca', Date.UTC(2026, 1, 15)],
    ['Pacific/Chatham', Date.UTC(2026, 8, 27)],
  ];
  test.prop([fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 24, max: 3 * 24 })], {
    numRuns: 40,
  })(
    'agrees with luxon on both sides of every change of offset near known changes',
    ([zone, day], shiftHours) => {
      const luxon = IANAZone.create(zone);
      const from = day + shiftHours * 3_600_000;
      for (let h = 0; h < 48; h++) {
        const t = from + h * 3_600_000;
        expect(zoneOffset(zone, t)).toBe(luxon.offset(t));
        const next = t + 3_600_000;
        if (luxon.offset(next) === luxon.offset(t)) continue;
        let a = t;
        let b = next;
        while (b - a > 1) {
          const mid = Math.floor((a + b) / 2);
          if (luxon.offset(mid) === luxon.offset(t)) a = mid;
          else b = mid;
        }
        expect(zoneOffset(zone, b - 1)).toBe(luxon.offset(b - 1));
        expect(zoneOffset(zone, b)).toBe(luxon.offset(b));
      }
    },
    60_000,
  );

  // What made the old reader slow: a whole year's table per zone and year (some 1,500 reads of
  // Intl) before the first answer. Counted here as reads of Intl, not as time.
  it('reads Intl twice for a new zone and stretch, and at most 27 times when the offset changes in it', () => {
    // `format` is an accessor on the prototype (it returns a bound function): spy on its getter.
    const proto = Intl.DateTimeFormat.prototype as unknown as { get format(): unknown };
    const reads = vi.spyOn(proto, 'format', 'get');
    try {
      const quiet = Date.UTC(2031, 5, 15, 13);
      expect(zoneOffset('America/Argentina/Ushuaia', quiet)).toBe(-180);
      expect(reads.mock.calls.length).toBeGreaterThan(0);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
      expect(zoneOffset('America/Argentina/Ushuaia', quiet + 3_600_000)).toBe(-180);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
      reads.mockClear();
      // Lisbon springs forward at 01:00 UTC on 30 March 2031.
      const change = Date.UTC(2031, 2, 30, 1);
      expect(zoneOffset('Europe/Lisbon', change - 1)).toBe(0);
      expect(reads.mock.calls.length).toBeGreaterThan(2);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(27);
      expect(zoneOffset('Europe/Lisbon', change)).toBe(60);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(27);
    } finally {
      reads.mockRestore();
    }
  });

  it('refuses an unknown zone and an instant beyond the range of Date', () => {
    expect(() => zoneOffset('Mars/Olympus_Mons', 0)).toThrow(/time zone/i);
    expect(() => zoneOffset('UTC', 8.64e15 + 1)).toThrow();
    expect(zoneOffset('UTC', 8.64e15)).toBe(0);
    expect(zoneOffset('Asia/Tokyo', -8.64e15)).toBe(IANAZone.create('Asia/Tokyo').offset(-8.64e15));
  });
});
