// A local day's bounds come from core's localToUtc (a midnight shown twice: its first pass; a
// midnight skipped: where the gap ends). Until 0.2.0 returns resolved midnight as luxon does,
// through the offset at the wall time read as UTC: east of UTC that took the second pass of a
// repeated midnight, and a gap straddling midnight moved the day's start past its first instant.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays, endOfLocalDay, localDate, startOfLocalDay } from './zoneDay.js';

describe('startOfLocalDay and endOfLocalDay', () => {
  it('start a day at the first pass of a repeated midnight (Amman, 15 September 1995)', () => {
    // 01:00 EEST became 00:00 EET: the day began at 21:00 UTC, not at the second midnight.
    expect(startOfLocalDay('1995-09-15', 'Asia/Amman')).toBe(Date.UTC(1995, 8, 14, 21));
    expect(endOfLocalDay('1995-09-14', 'Asia/Amman')).toBe(Date.UTC(1995, 8, 14, 21) - 1);
    expect(startOfLocalDay('2025-11-02', 'America/Havana')).toBe(Date.UTC(2025, 10, 2, 4));
  });

  it('start a day whose midnight is skipped where the gap ends (Toronto 1919, Apia 2011)', () => {
    expect(startOfLocalDay('1919-03-31', 'America/Toronto')).toBe(Date.UTC(1919, 2, 31, 4, 30));
    expect(startOfLocalDay('2011-12-31', 'Pacific/Apia')).toBe(Date.UTC(2011, 11, 30, 10));
    expect(startOfLocalDay('2011-12-30', 'Pacific/Apia')).toBe(Date.UTC(2011, 11, 30, 10));
  });

  const zones = [
    'Europe/Berlin',
    'Asia/Amman',
    'America/Havana',
    'America/Toronto',
    'America/Sao_Paulo',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Pacific/Apia',
  ];
  // The definition itself as the oracle: the first instant whose local date is the day or later.
  test.prop([fc.constantFrom(...zones), fc.integer({ min: -25_567, max: 47_482 })])(
    'a day starts at the first instant that reads it (or a later day) and ends just before the next',
    (zone, day) => {
      const iso = addDays('1970-01-01', day);
      const start = startOfLocalDay(iso, zone);
      expect(localDate(start, zone) >= iso).toBe(true);
      expect(localDate(start - 1, zone) < iso).toBe(true);
      expect(endOfLocalDay(iso, zone)).toBe(startOfLocalDay(addDays(iso, 1), zone) - 1);
    },
  );
});
