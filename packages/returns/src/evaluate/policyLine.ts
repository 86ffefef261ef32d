import type { BusinessCalendar, Reason } from '@meridian-cx/core';
import type { ReturnRule, RuleContext } from '../rules/types.js';
import { addDays, localDate } from '../time/zoneDay.js';
import type { Order, OrderLine, ParsedReturnPolicy, ReturnRequestLine } from '../types.js';
import { why } from '../why.js';
import { type DeadlineAt, endOfDay } from './deadline.js';
import type { LineDelivery } from './deliveries.js';

/** The merchant route for one line: what the policy and its rules say. */
export type PolicyOutcome = {
  readonly eligible: boolean;
  readonly denied: boolean;
  readonly windowDays: number;
  readonly deadline: DeadlineAt | null;
  /** Owned by the caller, who may append to it. */
  readonly reasons: Reason[];
};

/** Run the policy's ordered rules over one requested line and decide the merchant window. */
export function policyLine(
  args: {
    readonly policy: ParsedReturnPolicy;
    readonly rules: readonly ReturnRule[];
    readonly order: Order;
    readonly line: OrderLine;
    readonly request: ReturnRequestLine;
    readonly zone: string;
    readonly noticeMs: number;
    readonly placedMs: number;
    readonly calendar: BusinessCalendar | undefined;
  },
  delivery: LineDelivery,
): PolicyOutcome {
  const { policy, zone } = args;
  const deliveryDate = delivery.at === null ? null : localDate(delivery.at, zone);
  const reasons: Reason[] = [];
  let windowDays = policy.windowDays;
  let until: string | undefined;
  let denied = false;
  // One context object for all rules; only windowDays changes between them.
  const ctx: { -readonly [K in keyof RuleContext]: RuleContext[K] } = {
    policy,
    order: args.order,
    line: args.line,
    request: args.request,
    reason: args.request.reason ?? 'change-of-mind',
    zone,
    purchaseDate: localDate(args.placedMs, zone),
    deliveryDate,
    windowDays,
  };
  for (const rule of args.rules) {
    ctx.windowDays = windowDays;
    const effect = rule.evaluate(ctx);
    if (!effect) continue;
    if (effect.reasons) reasons.push(...effect.reasons);
    if (effect.windowDays !== undefined) windowDays = effect.windowDays;
    if (
      effect.returnableUntil !== undefined &&
      (until === undefined || effect.returnableUntil > until)
    ) {
      until = effect.returnableUntil;
    }
    if (effect.deny) denied = true;
  }
  if (deliveryDate === null || delivery.at === null) {
    reasons.push(why('line.not-delivered', { lineId: args.line.id }));
    return { eligible: false, denied, windowDays, deadline: null, reasons };
  }
  if (delivery.basis === 'estimated') {
    reasons.push(why('delivery.estimated', { transitBufferDays: policy.transitBufferDays }));
  }
  let last = addDays(deliveryDate, windowDays);
  if (until !== undefined && until > last) last = until;
  const deadline = endOfDay(last, zone, policy.extendToBusinessDay ? args.calendar : undefined);
  if (deadline.movedFrom !== undefined) {
    reasons.push(
      why('deadline.moved-to-business-day', { from: deadline.movedFrom, to: deadline.date }),
    );
  }
  const open = args.noticeMs <= deadline.ms;
  reasons.push(
    why(open ? 'policy.window-open' : 'policy.window-closed', {
      days: windowDays,
      lastDay: deadline.date,
    }),
  );
  return { eligible: open && !denied, denied, windowDays, deadline, reasons };
}
