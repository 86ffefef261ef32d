import type { Reason } from '@meridian-cx/core';
import { why } from '../why.js';
import type { RightArgs } from './statutoryArgs.js';

/**
 * The reason that the consumer withdraws from units not yet delivered, where the regime allows it
 * (UK reg. 30(1), Turkey Art. 9(2)), or `null` when every requested unit has arrived or the
 * regime has no such rule.
 */
export function beforeDelivery(args: RightArgs): Reason | null {
  const w = args.regime.withdrawal;
  if (w.beforeDelivery === undefined) return null;
  const delivered = args.deliveries.byLine.get(args.line.id)?.delivered ?? 0;
  if (args.request.quantity <= delivered) return null;
  return why(
    'statutory.before-delivery',
    { regime: args.regime.code, undelivered: args.request.quantity - delivered },
    w.beforeDelivery.source,
  );
}
