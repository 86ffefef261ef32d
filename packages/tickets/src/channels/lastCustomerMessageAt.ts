import { toEpochMillis } from '@meridian-cx/core';
import type { TicketEvent } from '../types.js';
import { invalid } from '../validation/parseAt.js';
import { validEvents } from '../validation/validEvents.js';

/**
 * When the customer last wrote on a channel, across any number of tickets: the instant a
 * customer-service window (WhatsApp, Messenger) runs from. Feed it to `messagingWindow`.
 *
 * @param events - Ticket events, in any order (refused ones included: the customer did write).
 * @param channel - The channel to look at.
 * @returns The instant of the last customer message on that channel, or `null`.
 * @throws {ValidationError} `tickets/invalid-ticket-event` naming `events[i]…`.
 * @example
 * messagingWindow({ channel: 'whatsapp', lastCustomerMessageAt: lastCustomerMessageAt(events, 'whatsapp'), now });
 * @since 0.1.0
 */
export function lastCustomerMessageAt(
  events: readonly TicketEvent[],
  channel: string,
): string | null {
  if (typeof channel !== 'string') invalid('input', ['channel'], 'Expected a channel id.');
  let best: string | null = null;
  let bestMs = Number.NEGATIVE_INFINITY;
  for (const e of validEvents(events)) {
    if (e.type !== 'message' || e.from !== 'customer' || e.channel !== channel) continue;
    const ms = toEpochMillis(e.at);
    if (ms > bestMs) {
      bestMs = ms;
      best = e.at;
    }
  }
  return best;
}
