import { fc, test } from '@fast-check/vitest';
import { zoneOffset } from '@meridian-cx/core';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';

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
});
