// The provenance shape every curated field carries: the value, who it speaks for, the source and
// the day it was checked; where sources disagree, the claims not used sit beside the one used.

import * as z from 'zod/mini';
import { SourceInputSchema } from './codes.js';
import { ProviderIdSchema } from './ids.js';

export { MethodIdSchema, ProviderIdSchema } from './ids.js';

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
