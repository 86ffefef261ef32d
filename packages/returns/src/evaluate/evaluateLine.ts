import type { BusinessCalendar, Reason } from '@meridian-cx/core';
import type { PolicyPlan } from '../rules/policyPlan.js';
import type { GuaranteeRemedy, LegalGuarantee, StatutoryRegime } from '../statutory/types.js';
import { addDays, addMonths, localDate } from '../time/zoneDay.js';
import type {
  LineDecision,
  Order,
  OrderLine,
  ParsedReturnPolicy,
  RefundMethod,
  ReturnBasis,
  ReturnMethod,
  ReturnReasonCode,
  ReturnRequestLine,
} from '../types.js';
import { why } from '../why.js';
import { type DeadlineAt, endOfDay, toDeadline } from './deadline.js';
import type { OrderDeliveries } from './deliveries.js';
import { policyLine } from './policyLine.js';
import { statutoryLine } from './statutoryLine.js';

const FAULTY: ReadonlySet<ReturnReasonCode> = new Set([
  'defective',
  'not-as-described',
  'wrong-item',
  'damaged-in-transit',
]);

/** The line verdict plus what the refund needs to know. */
export type LineOutcome = {
  readonly decision: LineDecision;
  readonly byLaw: boolean;
  readonly faulty: boolean;
};

/**
 * The first remedy the guarantee gives for a faulty line noticed at `noticeMs`: a full refund
 * within a short-term right to reject (counted, like the UK's, from the day after delivery; also
 * before delivery), else the regime's first remedy. Pushes the reason that says so.
 */
function guaranteeRemedy(
  g: LegalGuarantee,
  deliveredMs: number | null,
  noticeMs: number,
  zone: string,
  reasons: Reason[],
): GuaranteeRemedy | null {
  const source = (g.remedyProvenance ?? g.provenance).source;
  if (g.rejectDays !== undefined) {
    const until =
      deliveredMs === null
        ? null
        : endOfDay(addDays(localDate(deliveredMs, zone), g.rejectDays), zone);
    if (until === null || noticeMs <= until.ms) {
      reasons.push(
        why(
          'guarantee.short-term-reject',
          {
            days: g.rejectDays,
            ...(until !== null ? { until: localDate(until.ms, zone) } : {}),
          },
          source,
        ),
      );
      return 'refund';
    }
    reasons.push(
      why(
        'guarantee.short-term-reject-passed',
        { days: g.rejectDays, ended: localDate((until as DeadlineAt).ms, zone) },
        source,
      ),
    );
  }
  if (g.remedy === undefined) return null;
  reasons.push(
    why(
      g.remedy === 'refund'
        ? 'guarantee.remedy-refund'
        : g.remedy === 'repair-or-replacement'
          ? 'guarantee.repair-or-replacement-first'
          : 'guarantee.remedy-depends-on-failure',
      undefined,
      source,
    ),
  );
  return g.remedy;
}

/** Decide one requested line: merchant rules, the statutory overlay, or the legal guarantee. */
export function evaluateLine(args: {
  readonly policy: ParsedReturnPolicy;
  readonly plan: PolicyPlan;
  readonly regime: StatutoryRegime | null;
  readonly order: Order;
  readonly line: OrderLine;
  readonly request: ReturnRequestLine;
  readonly deliveries: OrderDeliveries;
  readonly zone: string;
  readonly noticeMs: number;
  readonly placedMs: number;
  readonly calendar: BusinessCalendar | undefined;
  readonly holidays: ReadonlySet<string> | null;
}): LineOutcome {
  const { policy, regime, order, zone } = args;
  const cause = args.request.reason ?? 'change-of-mind';
  const delivery = args.deliveries.byLine.get(args.line.id) ?? {
    delivered: 0,
    at: null,
    basis: 'none' as const,
  };
  const pol = policyLine(args, delivery);
  const reasons: Reason[] = pol.reasons;
  const consumer = (order.customer.type ?? 'consumer') === 'consumer';
  let basis: ReturnBasis = 'none';
  let deadline: DeadlineAt | null = pol.deadline;
  let byLaw = false;
  let remedy: GuaranteeRemedy | null = null;
  const faulty = FAULTY.has(cause);
  if (faulty && regime?.guarantee && consumer) {
    // Faulty goods follow the legal guarantee, whatever the change-of-mind window or exclusions say.
    const g = regime.guarantee;
    let eligible = true;
    let gDeadline: DeadlineAt | null = null;
    if (g.months !== undefined && delivery.at !== null) {
      gDeadline = endOfDay(addMonths(localDate(delivery.at, zone), g.months), zone);
      eligible = args.noticeMs <= gDeadline.ms;
    }
    reasons.push(
      why(
        eligible ? 'guarantee.faulty-goods' : 'guarantee.expired',
        {
          regime: regime.code,
          reason: cause,
          ...(g.months !== undefined ? { months: g.months } : {}),
        },
        g.provenance.source,
      ),
    );
    if (pol.denied)
      reasons.push(why('guarantee.policy-exclusions-do-not-apply', { reason: cause }));
    basis = eligible ? 'guarantee' : pol.eligible ? 'policy' : 'none';
    deadline = basis === 'guarantee' ? gDeadline : pol.deadline;
    if (basis === 'guarantee')
      remedy = guaranteeRemedy(g, delivery.at, args.noticeMs, zone, reasons);
  } else {
    const law = statutoryLine(args, pol.windowDays);
    for (const r of law.reasons) reasons.push(r);
    byLaw = law.eligible;
    if (pol.eligible) basis = 'policy';
    else if (law.eligible) {
      basis = 'law';
      reasons.push(why('statutory.overrides-policy', { regime: regime?.code ?? '' }));
    }
    if (
      law.eligible &&
      law.deadline &&
      (!pol.eligible || !deadline || law.deadline.ms > deadline.ms)
    ) {
      deadline = law.deadline;
    }
    if (
      !pol.eligible &&
      !law.eligible &&
      law.deadline &&
      (!deadline || law.deadline.ms > deadline.ms)
    ) {
      deadline = law.deadline;
    }
    // The law's period has not started (part of the order still on its way): no deadline yet.
    if (basis === 'law' && law.deadline === null) deadline = null;
    if (faulty) reasons.push(why('guarantee.not-encoded', { reason: cause }));
  }
  const eligible = basis !== 'none';
  const country = order.customer.country;
  const returnMethods: readonly ReturnMethod[] = eligible
    ? (policy.returnMethods.byCountry[country] ?? policy.returnMethods.default)
    : [];
  let refundMethods: readonly RefundMethod[] = eligible ? policy.refundMethods.methods : [];
  if (
    eligible &&
    (byLaw || basis === 'guarantee') &&
    regime?.refund &&
    !refundMethods.includes('original-payment')
  ) {
    // EU Art. 13(1): the same means of payment unless the consumer expressly agrees otherwise.
    refundMethods = args.plan.refundMethodsByLaw;
    reasons.push(
      why(
        'statutory.original-payment-method',
        { regime: regime.code },
        regime.refund.provenance.source,
      ),
    );
  }
  return {
    decision: {
      lineId: args.line.id,
      quantity: args.request.quantity,
      eligible,
      basis,
      deadline: deadline ? toDeadline(deadline, zone) : null,
      reasons,
      returnMethods,
      refundMethods,
      remedy,
    },
    byLaw: eligible && byLaw,
    faulty: eligible && faulty,
  };
}
