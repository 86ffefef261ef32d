// The request a checkout sends, validated whole at the boundary.

import type { CountryCode, CurrencyCode } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { CountrySchema, CurrencySchema, InstantInputSchema } from '../schemas/codes.js';
import { ProviderIdSchema } from '../schemas/ids.js';

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
export type RecommendationRequest = {
  /** ISO 3166-1 alpha-2 code of the shopper's country, upper case. */
  readonly country: CountryCode;
  /** ISO 4217 code of the currency the shopper pays in. */
  readonly currency: CurrencyCode;
  /** The amount in minor units of `currency` (PLN 49.00 is 4900): a safe integer ≥ 0. */
  readonly amount: number;
  readonly device: 'mobile' | 'desktop';
  /** A subscription or another series of merchant-initiated payments. Default false. */
  readonly recurring?: boolean;
  /** Your providers (contracts). Default: every provider of the dataset. */
  readonly providers?: readonly string[];
  /** The instant the question is asked for, with an offset (or a Date). */
  readonly at: string | Date;
};
