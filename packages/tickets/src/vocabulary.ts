// The shared vocabulary of the schemas (channels, priorities, statuses, instants, conditions),
// on zod's tree-shakable API (zod/mini): a bundle carries only the validators it uses.
import { coreMessages, toIsoString } from '@meridian-cx/core';
import * as z from 'zod/mini';

export const nonEmpty = (what: string) =>
  z.string().check(z.minLength(1, `${what} must be a non-empty string.`));
export const id = nonEmpty('An id');
export const list = <T extends z.core.SomeType>(item: T) => z.optional(z.array(item));

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
        message: coreMessages.invalidInstant(value),
      });
      return '';
    }
  }),
);

export const oneOf = (what: string, values: readonly string[]) =>
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

export const AUTHOR_ROLES = ['customer', 'agent', 'bot'] as const;
/**
 * Who wrote a message.
 *
 * @since 0.1.0
 */
export const AuthorRoleSchema = z.enum(AUTHOR_ROLES, { error: oneOf('An author', AUTHOR_ROLES) });

export const stringList = (what: string) => list(nonEmpty(what));

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

/**
 * zod schema for what a condition, a routing rule or a policy selector looks at.
 *
 * @since 0.1.0
 */
export const MatchContextSchema = z.object({
  priority: z.optional(PrioritySchema),
  channel: z.optional(ChannelSchema),
  tier: z.optional(z.string()),
  market: z.optional(z.string()),
  language: z.optional(z.string()),
});
