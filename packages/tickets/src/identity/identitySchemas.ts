import * as z from 'zod/mini';
import { InstantSchema, id, nonEmpty } from '../vocabulary.js';

/**
 * zod schema for a raw identity before normalisation.
 *
 * @since 0.1.0
 */
export const RawIdentitySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('email'), value: nonEmpty('An email') }),
    z.object({
      kind: z.literal('phone'),
      value: nonEmpty('A phone number'),
      defaultCountry: z.optional(
        z
          .string()
          .check(
            z.regex(/^[A-Z]{2}$/, 'defaultCountry is an ISO 3166-1 alpha-2 code such as "PL".'),
          ),
      ),
    }),
    z.object({
      kind: z.literal('social'),
      platform: nonEmpty('A platform'),
      value: nonEmpty('A handle'),
    }),
    z.object({
      kind: z.literal('external'),
      system: nonEmpty('A system'),
      value: nonEmpty('An external id'),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'kind must be one of "email", "phone", "social", "external".'
        : undefined,
  },
);

/**
 * zod schema for a customer profile as a channel or a CRM knows it.
 *
 * @since 0.1.0
 */
export const CustomerProfileSchema = z.object({
  id,
  identities: z.array(
    z.object({
      identity: RawIdentitySchema,
      verified: z.boolean({ error: 'verified is true or false.' }),
    }),
  ),
  name: z.optional(z.string()),
  tier: z.optional(z.string()),
});

/**
 * zod schema for a manual merge of customer profiles, or its undoing.
 *
 * @since 0.1.0
 */
export const CustomerMergeEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('customer-merged'),
    id,
    at: InstantSchema,
    profileIds: z.array(id).check(z.minLength(2, 'A merge names at least two profiles.')),
    by: z.optional(nonEmpty('by')),
  }),
  z.object({
    type: z.literal('merge-undone'),
    id,
    at: InstantSchema,
    mergeId: id,
    by: z.optional(nonEmpty('by')),
  }),
]);
