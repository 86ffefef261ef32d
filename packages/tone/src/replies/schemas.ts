// zod/mini schemas of templates and renderReply input, apart so that renderReply bundles only these.
import { isCurrency, isTimeZone } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { RegisterSchema, TopicSchema } from '../guidelines/schemas.js';

// Built on core's predicates rather than core's classic-zod schemas, so that a browser bundle of
// renderReply carries zod/mini only.
const TimeZoneSchema = z
  .string()
  .check(
    z.refine(isTimeZone, { message: 'Not an IANA time zone: use a name such as "Europe/Berlin".' }),
  );

/** Money from outside: a safe integer of minor units and a current ISO 4217 code. */
export const MoneyParamSchema = z.object({
  amount: z.number().check(
    z.refine(Number.isSafeInteger, {
      message: 'Amounts are safe integers of minor units (4999 for 49.99).',
    }),
  ),
  currency: z
    .string()
    .check(z.refine(isCurrency, { message: 'Not a current ISO 4217 currency code.' })),
});

const tagLike = z.string().check(z.minLength(1, 'A language tag cannot be empty.'));

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
