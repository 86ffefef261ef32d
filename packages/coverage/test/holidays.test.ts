import { isMeridianError, ProvenanceSchema } from '@meridian-cx/core';
import {
  CHINA_MAKE_UP_WORKING_DAYS,
  CHINA_REST_DAYS,
  CONTACT_RULES,
  chinaMakeUpWorkingDays,
  chinaStateCouncil2025To2026,
  combineHolidays,
  createBusinessCalendar,
  dateHolidaysCalendar,
  explicitHolidays,
  WEEKEND_RULES,
  weekendCalendar,
  weekendFor,
} from '@meridian-cx/coverage/date-holidays';
import { describe, expect, it } from 'vitest';

describe('dateHolidaysCalendar', () => {
  it('answers from a precomputed table per year, by state', () => {
    const bavaria = dateHolidaysCalendar({ country: 'DE', state: 'BY' });
    expect(bavaria.lookup('2026-01-06')?.name).toBe('Heilige Drei Könige');
    expect(dateHolidaysCalendar({ country: 'DE' }).lookup('2026-01-06')).toBeUndefined();
    expect(bavaria.lookup('2026-03-02')).toBeUndefined();
  });

  it('counts only the chosen types (public by default)', () => {
    expect(dateHolidaysCalendar({ country: 'US' }).lookup('2026-02-14')).toBeUndefined();
    const withObservances = dateHolidaysCalendar({
      country: 'US',
      types: ['public', 'observance'],
    });
    expect(withObservances.lookup('2026-02-14')?.type).toBe('observance');
    expect(dateHolidaysCalendar({ country: 'US' }).lookup('2026-07-03')?.type).toBe('public');
  });

  it('expands multi-day holidays day by day (Eid al-Fitr in Saudi Arabia)', () => {
    const sa = dateHolidaysCalendar({ country: 'SA' });
    const days = [
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
    ];
    expect(days.map((d) => sa.lookup(d) !== undefined)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('records provenance, including the licence inconsistency', () => {
    const entry = dateHolidaysCalendar({ country: 'JP' }).lookup('2026-03-20');
    expect(entry?.name).toBe('春分の日');
    expect(ProvenanceSchema.parse(entry?.provenance).note).toMatch(/CC BY-SA 3\.0.*CC-BY-3\.0/);
  });

  it('checks every date it is asked about, at the cost of a table read for a date it holds', () => {
    const de = dateHolidaysCalendar({ country: 'DE' });
    const code = (date: unknown) => {
      try {
        de.lookup(date as string);
        return 'ok';
      } catch (e) {
        return isMeridianError(e) ? e.code : 'raw';
      }
    };
    // A table holds every date of its year, so only a date it does not hold is checked.
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '20x6-01-01', '', 12, null]) {
      expect(code(bad)).toBe('coverage/invalid-local-date');
    }
    expect(code('2028-02-29')).toBe('ok');
    expect(de.lookup('2028-02-29')).toBeUndefined();
    expect(de.lookup('0000-01-01')).toBeUndefined(); // beyond date-holidays' years: weekly hours
    expect(de.lookup('+010000-01-01')).toBeUndefined();
    // Years asked in turn (more than the direct slots) still answer from the right table.
    for (let y = 2020; y < 2040; y++)
      expect(de.lookup(`${y}-12-25`)?.name).toBe('1. Weihnachtstag');
    for (let y = 2039; y >= 2020; y--) expect(de.lookup(`${y}-12-24`)).toBeUndefined();
  });

  it('refuses a country date-holidays does not know', () => {
    // AQ (Antarctica) is an ISO 3166-1 code without date-holidays rules; XX is no code at all.
    expect(() => dateHolidaysCalendar({ country: 'AQ' })).toThrow(/no holiday rules for "AQ"/);
    expect(() => dateHolidaysCalendar({ country: 'XX' })).toThrow(/at country: "XX" is not an ISO/);
  });

  it('refuses a state or region date-holidays does not know, instead of the national list', () => {
    const code = (f: () => unknown) => {
      try {
        f();
        return undefined;
      } catch (e) {
        return isMeridianError(e) ? e.code : 'raw';
      }
    };
    expect(code(() => dateHolidaysCalendar({ country: 'DE', state: 'ZZ' }))).toBe(
      'coverage/unknown-holiday-state',
    );
    expect(code(() => dateHolidaysCalendar({ country: 'DE', state: 'BY', region: 'ZZ' }))).toBe(
      'coverage/unknown-holiday-region',
    );
    expect(code(() => dateHolidaysCalendar({ country: 'DE', state: 'BY' }))).toBeUndefined();
    expect(
      code(() =>
        createBusinessCalendar({
          id: 'x',
          zone: 'Europe/Berlin',
          weekly: {},
          holidays: { country: 'DE', state: 'ZZ' },
        }),
      ),
    ).toBe('coverage/unknown-holiday-state');
  });
});

describe('explicit entries and combinations', () => {
  it("China's make-up working days override the rule-based calendar", () => {
    const cn = combineHolidays(dateHolidaysCalendar({ country: 'CN' }), chinaMakeUpWorkingDays);
    expect(cn.lookup('2026-02-14')?.kind).toBe('working-day');
    expect(cn.lookup('2026-10-01')?.kind).toBe('holiday');
    expect(cn.lookup('2026-03-02')).toBeUndefined();
    expect(cn.id).toBe('date-holidays:CN:public+cn-make-up-working-days');
  });

  it("the State Council's full arrangement: bridge days off, make-up days on, group holidays worked", () => {
    const cn = chinaStateCouncil2025To2026;
    expect(cn.lookup('2026-01-02')?.kind).toBe('holiday'); // a bridge Friday
    expect(cn.lookup('2026-01-04')?.kind).toBe('working-day'); // a Sunday worked
    expect(cn.lookup('2026-02-23')?.name).toBe('春节');
    expect(cn.lookup('2026-06-01')).toBeUndefined(); // Children's Day: not a day off for all
    expect(CHINA_REST_DAYS.filter((d) => d.date.startsWith('2026'))).toHaveLength(
      3 + 9 + 3 + 5 + 3 + 3 + 7,
    );
    expect(CHINA_REST_DAYS.filter((d) => d.date.startsWith('2025'))).toHaveLength(
      1 + 8 + 3 + 5 + 3 + 8,
    );
  });

  it('a later calendar wins for the same date', () => {
    const a = explicitHolidays('a', [
      { date: '2026-12-24', name: 'Eve', kind: 'holiday', type: 'custom' },
    ]);
    const b = explicitHolidays('b', [
      { date: '2026-12-24', name: 'Stocktake', kind: 'working-day', type: 'custom' },
    ]);
    expect(combineHolidays(a, b).lookup('2026-12-24')?.name).toBe('Stocktake');
    expect(combineHolidays(b, a).lookup('2026-12-24')?.name).toBe('Eve');
  });
});

describe('weekendFor', () => {
  it('knows Friday–Saturday weekends and the UAE switch of 2022-01-01', () => {
    expect(weekendFor('SA', '2026-03-02').days).toEqual(['fri', 'sat']);
    expect(weekendFor('AE', '2021-12-31').days).toEqual(['fri', 'sat']);
    expect(weekendFor('AE', '2022-01-01').days).toEqual(['sat', 'sun']);
    expect(weekendFor('de', '2026-03-02')).toEqual({ days: ['sat', 'sun'] });
  });

  it('takes user rules', () => {
    const rules = [
      ...WEEKEND_RULES,
      {
        country: 'IR',
        days: ['fri'] as const,
        provenance: {
          source: { title: 'Company policy', url: 'https://example.com/policy' },
          asOf: '2026-01-01',
        },
      },
    ];
    expect(weekendFor('IR', '2026-03-02', rules).days).toEqual(['fri']);
  });
});

describe('weekendCalendar', () => {
  it("closes a country's weekend days with the rule's provenance", () => {
    const sa = weekendCalendar('SA');
    expect(sa.lookup('2026-03-06')?.name).toBe('weekend');
    expect(sa.lookup('2026-03-06')?.provenance?.source.url).toContain('thenationalnews');
    expect(sa.lookup('2026-03-08')).toBeUndefined();
    expect(weekendCalendar('AE').lookup('2021-12-31')?.kind).toBe('holiday');
    expect(weekendCalendar('AE').lookup('2026-03-06')).toBeUndefined();
  });

  it('gives a Sunday–Thursday working week in Riyadh from a seven-day schedule', () => {
    const allWeek = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
        d,
        [{ start: '09:00', end: '17:00' }],
      ]),
    );
    const riyadh = createBusinessCalendar(
      { id: 'ksa', zone: 'Asia/Riyadh', weekly: allWeek },
      { holidays: weekendCalendar('SA') },
    );
    // Thursday 5 March to Sunday 8 March 2026: Thursday and Sunday are worked.
    expect(
      riyadh.workingMinutesBetween('2026-03-05T00:00:00+03:00', '2026-03-09T00:00:00+03:00'),
    ).toBe(960);
  });
});

describe('curated data carries valid provenance', () => {
  it.each([
    ['weekends', WEEKEND_RULES.map((r) => r.provenance)],
    ['China make-up days', CHINA_MAKE_UP_WORKING_DAYS.map((r) => r.provenance)],
    ['China rest days', CHINA_REST_DAYS.map((r) => r.provenance)],
    ['contact rules', CONTACT_RULES.map((r) => r.provenance)],
  ])('%s', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) expect(() => ProvenanceSchema.parse(p)).not.toThrow();
  });
});
