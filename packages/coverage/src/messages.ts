import { message } from './failures.js';

export type { CoverageErrorCode } from './failures.js';

/**
 * Message builders: the schema messages (issues inside a `ValidationError`) are written here; the
 * thrown ones render the failure catalog (`src/failures.ts`), so each message is written once.
 */
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
    message('coverage/ambiguous-local-time', { local, zone }),
  neverOpen: (id: string) => message('coverage/never-open', { schedule: id }),
  notMinuteAligned: (value: string) => message('coverage/not-minute-aligned', { value }),
  invalidMinutes: (value: string) => message('coverage/invalid-minutes', { value }),
  invalidRange: (from: string, to: string) => message('coverage/invalid-range', { from, to }),
  unknownCountryHolidays: (country: string) =>
    message('coverage/unknown-country-holidays', { country }),
} as const;
