import { ProvenanceSchema, parseWith } from '@meridian-cx/core';
import { z } from 'zod';
import { ExceptionKindSchema } from '../schemas.js';
import type { StatutoryRegime } from './types.js';

const provenance = ProvenanceSchema;

const RegimeSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  countries: z.array(z.string().length(2)),
  withdrawal: z
    .looseObject({
      days: z.number().int().positive(),
      from: z.enum(['delivery', 'last-delivery', 'purchase']),
      firstDayCounts: z.boolean(),
      conditionBars: z.boolean(),
      exceptions: z.array(
        z.object({
          kind: ExceptionKindSchema,
          onlyWhenUnsealed: z.boolean().optional(),
          provenance,
        }),
      ),
      provenance,
      uninformedProvenance: provenance.optional(),
      diminishedValue: provenance.optional(),
      regularDeliveryFromFirst: provenance.optional(),
    })
    .nullable(),
  noWithdrawalProvenance: provenance.optional(),
  refund: z
    .looseObject({
      dueDays: z.number().int().min(0),
      businessDays: z.boolean().optional(),
      provenance,
    })
    .nullable(),
  returnCost: z.looseObject({ payer: z.enum(['consumer', 'trader']), provenance }).nullable(),
  guarantee: z
    .looseObject({
      months: z.number().int().positive().optional(),
      rejectDays: z.number().int().positive().optional(),
      remedy: z.enum(['refund', 'repair-or-replacement', 'depends-on-failure']).optional(),
      remedyProvenance: provenance.optional(),
      provenance,
    })
    .nullable(),
});

/**
 * Define a statutory regime of your own (a jurisdiction the package does not ship, or an
 * override of a built-in one after a change in the law), checked like the built-ins: every entry
 * needs a source with a title and the URL of the primary text, and an `asOf` date.
 *
 * @param regime - The regime as data, in the shape of the built-in ones (see `EU`).
 * @returns The same regime, frozen, to pass to `evaluateReturn` as `jurisdiction`.
 * @throws {ValidationError} `returns/invalid-regime`, naming each bad path.
 * @example
 * const CH = defineRegime({ ...AU, code: 'CH', name: 'Switzerland (no statutory right)', countries: ['CH'] });
 * evaluateReturn({ policy, order, request, now, jurisdiction: CH });
 * @since 0.1.0
 */
export function defineRegime(regime: StatutoryRegime): StatutoryRegime {
  parseWith(RegimeSchema, regime, { package: 'returns', what: 'regime' });
  return Object.freeze(regime);
}
