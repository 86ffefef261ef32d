import type * as z from 'zod/mini';
import type { CoverageTargetSchema } from '../coverage/targetSchemas.js';
import type {
  ScheduleExceptionSchema,
  ScheduleHolidaysSchema,
  ScheduleSchema,
  ShiftSchema,
} from '../schemas.js';

/** One shift of a day, in the team's zone. */
export type Shift = z.output<typeof ShiftSchema>;
/** A date exception (closed day, extra day, short day). */
export type ScheduleException = z.output<typeof ScheduleExceptionSchema>;
/** Which date-holidays country closes the team. */
export type ScheduleHolidays = z.output<typeof ScheduleHolidaysSchema>;
/** A team schedule: zone, weekly shifts, exceptions, holidays and attributes. */
export type Schedule = z.output<typeof ScheduleSchema>;
/** A coverage target: a market's hours and requirements. */
export type CoverageTarget = z.output<typeof CoverageTargetSchema>;
