import type { Reason } from '@meridian-cx/core';
import { addMonths, localDate } from '../time/zoneDay.js';
import { why } from '../why.js';
import { lastDay } from './deadline.js';
import { lateInformation } from './lateInformation.js';
import type { RightArgs } from './statutoryArgs.js';

/**
 * The last day of the withdrawal period counted from the day it started (YYYY-MM-DD in the
 * consumer's zone), after what the consumer was told: information on the right received late
 * moves it (EU Art. 10(2), UK reg. 31), none at all extends it by the regime's months (Art.
 * 10(1)). Either pushes its reason onto `reasons`.
 */
export function informedLastDay(args: RightArgs, startDay: string, reasons: Reason[]): string {
  const { order, zone } = args;
  const w = args.regime.withdrawal;
  const last = lastDay(startDay, w.days, w.firstDayCounts);
  if (order.withdrawalInfoReceivedAt !== undefined && w.lateInformation !== undefined) {
    const late = lateInformation({
      regime: args.regime.code,
      right: w,
      rule: w.lateInformation,
      startDay,
      normalLast: last,
      receivedDay: localDate(args.infoReceivedMs, zone),
    });
    reasons.push(late.reason);
    return late.last;
  }
  if (order.withdrawalInfoGiven === false && w.uninformedExtensionMonths !== undefined) {
    reasons.push(
      why(
        'statutory.uninformed-extension',
        { regime: args.regime.code, months: w.uninformedExtensionMonths },
        w.uninformedProvenance?.source,
      ),
    );
    return addMonths(last, w.uninformedExtensionMonths);
  }
  return last;
}
