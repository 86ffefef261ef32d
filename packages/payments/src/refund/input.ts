// The refund question a support agent asks, validated whole at the boundary.

import * as z from 'zod/mini';
import { CountrySchema, InstantInputSchema, MoneyInputSchema } from '../schemas/codes.js';
import { MethodIdSchema, ProviderIdSchema } from '../schemas/fact.js';

const Amount = z.extend(MoneyInputSchema, {}).check(
  z.refine((m) => m.amount > 0, {
    error: 'A refund amount is > 0 minor units.',
    path: ['amount'],
  }),
);

/** zod schema of a {@link refundRoute} request (without the dataset). */
export const RefundRequestSchema = z.object({
  method: MethodIdSchema,
  provider: ProviderIdSchema,
  /** The amount to refund. */
  amount: Amount,
  /** What the customer paid (default: `amount`, a full refund). */
  paid: z.optional(Amount),
  paidAt: InstantInputSchema,
  now: InstantInputSchema,
  /** Where the customer's bank account is (default: the method's main country). */
  country: z.optional(CountrySchema),
});

/** What a refund question carries: which payment, how much, when paid, when asked. */
export type RefundRequest = z.input<typeof RefundRequestSchema>;
