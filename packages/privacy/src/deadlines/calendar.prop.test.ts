// The civil-day calendar against luxon (which it replaced) as the oracle: same local dates, same
// end of day, same month clamping, for any instant and zone.
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfLocalDay,
  localDate,
  weekdayOf,
} from './calendar.js';

const zones = fc.constantFrom(
  'UTC',
  'Europe/Paris',
  'Europe/London',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Pacific/Chatham',
);
// 1900 to 2100: luxon and core agree on Date's range; deadlines live in it.
const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
const day = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toISODate() as string;

describe('calendar against luxon', () => {
  test.prop([instants, zones])('localDate and endOfLocalDay', (ms, zone) => {
    const expected = DateTime.fromMillis(ms, { zone }).toISODate();
    expect(localDate(ms, zone)).toBe(expected);
    const end = DateTime.fromISO(expected as string, { zone })
      .endOf('day')
      .toUTC()
      .toISO();
    expect(endOfLocalDay(expected as string, zone)).toBe(end);
  });

  test.prop([instants, fc.integer({ min: -30, max: 30 }), fc.integer({ min: -400, max: 400 })])(
    'addMonths, addDays, weekdayOf, daysBetween',
    (ms, months, n) => {
      const d = day(ms);
      const base = DateTime.fromISO(d, { zone: 'UTC' });
      expect(addMonths(d, months)).toBe(base.plus({ months }).toISODate());
      expect(addDays(d, n)).toBe(base.plus({ days: n }).toISODate());
      expect(weekdayOf(d)).toBe(base.weekday);
      expect(daysBetween(d, addDays(d, n))).toBe(n);
    },
  );
});
