import type { BusinessCalendar, Reason } from '@meridian-cx/core';
import type { StatutoryRegime } from '../statutory/types.js';
import { millis } from '../time/instant.js';
import { addMonths, localDate } from '../time/zoneDay.js';
import type { Order, OrderLine, ParsedReturnPolicy, ReturnRequestLine } from '../types.js';
import { why } from '../why.js';
import { type DeadlineAt, endOfDay, lastDay } from './deadline.js';
import type { OrderDeliveries } from './deliveries.js';
import { lateInformation } from './lateInformation.js';
import { periodEnd } from './periodEnd.js';

/** The statutory route for one line: does the law give a change-of-mind right, until when. */
export type StatutoryOutcome = {
  /** The regime's withdrawal right covers this order (consumer, channel, conditions met). */
  readonly applies: boolean;
  readonly eligible: boolean;
  readonly deadline: DeadlineAt | null;
  readonly reasons: readonly Reason[];
};

const DISTANCE_ONLY: readonly string[] = ['distance'];
const NO_CONDITION: NonNullable<ReturnRequestLine['condition']> = {};

function none(r: Reason): StatutoryOutcome {
  return { applies: false, eligible: false, deadline: null, reasons: [r] };
}

/** Decide the statutory change-of-mind route for one requested line. */
export function statutoryLine(
  args: {
    readonly regime: StatutoryRegime | null;
    readonly order: Order;
    readonly line: OrderLine;
    readonly request: ReturnRequestLine;
    readonly policy: ParsedReturnPolicy;
    readonly deliveries: OrderDeliveries;
    readonly zone: string;
    readonly noticeMs: number;
    readonly placedMs: number;
    readonly calendar: BusinessCalendar | undefined;
    /** The consumer's public holidays, when the caller gave them for the consumer's country. */
    readonly holidays: ReadonlySet<string> | null;
  },
  /** The merchant window for this line after the rules ran (category windows, VIP, …). */
  policyWindowDays: number = args.policy.windowDays,
): StatutoryOutcome {
  const { regime, order, line, request, policy, zone } = args;
  if (!regime) return none(why('statutory.none', { country: order.customer.country }));
  if ((order.customer.type ?? 'consumer') === 'business') {
    return none(why('statutory.not-consumer', { regime: regime.code }));
  }
  const w = regime.withdrawal;
  if (!w) {
    const src = regime.noWithdrawalProvenance?.source;
    return none(why('statutory.no-withdrawal-right', { regime: regime.code }, src));
  }
  const channel = order.channel ?? 'distance';
  if (!(w.channels ?? DISTANCE_ONLY).includes(channel)) {
    return none(why('statutory.not-distance-sale', { regime: regime.code, channel }));
  }
  if (w.subdivisions && !w.subdivisions.includes(order.customer.subdivision ?? '')) {
    return none(
      why(
        'statutory.not-applicable',
        { regime: regime.code, why: 'subdivision' },
        w.provenance.source,
      ),
    );
  }
  if (w.onlyWhenNoPolicyDisplayed && order.returnPolicyDisplayed !== false) {
    return none(
      why(
        'statutory.not-applicable',
        { regime: regime.code, why: 'policy-displayed' },
        w.provenance.source,
      ),
    );
  }
  if (
    w.onlyWhenPolicyShorterThan !== undefined &&
    policy.windowDays >= w.onlyWhenPolicyShorterThan
  ) {
    return none(
      why(
        'statutory.not-applicable',
        {
          regime: regime.code,
          why: 'policy-long-enough',
          minimumDays: w.onlyWhenPolicyShorterThan,
        },
        w.provenance.source,
      ),
    );
  }
  if (w.finalSaleMarkingExempts) {
    const cat = line.category;
    const marked =
      policy.products[line.sku]?.finalSale === true ||
      (cat !== undefined && policy.categories[cat]?.finalSale === true);
    if (marked) {
      return none(
        why(
          'statutory.not-applicable',
          { regime: regime.code, why: 'marked-final-sale' },
          w.provenance.source,
        ),
      );
    }
  }
  const declared = request.condition ?? NO_CONDITION;
  const kinds = line.exceptions;
  for (let i = 0; kinds !== undefined && kinds.length > 0 && i < w.exceptions.length; i++) {
    const ex = w.exceptions[i];
    if (ex === undefined) continue;
    if (!kinds.includes(ex.kind)) continue;
    if (ex.onlyWhenUnsealed && declared.unsealed !== true) continue;
    return {
      applies: true,
      eligible: false,
      deadline: null,
      reasons: [
        why('statutory.exception', { regime: regime.code, kind: ex.kind }, ex.provenance.source),
      ],
    };
  }
  if (
    w.conditionBars &&
    (declared.unused === false || (w.packagingBars && declared.originalPackaging === false))
  ) {
    return {
      applies: true,
      eligible: false,
      deadline: null,
      reasons: [why('statutory.condition-bars', { regime: regime.code }, w.provenance.source)],
    };
  }
  let startMs: number | null;
  const reasons: Reason[] = [];
  if (w.from === 'purchase') startMs = args.placedMs;
  else if (line.digitalContent === true && w.digitalContentFromContract !== undefined) {
    startMs = args.placedMs;
    reasons.push(
      why(
        'statutory.digital-content',
        { regime: regime.code },
        w.digitalContentFromContract.source,
      ),
    );
  } else if (order.regularDelivery === true && w.regularDeliveryFromFirst !== undefined) {
    startMs = args.deliveries.firstAt;
    reasons.push(
      why('statutory.regular-delivery', { regime: regime.code }, w.regularDeliveryFromFirst.source),
    );
  } else if (w.from === 'last-delivery') startMs = args.deliveries.lastAt;
  else startMs = args.deliveries.byLine.get(line.id)?.at ?? null;
  const delivered = args.deliveries.byLine.get(line.id)?.delivered ?? 0;
  if (w.beforeDelivery !== undefined && request.quantity > delivered) {
    reasons.push(
      why(
        'statutory.before-delivery',
        { regime: regime.code, undelivered: request.quantity - delivered },
        w.beforeDelivery.source,
      ),
    );
  }
  if (startMs === null) {
    reasons.push(
      why(
        'statutory.period-not-started',
        { regime: regime.code, days: w.days },
        w.provenance.source,
      ),
    );
    return { applies: true, eligible: true, deadline: null, reasons };
  }
  const startDay = localDate(startMs, zone);
  let last = lastDay(startDay, w.days, w.firstDayCounts);
  const received = order.withdrawalInfoReceivedAt;
  if (received !== undefined && w.lateInformation !== undefined) {
    const late = lateInformation({
      regime: regime.code,
      right: w,
      rule: w.lateInformation,
      startDay,
      normalLast: last,
      receivedDay: localDate(millis(received, 'order.withdrawalInfoReceivedAt'), zone),
    });
    last = late.last;
    reasons.push(late.reason);
  } else if (order.withdrawalInfoGiven === false && w.uninformedExtensionMonths !== undefined) {
    last = addMonths(last, w.uninformedExtensionMonths);
    reasons.push(
      why(
        'statutory.uninformed-extension',
        { regime: regime.code, months: w.uninformedExtensionMonths },
        w.uninformedProvenance?.source,
      ),
    );
  }
  // The law's own rule for a period ending on a weekend or holiday, not the shop's calendar.
  const end = periodEnd(last, w.periodEnd, args.holidays);
  if (end.movedFrom !== undefined && w.periodEnd !== undefined) {
    reasons.push(
      why(
        'statutory.period-end-moved',
        {
          regime: regime.code,
          from: end.movedFrom,
          to: end.date,
          ...(w.periodEnd.unclear === true ? { lawUnclear: true } : {}),
        },
        w.periodEnd.provenance.source,
      ),
    );
  }
  const deadline = endOfDay(end.date, zone);
  const eligible = args.noticeMs <= deadline.ms;
  const params = { regime: regime.code, days: w.days, from: w.from, lastDay: deadline.date };
  reasons.push(
    why(
      eligible ? 'statutory.withdrawal-open' : 'statutory.withdrawal-closed',
      params,
      w.provenance.source,
    ),
  );
  if (eligible && policyWindowDays < w.days && w.onlyWhenPolicyShorterThan === undefined) {
    reasons.push(
      why(
        'statutory.window-longer-than-policy',
        { regime: regime.code, policyDays: policyWindowDays, lawDays: w.days },
        w.provenance.source,
      ),
    );
  }
  return { applies: true, eligible, deadline, reasons };
}
