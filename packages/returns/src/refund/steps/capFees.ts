import type { Reason } from '@meridian-cx/core';
import { why } from '../../why.js';

/** The fees after the cap. */
export type CappedFees = { readonly restocking: number; readonly shipping: number };

/**
 * Phase 5: fees never turn a refund into a bill. When the fees and the diminished value exceed
 * what would be refunded, the excess comes off the return-shipping fee first, then off the
 * restocking fee (the diminished value and the restocking fee are already within each line's own
 * refund). Pushes the reason.
 */
export function capFees(
  gross: number,
  fees: CappedFees & { readonly diminished: number },
  reasons: Reason[],
): CappedFees {
  const over = fees.restocking + fees.shipping + fees.diminished - gross;
  if (over <= 0) return { restocking: fees.restocking, shipping: fees.shipping };
  const fromShipping = Math.min(over, fees.shipping);
  reasons.push(why('fees.capped', { amount: over }));
  return {
    restocking: fees.restocking - (over - fromShipping),
    shipping: fees.shipping - fromShipping,
  };
}
