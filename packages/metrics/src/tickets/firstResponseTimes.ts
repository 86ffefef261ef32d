import {
  type DurationOptions,
  measureTicketDurations,
  type TicketDurationSummary,
} from './ticketDurations.js';

/**
 * First response time: from ticket creation to the first public agent reply (Zendesk's "first
 * reply time"), in calendar or business minutes; mean with interval, median, p90, p95.
 *
 * @param tickets - Ticket facts from outside; invalid ones are counted as rejected.
 * @param options - Calendar (calendar minutes), confidence (0.95), margin in minutes (10).
 * @returns The summary, with tickets not yet answered counted as `pending`.
 * @example
 * firstResponseTimes([{ id: 't1', createdAt: '2026-03-02T09:00:00Z', firstReplyAt: '2026-03-02T09:30:00Z' }]).median; // 30
 * @since 0.1.0
 */
export function firstResponseTimes(
  tickets: Iterable<unknown>,
  options: DurationOptions = {},
): TicketDurationSummary {
  return measureTicketDurations('first-response-time', tickets, 'firstReply', options);
}
