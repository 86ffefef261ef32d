import { fc, test } from '@fast-check/vitest';
import {
  alwaysOpenCalendar,
  type BusinessCalendar,
  cumulativeWorkingMinutes,
  toEpochMillis,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Open 09:00–17:00 UTC every day, computed from whole days: an independent oracle. */
function overlapOfDay(day: number, a: number, b: number): number {
  const lo = Math.max(day + 9 * HOUR, a);
  const hi = Math.min(day + 17 * HOUR, b);
  return hi > lo ? hi - lo : 0;
}
function nineToFiveMs(a: number, b: number): number {
  if (b < a) return -nineToFiveMs(b, a);
  let total = 0;
  for (let d = Math.floor(a / 86_400_000) * 86_400_000; d < b; d += 86_400_000) {
    total += overlapOfDay(d, a, b);
  }
  return total;
}
/** Only the four required functions: cumulativeWorkingMinutes must fall back to pairwise calls. */
const nineToFive: BusinessCalendar = {
  isOpen: (at) => nineToFiveMs(toEpochMillis(at), toEpochMillis(at) + 1) === 1,
  nextOpen: () => null,
  addWorkingMinutes: () => {
    throw new Error('not used');
  },
  workingMinutesBetween: (from, to) =>
    nineToFiveMs(toEpochMillis(from), toEpochMillis(to)) / MINUTE,
};

describe('cumulativeWorkingMinutes', () => {
  it('uses the calendar’s own bulk method when it has one', () => {
    const t0 = Date.UTC(2026, 2, 2, 9);
    expect(
      cumulativeWorkingMinutes(alwaysOpenCalendar, [t0, t0 + 90 * MINUTE, t0 - MINUTE]),
    ).toEqual([0, 90, -1]);
    expect(alwaysOpenCalendar.cumulativeWorkingMinutes?.([t0, t0])).toEqual([0, 0]);
  });

  it('falls back to workingMinutesBetween over consecutive instants', () => {
    const t0 = Date.UTC(2026, 2, 2, 16);
    // 16:00 → 17:00 (60) → next day 10:00 (+60) → back to 16:00 the first day (−120).
    expect(
      cumulativeWorkingMinutes(nineToFive, [t0, t0 + 2 * HOUR, t0 + 18 * HOUR, t0 + 18 * HOUR, t0]),
    ).toEqual([0, 60, 120, 120, 0]);
    expect(cumulativeWorkingMinutes(nineToFive, [])).toEqual([]);
  });

  it('refuses values that are not whole epoch milliseconds, naming the index', () => {
    for (const bad of [Number.NaN, 1.5, Number.POSITIVE_INFINITY, 9e15]) {
      expect(() => cumulativeWorkingMinutes(nineToFive, [0, bad])).toThrow(
        expect.objectContaining({
          code: 'core/invalid-epoch-millis',
          params: expect.objectContaining({ index: 1 }),
        }),
      );
    }
    expect(() => alwaysOpenCalendar.cumulativeWorkingMinutes?.([Number.NaN])).toThrow(
      /Instant 0 is NaN: not epoch milliseconds/,
    );
  });

  const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) });
  test.prop([fc.array(instant, { minLength: 1, maxLength: 30 })])(
    'equals workingMinutesBetween from the first instant, for either path',
    (ms) => {
      const iso = ms.map((t) => new Date(t).toISOString());
      for (const cal of [nineToFive, alwaysOpenCalendar]) {
        const bulk = cumulativeWorkingMinutes(cal, ms);
        expect(bulk).toHaveLength(ms.length);
        for (let k = 0; k < ms.length; k++) {
          const direct = cal.workingMinutesBetween(iso[0] as string, iso[k] as string);
          // Exact to the millisecond, as the contract says (and never -0).
          expect(Math.round((bulk[k] as number) * MINUTE)).toBe(Math.round(direct * MINUTE) + 0);
        }
      }
    },
  );
});
