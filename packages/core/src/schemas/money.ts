// zod/mini schemas of core, one concept per file: zod calls at a module's top level are not
// tree-shaken within the module, so a caller pays only for the concepts it imports.
import * as z from 'zod/mini';
import { coreMessages } from '../errors/messages.js';
import { CurrencyCodeSchema } from './codes.js';

/** zod schema for money coming from outside: a safe integer of minor units and a current code. */
export const MoneySchema = /* @__PURE__ */ z.object({
  amount: z.number({ error: (issue) => coreMessages.invalidAmount(issue.input) }).check(
    z.refine(Number.isSafeInteger, {
      error: (issue) => coreMessages.invalidAmount(issue.input),
    }),
  ),
  currency: CurrencyCodeSchema,
});
