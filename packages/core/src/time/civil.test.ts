import { fc, test } from '@fast-check/vitest';
import {
  civilFromDays,
  daysFromCivil,
  daysOfLocalDate,
  isoWeekdayOfDays,
  localDateOfDays,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;

describe('civil dates', () => {
  it('reads years 0–99 as themselves, not as 19xx', () => {
    expect(localDateOfDays(daysFromCivil(1, 1, 1))).toBe('0001-01-01');
    expect(daysOfLocalDate('0099-12-31')).toBe(daysFromCivil(99, 12, 31));
    expect(daysOfLocalDate('2026-02-30')).toBeUndefined();
    expect(daysOfLocalDate('2026-3-02')).toBeUndefined();
    expect(isoWeekdayOfDays(daysFromCivil(2011, 12, 30))).toBe(5); // a Friday
  });

  // The oracle is Date: its UTC calendar is the proleptic Gregorian one.
  test.prop([fc.integer({ min: -100_000_000, max: 100_000_000 })], { numRuns: 500 })(
    'agrees with Date over its whole range, and round-trips',
    (days) => {
      const d = new Date(days * DAY);
      const civil = civilFromDays(days);
      expect(civil).toEqual({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      });
      expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
      expect(localDateOfDays(days)).toBe(d.toISOString().slice(0, -14));
      expect(daysOfLocalDate(localDateOfDays(days))).toBe(days);
      expect(isoWeekdayOfDays(days)).toBe(((d.getUTCDay() + 6) % 7) + 1);
    },
  );
});
