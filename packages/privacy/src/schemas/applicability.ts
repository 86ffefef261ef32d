// zod/mini schema of applicableRegimes' input.
import * as z from 'zod/mini';
import { CountryCodeSchema, MoneySchema } from './codes.js';
import { Count } from './common.js';
import { InstantSchema } from './core.js';

/** zod schema for {@link applicableRegimes}'s input. @since 0.1.0 */
export const ApplicableRegimesInputSchema = z.object({
  customer: z.object({
    country: CountryCodeSchema,
    region: z.optional(z.string().check(z.minLength(1))),
  }),
  business: z.object({
    establishedIn: z.array(CountryCodeSchema),
    annualRevenue: z.optional(MoneySchema),
    consumersPerYear: z.optional(Count),
    revenueShareFromData: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    sellsPersonalData: z.optional(z.boolean()),
    processesSensitiveData: z.optional(z.boolean()),
    smallBusiness: z.optional(z.boolean()),
  }),
  at: InstantSchema,
});
