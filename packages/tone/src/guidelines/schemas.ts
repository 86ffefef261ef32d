// zod/mini schemas of guidelines (defineGuidelines validates with them).
import * as z from 'zod/mini';

const tagLike = z.string().check(z.minLength(1, 'A language tag cannot be empty.'));

/** The register a reply is written in. */
export const RegisterSchema = z.enum(['formal', 'informal']);

/** Topics that may shift the register (money, legal, complaint). */
export const TopicSchema = z.enum(['money', 'legal', 'complaint']);

const provenance = {
  source: z.object({
    title: z.string().check(z.minLength(1)),
    url: z.url(),
    pinpoint: z.optional(z.string()),
  }),
  asOf: z.iso.date(),
  note: z.optional(z.string()),
};

/** A sourced fact: a value, where it comes from, and when it was checked. */
export function factSchema<T extends z.ZodMiniType>(value: T) {
  return z.object({ value, ...provenance });
}

/** One locale's customer-service guideline; every field a sourced fact. */
export const GuidelineSchema = z.object({
  locale: tagLike,
  register: z.optional(
    factSchema(
      z.object({
        default: z.enum(['formal', 'informal', 'none']),
        shiftsToFormalFor: z.array(TopicSchema),
      }),
    ),
  ),
  address: z.optional(
    factSchema(
      z.object({
        formal: z.optional(z.string()),
        informal: z.optional(z.string()),
        avoid: z.optional(z.array(z.string())),
        customerService: z.string(),
      }),
    ),
  ),
  honorifics: z.optional(factSchema(z.string())),
  nameOrder: factSchema(z.enum(['given-family', 'family-given'])),
  direction: factSchema(z.enum(['ltr', 'rtl'])),
  digits: factSchema(z.string().check(z.regex(/^[a-z]{3,8}$/))),
  calendar: factSchema(z.string().check(z.regex(/^[a-z0-9-]{3,20}$/))),
  plurals: factSchema(z.array(z.enum(['zero', 'one', 'two', 'few', 'many', 'other']))),
  week: factSchema(
    z.object({
      firstDay: z.number().check(z.int(), z.gte(1), z.lte(7)),
      weekend: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))),
    }),
  ),
  directness: z.optional(factSchema(z.enum(['direct', 'moderate', 'indirect']))),
  emoji: factSchema(z.enum(['avoid', 'sparingly', 'ok'])),
  humour: factSchema(z.enum(['avoid', 'sparingly', 'ok'])),
  exclamation: factSchema(z.enum(['avoid', 'sparingly', 'ok'])),
  greeting: z.optional(
    factSchema(z.object({ formal: z.string(), informal: z.optional(z.string()) })),
  ),
  signOff: z.optional(
    factSchema(z.object({ formal: z.string(), informal: z.optional(z.string()) })),
  ),
  particles: z.optional(factSchema(z.string())),
  unsourced: z.optional(
    z.array(
      z.object({
        field: z.enum([
          'register',
          'address',
          'honorifics',
          'directness',
          'greeting',
          'signOff',
          'particles',
        ]),
        searched: z.string().check(z.minLength(1)),
        asOf: z.iso.date(),
      }),
    ),
  ),
});

/** Per-brand overrides for defineGuidelines: any field of any guideline, sourced like the data. */
export const GuidelineOverridesSchema = z.record(tagLike, z.partial(GuidelineSchema));

/** A guideline set (locale → guideline), as defineGuidelines returns and getGuideline reads. */
export const GuidelineSetSchema = z.record(z.string(), GuidelineSchema);
