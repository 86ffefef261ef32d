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
    // The memo's slot is computed only for numbers (fuzz finding: an object without a prototype).
    expect(() => localDateOfDays(Object.create(null) as never)).toThrow(
      expect.objectContaining({ code: 'core/not-a-number' }),
    );
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

  // localDateOfDays remembers recent dates in 1,024 slots (day d in slot d mod 1024): days that
  // share a slot, asked in any order, still get their own date.
  test.prop([
    fc.array(
      fc.integer({ min: -2_000, max: 2_000 }).map((k) => 20_000 + k * 512),
      { maxLength: 40 },
    ),
  ])('its memo never answers one day with another that shares its slot', (days) => {
    for (const d of days)
      expect(localDateOfDays(d)).toBe(new Date(d * DAY).toISOString().slice(0, -14));
  });

  // daysOfLocalDate reads YYYY-MM-DD and ±YYYYYY-MM-DD digit by digit; the oracle is the pattern
  // and Date.
  const oracle = (s: string): number | undefined => {
    const match = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (match === null) return undefined;
    const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    const ok = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    return ok && m >= 1 && m <= 12 ? Math.floor(t.getTime() / DAY) : undefined;
  };
  test.prop(
    [
      fc.oneof(
        fc.string({ unit: fc.constantFrom(...'0123456789-+/ '), minLength: 10, maxLength: 13 }),
        fc
          .tuple(
            fc.constantFrom('+', '-', ' ', '0'),
            fc.integer({ min: 0, max: 270_000 }), // within the range of Date, the oracle
            fc.integer({ min: 0, max: 13 }),
            fc.integer({ min: 0, max: 32 }),
          )
          .map(
            ([sign, y, m, d]) =>
              `${sign}${String(y).padStart(6, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          ),
        fc
          .date({
            noInvalidDate: true,
            min: new Date(Date.UTC(0, 0, 1) - 1_900 * 365 * DAY),
            max: new Date(Date.UTC(9999, 11, 31)),
          })
          .map((d) => d.toISOString().slice(0, 10)),
        fc
          .tuple(
            fc.integer({ min: 0, max: 9999 }),
            fc.integer({ min: 0, max: 99 }),
            fc.integer({ min: 0, max: 99 }),
          )
          .map(
            ([y, m, d]) =>
              `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          ),
      ),
    ],
    { numRuns: 500 },
  )('reads a date as the pattern and Date do', (text) => {
    expect(daysOfLocalDate(text)).toBe(oracle(text));
  });
});
