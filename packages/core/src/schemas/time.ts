// zod/mini schemas of core, one concept per file: zod calls at a module's top level are not
// tree-shaken within the module, so a caller pays only for the concepts it imports.
import * as z from 'zod/mini';
import { coreMessages } from '../errors/messages.js';
import { toIsoString } from '../time/instant.js';

/** zod schema for an instant from outside; outputs the canonical UTC ISO string. */
export const InstantSchema = /* @__PURE__ */ z.pipe(
  z.union([z.string(), z.date()], {
    error: (issue) => coreMessages.invalidInstant(issue.input),
  }),
  z.transform((value: string | Date, ctx): string => {
    try {
      return toIsoString(value);
    } catch {
      ctx.issues.push({
        code: 'custom',
        message: coreMessages.invalidInstant(value),
        input: value,
      });
      return z.NEVER;
    }
  }),
);

/** zod schema for an interval `[start, end)`; the end must not be before the start. */
export const IntervalSchema = /* @__PURE__ */ z
  .object({ start: InstantSchema, end: InstantSchema })
  .check(
    z.refine((i) => Date.parse(i.end) >= Date.parse(i.start), {
      error: 'The interval ends before it starts: swap start and end.',
      path: ['end'],
    }),
  );
