// The end of a local day is where the next one starts, minus 1 ms (core's localToUtc of the next
// midnight). Until 0.2.0 it was the wall time 23:59:59.999 read with one correction, which ended
// these days in the wrong place: each case below is a day the old rule got wrong.
import { describe, expect, it } from 'vitest';
import { endOfLocalDay, localDate } from './calendar.js';

const plus1 = (iso: string) => new Date(Date.parse(iso) + 1).getTime();

describe('endOfLocalDay at changes of offset', () => {
  it('ends a day whose last hour is skipped where the gap begins (Berlin, 30 April 1916)', () => {
    // Clocks went from 23:00 CET to 00:00 CEST: the old rule ended the day at 00:59:59.999 CEST.
    expect(endOfLocalDay('1916-04-30', 'Europe/Berlin')).toBe('1916-04-30T21:59:59.999Z');
    expect(localDate(plus1('1916-04-30T21:59:59.999Z'), 'Europe/Berlin')).toBe('1916-05-01');
  });

  it('ends a day whose last hour repeats after the second pass (Havana, 9 October 1928)', () => {
    // The old rule took the first pass of 23:59:59.999: an hour of 9 October came after its end.
    expect(endOfLocalDay('1928-10-09', 'America/Havana')).toBe('1928-10-10T04:59:59.999Z');
    expect(localDate(Date.parse('1928-10-10T04:59:59.999Z'), 'America/Havana')).toBe('1928-10-09');
  });

  it('ends a skipped day where the day before it ends (Apia, 30 December 2011)', () => {
    // The old rule moved 30 December 23:59:59.999 forward a whole day: the end of 31 December.
    expect(endOfLocalDay('2011-12-30', 'Pacific/Apia')).toBe('2011-12-30T09:59:59.999Z');
    expect(endOfLocalDay('2011-12-29', 'Pacific/Apia')).toBe('2011-12-30T09:59:59.999Z');
    expect(endOfLocalDay('2011-12-31', 'Pacific/Apia')).toBe('2011-12-31T09:59:59.999Z');
  });

  it('ends a day before a gap that straddles midnight where the gap begins (Toronto, 1919)', () => {
    // 30 March 1919 23:30 EST became 31 March 00:30 EDT.
    expect(endOfLocalDay('1919-03-30', 'America/Toronto')).toBe('1919-03-31T04:29:59.999Z');
    expect(localDate(plus1('1919-03-31T04:29:59.999Z'), 'America/Toronto')).toBe('1919-03-31');
  });

  it('ends an ordinary day at 23:59:59.999 local', () => {
    expect(endOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfLocalDay('2026-10-25', 'Europe/Berlin')).toBe('2026-10-25T22:59:59.999Z');
  });
});
