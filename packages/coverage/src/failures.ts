import { defineFailures } from '@meridian-cx/core';

// coverage's failure catalog: every code the package throws, with its message, written once. `coverageMessages` (messages.ts) keeps the 0.1.0 builders as views of it.
export const {
  fail,
  failure,
  message,
  codes: COVERAGE_CODES,
} = defineFailures('coverage', {
  'coverage/ambiguous-local-time': (p: { local: string; zone: string }) =>
    `${p.local} happens twice in ${p.zone} (clocks go back) and the schedule says ambiguous: "reject". Choose "earlier" or "later", or move the shift boundary.`,
  'coverage/never-open': (p: { schedule: string }) =>
    `The schedule "${p.schedule}" has no working time within 50 years of the requested instant, so working minutes cannot be added. Give it at least one shift.`,
  'coverage/beyond-date-range': (p: { schedule: string }) =>
    `Adding working minutes on "${p.schedule}" would go beyond the range of Date (±8.64e15 ms). Add fewer minutes.`,
  'coverage/not-minute-aligned': (p: { value: string }) =>
    `The stepping oracle works in whole minutes; ${p.value} is not. Use instants on a minute boundary and whole minutes.`,
  'coverage/invalid-minutes': (p: { value: string }) =>
    `Working minutes must be a finite number; got ${p.value}. Pass a number such as 960 for 16 hours.`,
  'coverage/invalid-range': (p: { from: string; to: string }) =>
    `The range [${p.from}, ${p.to}) ends before it starts. Swap from and to.`,
  'coverage/unknown-country-holidays': (p: { country: string }) =>
    `date-holidays has no holiday rules for "${p.country}". Use an ISO 3166-1 alpha-2 code it supports, or pass explicit holidays.`,
  'coverage/unknown-holiday-state': (p: { country: string; state: string; known: string }) =>
    `date-holidays knows no state "${p.state}" in ${p.country}. Use one of ${p.known}, or leave state out for the national holidays.`,
  'coverage/unknown-holiday-region': (p: {
    country: string;
    state: string;
    region: string;
    known: string;
  }) =>
    `date-holidays knows no region "${p.region}" in ${p.country}-${p.state}. Use one of ${p.known}, or leave region out.`,
  'coverage/invalid-country': (p: { value: string }) =>
    `${p.value} is not an ISO 3166-1 alpha-2 country code. Use two letters such as "DE", "SA" or "JP".`,
  'coverage/holiday-rules-required': (p: { what: string; country: string }) =>
    `${p.what} names the holidays of ${p.country}, but no holiday rules were given. Import the function from "@meridian-cx/coverage/date-holidays" (which brings date-holidays' rules), pass holidayRules: dateHolidayRules from there, or pass explicit holidays.`,
  'coverage/invalid-local-date': (p: { value: string }) =>
    `A holiday calendar is asked about local dates written YYYY-MM-DD; got ${p.value}.`,
  'coverage/invalid-holiday-calendar': (p: { path: string; value: string }) =>
    `${p.path} must be a holiday calendar, an object with an id string and a lookup(date) function (explicitHolidays, weekendCalendar, dateHolidaysCalendar…); got ${p.value}.`,
});

/** The codes `@meridian-cx/coverage` throws: the keys of its failure catalog. */
export type CoverageErrorCode =
  | (typeof COVERAGE_CODES)[number]
  // ValidationError codes, `coverage/invalid-<what>` from parseWith:
  | 'coverage/invalid-schedule'
  | 'coverage/invalid-zone'
  | 'coverage/invalid-target'
  | 'coverage/invalid-contact-request'
  | 'coverage/invalid-calendar-options'
  | 'coverage/invalid-teams'
  | 'coverage/invalid-coverage-input'
  | 'coverage/invalid-segments'
  | 'coverage/invalid-holiday-options'
  | 'coverage/invalid-holidays'
  | 'coverage/invalid-weekend-rules'
  | 'coverage/invalid-heatmap'
  | 'coverage/invalid-heatmap-options';
