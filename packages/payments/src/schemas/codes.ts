// zod/mini statements of core's codes, money, sources and instants, built on core's own
// predicates and messages. Core's exported schemas are classic zod, which would pull the whole
// non-tree-shakable zod into a browser bundle of this package; these keep it out.
import {
  type CountryCode,
  type CurrencyCode,
  coreMessages,
  isCountry,
  isCurrency,
  isLocale,
  toIsoString,
} from '@meridian-cx/core';
import * as z from 'zod/mini';

/** A value as a message can quote it, whatever it is (a null-prototype object has no toString). */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** An ISO 3166-1 alpha-2 code, exactly as written (upper case). */
export const CountrySchema = z.custom<CountryCode>(isCountry, {
  error: (issue) => coreMessages.invalidCountry(shown(issue.input)),
});

/** A current ISO 4217 code, exactly as written. */
export const CurrencySchema = z.custom<CurrencyCode>(isCurrency, {
  error: (issue) => coreMessages.invalidCurrency(shown(issue.input)),
});

/** A well-formed BCP 47 tag. */
export const LocaleSchema = z.custom<string>((v) => typeof v === 'string' && isLocale(v), {
  error: (issue) => coreMessages.invalidLocale(shown(issue.input)),
});

/** Money from outside: a safe integer of minor units and a current code. */
export const MoneyInputSchema = z.object({
  amount: z.int({ error: 'amount is a whole number of minor units (a safe integer).' }),
  currency: CurrencySchema,
});

/** A source: a title and the URL of the primary text, with an optional pinpoint. */
export const SourceInputSchema = z.object({
  title: z.string().check(z.minLength(1, 'A source needs a title.')),
  url: z.url({ error: 'A source needs the URL of the primary text.' }),
  pinpoint: z.optional(z.string().check(z.minLength(1))),
});

/** An instant with an offset (or a Date), output as the canonical UTC ISO string. */
export const InstantInputSchema = z.pipe(
  z.union([z.string(), z.date()]),
  z.transform((value, ctx) => {
    try {
      return toIsoString(value);
    } catch {
      ctx.issues.push({
        code: 'custom',
        message: coreMessages.invalidInstant(shown(value)),
        input: value,
      });
      return z.NEVER;
    }
  }),
);
