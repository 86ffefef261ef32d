import { type Reason, reason } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { unmetCondition } from '../conditions/matchConditions.js';
import { MatchContextSchema, RoutingRuleSchema } from '../schemas.js';
import type { MatchContext, RoutingRule } from '../types.js';
import { parseAt } from '../validation/parseAt.js';

/** A conversation to route: its language, channel, needed skills, priority and customer tier. */
export type Conversation = MatchContext & { readonly skills?: readonly string[] };

/** Input of {@link routeConversation}. */
export type RouteInput = {
  /** Routing rules, tried in order. */
  readonly rules: readonly RoutingRule[];
  /** What is known of the conversation. */
  readonly conversation: Conversation;
  /** Where unmatched conversations go. Default: `'general'`. */
  readonly defaultQueue?: string;
};

/** Where a conversation goes, and why. */
export type Route = {
  readonly queue: string;
  /** The rule that matched, or `null` when the default queue was used. */
  readonly ruleId: string | null;
  readonly reasons: readonly Reason[];
};

const RouteInputSchema = z.object({
  rules: z.array(RoutingRuleSchema),
  conversation: z.extend(MatchContextSchema, {
    skills: z.optional(z.array(z.string())),
  }),
  defaultQueue: z.optional(z.string().check(z.minLength(1, 'defaultQueue is a non-empty queue.'))),
});

/**
 * Route a new conversation to a queue: rules are data, tried in order, the first whose conditions
 * all hold wins (language, channel, skills — all required — priority, customer tier, market).
 *
 * @param input - `rules` in order, the `conversation`, and the `defaultQueue` (default `'general'`).
 * @returns The queue, the matching rule and a reason for every rule tried.
 * @throws {ValidationError} `tickets/invalid-routing-input`, naming every path that is wrong.
 * @example
 * routeConversation({ rules: [{ id: 'pl', queue: 'polish', when: { language: ['pl'] } }], conversation: { language: 'pl-PL' } }).queue; // 'polish'
 * @since 0.1.0
 */
export function routeConversation(input: RouteInput): Route {
  const {
    rules,
    conversation,
    defaultQueue = 'general',
  } = parseAt(RouteInputSchema, input, 'routing-input');
  const reasons: Reason[] = [];
  for (const rule of rules) {
    const { skills, ...conditions } = rule.when;
    const unmet = unmetCondition(conditions, conversation);
    if (unmet !== null) {
      reasons.push(reason('route.rule-skipped', { rule: rule.id, ...unmet.params }));
      continue;
    }
    const missing = (skills ?? []).filter((s) => !(conversation.skills ?? []).includes(s));
    if (missing.length > 0) {
      reasons.push(
        reason('route.rule-skipped', { rule: rule.id, key: 'skills', missing: missing.join(',') }),
      );
      continue;
    }
    reasons.push(reason('route.rule-matched', { rule: rule.id, queue: rule.queue }));
    return { queue: rule.queue, ruleId: rule.id, reasons };
  }
  reasons.push(reason('route.default', { queue: defaultQueue }));
  return { queue: defaultQueue, ruleId: null, reasons };
}
