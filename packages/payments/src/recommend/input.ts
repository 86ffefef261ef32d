// The request a checkout sends, validated whole at the boundary.

import * as z from 'zod/mini';
import { CountrySchema, CurrencySchema, InstantInputSchema } from '../schemas/codes.js';
import { ProviderIdSchema } from '../schemas/fact.js';

/** zod schema of a {@link recommendPaymentMethods} request (without the dataset). */
export const RecommendationRequestSchema = z.object({
  country: CountrySchema,
  currency: CurrencySchema,
  amount: z
    .int({ error: 'amount is a whole number of minor units (PLN 49.00 is 4900).' })
    .check(z.minimum(0, 'amount is an amount ≥ 0 in minor units.')),
  device: z.enum(['mobile', 'desktop'], { error: 'device is "mobile" or "desktop".' }),
  recurring: z.optional(z.boolean()),
  providers: z.optional(z.array(ProviderIdSchema)),
  at: InstantInputSchema,
});

/** What a checkout asks: where, in what currency, how much, on what device, when. */
export type RecommendationRequest = z.input<typeof RecommendationRequestSchema>;
