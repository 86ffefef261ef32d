import type { RefundLineInput } from '../refund/computeRefund.js';
import type { ReturnRequestLine } from '../types.js';
import type { LineOutcome } from './evaluateLine.js';

/**
 * What the refund needs of an eligible line: its verdict's units, the customer's reason
 * (change of mind when none was given), whether it came back by law or as faulty goods, and the
 * value lost through handling the merchant assessed (0 when none), in minor units.
 */
export function refundLineOf(
  outcome: LineOutcome,
  request: ReturnRequestLine,
  /** The order line's index in `order.lines`. */
  index: number,
): RefundLineInput {
  return {
    lineId: outcome.decision.lineId,
    index,
    quantity: outcome.decision.quantity,
    reason: request.reason ?? 'change-of-mind',
    byLaw: outcome.byLaw,
    faulty: outcome.faulty,
    diminishedValue: request.condition?.diminishedValue?.amount ?? 0,
  };
}
