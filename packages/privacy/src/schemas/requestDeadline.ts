// zod/mini schema of requestDeadline's input.
import * as z from 'zod/mini';
import { Holidays, RegimeRef, RightKindSchema } from './common.js';
import { InstantSchema, TimeZoneSchema } from './core.js';

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
