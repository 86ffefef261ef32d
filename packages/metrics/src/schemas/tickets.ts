// zod/mini schemas for ticket facts, serialised ticket accumulators and orders.
import { InstantSchema } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { dimensions, ownRecord } from './ownRecord.js';

const count = () => z.int().check(z.gte(0));
const instant = () => z.optional(z.nullable(InstantSchema));

/** zod schema for the facts of one ticket that metrics need. */
export const TicketFactSchema = z.object({
  id: z.string().check(z.minLength(1)),
  createdAt: InstantSchema,
  firstReplyAt: instant(),
  /** The first resolution (solved). */
  resolvedAt: instant(),
  /** The latest resolution, when the ticket was reopened and solved again. */
  lastResolvedAt: instant(),
  /** Each time the ticket was reopened after a resolution. */
  reopenedAt: z.optional(z.array(InstantSchema)),
  /** Public agent replies up to the first resolution (for one-reply FCR). */
  agentReplies: z.optional(count()),
  sla: z.optional(
    // met: null while the target's clock is still running.
    z.array(z.object({ target: z.string().check(z.minLength(1)), met: z.nullable(z.boolean()) })),
  ),
  dimensions: z.optional(dimensions()),
});

/** zod schema for a serialised ticket accumulator. */
export const TicketAccumulatorStateSchema = z.object({
  type: z.literal('tickets'),
  firstResponse: z.unknown(),
  resolution: z.unknown(),
  awaitingReply: count(),
  unresolved: count(),
  fcr: z.object({ successes: count(), n: count(), pending: count() }),
  reopen: z.object({ reopened: count(), resolved: count() }),
  // By own key: a target is the customer's name, and `__proto__` must revive like any other.
  sla: ownRecord(
    z.object({ met: count(), breached: count(), running: count() }),
    'The SLA counts must be an object of { met, breached, running } by target name.',
  ),
  rejected: z.record(z.string(), count()),
  definition: z.optional(z.string()),
});

/** zod schema for the orders of a period, for the repeat-purchase rate. */
export const OrdersSchema = z.array(z.object({ customerId: z.string().check(z.minLength(1)) }));
