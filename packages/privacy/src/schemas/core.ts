// zod/mini statements of core's zones and instants, built on core's own predicates and messages.
// Core's exported schemas are classic zod, which would pull the whole (non-tree-shakable) classic
// zod and its locales into a browser bundle of this package. One concept per file: zod calls are
// not tree-shaken within a module, so a file holds only what its importers all need.
import {
  coreMessages,
  describeValue,
  isTimeZone,
  type TimeZone,
  toIsoString,
} from '@meridian-cx/core';
import * as z from 'zod/mini';

/** An IANA zone name. */
export const TimeZoneSchema = z.custom<TimeZone>(isTimeZone, {
  error: (issue) => coreMessages.invalidTimeZone(describeValue(issue.input)),
});

/** An instant with an offset (or a Date), output as the canonical UTC ISO string. */
export const InstantSchema = z.pipe(
  z.union([z.string(), z.date()]),
  z.transform((value, ctx) => {
    try {
      return toIsoString(value);
    } catch {
      ctx.issues.push({
        code: 'custom',
        message: coreMessages.invalidInstant(describeValue(value)),
        input: value,
      });
      return z.NEVER;
    }
  }),
);
