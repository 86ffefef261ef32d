import * as z from 'zod/mini';
import { CustomStatusSchema } from '../schemas.js';
import type { CustomStatus, TicketEvent, TicketState } from '../types.js';
import { parseAt } from '../validation/parseAt.js';
import { validEvents } from '../validation/validEvents.js';
import { replaySteps } from './replaySteps.js';

const OptionsSchema = z.object({ statuses: z.optional(z.array(CustomStatusSchema)) });

/** Options for {@link replayTicket}. */
export type ReplayOptions = {
  /** Custom statuses and the categories they behave as. Default: none. */
  readonly statuses?: readonly CustomStatus[];
};

/**
 * The state of a ticket after its events, whatever order they arrived in. Events are placed by
 * time then sequence; repeated deliveries are ignored; events the status machine refuses (on a
 * closed ticket, back to new, solved without assignee…) are kept in `refused` with the reasons.
 *
 * @param events - One ticket's events, validated (see {@link parseTicketEvent}).
 * @param options - Custom statuses.
 * @returns The ticket's state, with `applied`, `duplicates`, `refused` and `transitions`.
 * @throws {MeridianError} `tickets/mixed-tickets` when events of two tickets are mixed.
 * @throws {ValidationError} `tickets/invalid-ticket-event` naming `events[i]…`; `tickets/invalid-input`.
 * @example
 * const state = replayTicket(events);
 * state.status; // 'open'
 * @since 0.1.0
 */
export function replayTicket(
  events: readonly TicketEvent[],
  options: ReplayOptions = {},
): TicketState {
  const { statuses } = parseAt(OptionsSchema, options, 'input', ['options']);
  return replaySteps(validEvents(events), statuses).state;
}
