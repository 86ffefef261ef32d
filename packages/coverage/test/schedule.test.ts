import { isMeridianError, ValidationError } from '@meridian-cx/core';
import { coverageMessages, parseSchedule } from '@meridian-cx/coverage/date-holidays';
import { describe, expect, it } from 'vitest';

function issuesOf(input: unknown) {
  try {
    parseSchedule(input);
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const base = { id: 'emea', zone: 'Europe/Berlin', weekly: {} };

describe('parseSchedule', () => {
  it('accepts a schedule with several shifts a day, an overnight shift, exceptions and holidays', () => {
    const s = parseSchedule({
      ...base,
      weekly: {
        mon: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
          { start: '22:00', end: '06:00', overnight: true },
        ],
        fri: [{ start: '09:00', end: '24:00' }],
      },
      exceptions: [
        { date: '2026-12-24', shifts: [{ start: '09:00', end: '12:00' }] },
        { date: '2026-12-31', closed: true },
      ],
      holidays: { country: 'DE', types: ['public'] },
      languages: ['de', 'en'],
    });
    expect(s.weekly.mon).toHaveLength(3);
    expect(s.exceptions?.[1]?.closed).toBe(true);
  });

  it('refuses an unknown zone, with its path', () => {
    const e = issuesOf({ ...base, zone: 'Mars/Olympus_Mons' });
    expect(e.code).toBe('coverage/invalid-schedule');
    expect(e.issues[0]?.path).toEqual(['zone']);
    expect(e.issues[0]?.message).toContain('Mars/Olympus_Mons');
  });

  it('refuses a shift that ends before it starts unless it is overnight', () => {
    const e = issuesOf({ ...base, weekly: { tue: [{ start: '22:00', end: '06:00' }] } });
    expect(e.issues[0]?.path).toEqual(['weekly', 'tue', 0, 'end']);
    expect(e.issues[0]?.message).toBe(coverageMessages.endBeforeStart('22:00', '06:00'));
    expect(() =>
      parseSchedule({
        ...base,
        weekly: { tue: [{ start: '22:00', end: '06:00', overnight: true }] },
      }),
    ).not.toThrow();
  });

  it('refuses an overnight shift longer than a day', () => {
    const e = issuesOf({
      ...base,
      weekly: { tue: [{ start: '06:00', end: '08:00', overnight: true }] },
    });
    expect(e.issues[0]?.message).toBe(coverageMessages.overnightTooLong('06:00', '08:00'));
  });

  it('refuses overlapping shifts within a day, pointing at the later one', () => {
    const e = issuesOf({
      ...base,
      weekly: {
        wed: [
          { start: '13:00', end: '17:00' },
          { start: '09:00', end: '13:30' },
        ],
      },
    });
    expect(e.issues[0]?.path).toEqual(['weekly', 'wed', 0, 'start']);
    expect(e.issues[0]?.message).toBe(
      coverageMessages.overlappingShifts('09:00–13:30', '13:00–17:00'),
    );
  });

  it('refuses an overnight shift that overlaps a later one the same day', () => {
    const e = issuesOf({
      ...base,
      weekly: {
        wed: [
          { start: '20:00', end: '02:00', overnight: true },
          { start: '21:00', end: '23:00' },
        ],
      },
    });
    expect(e.issues[0]?.path).toEqual(['weekly', 'wed', 1, 'start']);
  });

  it('refuses malformed times, unknown days, and exceptions that are neither closed nor shifts', () => {
    const e = issuesOf({
      ...base,
      weekly: { mon: [{ start: '9:00', end: '25:00' }], funday: [] },
      exceptions: [{ date: '2026-02-30', closed: true }, { date: '2026-03-01' }],
    });
    const paths = e.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('weekly.mon.0.start');
    expect(paths).toContain('weekly.mon.0.end');
    expect(paths).toContain('weekly');
    expect(paths).toContain('exceptions.0.date');
    expect(paths).toContain('exceptions.1');
    expect(isMeridianError(e, 'coverage/invalid-schedule')).toBe(true);
  });

  it('refuses two exceptions for the same date', () => {
    const e = issuesOf({
      ...base,
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-24', shifts: [{ start: '09:00', end: '12:00' }] },
      ],
    });
    expect(e.issues[0]?.path).toEqual(['exceptions', 1, 'date']);
    expect(e.issues[0]?.message).toBe(coverageMessages.duplicateException('2026-12-24'));
  });
});
