import type { Reason } from '@meridian-cx/core';
import type { StatutoryRegime } from '../../statutory/types.js';
import type { Order } from '../../types.js';
import { why } from '../../why.js';
import type { RefundLineInput } from './types.js';

/**
 * Phase 2b: what may be deducted for value lost through handling, at most `room` (the line's own
 * refund): never for faulty goods; on the statutory withdrawal only where the law makes the
 * consumer liable (EU Art. 14(2)) and the consumer was told of the right; on the merchant's own
 * policy, as the merchant assessed it. Pushes the reason.
 */
export function diminishedValue(
  line: RefundLineInput,
  room: number,
  order: Order,
  regime: StatutoryRegime | null,
  reasons: Reason[],
): number {
  const lost = line.diminishedValue ?? 0;
  if (lost <= 0) return 0;
  if (line.faulty) {
    reasons.push(
      why('fees.diminished-value-waived', { lineId: line.lineId, because: line.reason }),
    );
    return 0;
  }
  const amount = Math.max(0, Math.min(lost, room));
  if (!line.byLaw) {
    reasons.push(why('fees.diminished-value', { lineId: line.lineId, amount }));
    return amount;
  }
  const rule = regime?.withdrawal?.diminishedValue;
  if (rule === undefined) {
    reasons.push(
      why('statutory.diminished-value-not-encoded', {
        lineId: line.lineId,
        regime: regime?.code ?? '',
      }),
    );
    return 0;
  }
  if (order.withdrawalInfoGiven === false) {
    reasons.push(
      why('statutory.diminished-value-not-chargeable', { lineId: line.lineId }, rule.source),
    );
    return 0;
  }
  reasons.push(why('statutory.diminished-value', { lineId: line.lineId, amount }, rule.source));
  return amount;
}
