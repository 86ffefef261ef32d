import { type Reason, reason } from '@meridian-cx/core';
import { unmetCondition } from '../conditions/matchConditions.js';
import { MatchContextSchema } from '../schemas.js';
import type { MatchContext, SlaPolicy } from '../types.js';
import { invalid, parseAt } from '../validation/parseAt.js';
import { validPolicy } from './checkSlaInput.js';

/** The policy chosen for a ticket, and why the earlier ones were passed over. */
export type PolicyChoice = {
  readonly policy: SlaPolicy | null;
  readonly reasons: readonly Reason[];
};

/**
 * Choose the SLA policy for a ticket: policies are tried in order and the first whose conditions
 * all hold applies, as in the leading help desks.
 *
 * @param policies - Policies in priority order.
 * @param context - The ticket's priority, channel, customer tier, market and language.
 * @returns The first matching policy (or `null`) and a reason per policy tried.
 * @throws {ValidationError} `tickets/invalid-sla-policy` naming `policies[i]…`; `tickets/invalid-input`.
 * @example
 * selectSlaPolicy([vip, standard], { priority: 'high', tier: 'vip' }).policy?.id; // 'vip'
 * @since 0.1.0
 */
export function selectSlaPolicy(
  policies: readonly SlaPolicy[],
  context: MatchContext,
): PolicyChoice {
  if (!Array.isArray(policies))
    invalid('sla-policy', ['policies'], 'Expected an array of policies.');
  return choosePolicy(
    policies.map((p, i) => validPolicy(p, ['policies', i])),
    parseAt(MatchContextSchema, context, 'input', ['context']),
  );
}

/**
 * {@link selectSlaPolicy} over policies and a context already validated.
 *
 * @internal Not part of the public surface.
 */
export function choosePolicy(policies: readonly SlaPolicy[], context: MatchContext): PolicyChoice {
  const reasons: Reason[] = [];
  for (const policy of policies) {
    const unmet = unmetCondition(policy.conditions, context);
    if (unmet === null) {
      reasons.push(reason('sla.policy-matched', { policy: policy.id }));
      return { policy, reasons };
    }
    reasons.push(reason('sla.policy-skipped', { policy: policy.id, ...unmet.params }));
  }
  reasons.push(reason('sla.no-policy', { tried: policies.length }));
  return { policy: null, reasons };
}
