import type { Reason } from '@meridian-cx/core';
import type { StatutoryRegime } from '../../statutory/types.js';
import type { Order, ParsedReturnPolicy } from '../../types.js';
import { why } from '../../why.js';

/**
 * Phase 3: outbound delivery comes back when the whole order comes back: by law (the least
 * expensive standard delivery under EU Art. 13(2); everything paid for delivery in Brazil, CDC
 * Art. 49 sole paragraph) or because the policy says so. Pushes the reason.
 */
export function outboundShipping(args: {
  readonly order: Order;
  readonly policy: ParsedReturnPolicy;
  readonly regime: StatutoryRegime | null;
  /** Every unit of every order line comes back. */
  readonly allUnits: boolean;
  readonly anyByLaw: boolean;
  readonly reasons: Reason[];
}): number {
  const { order, policy, regime, reasons } = args;
  const shipping = order.shipping;
  if (!shipping) return 0;
  const rule = regime?.refund;
  const byLaw = args.anyByLaw && rule?.includesOutboundDelivery === true;
  if (args.allUnits && byLaw) {
    const whole = rule?.outboundDelivery === 'all';
    const owed = whole ? shipping.charged : (shipping.standardDelivery ?? shipping.charged);
    const amount = Math.min(owed.amount, shipping.charged.amount);
    reasons.push(
      why(
        'statutory.outbound-delivery-refunded',
        { regime: regime?.code ?? '', amount, ...(whole ? { whole: true } : {}) },
        rule?.provenance.source,
      ),
    );
    return amount;
  }
  if (args.allUnits && policy.refundsOutboundShipping) {
    reasons.push(why('policy.outbound-shipping-refunded', { amount: shipping.charged.amount }));
    return shipping.charged.amount;
  }
  if (byLaw || policy.refundsOutboundShipping) {
    reasons.push(why('refund.outbound-shipping-partial-return', {}));
  }
  return 0;
}
