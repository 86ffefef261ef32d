// zod/mini schemas of retention rules and purgePlan's input.
import * as z from 'zod/mini';
import { Count } from './common.js';
import { InstantSchema, TimeZoneSchema } from './core.js';
import { ProvenanceSchema } from './provenance.js';

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
