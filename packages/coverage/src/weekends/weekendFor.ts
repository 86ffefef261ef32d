import { describeValue, isCountry, type Provenance, parseWith } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { checkLocalDate } from '../holidays/checkLocalDate.js';
import { WeekendRulesSchema } from '../inputs.js';
import type { Weekday } from '../types.js';
import { dayNumber } from '../zone/days.js';
import { WEEKEND_RULES, type WeekendRule } from './weekends.data.js';

/** The answer of {@link weekendFor}. */
export type Weekend = {
  readonly days: readonly Weekday[];
  /** Absent for the Saturday–Sunday default. */
  readonly provenance?: Provenance;
};

const DEFAULT: Weekend = { days: ['sat', 'sun'] };

// Rule lists are checked once each: callers pass the same list again and again.
const checked = new WeakSet<readonly WeekendRule[]>([WEEKEND_RULES]);

/** Validate a weekend rule list once (`coverage/invalid-weekend-rules`). Internal. */
export function checkRules(rules: readonly WeekendRule[]): void {
  if (typeof rules === 'object' && rules !== null && checked.has(rules)) return;
  parseWith(WeekendRulesSchema, rules, { package: 'coverage', what: 'weekend-rules' });
  checked.add(rules);
}

/**
 * Which days are the weekend in a country on a given local date. The UAE answers Friday–Saturday
 * before 2022-01-01 and Saturday–Sunday from then on.
 *
 * @param country - ISO 3166-1 alpha-2 code.
 * @param date - The local date `YYYY-MM-DD`.
 * @param rules - Rules to use instead of the built-in {@link WEEKEND_RULES} (pass `[...WEEKEND_RULES, mine]` to extend; later rules win).
 * @throws {MeridianError} `coverage/invalid-country`, `coverage/invalid-local-date`.
 * @throws {ValidationError} `coverage/invalid-weekend-rules` for a malformed rule list.
 * @returns The weekend days and, when not the default, the provenance of the rule.
 * @example
 * weekendFor('AE', '2021-12-31').days; // ['fri', 'sat']
 * weekendFor('AE', '2026-03-02').days; // ['sat', 'sun']
 * @since 0.1.0
 */
export function weekendFor(
  country: string,
  date: string,
  rules: readonly WeekendRule[] = WEEKEND_RULES,
): Weekend {
  const code = typeof country === 'string' ? country.toUpperCase() : country;
  if (!isCountry(code)) fail('coverage/invalid-country', { value: describeValue(country) });
  checkLocalDate(date);
  checkRules(rules);
  const day = dayNumber(date);
  let best: WeekendRule | undefined;
  let bestSince = -Infinity;
  for (const rule of rules) {
    if (rule.country !== code) continue;
    const since = rule.since === undefined ? -Infinity : dayNumber(rule.since);
    if (since > day) continue;
    if (best === undefined || since >= bestSince) {
      best = rule;
      bestSince = since;
    }
  }
  return best === undefined ? DEFAULT : { days: best.days, provenance: best.provenance };
}
