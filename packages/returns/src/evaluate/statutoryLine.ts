import type { Reason } from '@meridian-cx/core';
import { localDate } from '../time/zoneDay.js';
import { why } from '../why.js';
import { beforeDelivery } from './beforeDelivery.js';
import { type DeadlineAt, endOfDay } from './deadline.js';
import { informedLastDay } from './informedLastDay.js';
import { lawfulPeriodEnd } from './lawfulPeriodEnd.js';
import { lawLongerThanPolicy } from './lawLongerThanPolicy.js';
import { periodStart } from './periodStart.js';
import { hasWithdrawalRight, type StatutoryArgs } from './statutoryArgs.js';
import { withdrawalBar } from './withdrawalBar.js';
import { outOfScope } from './withdrawalScope.js';

/** The statutory route for one line: does the law give a change-of-mind right, until when. */
export type StatutoryOutcome = {
  /** The regime's withdrawal right covers this order (consumer, channel, conditions met). */
  readonly applies: boolean;
  readonly eligible: boolean;
  readonly deadline: DeadlineAt | null;
  readonly reasons: readonly Reason[];
};

function none(r: Reason): StatutoryOutcome {
  return { applies: false, eligible: false, deadline: null, reasons: [r] };
}

/**
 * Decide the statutory change-of-mind route for one requested line: is there a right for this
 * consumer and sale, does it cover the line, when did the period start, on which day does it end
 * (information given late or not at all, the law's rule for weekends and holidays), and did the
 * notice come in time.
 */
export function statutoryLine(
  args: StatutoryArgs,
  /** The merchant window for this line after the rules ran (category windows, VIP, …). */
  policyWindowDays: number = args.policy.windowDays,
): StatutoryOutcome {
  const { regime, order } = args;
  if (!regime) return none(why('statutory.none', { country: order.customer.country }));
  if ((order.customer.type ?? 'consumer') === 'business') {
    return none(why('statutory.not-consumer', { regime: regime.code }));
  }
  if (!hasWithdrawalRight(args)) {
    const src = regime.noWithdrawalProvenance?.source;
    return none(why('statutory.no-withdrawal-right', { regime: regime.code }, src));
  }
  const outside = outOfScope(args);
  if (outside !== null) return none(outside);
  const barred = withdrawalBar(args);
  if (barred !== null) return { applies: true, eligible: false, deadline: null, reasons: [barred] };

  const w = args.regime.withdrawal;
  const reasons: Reason[] = [];
  const startMs = periodStart(args, reasons);
  const undelivered = beforeDelivery(args);
  if (undelivered !== null) reasons.push(undelivered);
  if (startMs === null) {
    const params = { regime: regime.code, days: w.days };
    reasons.push(why('statutory.period-not-started', params, w.provenance.source));
    return { applies: true, eligible: true, deadline: null, reasons };
  }
  const last = informedLastDay(args, localDate(startMs, args.zone), reasons);
  const deadline = endOfDay(lawfulPeriodEnd(args, last, reasons), args.zone);
  const eligible = args.noticeMs <= deadline.ms;
  const params = { regime: regime.code, days: w.days, from: w.from, lastDay: deadline.date };
  const code = eligible ? 'statutory.withdrawal-open' : 'statutory.withdrawal-closed';
  reasons.push(why(code, params, w.provenance.source));
  const longer = eligible ? lawLongerThanPolicy(args, policyWindowDays) : null;
  if (longer !== null) reasons.push(longer);
  return { applies: true, eligible, deadline, reasons };
}
