import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addCalendarMonthsToInstant } from './addCalendarMonths.js';
import { refundDeadline } from './refundDeadline.js';

describe('addCalendarMonths', () => {
  it('clamps to the end of a shorter month', () => {
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
    expect(addCalendarMonths({ year: 2026, month: 3, day: 31 }, -1)).toEqual({
      year: 2026,
      month: 2,
      day: 28,
    });
  });

  it('crosses years both ways and keeps a day every month has', () => {
    expect(addCalendarMonths({ year: 2026, month: 11, day: 30 }, 13)).toEqual({
      year: 2027,
      month: 12,
      day: 30,
    });
    expect(addCalendarMonths({ year: 2026, month: 1, day: 15 }, -1)).toEqual({
      year: 2025,
      month: 12,
      day: 15,
    });
    expect(addCalendarMonths({ year: 2000, month: 2, day: 29 }, 12)).toEqual({
      year: 2001,
      month: 2,
      day: 28,
    });
  });

  it('moves an instant by months in UTC and keeps the time of day', () => {
    const at = Date.parse('2026-01-31T23:59:59.999Z');
    expect(new Date(addCalendarMonthsToInstant(at, 1)).toISOString()).toBe(
      '2026-02-28T23:59:59.999Z',
    );
  });
});

describe('refundDeadline', () => {
  it('counts days as 24 hours and months on the UTC calendar', () => {
    expect(refundDeadline('2026-11-02T18:00:00-06:00', { days: 30 })).toBe(
      '2026-12-03T00:00:00.000Z',
    );
    // 31 January 23:30 in UTC-06:00 is 1 February 05:30 UTC: the month counts from 1 February.
    expect(refundDeadline('2026-01-31T23:30:00-06:00', { months: 1 })).toBe(
      '2026-03-01T05:30:00.000Z',
    );
    expect(refundDeadline('2025-08-31T10:00:00Z', { months: 13 })).toBe('2026-09-30T10:00:00.000Z');
  });
});
