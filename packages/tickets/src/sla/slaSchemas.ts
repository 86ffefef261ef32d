import { describeValue } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { ConditionsSchema, id, nonEmpty, oneOf } from '../vocabulary.js';

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

const unknownMetric = (issue: { code?: string; keys?: readonly PropertyKey[] }) =>
  issue.code === 'unrecognized_keys'
    ? `Unknown metric ${(issue.keys ?? []).map((k) => describeValue(k)).join(', ')}. ${oneOf('A metric', SLA_METRICS)}`
    : undefined;

/**
 * Per-policy fulfilment options, as the leading help desks offer them.
 *
 * @since 0.1.0
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
