import type * as z from 'zod/mini';
import { checkIterable } from '../guards.js';
import { TicketFactSchema } from '../schemas/tickets.js';

/** The facts of one ticket that metrics need, as they come from a help desk export. */
export type TicketFact = z.input<typeof TicketFactSchema>;

/** A validated ticket with its instants as epoch milliseconds. Internal. */
export type ReadTicket = {
  readonly id: string;
  readonly created: number;
  readonly firstReply: number | null;
  readonly resolved: number | null;
  readonly lastResolved: number | null;
  readonly reopened: readonly number[];
  readonly agentReplies: number | undefined;
  readonly sla: readonly { readonly target: string; readonly met: boolean | null }[];
  readonly fact: z.output<typeof TicketFactSchema>;
};

/** Tickets that passed validation, and the rejected ones counted by reason. Internal. */
export type ReadTickets = {
  readonly tickets: readonly ReadTicket[];
  readonly rejectedBy: Record<string, number>;
};

const ms = (iso: string | null | undefined): number | null =>
  iso === null || iso === undefined ? null : Date.parse(iso);

/**
 * Validate ticket facts one by one: an invalid ticket is counted under `ticket.invalid.<field>`
 * rather than thrown or dropped, and a reply or resolution before creation under
 * `ticket.time-travel`. Internal.
 */
export function readTickets(inputs: Iterable<unknown>): ReadTickets {
  const tickets: ReadTicket[] = [];
  const rejectedBy: Record<string, number> = {};
  const reject = (code: string) => {
    rejectedBy[code] = (rejectedBy[code] ?? 0) + 1;
  };
  checkIterable(inputs, 'The tickets');
  for (const input of inputs) {
    const parsed = TicketFactSchema.safeParse(input);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      reject(`ticket.invalid.${typeof field === 'string' ? field : 'ticket'}`);
      continue;
    }
    const f = parsed.data;
    const created = Date.parse(f.createdAt);
    const firstReply = ms(f.firstReplyAt);
    const resolved = ms(f.resolvedAt);
    const lastResolved = ms(f.lastResolvedAt);
    const reopened = (f.reopenedAt ?? []).map((r) => Date.parse(r));
    if (
      (firstReply !== null && firstReply < created) ||
      (resolved !== null && resolved < created) ||
      (lastResolved !== null && (resolved === null || lastResolved < resolved)) ||
      reopened.some((r) => r < created)
    ) {
      reject('ticket.time-travel');
      continue;
    }
    tickets.push({
      id: f.id,
      created,
      firstReply,
      resolved,
      lastResolved,
      reopened,
      agentReplies: f.agentReplies,
      sla: f.sla ?? [],
      fact: f,
    });
  }
  return { tickets, rejectedBy };
}

/** Sum of a record of counts. Internal. */
export function total(counts: Readonly<Record<string, number>>): number {
  let n = 0;
  for (const k in counts) n += counts[k] as number;
  return n;
}
