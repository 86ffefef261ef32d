import type { Reason } from '@meridian-cx/core';
import { why } from '../why.js';
import type { RightArgs } from './statutoryArgs.js';

/**
 * When the withdrawal period starts for this line (epoch ms), or `null` when it has not (the goods
 * it counts from are not delivered): the purchase (California); the contract for digital content
 * not on a tangible medium (EU Art. 9(2)(c)); the first delivery of a regular-delivery contract
 * (Art. 9(2)(b)(iii)); the order's last delivery (Art. 9(2)(b)(i)); else the line's delivery.
 * The two special cases push their reason onto `reasons`.
 */
export function periodStart(args: RightArgs, reasons: Reason[]): number | null {
  const code = args.regime.code;
  const w = args.regime.withdrawal;
  if (w.from === 'purchase') return args.placedMs;
  if (args.line.digitalContent === true && w.digitalContentFromContract !== undefined) {
    reasons.push(
      why('statutory.digital-content', { regime: code }, w.digitalContentFromContract.source),
    );
    return args.placedMs;
  }
  if (args.order.regularDelivery === true && w.regularDeliveryFromFirst !== undefined) {
    reasons.push(
      why('statutory.regular-delivery', { regime: code }, w.regularDeliveryFromFirst.source),
    );
    return args.deliveries.firstAt;
  }
  if (w.from === 'last-delivery') return args.deliveries.lastAt;
  return args.deliveries.byLine.get(args.line.id)?.at ?? null;
}
