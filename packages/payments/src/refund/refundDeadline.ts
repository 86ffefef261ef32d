import { toEpochMillis } from '@meridian-cx/core';
import type { RefundWindow } from '../types.js';
import { addCalendarMonthsToInstant } from './addCalendarMonthsToInstant.js';

const DAY = 86_400_000;

/**
 * The last instant a refund window allows, counted from the payment in UTC: `days` as whole
 * 24-hour days, `months` as calendar months clamped to the month's end (31 January + 1 month is
 * 28/29 February), the time of day kept.
 */
export function refundDeadline(paidAt: string, window: RefundWindow): string {
  const start = toEpochMillis(paidAt);
  const end =
    'days' in window ? start + window.days * DAY : addCalendarMonthsToInstant(start, window.months);
  return new Date(end).toISOString();
}
