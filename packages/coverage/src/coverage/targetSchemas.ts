// Coverage-target schemas on zod/mini, apart from the schedule's so that a calendar does not
// bundle them.
import * as z from 'zod/mini';
import { about } from '../schemaMessages.js';
import { attributes, ScheduleSchema, scheduleShape } from '../schemas.js';

/** What a coverage target requires of whoever covers it. */
export const RequirementSchema = z.strictObject(attributes, {
  error: about('requires', Object.keys(attributes)),
});

const HOURS_KEYS = Object.keys(scheduleShape).filter((k) => k !== 'id');

/**
 * A coverage target: a market's hours (a schedule of its own, in its zone) or `247`, and what the
 * people covering it must offer.
 */
export const CoverageTargetSchema = z.strictObject(
  {
    id: z.string({ error: 'A target needs an id.' }).check(z.minLength(1, 'A target needs an id.')),
    hours: z.union(
      [z.literal('24/7'), z.partial(z.omit(ScheduleSchema, { id: true }), { weekly: true })],
      {
        error: `hours is "24/7" or a schedule without its id (known keys: ${HOURS_KEYS.join(', ')}).`,
      },
    ),
    requires: z.optional(RequirementSchema),
  },
  { error: about('a target', ['id', 'hours', 'requires']) },
);
