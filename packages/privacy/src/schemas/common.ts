// Building blocks shared by the per-concept schemas: request kinds, breach triggers, local dates,
// periods, and a regime reference (a built-in regime or one made with defineRegime()).
import * as z from 'zod/mini';
import type { HolidayCalendarLike } from '../deadlines/workCalendar.js';
import { isTrustedRegime } from '../regimes/trusted.js';
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
export const RightKindSchema = /* @__PURE__ */ z.enum(RIGHTS);
/** zod schema for the event that starts a breach clock. @since 0.1.0 */
export const BreachTriggerSchema = /* @__PURE__ */ z.enum(TRIGGERS);

/** A local calendar date, YYYY-MM-DD. */
export const LocalDate = /* @__PURE__ */ z.iso.date({
  error: 'Expected a local date as YYYY-MM-DD.',
});
export const Count = /* @__PURE__ */ z.number().check(z.int(), z.minimum(0));
export const PeriodSchema = /* @__PURE__ */ z.object({
  amount: Count,
  unit: /* @__PURE__ */ z.enum(['months', 'calendar-days', 'business-days', 'hours']),
});

/**
 * A regime object: a built-in export (`EU_GDPR` …) or what defineRegime() returned. Ids are not
 * accepted (see regimeById): the decision functions check this first with a message naming the
 * import.
 */
export const RegimeRef = /* @__PURE__ */ z.custom<Regime>(isTrustedRegime, {
  error: 'Expected a regime object: a built-in such as EU_GDPR, or what defineRegime() returned.',
});
/** Local holidays: a list of dates, or a holiday calendar with `lookup(date)`. */
export const Holidays = /* @__PURE__ */ z.optional(
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
