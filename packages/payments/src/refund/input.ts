// The refund question a support agent asks, validated whole at the boundary.

import type { CountryCode, Money } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { CountrySchema, InstantInputSchema, MoneyInputSchema } from '../schemas/codes.js';
import { MethodIdSchema, ProviderIdSchema } from '../schemas/ids.js';

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
export type RefundRequest = {
  /** The method id (`oxxo`, `blik`). */
  readonly method: string;
  /** The provider that took the payment. */
  readonly provider: string;
  /** The amount to refund, in minor units (> 0). */
  readonly amount: Money;
  /** What the customer paid. Default: `amount` (a full refund). */
  readonly paid?: Money;
  /** When the payment was made, with an offset (or a Date). */
  readonly paidAt: string | Date;
  /** When the refund is decided, with an offset (or a Date). */
  readonly now: string | Date;
  /** Where the customer's bank account is. Default: the method's main country. */
  readonly country?: CountryCode;
};
