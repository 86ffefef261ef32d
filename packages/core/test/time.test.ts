import {
  alwaysOpenCalendar,
  InstantSchema,
  IntervalSchema,
  parseInstant,
  toEpochMillis,
  toIsoString,
} from '@meridian-cx/core';
import { describe, expect, it } from 'vitest';

describe('instants', () => {
  it('reads ISO 8601 with an offset or Z', () => {
    expect(toEpochMillis('2026-03-02T10:00:00Z')).toBe(Date.UTC(2026, 2, 2, 10));
    expect(toIsoString('2026-03-02T11:00:00+01:00')).toBe('2026-03-02T10:00:00.000Z');
    expect(toIsoString('2026-03-02T11:00+0100')).toBe('2026-03-02T10:00:00.000Z');
    expect(toIsoString('2026-03-02T10:00:00.123456Z')).toBe('2026-03-02T10:00:00.123Z');
    expect(parseInstant(new Date(0)).getTime()).toBe(0);
  });

  it('reads years 0000–0099 in every shape alike (Date.UTC would read them as 19xx)', () => {
    const y50 = new Date(0);
    y50.setUTCFullYear(50, 5, 1);
    for (const s of ['0050-06-01T00:00:00Z', '0050-06-01T00:00Z', '0050-06-01T01:00:00+01:00']) {
      expect(toEpochMillis(s)).toBe(y50.getTime());
    }
    expect(toIsoString('0099-12-31T23:59+0000')).toBe('0099-12-31T23:59:00.000Z');
    expect(() => toEpochMillis('0050-02-29T00:00Z')).toThrow(/ISO 8601/);
    expect(toEpochMillis('0048-02-29T00:00Z')).toBe(toEpochMillis('0048-02-29T00:00:00.000Z'));
  });

  it('refuses local times, impossible dates and invalid Dates', () => {
    expect(() => toEpochMillis('2026-03-02T10:00:00')).toThrow(/with a zone/);
    expect(() => toEpochMillis('2026-02-30T10:00:00Z')).toThrow(/ISO 8601/);
    expect(() => toEpochMillis('yesterday')).toThrow(/ISO 8601/);
    expect(() => toEpochMillis(new Date(Number.NaN))).toThrow(/ISO 8601/);
  });

  it('validates intervals from outside', () => {
    expect(
      IntervalSchema.parse({ start: '2026-01-01T00:00:00Z', end: '2026-01-02T00:00:00Z' }),
    ).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-01-02T00:00:00.000Z',
    });
    const bad = IntervalSchema.safeParse({
      start: '2026-01-02T00:00:00Z',
      end: '2026-01-01T00:00:00Z',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['end']);
    expect(InstantSchema.safeParse('2026-01-01').success).toBe(false);
  });
});

describe('alwaysOpenCalendar', () => {
  it('counts elapsed minutes as working minutes', () => {
    expect(alwaysOpenCalendar.isOpen('2026-12-25T03:00:00Z')).toBe(true);
    expect(alwaysOpenCalendar.nextOpen('2026-12-25T03:00:00Z')).toBe('2026-12-25T03:00:00.000Z');
    expect(alwaysOpenCalendar.addWorkingMinutes('2026-03-02T10:00:00Z', 90)).toBe(
      '2026-03-02T11:30:00.000Z',
    );
    expect(alwaysOpenCalendar.addWorkingMinutes('2026-03-02T10:00:00Z', -90)).toBe(
      '2026-03-02T08:30:00.000Z',
    );
    expect(
      alwaysOpenCalendar.workingMinutesBetween('2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z'),
    ).toBe(1440);
    expect(() => alwaysOpenCalendar.isOpen('soon')).toThrow(/ISO 8601/);
  });
});
