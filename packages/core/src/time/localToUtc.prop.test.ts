// localToUtc against luxon across real changes of offset: a skipped day (Apia 2011, Kiritimati
// 1994), half-hour DST (Lord Howe), a change at 02:45 (Chatham), a DST since abolished (São
// Paulo), midnights that repeat (Havana, Amman) or are skipped mid-gap (Toronto 1919), and
// Berlin's first DST (1916). The changes are found by luxon alone; the oracle is the brute-force
// scan of luxon's offsets (localToUtc.oracle.ts), which assumes nothing about how often they change.
import { fc, test } from '@fast-check/vitest';
import { localToUtc, zoneOffset } from '@meridian-cx/core';
import { IANAZone } from 'luxon';
import { describe, expect } from 'vitest';
import { bruteForceLocalToUtc } from './localToUtc.oracle.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Zone, first and last year to look for changes in. */
const WINDOWS: readonly [string, number, number][] = [
  ['Pacific/Apia', 2011, 2011],
  ['Pacific/Kiritimati', 1994, 1994],
  ['Australia/Lord_Howe', 2026, 2026],
  ['Pacific/Chatham', 2026, 2026],
  ['Europe/Berlin', 1916, 1916],
  ['Europe/Berlin', 2026, 2026],
  ['America/Sao_Paulo', 2018, 2019],
  ['America/Havana', 2025, 2025],
  ['America/Toronto', 1919, 1919],
  ['Asia/Amman', 1995, 1995],
];

/** Every change of offset in the windows, to the millisecond, by luxon: [zone, instant, before]. */
function changes(): [string, number, number][] {
  const found: [string, number, number][] = [];
  for (const [zone, from, to] of WINDOWS) {
    const z = IANAZone.create(zone);
    const off = (ms: number) => Math.round(z.offset(ms) * MINUTE);
    for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += DAY / 4) {
      if (off(t) === off(t + DAY / 4)) continue;
      let a = t;
      let b = t + DAY / 4;
      while (b - a > 1) {
        const mid = Math.floor((a + b) / 2);
        if (off(mid) === off(a)) a = mid;
        else b = mid;
      }
      found.push([zone, b, off(a)]);
    }
  }
  return found;
}
const CHANGES = changes();

describe('localToUtc against a brute-force scan of luxon', () => {
  test('the windows hold the changes they are chosen for', () => {
    const zones = new Set(CHANGES.map(([zone]) => zone));
    expect(zones.size).toBe(9);
    // São Paulo's last change: DST ended on 17 February 2019, and none since.
    const saoPaulo = CHANGES.filter(([zone]) => zone === 'America/Sao_Paulo').map(([, t]) => t);
    expect(saoPaulo.at(-1)).toBe(Date.UTC(2019, 1, 17, 2));
  });

  // A wall time within three hours of the wall time at which the clocks changed.
  test.prop(
    [
      fc.constantFrom(...CHANGES),
      fc.integer({ min: -180 * MINUTE, max: 180 * MINUTE }),
      fc.constantFrom('earlier', 'later' as const),
    ],
    { numRuns: 120 },
  )(
    'every policy answers as the scan does near real changes',
    ([zone, change, before], delta, ambiguous) => {
      const wall = change + before + delta;
      const { instants, forward } = bruteForceLocalToUtc(zone, wall);
      const expected = ambiguous === 'earlier' ? instants[0] : instants.at(-1);
      expect(localToUtc(zone, wall, { ambiguous })).toBe(expected ?? forward);
      // In a gap, 'next' is the instant the clocks changed; elsewhere it is the same answer.
      expect(localToUtc(zone, wall, { ambiguous, gap: 'next' })).toBe(expected ?? change);
      if (instants.length === 0) {
        expect(() => localToUtc(zone, wall, { gap: 'reject' })).toThrow(/skip/);
      }
    },
    60_000,
  );

  // Any instant from 1900 to 2100 in these zones: its own wall time comes back to it, as the
  // first or the second pass.
  test.prop([
    fc.constantFrom(...new Set(WINDOWS.map(([zone]) => zone))),
    fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
  ])('an instant read back from its own wall time', (zone, ms) => {
    const wall = ms + Math.round(zoneOffset(zone, ms) * MINUTE);
    const earlier = localToUtc(zone, wall);
    const later = localToUtc(zone, wall, { ambiguous: 'later' });
    expect(earlier <= ms && ms <= later).toBe(true);
    expect(earlier === ms || later === ms).toBe(true);
  });
});
