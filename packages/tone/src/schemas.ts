// zod/mini schemas for everything the tone package takes from outside. Kept apart so that code
// paths that never validate do not bundle them.
import { TimeZoneSchema } from '@meridian-cx/core';
import { z } from 'zod/mini';

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
});

/** Per-brand overrides for defineGuidelines: any field of any guideline, sourced like the data. */
export const GuidelineOverridesSchema = z.record(tagLike, z.partial(GuidelineSchema));

/** Kinds of params a template declares. */
export const ParamKindSchema = z.enum(['text', 'number', 'money', 'date', 'datetime']);

/** A template: its params and its messages per language and register. */
export const TemplateSchema = z.object({
  params: z.record(z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]*$/)), ParamKindSchema),
  messages: z.record(
    tagLike,
    z.object({
      formal: z.optional(z.string().check(z.minLength(1))),
      informal: z.optional(z.string().check(z.minLength(1))),
      any: z.optional(z.string().check(z.minLength(1))),
    }),
  ),
});

/** A catalog: template id → template. */
export const TemplateCatalogSchema = z.record(
  z.string().check(z.regex(/^[a-z][a-z0-9.-]*$/, 'Template ids are lower-case, dotted or dashed.')),
  TemplateSchema,
);

const paramValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.date(),
  z.object({ amount: z.number(), currency: z.string() }),
]);

/** Input of renderReply. */
export const RenderReplyInputSchema = z.object({
  template: z.string().check(z.minLength(1)),
  locale: tagLike,
  register: z.optional(RegisterSchema),
  topic: z.optional(TopicSchema),
  params: z.optional(z.record(z.string(), paramValue)),
  timeZone: z.optional(TimeZoneSchema),
});

/** Options of lintReply. */
export const LintOptionsSchema = z.object({
  locale: tagLike,
  register: RegisterSchema,
  maxLength: z.optional(z.number().check(z.int(), z.gt(0))),
});
