import type { Provenance } from '@meridian-cx/core';
import type { Weekday } from '../types.js';

/** The kinds of holiday date-holidays knows; `custom` for entries you add yourself. */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance' | 'custom';

/**
 * What a holiday calendar says about one local date: a holiday (closed), or a working day that
 * rules cannot derive (China's make-up working weekends), worked with the hours of `worksAs`.
 */
export type HolidayEntry = {
  readonly date: string;
  readonly name: string;
  readonly kind: 'holiday' | 'working-day';
  readonly type: HolidayType;
  /** For a working day: whose weekly hours apply. Default: Monday's. */
  readonly worksAs?: Weekday;
  readonly provenance?: Provenance;
};

/**
 * Where a schedule's `holidays: { country, state?, region?, types? }` gets its calendar: a function
 * from that spec to a {@link HolidayCalendar}. `@meridian-cx/coverage/date-holidays` provides one
 * (`dateHolidayRules`), so that an app whose calendars name no country does not bundle
 * date-holidays and its rules.
 */
export type HolidayRules = (spec: {
  readonly country: string;
  readonly state?: string | undefined;
  readonly region?: string | undefined;
  readonly types?:
    | readonly ('public' | 'bank' | 'school' | 'optional' | 'observance')[]
    | undefined;
}) => HolidayCalendar;

/**
 * The extension point for holidays: anything that can say what a local date is. The date-holidays
 * adapter, explicit lists and combinations all implement it; write your own the same way.
 */
export interface HolidayCalendar {
  /** A stable id for logs and caches: `date-holidays:DE-BY:public`, `cn-make-up-days`. */
  readonly id: string;
  /** The entry for a local date `YYYY-MM-DD`, or `undefined` for an ordinary day. */
  lookup(date: string): HolidayEntry | undefined;
}
