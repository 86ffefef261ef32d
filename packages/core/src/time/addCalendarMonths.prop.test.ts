// core's month rule against luxon (a devDependency only: its calendar shares nothing with core's
// day numbers), and its refusals.
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isMeridianError } from '../errors/MeridianError.js';
import { addCalendarMonths } from './civil.js';

const date = fc
  .record({
    year: fc.integer({ min: 1, max: 9000 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => DateTime.utc(d.year, d.month, d.day).isValid);

describe('addCalendarMonths', () => {
  test.prop([date, fc.integer({ min: -600, max: 600 })], { numRuns: 2000 })(
    'agrees with luxon plus({ months }) (clamped to the month end)',
    (d, months) => {
      const want = DateTime.utc(d.year, d.month, d.day).plus({ months });
      expect(addCalendarMonths(d, months)).toEqual({
        year: want.year,
        month: want.month,
        day: want.day,
      });
    },
  );

  it('clamps 31 January to the end of February, leap years included', () => {
    expect(addCalendarMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({
      year: 2026,
      month: 2,
      day: 28,
    });
    expect(addCalendarMonths({ year: 2028, month: 1, day: 31 }, 1)).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    });
    expect(addCalendarMonths({ year: 2100, month: 3, day: 31 }, -1)).toEqual({
      year: 2100,
      month: 2,
      day: 28,
    });
  });

  it('refuses what is not a date or a number of months with core/not-a-number', () => {
    for (const call of [
      () => addCalendarMonths(null as never, 1),
      () => addCalendarMonths({ year: '2026', month: 1, day: 1 } as never, 1),
      () => addCalendarMonths({ year: 2026, month: 1, day: 1 }, '1' as never),
    ]) {
      expect(call).toThrow();
      try {
        call();
      } catch (e) {
        expect(isMeridianError(e, 'core/not-a-number')).toBe(true);
      }
    }
  });
});
