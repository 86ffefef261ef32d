import type { CurrencyCode, Reason } from '@meridian-cx/core';
import type { StatutoryRegime } from '../../statutory/types.js';
import type { ParsedReturnPolicy } from '../../types.js';
import { why } from '../../why.js';
import { percentOf } from '../percentOf.js';
import type { RefundLineInput } from './types.js';

/**
 * Phase 2a: the restocking fee of one line: the policy's percentage of what the line refunds,
 * rounded half-even; waived for faulty goods and the policy's waived reasons, and not charged on
 * a statutory withdrawal where the law allows no other charges (EU Art. 14). Pushes the reason.
 */
export function restockingFee(
  line: RefundLineInput,
  lineNet: number,
  policy: ParsedReturnPolicy,
  regime: StatutoryRegime | null,
  currency: CurrencyCode,
  reasons: Reason[],
): number {
  const rate = policy.fees.restockingPercent;
  if (rate <= 0 || lineNet <= 0) return 0;
  if (line.faulty || policy.fees.restockingWaivedFor.includes(line.reason)) {
    reasons.push(why('fees.restocking-waived', { lineId: line.lineId, because: line.reason }));
    return 0;
  }
  if (line.byLaw && regime?.refund?.noOtherCharges) {
    reasons.push(
      why(
        'statutory.no-restocking-fee',
        { lineId: line.lineId, regime: regime.code },
        regime.refund.provenance.source,
      ),
    );
    return 0;
  }
  const fee = percentOf(lineNet, rate, currency);
  reasons.push(why('fees.restocking', { lineId: line.lineId, percent: rate, amount: fee }));
  return fee;
}
