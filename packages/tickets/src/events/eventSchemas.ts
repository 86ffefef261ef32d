import * as z from 'zod/mini';
import {
  AuthorRoleSchema,
  ChannelSchema,
  InstantSchema,
  list,
  nonEmpty,
  PrioritySchema,
} from '../vocabulary.js';

const base = {
  id: nonEmpty('An event id (used to ignore duplicates)'),
  ticketId: nonEmpty('The ticket id of an event'),
  at: InstantSchema,
  /** Orders events that share an instant; defaults to 0. */
  sequence: z.optional(
    z.int({ error: 'A sequence is a whole number ≥ 0.' }).check(z.minimum(0, 'A sequence is ≥ 0.')),
  ),
};

const count = z
  .int({ error: 'A count is a whole number ≥ 0.' })
  .check(z.minimum(0, 'A count is ≥ 0.'));

const TurnSchema = z.object({
  from: z.enum(['customer', 'bot'], { error: 'A bot turn is from "customer" or "bot".' }),
  text: z.string(),
  at: InstantSchema,
  intent: z.optional(nonEmpty('An intent')),
  understood: z.optional(z.boolean()),
});

/**
 * zod schema for one ticket event, as a webhook delivers it. A `created` event says who opened
 * the ticket (`createdBy`, default the customer) and, for an agent, whether the opening comment
 * was public (`opening: 'public'`, the default: an agent wrote to the customer) or a private note
 * (`opening: 'private'`: the agent opened it on the customer's behalf). The opening comment is part
 * of the `created` event: do not repeat it as a `message`.
 *
 * @since 0.1.0
 */
export const TicketEventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      ...base,
      type: z.literal('created'),
      channel: ChannelSchema,
      requesterId: nonEmpty('requesterId'),
      createdBy: z.optional(AuthorRoleSchema),
      opening: z.optional(
        z.enum(['public', 'private'], { error: 'opening is "public" or "private".' }),
      ),
      subject: z.optional(z.string()),
      priority: z.optional(PrioritySchema),
      followUpOf: z.optional(nonEmpty('followUpOf')),
    }),
    z.object({
      ...base,
      type: z.literal('message'),
      from: AuthorRoleSchema,
      channel: ChannelSchema,
      text: z.string(),
      authorId: z.optional(nonEmpty('authorId')),
      public: z.optional(z.boolean()),
      attachments: z.optional(count),
    }),
    z.object({
      ...base,
      type: z.literal('status-changed'),
      status: nonEmpty('A status'),
      by: z.optional(nonEmpty('by')),
    }),
    z.object({
      ...base,
      type: z.literal('assigned'),
      assigneeId: z.nullable(nonEmpty('assigneeId (or null to unassign)')),
      groupId: z.optional(nonEmpty('groupId')),
    }),
    z.object({ ...base, type: z.literal('priority-changed'), priority: PrioritySchema }),
    z.object({
      ...base,
      type: z.literal('tagged'),
      add: list(nonEmpty('A tag')),
      remove: list(nonEmpty('A tag')),
    }),
    z.object({ ...base, type: z.literal('channel-switched'), to: ChannelSchema }),
    z.object({
      ...base,
      type: z.literal('bot-handoff'),
      reason: nonEmpty('A hand-off reason'),
      transcript: z.array(TurnSchema),
    }),
    z.object({
      ...base,
      type: z.literal('internal-note'),
      authorId: nonEmpty('authorId'),
      text: z.string(),
    }),
    z.object({ ...base, type: z.literal('merged'), intoTicketId: nonEmpty('intoTicketId') }),
    z.object({
      ...base,
      type: z.literal('satisfaction'),
      rating: z.enum(['good', 'bad'], { error: 'A rating is "good" or "bad".' }),
      comment: z.optional(z.string()),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'type must be one of "created", "message", "status-changed", "assigned", "priority-changed", "tagged", "channel-switched", "bot-handoff", "internal-note", "merged", "satisfaction".'
        : undefined,
  },
);

/**
 * zod schema for a bot conversation turn.
 *
 * @since 0.1.0
 */
export const BotTurnSchema = TurnSchema;
