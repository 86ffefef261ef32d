// Schemas on zod's tree-shakable API (zod/mini): a bundle carries only the validators it uses.
import { coreMessages, toIsoString } from '@meridian-cx/core';
import * as z from 'zod/mini';

const nonEmpty = (what: string) =>
  z.string().check(z.minLength(1, `${what} must be a non-empty string.`));
const id = nonEmpty('An id');
const list = <T extends z.core.SomeType>(item: T) => z.optional(z.array(item));

/**
 * An instant from outside: an ISO 8601 string with an offset or `Z`, or a `Date`; outputs the
 * canonical UTC ISO string (core's `toIsoString`, on the tree-shakable API).
 *
 * @internal Not part of the public surface (core exports the public `InstantSchema`).
 */
export const InstantSchema = z.pipe(
  z.union([z.string(), z.date()], {
    error:
      'An instant is an ISO 8601 string with an offset or Z (such as "2026-03-02T10:00:00Z"), or a Date.',
  }),
  z.transform((value: string | Date, ctx) => {
    try {
      return toIsoString(value);
    } catch {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: coreMessages.invalidInstant(String(value)),
      });
      return '';
    }
  }),
);

const oneOf = (what: string, values: readonly string[]) =>
  `${what} must be one of ${values.map((v) => `"${v}"`).join(', ')}.`;

/**
 * Every channel a conversation can arrive on.
 *
 * @since 0.1.0
 */
export const CHANNEL_IDS = [
  'email',
  'web-form',
  'live-chat',
  'phone',
  'voicemail',
  'sms',
  'whatsapp',
  'messenger',
  'instagram-dm',
  'x-dm',
  'social-post',
  'marketplace',
  'in-app',
  'api',
] as const;

/**
 * zod schema for a channel id.
 *
 * @since 0.1.0
 */
export const ChannelSchema = z.enum(CHANNEL_IDS, { error: oneOf('A channel', CHANNEL_IDS) });

/**
 * Ticket priorities, lowest first.
 *
 * @since 0.1.0
 */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/**
 * zod schema for a priority.
 *
 * @since 0.1.0
 */
export const PrioritySchema = z.enum(PRIORITIES, { error: oneOf('A priority', PRIORITIES) });

/**
 * The built-in statuses; custom statuses map onto one of the first five categories.
 *
 * @since 0.1.0
 */
export const STATUS_CATEGORIES = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'] as const;
/**
 * zod schema for a status category.
 *
 * @since 0.1.0
 */
export const StatusCategorySchema = z.enum(STATUS_CATEGORIES, {
  error: oneOf('A status category', STATUS_CATEGORIES),
});

/**
 * zod schema for a custom status: an id, a label and the category it behaves as.
 *
 * @since 0.1.0
 */
export const CustomStatusSchema = z.object({
  id,
  label: nonEmpty('A label'),
  category: z.enum(['new', 'open', 'pending', 'on-hold', 'solved'], {
    error: 'A custom status maps onto new, open, pending, on-hold or solved (closed is final).',
  }),
});

const AUTHOR_ROLES = ['customer', 'agent', 'bot'] as const;
/**
 * Who wrote a message.
 *
 * @since 0.1.0
 */
export const AuthorRoleSchema = z.enum(AUTHOR_ROLES, { error: oneOf('An author', AUTHOR_ROLES) });

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

/**
 * The SLA metrics, named as the leading help desks name them.
 *
 * @since 0.1.0
 */
export const SLA_METRICS = [
  'first-reply',
  'next-reply',
  'periodic-update',
  'pausable-update',
  'requester-wait',
  'agent-work',
  'total-resolution',
] as const;
/**
 * zod schema for an SLA metric id.
 *
 * @since 0.1.0
 */
export const SlaMetricSchema = z.enum(SLA_METRICS, { error: oneOf('A metric', SLA_METRICS) });

/**
 * zod schema for one SLA target: a finite number of minutes above zero, in business or calendar
 * hours.
 *
 * @since 0.1.0
 */
export const SlaTargetSchema = z.object({
  minutes: z
    .number({ error: 'A target is a number of minutes.' })
    .check(
      z.positive('A target is a positive number of minutes.'),
      z.refine(Number.isFinite, 'A target is a finite number of minutes.'),
    ),
  hours: z.enum(['business', 'calendar'], {
    error: 'hours is "business" (measured on the calendar) or "calendar" (every minute counts).',
  }),
});

const stringList = (what: string) => list(nonEmpty(what));

/**
 * zod schema for the conditions that select an SLA policy or a routing rule.
 *
 * @since 0.1.0
 */
export const ConditionsSchema = z.object({
  priority: list(PrioritySchema),
  channel: list(ChannelSchema),
  tier: stringList('A tier'),
  market: stringList('A market'),
  language: stringList('A language'),
});

const unknownMetric = (issue: { code?: string; keys?: readonly PropertyKey[] }) =>
  issue.code === 'unrecognized_keys'
    ? `Unknown metric ${(issue.keys ?? []).map((k) => `"${String(k)}"`).join(', ')}. ${oneOf('A metric', SLA_METRICS)}`
    : undefined;

/**
 * Per-policy fulfilment options, as the leading help desks offer them.
 *
 * @since 0.2.0
 */
export const SlaFulfilmentSchema = z.object({
  /**
   * What a solve does to the reply clocks (first and next reply). `'fulfil'` (default): a solve
   * ends them, as the help desk's SLA data does. `'keep-running'`: they run until a public agent
   * comment, even after a reopen, as its first-reply-time reporting counts.
   */
  solve: z.optional(
    z.enum(['fulfil', 'keep-running'], { error: 'solve is "fulfil" or "keep-running".' }),
  ),
  /** Internal notes (and private agent comments) count as periodic and pausable updates. Default: false. */
  internalNotesAreUpdates: z.optional(z.boolean()),
});

/**
 * zod schema for an SLA policy, as it comes from a CMS or an admin screen.
 *
 * @since 0.1.0
 */
export const SlaPolicySchema = z.object({
  id,
  conditions: z.optional(ConditionsSchema),
  targets: z.partialRecord(SlaMetricSchema, SlaTargetSchema, { error: unknownMetric }),
  /** Per metric, the statuses (ids or categories) in which its clock pauses; replaces the default. */
  pauseIn: z.optional(
    z.partialRecord(SlaMetricSchema, z.array(nonEmpty('A status')), { error: unknownMetric }),
  ),
  fulfilment: z.optional(SlaFulfilmentSchema),
});

/**
 * zod schema for a routing rule.
 *
 * @since 0.1.0
 */
export const RoutingRuleSchema = z.object({
  id,
  queue: nonEmpty('A queue'),
  when: z.extend(ConditionsSchema, { skills: stringList('A skill') }),
});

/**
 * zod schema for a raw identity before normalisation.
 *
 * @since 0.1.0
 */
export const RawIdentitySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('email'), value: nonEmpty('An email') }),
    z.object({
      kind: z.literal('phone'),
      value: nonEmpty('A phone number'),
      defaultCountry: z.optional(
        z
          .string()
          .check(
            z.regex(/^[A-Z]{2}$/, 'defaultCountry is an ISO 3166-1 alpha-2 code such as "PL".'),
          ),
      ),
    }),
    z.object({
      kind: z.literal('social'),
      platform: nonEmpty('A platform'),
      value: nonEmpty('A handle'),
    }),
    z.object({
      kind: z.literal('external'),
      system: nonEmpty('A system'),
      value: nonEmpty('An external id'),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'kind must be one of "email", "phone", "social", "external".'
        : undefined,
  },
);

/**
 * zod schema for a customer profile as a channel or a CRM knows it.
 *
 * @since 0.1.0
 */
export const CustomerProfileSchema = z.object({
  id,
  identities: z.array(
    z.object({
      identity: RawIdentitySchema,
      verified: z.boolean({ error: 'verified is true or false.' }),
    }),
  ),
  name: z.optional(z.string()),
  tier: z.optional(z.string()),
});

/**
 * zod schema for a manual merge of customer profiles, or its undoing.
 *
 * @since 0.1.0
 */
export const CustomerMergeEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('customer-merged'),
    id,
    at: InstantSchema,
    profileIds: z.array(id).check(z.minLength(2, 'A merge names at least two profiles.')),
    by: z.optional(nonEmpty('by')),
  }),
  z.object({
    type: z.literal('merge-undone'),
    id,
    at: InstantSchema,
    mergeId: id,
    by: z.optional(nonEmpty('by')),
  }),
]);

/**
 * zod schema for what a condition, a routing rule or a policy selector looks at.
 *
 * @since 0.2.0
 */
export const MatchContextSchema = z.object({
  priority: z.optional(PrioritySchema),
  channel: z.optional(ChannelSchema),
  tier: z.optional(z.string()),
  market: z.optional(z.string()),
  language: z.optional(z.string()),
});
