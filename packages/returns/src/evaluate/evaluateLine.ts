import type { BusinessCalendar, Reason } from '@meridian-cx/core';
import type { PolicyPlan } from '../rules/policyPlan.js';
import type { GuaranteeRemedy, StatutoryRegime } from '../statutory/types.js';
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
import { type DeadlineAt, toDeadline } from './deadline.js';
import type { LineDelivery, OrderDeliveries } from './deliveries.js';
import { guaranteeLine } from './guaranteeLine.js';
import { lawfulRefundMethods } from './lawfulRefundMethods.js';
import { notAsDescribedLine } from './notAsDescribedLine.js';
import { overlaidDeadline } from './overlaidDeadline.js';
import { policyLine } from './policyLine.js';
import { statutoryLine } from './statutoryLine.js';

const FAULTY: ReadonlySet<ReturnReasonCode> = new Set([
  'defective',
  'not-as-described',
  'wrong-item',
  'damaged-in-transit',
]);

// Goods that differ from what was advertised or contracted (Korea Art. 17(3)).
const NOT_AS_DESCRIBED: ReadonlySet<ReturnReasonCode> = new Set(['not-as-described', 'wrong-item']);

/** The line verdict plus what the refund needs to know. */
export type LineOutcome = {
  readonly decision: LineDecision;
  readonly byLaw: boolean;
  readonly faulty: boolean;
};

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
  /** When the fault became apparent (epoch ms): the line's `apparentAt`, else the notice. */
  readonly apparentMs: number;
  /** `order.withdrawalInfoReceivedAt` in epoch ms, NaN when absent (see StatutoryArgs). */
  readonly infoReceivedMs: number;
  readonly calendar: BusinessCalendar | undefined;
  readonly holidays: ReadonlySet<string> | null;
}): LineOutcome {
  const { policy, regime, order, zone } = args;
  const cause = args.request.reason ?? 'change-of-mind';
  // orderDeliveries gives every order line an entry.
  const delivery = args.deliveries.byLine.get(args.line.id) as LineDelivery;
  const pol = policyLine(args, delivery);
  const reasons: Reason[] = pol.reasons;
  const consumer = (order.customer.type ?? 'consumer') === 'consumer';
  let basis: ReturnBasis = 'none';
  let deadline: DeadlineAt | null = pol.deadline;
  let byLaw = false;
  let remedy: GuaranteeRemedy | null = null;
  const faulty = FAULTY.has(cause);
  const apparentMs = args.apparentMs;
  if (NOT_AS_DESCRIBED.has(cause) && regime?.notAsDescribed && consumer) {
    // Goods that differ from the advertisement or the contract: a right of its own (Korea 17(3)).
    const nad = notAsDescribedLine({
      regime: regime.code,
      right: regime.notAsDescribed,
      suppliedMs: delivery.at,
      apparentMs,
      noticeMs: args.noticeMs,
      zone,
      reasons,
    });
    if (pol.eligible) basis = 'policy';
    else if (nad.eligible) {
      basis = 'law';
      reasons.push(why('statutory.overrides-policy', { regime: regime.code }));
    }
    byLaw = nad.eligible;
    if (
      nad.eligible &&
      (!pol.eligible || !deadline || (nad.deadline && nad.deadline.ms > deadline.ms))
    ) {
      deadline = nad.deadline;
    }
  } else if (faulty && regime?.guarantee && consumer) {
    // Faulty goods follow the legal guarantee, whatever the change-of-mind window or exclusions say.
    const g = guaranteeLine({
      regime,
      guarantee: regime.guarantee,
      cause,
      deliveredAt: delivery.at,
      zone,
      noticeMs: args.noticeMs,
      apparentMs,
      country: order.customer.country,
      perishableUntil: args.line.perishableUntil,
      majorFailure: args.request.majorFailure,
      policy: pol,
      reasons,
    });
    basis = g.basis;
    deadline = g.deadline;
    remedy = g.remedy;
  } else {
    const law = statutoryLine(args, pol.windowDays);
    for (const r of law.reasons) reasons.push(r);
    byLaw = law.eligible;
    if (pol.eligible) basis = 'policy';
    else if (law.eligible) {
      basis = 'law';
      reasons.push(why('statutory.overrides-policy', { regime: regime?.code ?? '' }));
    }
    deadline = overlaidDeadline(pol, law);
    if (faulty) reasons.push(why('guarantee.not-encoded', { reason: cause }));
  }
  const eligible = basis !== 'none';
  const country = order.customer.country;
  const returnMethods: readonly ReturnMethod[] = eligible
    ? (policy.returnMethods.byCountry[country] ?? policy.returnMethods.default)
    : [];
  const refundMethods: readonly RefundMethod[] = eligible
    ? lawfulRefundMethods(args, byLaw || basis === 'guarantee', reasons)
    : [];
  return {
    decision: {
      verdict: eligible,
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
