// Building blocks shared by the per-concept schemas: request kinds, breach triggers, local dates,
// periods, and a regime reference (an id or a regime made with defineRegime()).
import * as z from 'zod/mini';
import type { HolidayCalendarLike } from '../deadlines/workCalendar.js';
import type { Regime } from '../regimes/types.js';

const RIGHTS = [
  'access',
  'deletion',
  'correction',
  'portability',
  'opt-out-sale',
  'opt-out-targeted-ads',
  'opt-out-profiling',
  'objection',
  'restriction',
  'automated-decision',
  'limit-sensitive',
  'withdraw-consent',
  'grievance',
  'nomination',
] as const;
const TRIGGERS = [
  'became-aware',
  'discovered',
  'determined-breach-occurred',
  'assessed-notifiable',
  'aware-personal-data-affected',
  'suspected',
  'individuals-notified',
] as const;

/** zod schema for a request kind (the right exercised). @since 0.1.0 */
export const RightKindSchema = z.enum(RIGHTS);
/** zod schema for the event that starts a breach clock. @since 0.1.0 */
export const BreachTriggerSchema = z.enum(TRIGGERS);

/** A local calendar date, YYYY-MM-DD. */
export const LocalDate = z.iso.date({ error: 'Expected a local date as YYYY-MM-DD.' });
export const Count = z.number().check(z.int(), z.minimum(0));
export const PeriodSchema = z.object({
  amount: Count,
  unit: z.enum(['months', 'calendar-days', 'business-days', 'hours']),
});

/** A regime id, or a regime object (getRegime then checks that defineRegime made it). */
export const RegimeRef = z.union([
  z.string().check(z.minLength(1)),
  z.custom<Regime>(
    (v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
    {
      error: 'Expected a regime id or a regime made with defineRegime().',
    },
  ),
]);
/** Local holidays: a list of dates, or a holiday calendar with `lookup(date)`. */
export const Holidays = z.optional(
  z.union([
    z.array(LocalDate),
    z.custom<HolidayCalendarLike>(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as { lookup?: unknown }).lookup === 'function',
      { error: 'Expected local dates (YYYY-MM-DD) or a holiday calendar with lookup(date).' },
    ),
  ]),
);
