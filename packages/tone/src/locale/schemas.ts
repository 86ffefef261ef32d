// zod/mini schemas of locale negotiation.
import * as z from 'zod/mini';

const tagLike = z.string().check(z.minLength(1, 'A language tag cannot be empty.'));

/** One requested language with an explicit weight. */
export const WeightedTagSchema = z.object({
  tag: tagLike,
  q: z.number().check(z.gte(0), z.lte(1)),
});

/** Input of negotiateLocale. */
export const NegotiateLocaleInputSchema = z.object({
  requested: z.optional(z.union([z.string(), z.array(z.union([tagLike, WeightedTagSchema]))])),
  supported: z.array(tagLike).check(z.minLength(1, 'The desk must support at least one locale.')),
  default: tagLike,
  country: z.optional(
    z.string().check(z.regex(/^[A-Z]{2}$/, 'A country is an ISO 3166-1 alpha-2 code in capitals.')),
  ),
  countryDefaults: z.optional(z.record(z.string().check(z.regex(/^[A-Z]{2}$/)), z.array(tagLike))),
  allow: z.optional(z.object({ nordic: z.optional(z.boolean()) })),
});
