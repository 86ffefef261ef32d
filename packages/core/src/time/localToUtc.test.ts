import { daysFromCivil, isMeridianError, localToUtc } from '@meridian-cx/core';
import { describe, expect, it, vi } from 'vitest';
import { bruteForceLocalToUtc } from './localToUtc.oracle.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** A local wall time as localToUtc takes it: the civil day and the minutes since midnight. */
const wall = (y: number, m: number, d: number, minutes = 0) =>
  daysFromCivil(y, m, d) * DAY + minutes * MINUTE;
const later = { ambiguous: 'later' } as const;

describe('localToUtc', () => {
  it('reads an ordinary wall time with the offset in force', () => {
    expect(localToUtc('Europe/Berlin', wall(2026, 1, 15, 9 * 60))).toBe(Date.UTC(2026, 0, 15, 8));
    expect(localToUtc('America/New_York', wall(2026, 7, 1, 9 * 60))).toBe(Date.UTC(2026, 6, 1, 13));
    expect(localToUtc('UTC', 0)).toBe(0);
  });

  it('moves a wall time in a spring-forward gap forward by the gap (Berlin, Lord Howe, Chatham)', () => {
    // Berlin 2026-03-29 02:30 does not exist: read with CET it is 03:30 CEST.
    expect(localToUtc('Europe/Berlin', wall(2026, 3, 29, 150))).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // Lord Howe springs forward half an hour at 02:00: 02:15 is 02:45 (+11:00).
    expect(localToUtc('Australia/Lord_Howe', wall(2026, 10, 4, 135))).toBe(
      Date.UTC(2026, 9, 3, 15, 45),
    );
    // Chatham springs forward at 02:45: 03:00 is 04:00 (+13:45).
    expect(localToUtc('Pacific/Chatham', wall(2026, 9, 27, 180))).toBe(
      Date.UTC(2026, 8, 26, 14, 15),
    );
  });

  it('answers the first or the second pass of a repeated wall time, the first by default', () => {
    const berlin = wall(2026, 10, 25, 150);
    expect(localToUtc('Europe/Berlin', berlin)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(localToUtc('Europe/Berlin', berlin, later)).toBe(Date.UTC(2026, 9, 25, 1, 30));
    const lordHowe = wall(2026, 4, 5, 105); // 01:45, repeated half an hour apart
    expect(localToUtc('Australia/Lord_Howe', lordHowe)).toBe(Date.UTC(2026, 3, 4, 14, 45));
    expect(localToUtc('Australia/Lord_Howe', lordHowe, later)).toBe(Date.UTC(2026, 3, 4, 15, 15));
    // Havana falls back from 01:00 to 00:00: its midnight happens twice.
    const havana = wall(2025, 11, 2);
    expect(localToUtc('America/Havana', havana)).toBe(Date.UTC(2025, 10, 2, 4));
    expect(localToUtc('America/Havana', havana, later)).toBe(Date.UTC(2025, 10, 2, 5));
  });

  it('moves any time of a skipped day to the next day (Apia 2011, Kiritimati 1994)', () => {
    // Samoa went from Thursday 29 to Saturday 31 December 2011 at 10:00 UTC.
    const change = Date.UTC(2011, 11, 30, 10);
    expect(localToUtc('Pacific/Apia', wall(2011, 12, 30))).toBe(change);
    expect(localToUtc('Pacific/Apia', wall(2011, 12, 31))).toBe(change);
    expect(localToUtc('Pacific/Apia', wall(2011, 12, 30, 720))).toBe(change + 12 * 3_600_000);
    expect(localToUtc('Pacific/Apia', wall(2011, 12, 29, 1439))).toBe(change - MINUTE);
    // Kiritimati (−10:00 → +14:00) skipped 31 December 1994.
    expect(localToUtc('Pacific/Kiritimati', wall(1994, 12, 31))).toBe(Date.UTC(1994, 11, 31, 10));
    expect(localToUtc('Pacific/Kiritimati', wall(1995, 1, 1))).toBe(Date.UTC(1994, 11, 31, 10));
  });

  it("follows São Paulo's last DST (a midnight gap) and its abolition in 2019", () => {
    expect(localToUtc('America/Sao_Paulo', wall(2018, 11, 4))).toBe(Date.UTC(2018, 10, 4, 3));
    const lastFallBack = wall(2019, 2, 16, 23 * 60 + 30);
    expect(localToUtc('America/Sao_Paulo', lastFallBack)).toBe(Date.UTC(2019, 1, 17, 1, 30));
    expect(localToUtc('America/Sao_Paulo', lastFallBack, later)).toBe(Date.UTC(2019, 1, 17, 2, 30));
    // Since then −03:00 all year: the first Sunday of November is an ordinary midnight.
    for (const year of [2019, 2026, 2040]) {
      const day = daysFromCivil(year, 11, 1);
      for (let d = day; d < day + 7; d++) {
        expect(localToUtc('America/Sao_Paulo', d * DAY, later)).toBe(d * DAY + 3 * 3_600_000);
      }
    }
  });

  it('agrees with the brute-force scan every 10 minutes around real changes, hourly elsewhere', () => {
    // Zone, day, and the local minute near which its clocks change.
    const days: [string, number, number][] = [
      ['Europe/Berlin', wall(2026, 3, 29), 120],
      ['Europe/Berlin', wall(2026, 10, 25), 150],
      ['Australia/Lord_Howe', wall(2026, 4, 5), 120],
      ['Pacific/Chatham', wall(2026, 9, 27), 165],
      ['Pacific/Apia', wall(2011, 12, 30), 0],
      ['America/Havana', wall(2025, 11, 2), 30],
    ];
    for (const [zone, day, change] of days) {
      const minutes = new Set<number>();
      for (let m = 0; m < 1440; m += 60) minutes.add(m);
      for (let m = change - 90; m <= change + 90; m += 10) minutes.add(m);
      for (const m of minutes) {
        const w = day + m * MINUTE;
        const { instants, forward } = bruteForceLocalToUtc(zone, w);
        expect(localToUtc(zone, w)).toBe(instants[0] ?? forward);
        expect(localToUtc(zone, w, later)).toBe(instants.at(-1) ?? forward);
      }
    }
  }, 60_000);

  it('costs a few reads of Intl in years 1900 and 9999 and at the ends of Date', () => {
    const y1900 = bruteForceLocalToUtc('Asia/Ulaanbaatar', wall(1900, 1, 1)).instants[0];
    const tokyo = bruteForceLocalToUtc('Asia/Tokyo', -8.64e15 + DAY).instants[0] as number;
    const proto = Intl.DateTimeFormat.prototype as unknown as { get format(): unknown };
    const reads = vi.spyOn(proto, 'format', 'get');
    try {
      // A zone no other test reads: three stretches (a day either side, the answer), two reads each.
      expect(localToUtc('Asia/Ulaanbaatar', wall(9999, 12, 31, 1439))).toBe(
        wall(9999, 12, 31, 1439) - 8 * 3_600_000,
      );
      expect(reads.mock.calls.length).toBeLessThanOrEqual(6);
      reads.mockClear();
      expect(localToUtc('Asia/Ulaanbaatar', wall(1900, 1, 1))).toBe(y1900);
      expect(reads.mock.calls.length).toBeLessThanOrEqual(6);
    } finally {
      reads.mockRestore();
    }
    expect(localToUtc('UTC', 8.64e15)).toBe(8.64e15);
    expect(localToUtc('UTC', -8.64e15)).toBe(-8.64e15);
    // Local mean time (+09:18:59) at the first day of Date: the wall time a day in, a day back.
    expect(localToUtc('Asia/Tokyo', -8.64e15 + DAY)).toBe(tokyo);
  });

  it('refuses a wall time the clocks skip when asked to, a bad option, a bad zone or instant', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'no error';
      } catch (e) {
        return isMeridianError(e) ? e.code : String(e);
      }
    };
    const gap = wall(2026, 3, 29, 150);
    expect(code(() => localToUtc('Europe/Berlin', gap, { gap: 'reject' }))).toBe(
      'core/skipped-local-time',
    );
    expect(localToUtc('Europe/Berlin', gap + 3_600_000, { gap: 'reject' })).toBe(
      Date.UTC(2026, 2, 29, 1, 30),
    );
    const bad = { ambiguous: 'latest' } as unknown as { ambiguous: 'later' };
    expect(code(() => localToUtc('Europe/Berlin', gap, bad))).toBe(
      'core/invalid-local-time-options',
    );
    expect(code(() => localToUtc('Mars/Olympus_Mons', 0))).toBe('core/invalid-time-zone');
    expect(code(() => localToUtc('UTC', Number.NaN))).toBe('core/invalid-epoch-millis');
    expect(code(() => localToUtc('UTC', 8.64e15 + 1))).toBe('core/invalid-epoch-millis');
  });
});
