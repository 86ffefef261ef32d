// The shape of a statutory regime, checked by defineRegime and withNotes: every entry a source
// (title, URL of the primary text, pinpoint) and the date it was checked.
import * as z from 'zod/mini';
import { ExceptionKindSchema } from '../schemas.js';

const provenance = z.object({
  source: z.object({
    title: z.string().check(z.minLength(1, 'A source needs a title.')),
    url: z.url({ error: 'A source needs the URL of the primary text.' }),
    pinpoint: z.optional(z.string().check(z.minLength(1))),
  }),
  asOf: z.iso.date({ error: 'asOf is the date the entry was checked, as YYYY-MM-DD.' }),
  note: z.optional(z.string().check(z.minLength(1))),
});

const posInt = z.number().check(z.int(), z.positive());
const remedy = z.enum(['refund', 'repair-or-replacement', 'depends-on-failure']);

/** The schema of a statutory regime (internal: defineRegime and withNotes check with it). */
export const RegimeSchema = z.object({
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  countries: z.array(z.string().check(z.length(2))),
  withdrawal: z.nullable(
    z.looseObject({
      days: posInt,
      from: z.enum(['delivery', 'last-delivery', 'purchase']),
      firstDayCounts: z.boolean(),
      conditionBars: z.boolean(),
      exceptions: z.array(
        z.object({
          kind: ExceptionKindSchema,
          onlyWhenUnsealed: z.optional(z.boolean()),
          provenance,
        }),
      ),
      provenance,
      uninformedProvenance: z.optional(provenance),
      diminishedValue: z.optional(provenance),
      regularDeliveryFromFirst: z.optional(provenance),
      lateInformation: z.optional(z.object({ days: posInt, provenance })),
      digitalContentFromContract: z.optional(provenance),
    }),
  ),
  noWithdrawalProvenance: z.optional(provenance),
  refund: z.nullable(
    z.looseObject({
      dueDays: z.number().check(z.int(), z.minimum(0)),
      businessDays: z.optional(z.boolean()),
      provenance,
    }),
  ),
  returnCost: z.nullable(z.looseObject({ payer: z.enum(['consumer', 'trader']), provenance })),
  guarantee: z.nullable(
    z.looseObject({
      months: z.optional(posInt),
      rejectDays: z.optional(posInt),
      remedy: z.optional(remedy),
      remedyProvenance: z.optional(provenance),
      rejectPerishable: z.optional(provenance),
      presumption: z.optional(
        z.object({
          months: posInt,
          provenance,
          countries: z.optional(z.record(z.string(), z.object({ months: posInt, provenance }))),
        }),
      ),
      failureRemedies: z.optional(z.object({ major: remedy, minor: remedy, provenance })),
      provenance,
    }),
  ),
  notAsDescribed: z.optional(z.object({ months: posInt, days: posInt, provenance })),
});
