// Written from the fact, not from the code: Samoa (Pacific/Apia) moved west of the date line at
// the end of Thursday 29 December 2011 and the next day was Saturday 31 December; Friday 30
// December 2011 did not happen there (Samoa's Daylight Saving (Amendment) Act 2011 and the tz
// database's Pacific/Apia entry). Kiribati's Line Islands (Pacific/Kiritimati) skipped
// 31 December 1994 the same way.
import {
  createBusinessCalendar,
  createSteppingCalendar,
} from '@meridian-cx/coverage/date-holidays';
import { describe, expect, it } from 'vitest';

const nineToFive = { start: '09:00', end: '17:00' };
const weekdays = {
  mon: [nineToFive],
  tue: [nineToFive],
  wed: [nineToFive],
  thu: [nineToFive],
  fri: [nineToFive],
};

describe('a local day the zone skipped has no working minutes', () => {
  it('Apia, week of Monday 2011-12-26: four working days of 480 minutes, not five', () => {
    const schedule = { id: 'apia', zone: 'Pacific/Apia', weekly: weekdays };
    // Monday 26 December 00:00 local (−10:00) to Monday 2 January 00:00 local (+14:00).
    const from = '2011-12-26T00:00:00-10:00';
    const to = '2012-01-02T00:00:00+14:00';
    expect(createBusinessCalendar(schedule).workingMinutesBetween(from, to)).toBe(4 * 480);
    expect(createSteppingCalendar(schedule).workingMinutesBetween(from, to)).toBe(4 * 480);
    // Nothing on Saturday 31 December either: the Friday's shift does not slide into it.
    expect(createBusinessCalendar(schedule).isOpen('2011-12-31T10:00:00+14:00')).toBe(false);
  });

  it('Kiritimati, 1994-12-31 (a Saturday, worked in this schedule) does not exist', () => {
    const everyDay = { ...weekdays, sat: [nineToFive], sun: [nineToFive] };
    const schedule = { id: 'kiritimati', zone: 'Pacific/Kiritimati', weekly: everyDay };
    // Friday 30 December 00:00 (−10:00) to Monday 2 January 00:00 (+14:00): 30 Dec, 1 Jan only.
    const from = '1994-12-30T00:00:00-10:00';
    const to = '1995-01-02T00:00:00+14:00';
    expect(createBusinessCalendar(schedule).workingMinutesBetween(from, to)).toBe(2 * 480);
    expect(createSteppingCalendar(schedule).workingMinutesBetween(from, to)).toBe(2 * 480);
  });
});
