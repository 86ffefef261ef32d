import { failure } from '../failures.js';
import { PrioritySchema } from '../schemas.js';
import type { RefusedEvent, TicketEvent, TicketState } from '../types.js';
import { checkState, objectInput } from '../validation/checkState.js';
import { invalid, parseAt } from '../validation/parseAt.js';
import { markValid, validEvent } from '../validation/validEvents.js';

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
 * @throws {ValidationError} `tickets/invalid-input` or `tickets/invalid-ticket-event`, naming the path.
 * @example
 * const [created, message] = followUp({ closed, refused: closed.refused[0], ticketId: 't-2' });
 * @since 0.1.0
 */
export function followUp(input: FollowUpInput): readonly [TicketEvent, TicketEvent] {
  objectInput(input);
  const closed = checkState(input.closed, 'closed');
  const priority = parseAt(PrioritySchema, closed.priority, 'input', ['closed', 'priority']);
  objectInput(input.refused, ['refused']);
  const e = validEvent(input.refused.event, ['refused', 'event']);
  const reasons: unknown = input.refused.reasons;
  if (!Array.isArray(reasons))
    invalid('input', ['refused', 'reasons'], 'Expected the reasons replayTicket gave.');
  if (typeof input.ticketId !== 'string' || input.ticketId === '') {
    invalid('input', ['ticketId'], 'Expected the id of the new ticket, a non-empty string.');
  }
  if (
    e.type !== 'message' ||
    e.from !== 'customer' ||
    closed.category !== 'closed' ||
    !reasons.some((r) => typeof r === 'object' && r !== null && r.code === 'ticket.closed')
  ) {
    throw failure('tickets/not-a-follow-up', { eventId: e.id });
  }
  const created = markValid({
    id: `${input.ticketId}:created`,
    ticketId: input.ticketId,
    type: 'created',
    at: e.at,
    channel: e.channel,
    requesterId: closed.requesterId ?? 'unknown',
    priority,
    followUpOf: closed.id,
    ...(closed.subject !== null ? { subject: closed.subject } : {}),
  });
  const message = markValid({ ...e, ticketId: input.ticketId, sequence: (e.sequence ?? 0) + 1 });
  return [created, message];
}
