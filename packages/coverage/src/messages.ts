/** The codes `@meridian-cx/coverage` throws. */
export type CoverageErrorCode =
  | 'coverage/invalid-schedule'
  | 'coverage/invalid-zone'
  | 'coverage/invalid-minutes'
  | 'coverage/invalid-target'
  | 'coverage/invalid-contact-request'
  | 'coverage/ambiguous-local-time'
  | 'coverage/never-open'
  | 'coverage/not-minute-aligned'
  | 'coverage/invalid-range'
  | 'coverage/unknown-country-holidays';

/** Message builders per code: constants, so tests can assert them and docs can quote them. */
export const coverageMessages = {
  endBeforeStart: (start: string, end: string) =>
    `The shift ends at ${end}, not after it starts at ${start}. Swap the times, or mark it "overnight": true if it runs past midnight.`,
  overnightTooLong: (start: string, end: string) =>
    `An overnight shift from ${start} must end at or before ${start} on the next day; it ends at ${end}. Split it into two shifts.`,
  overlappingShifts: (a: string, b: string) =>
    `The shifts ${a} and ${b} overlap on the same day. Merge them into one shift, or make them adjacent.`,
  exceptionShape: () =>
    'A date exception is either { date, closed: true } or { date, shifts: [...] }: give exactly one of closed and shifts.',
  duplicateException: (date: string) =>
    `The date ${date} has more than one exception. Keep one entry per date.`,
  ambiguousLocalTime: (local: string, zone: string) =>
    `${local} happens twice in ${zone} (clocks go back) and the schedule says ambiguous: "reject". Choose "earlier" or "later", or move the shift boundary.`,
  neverOpen: (id: string) =>
    `The schedule "${id}" has no working time within 50 years of the requested instant, so working minutes cannot be added. Give it at least one shift.`,
  notMinuteAligned: (value: string) =>
    `The stepping oracle works in whole minutes; ${value} is not. Use instants on a minute boundary and whole minutes.`,
  invalidMinutes: (value: string) =>
    `Working minutes must be a finite number; got ${value}. Pass a number such as 960 for 16 hours.`,
  invalidRange: (from: string, to: string) =>
    `The range [${from}, ${to}) ends before it starts. Swap from and to.`,
  unknownCountryHolidays: (country: string) =>
    `date-holidays has no holiday rules for "${country}". Use an ISO 3166-1 alpha-2 code it supports, or pass explicit holidays.`,
} as const;
