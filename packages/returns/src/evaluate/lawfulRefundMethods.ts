import type { Reason } from '@meridian-cx/core';
import type { PolicyPlan } from '../rules/policyPlan.js';
import type { StatutoryRegime } from '../statutory/types.js';
import type { ParsedReturnPolicy, RefundMethod } from '../types.js';
import { why } from '../why.js';

/**
 * The refund methods offered for an eligible line: the policy's, except that a line back by law
 * or on the guarantee (`onLawFooting`) under a regime with a refund rule is refunded to the
 * original means of payment too, with the reason (EU Art. 13(1): the same means of payment unless
 * the consumer expressly agrees otherwise).
 */
export function lawfulRefundMethods(
  args: {
    readonly policy: ParsedReturnPolicy;
    readonly plan: PolicyPlan;
    readonly regime: StatutoryRegime | null;
  },
  onLawFooting: boolean,
  reasons: Reason[],
): readonly RefundMethod[] {
  const methods = args.policy.refundMethods.methods;
  const regime = args.regime;
  if (!onLawFooting || !regime?.refund || methods.includes('original-payment')) return methods;
  reasons.push(
    why(
      'statutory.original-payment-method',
      { regime: regime.code },
      regime.refund.provenance.source,
    ),
  );
  return args.plan.refundMethodsByLaw;
}
