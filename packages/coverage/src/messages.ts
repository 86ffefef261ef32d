import { describeValue } from '@meridian-cx/core';
import { message } from './failures.js';

export type { CoverageErrorCode } from './failures.js';

/** A builder's argument as text: strings as they are, anything else rendered safely. */
const t = (v: unknown): string => (typeof v === 'string' ? v : describeValue(v));

/**
 * Message builders: the schema messages (issues inside a `ValidationError`) are written here; the
 * thrown ones render the failure catalog (`src/failures.ts`), so each message is written once.
 */
export const coverageMessages = {
  endBeforeStart: (start: string, end: string) =>
    `The shift ends at ${t(end)}, not after it starts at ${t(start)}. Swap the times, or mark it "overnight": true if it runs past midnight.`,
  overnightTooLong: (start: string, end: string) =>
    `An overnight shift from ${t(start)} must end at or before ${t(start)} on the next day; it ends at ${t(end)}. Split it into two shifts.`,
  overlappingShifts: (a: string, b: string) =>
    `The shifts ${t(a)} and ${t(b)} overlap on the same day. Merge them into one shift, or make them adjacent.`,
  exceptionShape: () =>
    'A date exception is either { date, closed: true } or { date, shifts: [...] }: give exactly one of closed and shifts.',
  duplicateException: (date: string) =>
    `The date ${t(date)} has more than one exception. Keep one entry per date.`,
  ambiguousLocalTime: (local: string, zone: string) =>
    message('coverage/ambiguous-local-time', { local: t(local), zone: t(zone) }),
  neverOpen: (id: string) => message('coverage/never-open', { schedule: t(id) }),
  notMinuteAligned: (value: string) => message('coverage/not-minute-aligned', { value: t(value) }),
  invalidMinutes: (value: string) => message('coverage/invalid-minutes', { value: t(value) }),
  invalidRange: (from: string, to: string) =>
    message('coverage/invalid-range', { from: t(from), to: t(to) }),
  unknownCountryHolidays: (country: string) =>
    message('coverage/unknown-country-holidays', { country: t(country) }),
} as const;
