import { isMeridianError } from '@meridian-cx/core';
import { requestDeadline, US_CA_CCPA } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

// The shape of @meridian-cx/coverage's HolidayCalendar, written out so privacy stays independent.
const calendarOf = (entries: Record<string, 'holiday' | 'working-day'>) => ({
  id: 'test',
  lookup: (date: string) => {
    const kind = entries[date];
    return kind === undefined ? undefined : { date, name: date, kind, type: 'custom' };
  },
});

const ack = (holidays: Parameters<typeof requestDeadline>[0]['holidays']) =>
  requestDeadline({
    regime: US_CA_CCPA,
    kind: 'access',
    receivedAt: '2026-12-18T10:00:00-08:00',
    zone: 'America/Los_Angeles',
    ...(holidays !== undefined ? { holidays } : {}),
  }).acknowledgeOn;

describe('holidays as a holiday calendar', () => {
  it('a calendar and the same dates as a list give the same count', () => {
    const list = ['2026-12-25', '2027-01-01'];
    expect(ack(calendarOf({ '2026-12-25': 'holiday', '2027-01-01': 'holiday' }))).toBe(ack(list));
    expect(ack(list)).toBe('2027-01-05');
  });
  it('a working-day entry opens a weekend day (a make-up working Saturday)', () => {
    // Saturday 2 January 2027 declared a working day: the tenth business day comes a day earlier.
    expect(
      ack(
        calendarOf({
          '2026-12-25': 'holiday',
          '2027-01-01': 'holiday',
          '2027-01-02': 'working-day',
        }),
      ),
    ).toBe('2027-01-04');
  });
  it('a calendar that answers junk or throws is refused with the date it was asked about', () => {
    for (const lookup of [
      () => ({ kind: 'closed' }),
      () => 'yes',
      () => {
        throw new Error('down');
      },
    ]) {
      try {
        ack({ lookup } as never);
        expect.unreachable();
      } catch (e) {
        expect(isMeridianError(e, 'privacy/invalid-argument')).toBe(true);
        expect(String(e)).toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    }
  });
  it('a calendar closed for more than a year is refused, not looped on', () => {
    try {
      ack({ lookup: (date: string) => ({ date, kind: 'holiday' }) } as never);
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'privacy/no-working-day')).toBe(true);
    }
  });
  it('something that is neither dates nor a calendar fails validation', () => {
    expect(() => ack({ lookup: 'nope' } as never)).toThrow(/holidays/);
  });
});
