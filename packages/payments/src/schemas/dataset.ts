// The whole dataset: providers, methods, how prices are shown, and which bank details a refund by
// transfer needs, each entry sourced.

import * as z from 'zod/mini';
import { CountrySchema, SourceInputSchema } from './codes.js';
import { factSchema, IsoDateSchema, ProviderIdSchema } from './fact.js';
import { PaymentMethodSchema } from './method.js';

/** A provider the dataset speaks of (`stripe`, `adyen`…), or `scheme` for a method's operator. */
export const ProviderSchema = z.object({
  id: ProviderIdSchema,
  name: z.string().check(z.minLength(1)),
  url: z.url({ error: 'A provider needs the URL of its documentation.' }),
});

/** How prices are presented to shoppers in a country: tax included or added at checkout. */
export const PricePresentationSchema = z.object({
  countries: z.array(CountrySchema).check(z.minLength(1)),
  rule: factSchema(z.enum(['tax-inclusive', 'tax-exclusive'])),
});

/** The bank details a refund by bank transfer has to collect from the customer, per country. */
export const RefundDetailsSchema = z.object({
  country: CountrySchema,
  fields: factSchema(
    z
      .array(
        z.object({
          id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
          label: z.string().check(z.minLength(1)),
        }),
      )
      .check(z.minLength(1)),
  ),
});

/** zod schema of a whole payment dataset (what `parsePaymentDataset` reads). */
export const PaymentDatasetSchema = z.object({
  /** What errors call the dataset (`PAYMENT_DATASET`, `my-shop`): optional. */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
  asOf: IsoDateSchema,
  /**
   * The countries the dataset speaks for (a regional dataset's). A request for another country
   * throws `payments/country-not-in-dataset`, even when a method such as cards lists it. Absent:
   * every country its methods list.
   */
  countries: z.optional(z.array(CountrySchema)),
  source: z.optional(SourceInputSchema),
  providers: z.array(ProviderSchema),
  methods: z.array(PaymentMethodSchema),
  presentation: z.array(PricePresentationSchema),
  refundDetails: z.array(RefundDetailsSchema),
});
