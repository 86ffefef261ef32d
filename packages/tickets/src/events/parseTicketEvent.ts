import type { TicketEvent } from '../types.js';
import { validEvent } from '../validation/validEvents.js';

/**
 * Validate one ticket event from a webhook payload or a queue, and canonicalise its instant.
 *
 * @param json - The untrusted payload (already JSON-parsed).
 * @returns The typed event, with `at` as a canonical UTC ISO string; frozen, so that every
 *   function that receives it later can trust it without validating it again.
 * @throws {ValidationError} `tickets/invalid-ticket-event`, naming every path that is wrong.
 * @example
 * const event = parseTicketEvent({ id: 'e1', ticketId: 't1', type: 'message', at: '2026-03-02T10:00:00+01:00', from: 'customer', channel: 'email', text: 'Hi' });
 * event.at; // '2026-03-02T09:00:00.000Z'
 * @since 0.1.0
 */
export function parseTicketEvent(json: unknown): TicketEvent {
  return validEvent(json);
}
