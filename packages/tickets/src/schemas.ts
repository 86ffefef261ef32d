import { InstantSchema } from '@meridian-cx/core';
import { z } from 'zod';

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
export const ChannelSchema = z.enum(CHANNEL_IDS);

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
export const PrioritySchema = z.enum(PRIORITIES);

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
export const StatusCategorySchema = z.enum(STATUS_CATEGORIES);

/**
 * zod schema for a custom status: an id, a label and the category it behaves as.
 *
 * @since 0.1.0
 */
export const CustomStatusSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  category: z.enum(['new', 'open', 'pending', 'on-hold', 'solved'], {
    error: 'A custom status maps onto new, open, pending, on-hold or solved (closed is final).',
  }),
});

/**
 * Who wrote a message.
 *
 * @since 0.1.0
 */
export const AuthorRoleSchema = z.enum(['customer', 'agent', 'bot']);

const base = {
  id: z.string().min(1, 'An event needs a non-empty id (used to ignore duplicates).'),
  ticketId: z.string().min(1, 'An event needs the id of its ticket.'),
  at: InstantSchema,
  /** Orders events that share an instant; defaults to 0. */
  sequence: z.number().int().nonnegative().optional(),
};

const TurnSchema = z.object({
  from: z.enum(['customer', 'bot']),
  text: z.string(),
  at: InstantSchema,
  intent: z.string().min(1).optional(),
  understood: z.boolean().optional(),
});

/**
 * zod schema for one ticket event, as a webhook delivers it.
 *
 * @since 0.1.0
 */
export const TicketEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('created'),
    channel: ChannelSchema,
    requesterId: z.string().min(1),
    createdBy: AuthorRoleSchema.optional(),
    subject: z.string().optional(),
    priority: PrioritySchema.optional(),
    followUpOf: z.string().min(1).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('message'),
    from: AuthorRoleSchema,
    channel: ChannelSchema,
    text: z.string(),
    authorId: z.string().min(1).optional(),
    public: z.boolean().optional(),
    attachments: z.number().int().nonnegative().optional(),
  }),
  z.object({
    ...base,
    type: z.literal('status-changed'),
    status: z.string().min(1),
    by: z.string().min(1).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('assigned'),
    assigneeId: z.string().min(1).nullable(),
    groupId: z.string().min(1).optional(),
  }),
  z.object({ ...base, type: z.literal('priority-changed'), priority: PrioritySchema }),
  z.object({
    ...base,
    type: z.literal('tagged'),
    add: z.array(z.string().min(1)).optional(),
    remove: z.array(z.string().min(1)).optional(),
  }),
  z.object({ ...base, type: z.literal('channel-switched'), to: ChannelSchema }),
  z.object({
    ...base,
    type: z.literal('bot-handoff'),
    reason: z.string().min(1),
    transcript: z.array(TurnSchema),
  }),
  z.object({
    ...base,
    type: z.literal('internal-note'),
    authorId: z.string().min(1),
    text: z.string(),
  }),
  z.object({ ...base, type: z.literal('merged'), intoTicketId: z.string().min(1) }),
  z.object({
    ...base,
    type: z.literal('satisfaction'),
    rating: z.enum(['good', 'bad']),
    comment: z.string().optional(),
  }),
]);

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
export const SlaMetricSchema = z.enum(SLA_METRICS);

/**
 * zod schema for one SLA target.
 *
 * @since 0.1.0
 */
export const SlaTargetSchema = z.object({
  minutes: z.number().positive('A target is a positive number of minutes.'),
  hours: z.enum(['business', 'calendar']),
});

/**
 * zod schema for the conditions that select an SLA policy or a routing rule.
 *
 * @since 0.1.0
 */
export const ConditionsSchema = z.object({
  priority: z.array(PrioritySchema).optional(),
  channel: z.array(ChannelSchema).optional(),
  tier: z.array(z.string().min(1)).optional(),
  market: z.array(z.string().min(1)).optional(),
  language: z.array(z.string().min(1)).optional(),
});

/**
 * zod schema for an SLA policy, as it comes from a CMS or an admin screen.
 *
 * @since 0.1.0
 */
export const SlaPolicySchema = z.object({
  id: z.string().min(1),
  conditions: ConditionsSchema.optional(),
  targets: z.partialRecord(SlaMetricSchema, SlaTargetSchema),
  /** Per metric, the statuses (ids or categories) in which its clock pauses; replaces the default. */
  pauseIn: z.partialRecord(SlaMetricSchema, z.array(z.string().min(1))).optional(),
});

/**
 * zod schema for a routing rule.
 *
 * @since 0.1.0
 */
export const RoutingRuleSchema = z.object({
  id: z.string().min(1),
  queue: z.string().min(1),
  when: ConditionsSchema.extend({ skills: z.array(z.string().min(1)).optional() }),
});

/**
 * zod schema for a raw identity before normalisation.
 *
 * @since 0.1.0
 */
export const RawIdentitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), value: z.string().min(1) }),
  z.object({
    kind: z.literal('phone'),
    value: z.string().min(1),
    defaultCountry: z.string().length(2).optional(),
  }),
  z.object({ kind: z.literal('social'), platform: z.string().min(1), value: z.string().min(1) }),
  z.object({ kind: z.literal('external'), system: z.string().min(1), value: z.string().min(1) }),
]);

/**
 * zod schema for a customer profile as a channel or a CRM knows it.
 *
 * @since 0.1.0
 */
export const CustomerProfileSchema = z.object({
  id: z.string().min(1),
  identities: z.array(z.object({ identity: RawIdentitySchema, verified: z.boolean() })),
  name: z.string().optional(),
  tier: z.string().optional(),
});

/**
 * zod schema for a manual merge of customer profiles, or its undoing.
 *
 * @since 0.1.0
 */
export const CustomerMergeEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('customer-merged'),
    id: z.string().min(1),
    at: InstantSchema,
    profileIds: z.array(z.string().min(1)).min(2),
    by: z.string().min(1).optional(),
  }),
  z.object({
    type: z.literal('merge-undone'),
    id: z.string().min(1),
    at: InstantSchema,
    mergeId: z.string().min(1),
    by: z.string().min(1).optional(),
  }),
]);
