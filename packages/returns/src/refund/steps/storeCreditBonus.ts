import type { CurrencyCode, Reason } from '@meridian-cx/core';
import type { ParsedReturnPolicy, RefundMethod } from '../../types.js';
import { why } from '../../why.js';
import { percentOf } from '../percentOf.js';

/**
 * Phase 6: the extra store credit the policy adds when the customer picks store credit: a
 * percentage of the total, rounded half-even. Pushes the reason.
 */
export function storeCreditBonus(
  total: number,
  method: RefundMethod | undefined,
  policy: ParsedReturnPolicy,
  currency: CurrencyCode,
  reasons: Reason[],
): number {
  const pct = policy.refundMethods.storeCreditBonusPercent;
  if (method !== 'store-credit' || pct <= 0 || total <= 0) return 0;
  const bonus = percentOf(total, pct, currency);
  reasons.push(why('refund.store-credit-bonus', { percent: pct, amount: bonus }));
  return bonus;
}
