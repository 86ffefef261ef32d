// The main entry carries no holiday rules (so it does not bundle date-holidays); a schedule that
// names a country's holidays says where to get them instead of silently ignoring them.
import { isMeridianError } from '@meridian-cx/core';
import { contactWindow, createBusinessCalendar } from '@meridian-cx/coverage';
import * as withRules from '@meridian-cx/coverage/date-holidays';
import { describe, expect, it } from 'vitest';

const schedule = {
  id: 'emea',
  zone: 'Europe/Berlin',
  weekly: { fri: [{ start: '09:00', end: '17:00' }] },
  holidays: { country: 'DE' },
};
const goodFriday = '2026-04-03T10:00:00Z';

describe('holiday rules', () => {
  it('the main entry refuses a country it has no rules for, naming the subpath', () => {
    try {
      createBusinessCalendar(schedule);
      expect.unreachable();
    } catch (e) {
      expect(isMeridianError(e, 'coverage/holiday-rules-required')).toBe(true);
      expect((e as Error).message).toContain('@meridian-cx/coverage/date-holidays');
    }
    expect(() => contactWindow({ at: goodFriday, country: 'DE', zone: 'Europe/Berlin' })).toThrow(
      /no holiday rules were given/,
    );
  });

  it('works with holidayRules passed, or from the date-holidays entry', () => {
    const passed = createBusinessCalendar(schedule, { holidayRules: withRules.dateHolidayRules });
    expect(passed.isOpen(goodFriday)).toBe(false);
    expect(withRules.createBusinessCalendar(schedule).isOpen(goodFriday)).toBe(false);
    expect(withRules.createBusinessCalendar(schedule).isOpen('2026-03-27T10:00:00Z')).toBe(true);
    // Without holidays, the main entry needs nothing more.
    const { holidays: _, ...plain } = schedule;
    expect(createBusinessCalendar(plain).isOpen(goodFriday)).toBe(true);
    const blocked = withRules.contactWindow({
      at: goodFriday,
      country: 'DE',
      zone: 'Europe/Berlin',
    });
    expect(blocked.reasons.some((r) => r.code === 'contact.holiday')).toBe(true);
  });
});
