// zod/mini statements of core's country codes and money (applicableRegimes and regimes need them;
// the deadline functions do not, so they live apart).
import {
  type CountryCode,
  coreMessages,
  describeValue,
  isCountry,
  isCurrency,
} from '@meridian-cx/core';
import * as z from 'zod/mini';

/** An ISO 3166-1 alpha-2 code, exactly as written (upper case). */
export const CountryCodeSchema = z.custom<CountryCode>(isCountry, {
  error: (issue) => coreMessages.invalidCountry(describeValue(issue.input)),
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
