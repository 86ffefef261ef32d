// zod/mini schema of breachDeadline's input.
import * as z from 'zod/mini';
import { BreachTriggerSchema, Holidays, RegimeRef } from './common.js';
import { InstantSchema, TimeZoneSchema } from './core.js';

/** zod schema for {@link breachDeadline}'s input. @since 0.1.0 */
export const BreachDeadlineInputSchema = z.object({
  regime: RegimeRef,
  event: BreachTriggerSchema,
  at: InstantSchema,
  zone: z.optional(TimeZoneSchema),
  holidays: Holidays,
});
