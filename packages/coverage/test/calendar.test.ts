import { isMeridianError } from '@meridian-cx/core';
import {
  chinaMakeUpWorkingDays,
  createBusinessCalendar,
  createSteppingCalendar,
  createTeamsCalendar,
  type Schedule,
} from '@meridian-cx/coverage/date-holidays';
import { describe, expect, it } from 'vitest';

const weekdays = (start: string, end: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start, end }]]));

const berlin: Schedule = {
  id: 'emea',
  zone: 'Europe/Berlin',
  weekly: weekdays('09:00', '17:00'),
  holidays: { country: 'DE' },
};

describe('createBusinessCalendar: everyday arithmetic', () => {
  const cal = createBusinessCalendar(berlin);

  it('adds 16 business hours across a weekend and the spring-forward night', () => {
    // Fri 27 Mar 15:00 CET: 2 h on Friday, 8 h on Monday (now CEST), 6 h on Tuesday.
    expect(cal.addWorkingMinutes('2026-03-27T14:00:00Z', 960)).toBe('2026-03-31T13:00:00.000Z');
    expect(cal.addWorkingMinutes('2026-03-31T13:00:00Z', -960)).toBe('2026-03-27T14:00:00.000Z');
    expect(cal.workingMinutesBetween('2026-03-27T14:00:00Z', '2026-03-31T13:00:00Z')).toBe(960);
  });

  it('lands on the end of a day going forward and on the start going back', () => {
    expect(cal.addWorkingMinutes('2026-03-02T08:00:00Z', 480)).toBe('2026-03-02T16:00:00.000Z');
    expect(cal.addWorkingMinutes('2026-03-03T16:00:00Z', -480)).toBe('2026-03-03T08:00:00.000Z');
  });

  it('refuses minutes that are not a finite number', () => {
    expect(() => cal.addWorkingMinutes('2026-03-02T10:00:00Z', Number.NaN)).toThrow(
      /finite number/,
    );
  });

  it('adding 0 returns the instant unchanged, even when closed', () => {
    expect(cal.addWorkingMinutes('2026-03-07T12:00:00+01:00', 0)).toBe('2026-03-07T11:00:00.000Z');
  });

  it('is closed on public holidays (Good Friday, 1 May) and open the day before', () => {
    expect(cal.workingMinutesBetween('2026-04-03T00:00:00Z', '2026-04-04T00:00:00Z')).toBe(0);
    expect(cal.workingMinutesBetween('2026-04-02T00:00:00Z', '2026-04-03T00:00:00Z')).toBe(480);
    expect(cal.isOpen('2026-05-01T10:00:00Z')).toBe(false);
    expect(cal.nextOpen('2026-05-01T10:00:00Z')).toBe('2026-05-04T07:00:00.000Z');
  });

  it('answers nextOpen with the instant itself when open', () => {
    expect(cal.isOpen('2026-03-02T10:00:00Z')).toBe(true);
    expect(cal.nextOpen('2026-03-02T10:00:00Z')).toBe('2026-03-02T10:00:00.000Z');
    expect(cal.nextOpen('2026-03-02T16:00:00Z')).toBe('2026-03-03T08:00:00.000Z');
  });

  it('is exact to the millisecond for fractional minutes', () => {
    const t = cal.addWorkingMinutes('2026-03-02T08:00:00Z', 0.5);
    expect(t).toBe('2026-03-02T08:00:30.000Z');
    expect(
      cal.workingMinutesBetween('2026-03-02T08:00:00Z', '2026-03-02T08:00:00.001Z'),
    ).toBeCloseTo(1 / 60_000, 12);
  });

  it('lists its open intervals in UTC', () => {
    expect(cal.intervals('2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      { start: '2026-03-27T08:00:00.000Z', end: '2026-03-27T16:00:00.000Z' },
      { start: '2026-03-30T07:00:00.000Z', end: '2026-03-30T15:00:00.000Z' },
    ]);
  });

  it('applies date exceptions over weekly shifts and holidays', () => {
    const withExceptions = createBusinessCalendar({
      ...berlin,
      exceptions: [
        { date: '2026-03-02', closed: true },
        { date: '2026-03-03', shifts: [{ start: '09:00', end: '12:00' }] },
        { date: '2026-03-07', shifts: [{ start: '10:00', end: '14:00' }] },
        { date: '2026-04-03', shifts: [{ start: '10:00', end: '11:00' }] },
      ],
    });
    const day = (d: string) =>
      withExceptions.workingMinutesBetween(`${d}T00:00:00Z`, `${d}T23:00:00Z`);
    expect([day('2026-03-02'), day('2026-03-03'), day('2026-03-07'), day('2026-04-03')]).toEqual([
      0, 180, 240, 60,
    ]);
  });

  it("works China's make-up Saturdays with Monday's hours", () => {
    const shanghai = createBusinessCalendar(
      {
        id: 'cn',
        zone: 'Asia/Shanghai',
        weekly: weekdays('09:00', '18:00'),
        holidays: { country: 'CN' },
      },
      { holidays: chinaMakeUpWorkingDays },
    );
    expect(shanghai.intervals('2026-02-14T00:00:00+08:00', '2026-02-15T00:00:00+08:00')).toEqual([
      { start: '2026-02-14T01:00:00.000Z', end: '2026-02-14T10:00:00.000Z' },
    ]);
    // Spring Festival (2026-02-17) is closed.
    expect(shanghai.isOpen('2026-02-17T03:00:00Z')).toBe(false);
  });

  it('never opens without shifts: nextOpen is null and adding throws', () => {
    const closed = createBusinessCalendar({ id: 'none', zone: 'UTC', weekly: {} });
    expect(closed.nextOpen('2026-03-02T10:00:00Z')).toBeNull();
    expect(closed.workingMinutesBetween('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(0);
    expect(() => closed.addWorkingMinutes('2026-03-02T10:00:00Z', 1)).toThrow(/no working time/);
    try {
      closed.addWorkingMinutes('2026-03-02T10:00:00Z', -1);
    } catch (e) {
      expect(isMeridianError(e, 'coverage/never-open')).toBe(true);
    }
  });
});

describe('createBusinessCalendar: DST decisions', () => {
  const ny = (weekly: Schedule['weekly'], ambiguous?: Schedule['ambiguous']): Schedule => ({
    id: 'amer',
    zone: 'America/New_York',
    weekly,
    ...(ambiguous !== undefined ? { ambiguous } : {}),
  });

  it('an overnight shift counts its real minutes: 7 h on spring-forward night, 9 h on fall-back night', () => {
    const cal = createBusinessCalendar(
      ny({ sat: [{ start: '22:00', end: '06:00', overnight: true }] }),
    );
    expect(cal.workingMinutesBetween('2026-03-07T12:00:00Z', '2026-03-08T12:00:00Z')).toBe(420);
    expect(cal.workingMinutesBetween('2026-10-31T12:00:00Z', '2026-11-01T12:00:00Z')).toBe(540);
    expect(cal.workingMinutesBetween('2026-03-14T12:00:00Z', '2026-03-15T12:00:00Z')).toBe(480);
  });

  it('a boundary in the spring-forward gap moves forward by the gap (02:30 → 03:30 EDT)', () => {
    const cal = createBusinessCalendar(ny({ sun: [{ start: '02:30', end: '04:00' }] }));
    expect(cal.intervals('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      { start: '2026-03-08T07:30:00.000Z', end: '2026-03-08T08:00:00.000Z' },
    ]);
  });

  it('an ambiguous boundary follows the explicit choice', () => {
    const shift = { sun: [{ start: '01:30', end: '04:00' }] };
    const range = ['2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'] as const;
    const earlier = createBusinessCalendar(ny(shift, 'earlier'));
    const later = createBusinessCalendar(ny(shift, 'later'));
    expect(earlier.intervals(...range)).toEqual([
      { start: '2026-11-01T05:30:00.000Z', end: '2026-11-01T09:00:00.000Z' },
    ]);
    expect(later.intervals(...range)).toEqual([
      { start: '2026-11-01T06:30:00.000Z', end: '2026-11-01T09:00:00.000Z' },
    ]);
    expect(createBusinessCalendar(ny(shift)).intervals(...range)).toEqual(
      earlier.intervals(...range),
    );
    const reject = createBusinessCalendar(ny(shift, 'reject'));
    expect(() => reject.isOpen('2026-11-01T06:00:00Z')).toThrow(/happens twice/);
  });

  it('the stepping oracle agrees on these decisions', () => {
    const schedule = ny({
      sat: [{ start: '22:00', end: '06:00', overnight: true }],
      sun: [{ start: '06:00', end: '07:00' }],
    });
    const fast = createBusinessCalendar(schedule);
    const slow = createSteppingCalendar(schedule);
    for (const [a, b] of [
      ['2026-03-07T12:00:00Z', '2026-03-08T14:00:00Z'],
      ['2026-10-31T12:00:00Z', '2026-11-01T14:00:00Z'],
    ] as const) {
      expect(fast.workingMinutesBetween(a, b)).toBe(slow.workingMinutesBetween(a, b));
      expect(fast.addWorkingMinutes(a, 500)).toBe(slow.addWorkingMinutes(a, 500));
    }
  });

  it('the stepping oracle refuses instants off the minute', () => {
    const slow = createSteppingCalendar(ny({}));
    expect(() => slow.isOpen('2026-03-02T10:00:30Z')).toThrow(/whole minutes/);
  });
});

describe('createTeamsCalendar', () => {
  it('runs the clock whenever any team is on, each in its own zone', () => {
    const tokyo: Schedule = { id: 'apac', zone: 'Asia/Tokyo', weekly: weekdays('09:00', '18:00') };
    const org = createTeamsCalendar([berlin, tokyo]);
    // Monday 2 March: Tokyo 00:00–09:00 UTC, Berlin 08:00–16:00 UTC: 16 h together.
    expect(org.workingMinutesBetween('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toBe(960);
    expect(org.intervals('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toEqual([
      { start: '2026-03-02T00:00:00.000Z', end: '2026-03-02T16:00:00.000Z' },
    ]);
    // 16 business hours from Friday 15:00 UTC: 1 h on Friday, then Monday from 00:00 UTC.
    expect(org.addWorkingMinutes('2026-03-06T15:00:00Z', 960)).toBe('2026-03-09T15:00:00.000Z');
    expect(org.schedules.map((s) => s.id)).toEqual(['emea', 'apac']);
  });
});
