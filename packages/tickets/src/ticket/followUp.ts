import { MeridianError } from '@meridian-cx/core';
import { ticketsMessages } from '../messages.js';
import type { RefusedEvent, TicketEvent, TicketState } from '../types.js';

/** Input of {@link followUp}. */
export type FollowUpInput = {
  /** The closed ticket. */
  readonly closed: TicketState;
  /** The customer message refused because the ticket was closed. */
  readonly refused: RefusedEvent;
  /** The id of the new ticket. */
  readonly ticketId: string;
};

/**
 * Turn a customer message refused on a closed ticket into a follow-up ticket that links to it,
 * so that nothing the customer wrote is lost: a `created` event with `followUpOf`, and the message
 * itself moved onto the new ticket.
 *
 * @param input - The closed ticket, the refused message, the new ticket id.
 * @returns The new ticket's first two events.
 * @throws {MeridianError} `tickets/not-a-follow-up` when the refused event is not a customer message on a closed ticket.
 * @example
 * const [created, message] = followUp({ closed, refused: closed.refused[0], ticketId: 't-2' });
 * @since 0.1.0
 */
export function followUp(input: FollowUpInput): readonly [TicketEvent, TicketEvent] {
  const e = input.refused.event;
  if (
    e.type !== 'message' ||
    e.from !== 'customer' ||
    input.closed.category !== 'closed' ||
    !input.refused.reasons.some((r) => r.code === 'ticket.closed')
  ) {
    throw new MeridianError(
      'tickets',
      'tickets/not-a-follow-up',
      ticketsMessages.notAFollowUp(e.id),
      { eventId: e.id },
    );
  }
  const created: TicketEvent = {
    id: `${input.ticketId}:created`,
    ticketId: input.ticketId,
    type: 'created',
    at: e.at,
    channel: e.channel,
    requesterId: input.closed.requesterId ?? 'unknown',
    priority: input.closed.priority,
    followUpOf: input.closed.id,
    ...(input.closed.subject !== null ? { subject: input.closed.subject } : {}),
  };
  const message: TicketEvent = { ...e, ticketId: input.ticketId, sequence: (e.sequence ?? 0) + 1 };
  return [created, message];
}
