import type { Reason } from '@meridian-cx/core';
import type { StatutoryRegime } from '../../statutory/types.js';
import type { Order } from '../../types.js';
import { why } from '../../why.js';

/**
 * Whether the order's unit prices already include the tax on its lines: what the order says
 * (`pricesIncludeTax`), else what the consumer's law requires a price shown to a consumer to be
 * (EU, UK: inclusive of taxes), else not. With tax included, the refund's `tax` is the part of
 * the refunded prices that is tax, not an amount on top. Pushes the reason.
 */
export function taxIncluded(
  order: Order,
  regime: StatutoryRegime | null,
  reasons: Reason[],
): boolean {
  let hasTax = false;
  for (const l of order.lines) if (l.tax !== undefined && l.tax.amount > 0) hasTax = true;
  if (order.pricesIncludeTax !== undefined) {
    if (hasTax) {
      reasons.push(why(order.pricesIncludeTax ? 'refund.tax-included' : 'refund.tax-added', {}));
    }
    return order.pricesIncludeTax;
  }
  const rule = regime?.consumerPricesIncludeTax;
  const consumer = (order.customer.type ?? 'consumer') === 'consumer';
  if (rule !== undefined && consumer) {
    if (hasTax) {
      reasons.push(
        why('refund.tax-included', { assumed: true, regime: regime?.code ?? '' }, rule.source),
      );
    }
    return true;
  }
  if (hasTax) reasons.push(why('refund.tax-added', { assumed: true }));
  return false;
}
