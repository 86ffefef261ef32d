import type { CurrencyCode, Reason } from '@meridian-cx/core';
import { fail } from '../../failures.js';
import type { StatutoryRegime } from '../../statutory/types.js';
import type { Order, ParsedReturnPolicy } from '../../types.js';
import { why } from '../../why.js';

/** The law puts the direct cost of return on the trader (Brazil), or on a trader who did not inform (EU). */
function traderBearsReturnCost(regime: StatutoryRegime, order: Order): boolean {
  const rc = regime.returnCost;
  if (!rc) return false;
  return (
    rc.payer === 'trader' || (rc.traderPaysIfNotInformed && order.returnCostInfoGiven === false)
  );
}

/**
 * Phase 4: the return-shipping fee the policy charges, unless every line is faulty, the customer's
 * tier returns free, or the law puts the return cost on the trader. Pushes the reason.
 *
 * @throws {MeridianError} `returns/currency-mismatch` when the flat fee is in another currency
 * and the policy gives none in the order's.
 */
export function returnShippingFee(args: {
  readonly order: Order;
  readonly policy: ParsedReturnPolicy;
  readonly regime: StatutoryRegime | null;
  readonly currency: CurrencyCode;
  /** Some line comes back for a reason other than a fault. */
  readonly anyChargeable: boolean;
  readonly anyByLaw: boolean;
  readonly reasons: Reason[];
}): number {
  const { order, policy, regime, reasons, currency } = args;
  const rs = policy.fees.returnShipping;
  if (rs.kind === 'free') return 0;
  const tier = order.customer.tier;
  if (!args.anyChargeable) {
    reasons.push(why('fees.return-shipping-waived', { because: 'faulty' }));
    return 0;
  }
  if (tier !== undefined && policy.fees.freeReturnTiers.includes(tier)) {
    reasons.push(why('fees.return-shipping-waived', { because: 'tier', tier }));
    return 0;
  }
  if (args.anyByLaw && regime?.returnCost && traderBearsReturnCost(regime, order)) {
    reasons.push(
      why(
        'statutory.return-cost-on-trader',
        { regime: regime.code },
        regime.returnCost.provenance.source,
      ),
    );
    return 0;
  }
  if (rs.kind === 'customer-label') {
    reasons.push(why('fees.customer-paid-label', {}));
    return 0;
  }
  const local = rs.byCurrency?.[currency];
  if (local === undefined && rs.amount.currency !== currency) {
    fail('returns/currency-mismatch', {
      what: 'policy.fees.returnShipping.amount',
      got: rs.amount.currency,
      expected: currency,
    });
  }
  const fee = local ?? rs.amount.amount;
  reasons.push(why('fees.return-shipping', { amount: fee }));
  return fee;
}
