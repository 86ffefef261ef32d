// The provenance shape every curated field carries: the value, who it speaks for, the source and
// the day it was checked; where sources disagree, the claims not used sit beside the one used.

import * as z from 'zod/mini';
import { SourceInputSchema } from './codes.js';

/** A provider id: lower-case kebab (`stripe`, `adyen`, `my-acquirer`). */
export const ProviderIdSchema = z
  .string()
  .check(
    z.regex(/^[a-z][a-z0-9-]{1,39}$/, 'A provider id is lower-case kebab-case, e.g. "stripe".'),
  );

/** A payment-method id: lower-case kebab (`blik`, `ideal`, `upi-collect`). */
export const MethodIdSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{1,39}$/, 'A method id is lower-case kebab-case, e.g. "blik".'));

/** A calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ error: 'A date is written YYYY-MM-DD.' });

const claimShape = {
  speaksFor: ProviderIdSchema,
  source: SourceInputSchema,
  asOf: IsoDateSchema,
  note: z.optional(z.string().check(z.minLength(1))),
};

/**
 * One sourced claim about a value: who it speaks for (`stripe`, `adyen`… or `scheme` for the
 * method's own operator), the source that says it, and when it was checked.
 */
export function claimSchema<T extends z.core.SomeType>(value: T) {
  return z.object({ value, ...claimShape });
}

/**
 * A sourced fact: the claim the recommendation uses, plus (where sources disagree) the other
 * claims, recorded and not used.
 */
export function factSchema<T extends z.core.SomeType>(value: T) {
  return z.object({ value, ...claimShape, alternatives: z.optional(z.array(claimSchema(value))) });
}
