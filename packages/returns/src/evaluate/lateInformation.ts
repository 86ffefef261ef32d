import type { Reason } from '@meridian-cx/core';
import type { WithdrawalRight } from '../statutory/types.js';
import { addDays, addMonths } from '../time/zoneDay.js';
import { why } from '../why.js';

/**
 * The last day of a withdrawal period when the information on the right reached the consumer
 * late (EU Art. 10(2), UK reg. 31): 14 days after the day it was received, or the normal last
 * day if that is later (information received before the period started changes nothing).
 * Received after the months of the no-information extension from the day the period started,
 * it comes too late to count: the extension for no information applies (Art. 10(1)).
 * All days are YYYY-MM-DD in the consumer's zone, so they compare as strings.
 */
export function lateInformation(args: {
  readonly regime: string;
  readonly right: WithdrawalRight;
  readonly rule: NonNullable<WithdrawalRight['lateInformation']>;
  /** The day the period started (the day of Art. 9(2)). */
  readonly startDay: string;
  /** The last day of the period had the information come in time. */
  readonly normalLast: string;
  readonly receivedDay: string;
}): { readonly last: string; readonly reason: Reason } {
  const { regime, right: w, rule, startDay, normalLast, receivedDay } = args;
  const months = w.uninformedExtensionMonths;
  if (months !== undefined && receivedDay > addMonths(startDay, months)) {
    return {
      last: addMonths(normalLast, months),
      reason: why(
        'statutory.uninformed-extension',
        { regime, months, informationReceived: receivedDay },
        w.uninformedProvenance?.source,
      ),
    };
  }
  const late = addDays(receivedDay, rule.days);
  // biome-ignore lint/complexity/useMathMinMax: YYYY-MM-DD strings, which Math.max would turn to NaN.
  const last = late > normalLast ? late : normalLast;
  return {
    last,
    reason: why(
      'statutory.late-information',
      {
        regime,
        received: receivedDay,
        days: rule.days,
        lastDay: last,
        ...(last === normalLast && late < normalLast ? { normalPeriodLater: true } : {}),
      },
      rule.provenance.source,
    ),
  };
}
