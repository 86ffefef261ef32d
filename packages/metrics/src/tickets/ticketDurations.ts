import { alwaysOpenCalendar, type BusinessCalendar } from '@meridian-cx/core';
import type { EstimateOptions } from '../types.js';
import { readTickets, total } from './readTickets.js';
import { type DurationSummary, summarizeDurations } from './summarizeDurations.js';

/** Options of `firstResponseTimes` and `resolutionTimes`. */
export type DurationOptions = EstimateOptions & {
  /**
   * Measure in working minutes of this calendar (any core `BusinessCalendar`, such as one from
   * `@meridian-cx/coverage`). Default: `alwaysOpenCalendar`, i.e. calendar minutes.
   */
  readonly calendar?: BusinessCalendar;
};

/** A {@link DurationSummary} of tickets, with those still waiting and those rejected counted. */
export type TicketDurationSummary = DurationSummary & {
  /** Valid tickets without the end event yet (no reply, not resolved): not in n, not dropped. */
  readonly pending: number;
  readonly rejected: number;
  readonly rejectedBy: Readonly<Record<string, number>>;
  readonly calendar: 'calendar-minutes' | 'business-minutes';
};

/** Measure durations from creation to an end event over ticket facts. Internal. */
export function measureTicketDurations(
  metric: string,
  tickets: Iterable<unknown>,
  end: 'firstReply' | 'resolved',
  options: DurationOptions,
): TicketDurationSummary {
  const calendar = options.calendar ?? alwaysOpenCalendar;
  const read = readTickets(tickets);
  const minutes: number[] = [];
  let pending = 0;
  for (const t of read.tickets) {
    const stop = t[end];
    if (stop === null) {
      pending++;
      continue;
    }
    minutes.push(calendar.workingMinutesBetween(new Date(t.created), new Date(stop)));
  }
  return {
    ...summarizeDurations(metric, minutes, options),
    pending,
    rejected: total(read.rejectedBy),
    rejectedBy: read.rejectedBy,
    calendar: options.calendar === undefined ? 'calendar-minutes' : 'business-minutes',
  };
}
