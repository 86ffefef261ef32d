import type { Reason } from '@meridian-cx/core';
import { why } from '../why.js';
import type { RightArgs } from './statutoryArgs.js';

const DISTANCE_ONLY: readonly string[] = ['distance'];

/**
 * Why the regime's withdrawal right does not cover this sale, or `null` when it does: the channel
 * (distance sales by default), the consumer's subdivision, a displayed return policy or one long
 * enough (Japan, California), goods the policy marks final sale (California § 1723(b)). The
 * checks run in that order and the first that fails is the reason.
 */
export function outOfScope(args: RightArgs): Reason | null {
  const { order, line, policy } = args;
  const code = args.regime.code;
  const w = args.regime.withdrawal;
  const channel = order.channel ?? 'distance';
  if (!(w.channels ?? DISTANCE_ONLY).includes(channel)) {
    return why('statutory.not-distance-sale', { regime: code, channel });
  }
  if (w.subdivisions && !w.subdivisions.includes(order.customer.subdivision ?? '')) {
    return why(
      'statutory.not-applicable',
      { regime: code, why: 'subdivision' },
      w.provenance.source,
    );
  }
  if (w.onlyWhenNoPolicyDisplayed && order.returnPolicyDisplayed !== false) {
    return why(
      'statutory.not-applicable',
      { regime: code, why: 'policy-displayed' },
      w.provenance.source,
    );
  }
  const minimumDays = w.onlyWhenPolicyShorterThan;
  if (minimumDays !== undefined && policy.windowDays >= minimumDays) {
    return why(
      'statutory.not-applicable',
      { regime: code, why: 'policy-long-enough', minimumDays },
      w.provenance.source,
    );
  }
  if (w.finalSaleMarkingExempts) {
    const cat = line.category;
    const marked =
      policy.products[line.sku]?.finalSale === true ||
      (cat !== undefined && policy.categories[cat]?.finalSale === true);
    if (marked) {
      return why(
        'statutory.not-applicable',
        { regime: code, why: 'marked-final-sale' },
        w.provenance.source,
      );
    }
  }
  return null;
}
