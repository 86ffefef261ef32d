// What payments adds to core's month rule (core's addCalendarMonths tests hold the rule itself):
// an instant split into its UTC day and time of day, and a refund window counted from it.
import { describe, expect, it } from 'vitest';
import { addCalendarMonthsToInstant } from './addCalendarMonthsToInstant.js';
import { refundDeadline } from './refundDeadline.js';

const moved = (iso: string, months: number) =>
  new Date(addCalendarMonthsToInstant(Date.parse(iso), months)).toISOString();

describe('addCalendarMonthsToInstant', () => {
  it('keeps the time of day, to the millisecond, when the day is clamped', () => {
    expect(moved('2026-01-31T23:59:59.999Z', 1)).toBe('2026-02-28T23:59:59.999Z');
    expect(moved('2026-03-31T00:00:00.000Z', -1)).toBe('2026-02-28T00:00:00.000Z');
  });

  it('splits an instant before 1970 on its own UTC day (negative epoch milliseconds)', () => {
    expect(moved('1969-01-31T12:30:00.000Z', 1)).toBe('1969-02-28T12:30:00.000Z');
    expect(moved('1969-12-31T23:59:59.999Z', 2)).toBe('1970-02-28T23:59:59.999Z');
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
