import { type Reason, reason } from '@meridian-cx/core';
import { matchConditions } from '../conditions/matchConditions.js';
import type { MatchContext, RoutingRule } from '../types.js';

/** A conversation to route: its language, channel, needed skills, priority and customer tier. */
export type Conversation = MatchContext & { readonly skills?: readonly string[] };

/** Where a conversation goes, and why. */
export type Route = {
  readonly queue: string;
  /** The rule that matched, or `null` when the default queue was used. */
  readonly ruleId: string | null;
  readonly reasons: readonly Reason[];
};

/**
 * Route a new conversation to a queue: rules are data, tried in order, the first whose conditions
 * all hold wins (language, channel, skills — all required — priority, customer tier, market).
 *
 * @param rules - Routing rules in order.
 * @param conversation - What is known of the conversation.
 * @param defaultQueue - Where unmatched conversations go. Default: `'general'`.
 * @returns The queue, the matching rule and a reason for every rule tried.
 * @example
 * routeConversation([{ id: 'pl', queue: 'polish', when: { language: ['pl'] } }], { language: 'pl-PL' }).queue; // 'polish'
 * @since 0.1.0
 */
export function routeConversation(
  rules: readonly RoutingRule[],
  conversation: Conversation,
  defaultQueue = 'general',
): Route {
  const reasons: Reason[] = [];
  for (const rule of rules) {
    const { skills, ...conditions } = rule.when;
    const unmet = matchConditions(conditions, conversation);
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
