// zod/mini schemas of core, one concept per file: zod calls at a module's top level are not
// tree-shaken within the module, so a caller pays only for the concepts it imports.
import * as z from 'zod/mini';
import { type CountryCode, isCountry } from '../codes/country.js';
import { type CurrencyCode, isCurrency, withdrawnHint } from '../codes/currency.js';
import { canonicalLocale, type LocaleTag } from '../codes/locale.js';
import { isTimeZone, type TimeZone } from '../codes/timeZone.js';
import { coreMessages } from '../errors/messages.js';

/** zod schema for a current ISO 4217 code, exactly as written (no case folding). */
export const CurrencyCodeSchema = /* @__PURE__ */ z.custom<CurrencyCode>(isCurrency, {
  error: (issue) =>
    coreMessages.invalidCurrency(
      issue.input,
      typeof issue.input === 'string' ? withdrawnHint(issue.input.toUpperCase()) : undefined,
    ),
});

/** zod schema for an ISO 3166-1 alpha-2 code, exactly as written. */
export const CountryCodeSchema = /* @__PURE__ */ z.custom<CountryCode>(isCountry, {
  error: (issue) => coreMessages.invalidCountry(issue.input),
});

/** zod schema that accepts any well-formed BCP 47 tag and outputs its canonical form. */
export const LocaleTagSchema = /* @__PURE__ */ z.pipe(
  z.string({ error: (issue) => coreMessages.invalidLocale(issue.input) }),
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
export const TimeZoneSchema = /* @__PURE__ */ z.custom<TimeZone>(isTimeZone, {
  error: (issue) => coreMessages.invalidTimeZone(issue.input),
});
