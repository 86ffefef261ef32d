// zod/mini schemas for everything the regimes half of the package takes from outside. Core's
// schemas (classic zod) nest inside zod/mini objects.
import {
  CountryCodeSchema,
  InstantSchema,
  MoneySchema,
  ProvenanceSchema,
  TimeZoneSchema,
} from '@meridian-cx/core';
import { z } from 'zod/mini';
import type { Regime } from './regimes/types.js';

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
const LocalDate = z.iso.date({ error: 'Expected a local date as YYYY-MM-DD.' });
const Count = z.number().check(z.int(), z.minimum(0));
const PeriodSchema = z.object({
  amount: Count,
  unit: z.enum(['months', 'calendar-days', 'business-days', 'hours']),
});
const Sourced = { provenance: ProvenanceSchema };

/**
 * zod schema for a regime as data: what {@link defineRegime} checks, and what the built-in
 * regimes are validated against in tests.
 * @since 0.1.0
 */
export const RegimeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  short: z.string().check(z.minLength(1)),
  jurisdiction: z.object({
    country: z.string().check(z.length(2)),
    region: z.optional(z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/))),
    countries: z.optional(z.array(CountryCodeSchema)),
  }),
  inForce: z.object({ from: LocalDate, ...Sourced }),
  territorialScope: z.optional(z.object({ rule: z.string(), ...Sourced })),
  rights: z.array(z.object({ right: RightKindSchema, ...Sourced })),
  requests: z.array(
    z.object({
      appliesTo: z.array(RightKindSchema).check(z.minLength(1)),
      period: z.nullable(PeriodSchema),
      counting: z.enum(['eu-1182-71', 'uk-ico', 'days-after-receipt']),
      rollForward: z.boolean(),
      clockStartsAfterVerification: z.optional(z.boolean()),
      extension: z.optional(
        z.object({
          period: z.nullable(PeriodSchema),
          conditions: z.string(),
          notice: z.string(),
          noticeWithin: z.optional(PeriodSchema),
          ...Sourced,
        }),
      ),
      stopTheClock: z.optional(z.object({ description: z.string(), from: LocalDate, ...Sourced })),
      acknowledgement: z.optional(z.object({ period: PeriodSchema, ...Sourced })),
      onExpiry: z.optional(z.string()),
      ...Sourced,
    }),
  ),
  breach: z.array(
    z.object({
      notify: z.enum(['authority', 'individuals']),
      authority: z.string(),
      trigger: BreachTriggerSchema,
      window: z.nullable(PeriodSchema),
      wording: z.string(),
      condition: z.optional(z.string()),
      from: z.optional(LocalDate),
      until: z.optional(LocalDate),
      ...Sourced,
    }),
  ),
  thresholds: z.array(
    z.object({
      anyOf: z.array(
        z.object({
          minConsumers: z.optional(Count),
          minRevenue: z.optional(
            z.object({ amount: Count, currency: z.string().check(z.length(3)) }),
          ),
          minRevenueShareFromData: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
          revenueShareStrict: z.optional(z.boolean()),
          sellsPersonalData: z.optional(z.literal(true)),
          processesSensitiveData: z.optional(z.literal(true)),
          notSmallBusiness: z.optional(z.literal(true)),
        }),
      ),
      from: z.optional(LocalDate),
      until: z.optional(LocalDate),
      ...Sourced,
    }),
  ),
  marketing: z.array(
    z.object({
      channels: z.array(z.enum(['email', 'sms'])).check(z.minLength(1)),
      model: z.enum(['opt-in', 'opt-in-soft-opt-in', 'opt-in-implied-consent', 'opt-out']),
      existingCustomerWindow: z.optional(PeriodSchema),
      conditions: z.optional(z.string()),
      from: z.optional(LocalDate),
      ...Sourced,
    }),
  ),
  optOutSignal: z.optional(
    z.object({
      required: z.boolean(),
      from: z.optional(LocalDate),
      effect: z.optional(z.string()),
      ...Sourced,
    }),
  ),
  childConsent: z.optional(
    z.object({
      age: Count,
      scope: z.string(),
      variations: z.optional(
        z.array(z.object({ country: CountryCodeSchema, age: Count, ...Sourced })),
      ),
      ...Sourced,
    }),
  ),
  disagreements: z.array(
    z.object({
      topic: z.string(),
      readings: z
        .array(z.object({ says: z.string(), provenance: ProvenanceSchema }))
        .check(z.minLength(1)),
    }),
  ),
});

const RegimeRef = z.union([
  z.string().check(z.minLength(1)),
  z.custom<Regime>(
    (v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
    {
      error: 'Expected a regime id or a regime made with defineRegime().',
    },
  ),
]);
const Holidays = z.optional(z.array(LocalDate));

/** zod schema for {@link requestDeadline}'s input. @since 0.1.0 */
export const RequestDeadlineInputSchema = z.object({
  regime: RegimeRef,
  kind: RightKindSchema,
  receivedAt: InstantSchema,
  zone: TimeZoneSchema,
  extended: z.optional(z.boolean()),
  holidays: Holidays,
  weekend: z.optional(z.array(z.number().check(z.int(), z.minimum(1), z.maximum(7)))),
  verifiedAt: z.optional(InstantSchema),
  pauses: z.optional(z.array(z.object({ requestedAt: InstantSchema, answeredAt: InstantSchema }))),
});

/** zod schema for {@link breachDeadline}'s input. @since 0.1.0 */
export const BreachDeadlineInputSchema = z.object({
  regime: RegimeRef,
  event: BreachTriggerSchema,
  at: InstantSchema,
  zone: z.optional(TimeZoneSchema),
  holidays: Holidays,
});

/** zod schema for {@link canSendMarketing}'s input. @since 0.1.0 */
export const CanSendMarketingInputSchema = z.object({
  regime: RegimeRef,
  channel: z.enum(['email', 'sms']),
  consent: z.enum(['given', 'none', 'withdrawn']),
  existingCustomer: z.optional(
    z.union([
      z.literal(false),
      z.object({
        lastPurchaseAt: InstantSchema,
        similarProducts: z.boolean(),
        offeredObjection: z.boolean(),
      }),
    ]),
  ),
  at: InstantSchema,
});

/** zod schema for {@link honourOptOutSignal}'s input. @since 0.1.0 */
export const HonourOptOutSignalInputSchema = z.object({
  regime: RegimeRef,
  signal: z.union([z.string(), z.record(z.string(), z.string())]),
  at: InstantSchema,
});

/** zod schema for {@link applicableRegimes}'s input. @since 0.1.0 */
export const ApplicableRegimesInputSchema = z.object({
  customer: z.object({
    country: CountryCodeSchema,
    region: z.optional(z.string().check(z.minLength(1))),
  }),
  business: z.object({
    establishedIn: z.array(CountryCodeSchema),
    annualRevenue: z.optional(MoneySchema),
    consumersPerYear: z.optional(Count),
    revenueShareFromData: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    sellsPersonalData: z.optional(z.boolean()),
    processesSensitiveData: z.optional(z.boolean()),
    smallBusiness: z.optional(z.boolean()),
  }),
  at: InstantSchema,
});

const HoldSchema = z.object({
  id: z.string().check(z.minLength(1)),
  reason: z.string(),
  from: InstantSchema,
  until: z.optional(InstantSchema),
});

/** zod schema for a retention rule. @since 0.1.0 */
export const RetentionRuleSchema = z.object({
  category: z.string().check(z.minLength(1)),
  keepFor: z.object({ amount: Count, unit: z.enum(['months', 'calendar-days']) }),
  from: z.enum(['created', 'closed', 'last-activity']),
  basis: z.string().check(z.minLength(1)),
  provenance: z.optional(ProvenanceSchema),
});

/** zod schema for {@link purgePlan}'s input. @since 0.1.0 */
export const PurgePlanInputSchema = z.object({
  items: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      category: z.string().check(z.minLength(1)),
      createdAt: InstantSchema,
      closedAt: z.optional(InstantSchema),
      lastActivityAt: z.optional(InstantSchema),
      legalHolds: z.optional(z.array(HoldSchema)),
    }),
  ),
  rules: z.array(RetentionRuleSchema),
  zone: z.optional(TimeZoneSchema),
  now: InstantSchema,
});
