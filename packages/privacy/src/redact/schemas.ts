// zod/mini schemas for what crosses the redaction boundary.
import { type CountryCode, isCountry } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { localeInfo } from './locales.js';
import type { Recognizer } from './types.js';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** An entity type: kebab-case (`'email'`, `'pesel'`, `'employee-id'`). @since 0.1.0 */
export const EntityTypeSchema = z
  .string()
  .check(
    z.regex(KEBAB, { error: 'An entity type is kebab-case, e.g. "email" or "ir-national-code".' }),
  );

/** `'redact'` (typed placeholders) or `'pseudonymise'` (reversible tokens). @since 0.1.0 */
export const RedactModeSchema = z.enum(['redact', 'pseudonymise']);

/** What happens when a recognizer fails: an error, or the whole text replaced. @since 0.1.0 */
export const FailClosedSchema = z.enum(['throw', 'redact-all']);

/** A token map from an earlier `redact` call: token → the value it stands for. @since 0.1.0 */
export const TokenMapSchema = z.record(z.string(), z.string());

function isRecognizer(value: unknown): value is Recognizer {
  const r = value as Partial<Recognizer> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    typeof r.type === 'string' &&
    typeof r.placeholder === 'string' &&
    typeof r.find === 'function'
  );
}

/** A BCP 47 language tag (`pl-PL`, `fa`, `pt-BR`); core's canonical form, checked once per tag. */
const LocaleSchema = z.string().check(
  z.refine((value) => localeInfo(value) !== undefined, {
    error: 'locale is a BCP 47 language tag such as "pl-PL", "fa" or "pt-BR".',
  }),
);

// Core's CountryCodeSchema is built with classic zod; this one keeps the redaction entry on
// zod/mini (about 150 kB less in a browser bundle) with the same rule, core's isCountry.
const CountrySchema = z.custom<CountryCode>(isCountry, {
  error: 'country is an ISO 3166-1 alpha-2 code in upper case, e.g. "PL".',
});

/** The options of `redact`. @since 0.1.0 */
export const RedactOptionsSchema = z.object({
  locale: LocaleSchema,
  country: z.optional(CountrySchema),
  entities: z.optional(z.array(EntityTypeSchema)),
  mode: z.optional(RedactModeSchema),
  tokens: z.optional(TokenMapSchema),
  recognizers: z.optional(
    z.array(
      z.custom<Recognizer>(isRecognizer, {
        error: 'A recognizer is made with defineRecognizer({ id, type, placeholder?, find }).',
      }),
    ),
  ),
  failClosed: z.optional(FailClosedSchema),
});

/** One finding, as `redact` returns it (for callers that store or forward findings). @since 0.1.0 */
export const FindingSchema = z.object({
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  type: EntityTypeSchema,
  confidence: z.number().check(z.gt(0), z.lte(1)),
  replacement: z.string(),
  recognizer: z.string(),
});
