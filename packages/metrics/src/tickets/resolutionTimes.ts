import {
  type DurationOptions,
  measureTicketDurations,
  type TicketDurationSummary,
} from './ticketDurations.js';

/**
 * Resolution time: from creation to the (first) resolution, in calendar or business minutes.
 *
 * @param tickets - Ticket facts from outside; invalid ones are counted as rejected.
 * @param options - Calendar (calendar minutes), confidence (0.95), margin in minutes (10).
 * @returns The summary, with unresolved tickets counted as `pending`.
 * @example
 * resolutionTimes([{ id: 't1', createdAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T11:00:00Z' }]).median; // 120
 * @since 0.1.0
 */
export function resolutionTimes(
  tickets: Iterable<unknown>,
  options: DurationOptions = {},
): TicketDurationSummary {
  return measureTicketDurations('resolution-time', tickets, 'resolved', options);
}
