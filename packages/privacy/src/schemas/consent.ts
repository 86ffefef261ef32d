// zod/mini schemas of canSendMarketing's and honourOptOutSignal's inputs.
import * as z from 'zod/mini';
import { RegimeRef } from './common.js';
import { InstantSchema, TimeZoneSchema } from './core.js';

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
  zone: z.optional(TimeZoneSchema),
});

/** zod schema for {@link honourOptOutSignal}'s input. @since 0.1.0 */
export const HonourOptOutSignalInputSchema = z.object({
  regime: RegimeRef,
  signal: z.union([z.string(), z.record(z.string(), z.string())]),
  at: InstantSchema,
  zone: z.optional(TimeZoneSchema),
});
