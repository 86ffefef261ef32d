// zod/mini schema of a regime as data (defineRegime validates with it).
import * as z from 'zod/mini';
import { CountryCodeSchema } from './codes.js';
import { BreachTriggerSchema, Count, LocalDate, PeriodSchema, RightKindSchema } from './common.js';
import { TimeZoneSchema } from './core.js';
import { ProvenanceSchema } from './provenance.js';

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
    zone: z.optional(TimeZoneSchema),
  }),
  inForce: z.object({ from: LocalDate, ...Sourced }),
  territorialScope: z.optional(z.object({ rule: z.string(), ...Sourced })),
  rights: z.array(z.object({ right: RightKindSchema, ...Sourced })),
  requests: z.array(
    z
      .object({
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
        stopTheClock: z.optional(
          z.object({ description: z.string(), from: LocalDate, ...Sourced }),
        ),
        acknowledgement: z.optional(z.object({ period: PeriodSchema, ...Sourced })),
        onExpiry: z.optional(z.string()),
        ...Sourced,
      })
      .check(
        // An extension adds to the period, so it is counted in the period's own unit.
        z.refine(
          (r) =>
            r.period === null || !r.extension?.period || r.extension.period.unit === r.period.unit,
          {
            message: 'The extension is added to the period, so give it in the period’s unit.',
            path: ['extension', 'period', 'unit'],
          },
        ),
      ),
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
