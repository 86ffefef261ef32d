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
 *
 * @param value - The zod schema of the value the claim is about.
 * @returns A zod/mini object schema `{ value, speaksFor, source, asOf, note? }`: `speaksFor` a
 *   lower-case kebab provider id, `source` a title and URL (and optional pinpoint), `asOf` a
 *   `YYYY-MM-DD` date, `note` non-empty when given. Unknown keys are dropped, as zod objects do.
 * @example
 * const Days = claimSchema(z.int());
 * Days.safeParse({
 *   value: 30,
 *   speaksFor: 'my-acquirer',
 *   source: { title: 'Our contract, annex 2', url: 'https://example.com/contract' },
 *   asOf: '2026-11-30',
 * }).success; // true; with speaksFor: 'My Acquirer' it is false
 * @since 0.1.0
 */
export function claimSchema<T extends z.core.SomeType>(value: T) {
  return z.object({ value, ...claimShape });
}

/**
 * A sourced fact: the claim the recommendation uses, plus (where sources disagree) the other
 * claims, recorded and not used.
 *
 * @param value - The zod schema of the value, used for the claim and for every alternative.
 * @returns A zod/mini object schema: the fields of {@link claimSchema} plus optional
 *   `alternatives`, an array of claims about the same kind of value (which carry no alternatives of
 *   their own).
 * @example
 * const Days = factSchema(z.int());
 * const source = { title: 'Our contract, annex 2', url: 'https://example.com/contract' };
 * Days.safeParse({
 *   value: 30,
 *   speaksFor: 'my-acquirer',
 *   source,
 *   asOf: '2026-11-30',
 *   alternatives: [{ value: 14, speaksFor: 'scheme', source, asOf: '2026-11-30' }],
 * }).success; // true
 * @since 0.1.0
 */
export function factSchema<T extends z.core.SomeType>(value: T) {
  return z.object({ value, ...claimShape, alternatives: z.optional(z.array(claimSchema(value))) });
}
