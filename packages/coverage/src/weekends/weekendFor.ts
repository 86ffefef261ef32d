import type { Provenance } from '@meridian-cx/core';
import type { Weekday } from '../types.js';
import { WEEKEND_RULES, type WeekendRule } from './weekends.data.js';

/** The answer of {@link weekendFor}. */
export type Weekend = {
  readonly days: readonly Weekday[];
  /** Absent for the Saturday–Sunday default. */
  readonly provenance?: Provenance;
};

const DEFAULT: Weekend = { days: ['sat', 'sun'] };

/**
 * Which days are the weekend in a country on a given local date. The UAE answers Friday–Saturday
 * before 2022-01-01 and Saturday–Sunday from then on.
 *
 * @param country - ISO 3166-1 alpha-2 code.
 * @param date - The local date `YYYY-MM-DD`.
 * @param rules - Rules to use instead of the built-in {@link WEEKEND_RULES} (pass `[...WEEKEND_RULES, mine]` to extend; later rules win).
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
  let best: WeekendRule | undefined;
  for (const rule of rules) {
    if (rule.country !== country.toUpperCase()) continue;
    if (rule.since !== undefined && rule.since > date) continue;
    if (best === undefined || (rule.since ?? '') >= (best.since ?? '')) best = rule;
  }
  return best === undefined ? DEFAULT : { days: best.days, provenance: best.provenance };
}
