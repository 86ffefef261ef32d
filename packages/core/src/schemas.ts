// zod schemas for everything in core that can come from outside. Kept apart from the functions
// so that code that never validates (money arithmetic, formatting) does not bundle zod.
// zod/mini as a namespace import: tree-shakable, and no locale files (messages are our own).
import * as z from 'zod/mini';
import { type CountryCode, isCountry } from './codes/country.js';
import { type CurrencyCode, isCurrency, withdrawnHint } from './codes/currency.js';
import { canonicalLocale, type LocaleTag } from './codes/locale.js';
import { isTimeZone, type TimeZone } from './codes/timeZone.js';
import { coreMessages } from './errors/messages.js';
import { show } from './errors/show.js';
import { toIsoString } from './time/instant.js';

/** zod schema for a current ISO 4217 code, exactly as written (no case folding). */
export const CurrencyCodeSchema = z.custom<CurrencyCode>(isCurrency, {
  error: (issue) =>
    coreMessages.invalidCurrency(
      show(issue.input),
      typeof issue.input === 'string' ? withdrawnHint(issue.input.toUpperCase()) : undefined,
    ),
});

/** zod schema for an ISO 3166-1 alpha-2 code, exactly as written. */
export const CountryCodeSchema = z.custom<CountryCode>(isCountry, {
  error: (issue) => coreMessages.invalidCountry(show(issue.input)),
});

/** zod schema that accepts any well-formed BCP 47 tag and outputs its canonical form. */
export const LocaleTagSchema = z.pipe(
  z.string({ error: (issue) => coreMessages.invalidLocale(show(issue.input)) }),
  z.transform((value: string, ctx): LocaleTag => {
    const tag = canonicalLocale(value.replaceAll('_', '-'));
    if (tag === undefined) {
      ctx.issues.push({ code: 'custom', message: coreMessages.invalidLocale(value), input: value });
      return z.NEVER;
    }
    return tag as LocaleTag;
  }),
);

/** zod schema for an IANA zone name. */
export const TimeZoneSchema = z.custom<TimeZone>(isTimeZone, {
  error: (issue) => coreMessages.invalidTimeZone(show(issue.input)),
});

/** zod schema for money coming from outside: a safe integer of minor units and a current code. */
export const MoneySchema = z.object({
  amount: z.number({ error: (issue) => coreMessages.invalidAmount(issue.input) }).check(
    z.refine(Number.isSafeInteger, {
      error: (issue) => coreMessages.invalidAmount(issue.input),
    }),
  ),
  currency: CurrencyCodeSchema,
});

/** zod schema for an instant from outside; outputs the canonical UTC ISO string. */
export const InstantSchema = z.pipe(
  z.union([z.string(), z.date()], {
    error: (issue) => coreMessages.invalidInstant(show(issue.input)),
  }),
  z.transform((value: string | Date, ctx): string => {
    try {
      return toIsoString(value);
    } catch {
      ctx.issues.push({
        code: 'custom',
        message: coreMessages.invalidInstant(show(value)),
        input: value,
      });
      return z.NEVER;
    }
  }),
);

/** zod schema for an interval `[start, end)`; the end must not be before the start. */
export const IntervalSchema = z.object({ start: InstantSchema, end: InstantSchema }).check(
  z.refine((i) => Date.parse(i.end) >= Date.parse(i.start), {
    error: 'The interval ends before it starts: swap start and end.',
    path: ['end'],
  }),
);

/** zod schema for a source: a title and the URL of the primary text. */
export const SourceSchema = z.object({
  title: z
    .string({ error: 'A source needs a title.' })
    .check(z.minLength(1, 'A source needs a title.')),
  url: z.url({ error: 'A source needs the URL of the primary text.' }),
  pinpoint: z.optional(z.string().check(z.minLength(1, 'A pinpoint, when given, is not empty.'))),
});

/** zod schema for provenance: every curated entry in Meridian carries one. */
export const ProvenanceSchema = z.object({
  source: SourceSchema,
  asOf: z.iso.date({ error: 'asOf is the date the entry was checked, as YYYY-MM-DD.' }),
  note: z.optional(z.string().check(z.minLength(1, 'A note, when given, is not empty.'))),
});
