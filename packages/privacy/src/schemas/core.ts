// zod/mini statements of core's codes, money, instants and provenance, built on core's own
// predicates and messages. Core's exported schemas are classic zod, which would pull the whole
// (non-tree-shakable) classic zod and its locales into a browser bundle of this package.
import {
  type CountryCode,
  coreMessages,
  describeValue,
  isCountry,
  isCurrency,
  isTimeZone,
  type TimeZone,
  toIsoString,
} from '@meridian-cx/core';
import * as z from 'zod/mini';

/** An ISO 3166-1 alpha-2 code, exactly as written (upper case). */
export const CountryCodeSchema = z.custom<CountryCode>(isCountry, {
  error: (issue) => coreMessages.invalidCountry(describeValue(issue.input)),
});

/** An IANA zone name. */
export const TimeZoneSchema = z.custom<TimeZone>(isTimeZone, {
  error: (issue) => coreMessages.invalidTimeZone(describeValue(issue.input)),
});

/** Money from outside: a safe integer of minor units and a current ISO 4217 code. */
export const MoneySchema = z.object({
  amount: z.number().check(
    z.refine(Number.isSafeInteger, {
      error: (issue) => coreMessages.invalidAmount(issue.input as number),
    }),
  ),
  currency: z.custom<string>(isCurrency, {
    error: (issue) => coreMessages.invalidCurrency(describeValue(issue.input)),
  }),
});

/** An instant with an offset (or a Date), output as the canonical UTC ISO string. */
export const InstantSchema = z.pipe(
  z.union([z.string(), z.date()]),
  z.transform((value, ctx) => {
    try {
      return toIsoString(value);
    } catch {
      ctx.issues.push({
        code: 'custom',
        message: coreMessages.invalidInstant(describeValue(value)),
        input: value,
      });
      return z.NEVER;
    }
  }),
);

/** Provenance: the source (title, URL of the primary text, pinpoint) and the date it was checked. */
export const ProvenanceSchema = z.object({
  source: z.object({
    title: z.string().check(z.minLength(1, 'A source needs a title.')),
    url: z.url({ error: 'A source needs the URL of the primary text.' }),
    pinpoint: z.optional(z.string().check(z.minLength(1))),
  }),
  asOf: z.iso.date({ error: 'asOf is the date the entry was checked, as YYYY-MM-DD.' }),
  note: z.optional(z.string().check(z.minLength(1))),
});
