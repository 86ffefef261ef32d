import { DateTime } from 'luxon';
import type { RefundWindow } from '../types.js';

/**
 * The last instant a refund window allows, counted from the payment in UTC: `days` as whole
 * 24-hour days, `months` as calendar months (luxon clamps 31 January + 1 month to 28/29 February).
 */
export function refundDeadline(paidAt: string, window: RefundWindow): string {
  const start = DateTime.fromISO(paidAt, { zone: 'utc' });
  const end =
    'days' in window ? start.plus({ days: window.days }) : start.plus({ months: window.months });
  return end.toUTC().toISO({ suppressMilliseconds: false }) ?? paidAt;
}
