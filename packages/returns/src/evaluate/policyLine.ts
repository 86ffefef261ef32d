import type { BusinessCalendar, Reason } from '@meridian-cx/core';
import { BUILTIN_STEP, type PolicyPlan } from '../rules/policyPlan.js';
import type { RuleContext } from '../rules/types.js';
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

// The built-in step codes as plain locals (read once, not through the module binding per step).
const {
  categoryWindow: CATEGORY_WINDOW,
  seasonalWindow: SEASONAL_WINDOW,
  nonReturnableCategory: NON_RETURNABLE_CATEGORY,
  finalSale: FINAL_SALE,
  condition: CONDITION,
} = BUILTIN_STEP;

const NO_CONDITION: NonNullable<ReturnRequestLine['condition']> = {};

/** Run the policy's ordered rules over one requested line and decide the merchant window. */
export function policyLine(
  args: {
    readonly policy: ParsedReturnPolicy;
    readonly plan: PolicyPlan;
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
  const { policy, plan, zone, line } = args;
  const deliveryDate = delivery.at === null ? null : localDate(delivery.at, zone);
  const reasons: Reason[] = [];
  let windowDays = policy.windowDays;
  let until: string | undefined;
  let denied = false;
  const category = line.category;
  const cat = category === undefined ? undefined : plan.categories.get(category);
  const product = plan.products === null ? undefined : plan.products.get(line.sku);
  const needsPurchaseDate = plan.hasCustomRules || policy.seasonalWindows.length > 0;
  const purchaseDate = needsPurchaseDate ? localDate(args.placedMs, zone) : '';
  // One context object for all team rules; only windowDays changes between them.
  let ctx: { -readonly [K in keyof RuleContext]: RuleContext[K] } | undefined;
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    // The built-in rules, inline (same effects and reasons as their evaluate functions).
    if (step === CATEGORY_WINDOW) {
      const days = product?.windowDays;
      if (days !== undefined) {
        reasons.push(why('policy.product-window', { sku: line.sku, days }));
        windowDays = days;
      } else if (category !== undefined && cat?.windowDays !== undefined) {
        const days = cat.windowDays;
        reasons.push(why('policy.category-window', { category, days }));
        windowDays = days;
      }
    } else if (step === SEASONAL_WINDOW) {
      const seasonal = seasonalWindow(policy, purchaseDate);
      if (seasonal !== undefined) {
        reasons.push(seasonal.reason);
        if (until === undefined || seasonal.until > until) until = seasonal.until;
      }
    } else if (step === NON_RETURNABLE_CATEGORY) {
      if (category !== undefined && cat?.nonReturnable === true) {
        reasons.push(why('policy.non-returnable-category', { category }));
        denied = true;
      }
    } else if (step === FINAL_SALE) {
      const byProduct = product?.finalSale === true;
      if (byProduct || (category !== undefined && cat?.finalSale === true)) {
        reasons.push(
          why('policy.final-sale', byProduct ? { sku: line.sku } : { category: category ?? '' }),
        );
        denied = true;
      }
    } else if (step === CONDITION) {
      if (conditionUnmet(policy, args.request.condition ?? NO_CONDITION, reasons)) denied = true;
    } else if (step !== undefined && typeof step !== 'number') {
      if (ctx === undefined) {
        ctx = {
          policy,
          order: args.order,
          line,
          request: args.request,
          reason: args.request.reason ?? 'change-of-mind',
          zone,
          purchaseDate,
          deliveryDate,
          windowDays,
        };
      }
      ctx.windowDays = windowDays;
      const effect = step.evaluate(ctx);
      if (!effect) continue;
      if (effect.reasons) for (const r of effect.reasons) reasons.push(r);
      if (effect.windowDays !== undefined) windowDays = effect.windowDays;
      if (
        effect.returnableUntil !== undefined &&
        (until === undefined || effect.returnableUntil > until)
      ) {
        until = effect.returnableUntil;
      }
      if (effect.deny) denied = true;
    }
  }
  if (deliveryDate === null || delivery.at === null) {
    reasons.push(why('line.not-delivered', { lineId: line.id }));
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

/** The built-in seasonal-window rule: the latest season the purchase date falls in. */
function seasonalWindow(
  policy: ParsedReturnPolicy,
  purchaseDate: string,
): { readonly until: string; readonly reason: Reason } | undefined {
  let until: string | undefined;
  let id: string | undefined;
  for (const s of policy.seasonalWindows) {
    if (purchaseDate >= s.purchasedFrom && purchaseDate <= s.purchasedTo) {
      if (until === undefined || s.returnableUntil > until) {
        until = s.returnableUntil;
        id = s.id;
      }
    }
  }
  if (until === undefined || id === undefined) return undefined;
  return { until, reason: why('policy.seasonal-window', { id, returnableUntil: until }) };
}

/** The built-in condition rule: one reason per unmet requirement; true when any is unmet. */
function conditionUnmet(
  policy: ParsedReturnPolicy,
  declared: NonNullable<ReturnRequestLine['condition']>,
  reasons: Reason[],
): boolean {
  const required = policy.conditions;
  let unmet = false;
  if (required.unused && declared.unused === false) {
    reasons.push(why('policy.condition-unmet', { requirement: 'unused' }));
    unmet = true;
  }
  if (required.originalPackaging && declared.originalPackaging === false) {
    reasons.push(why('policy.condition-unmet', { requirement: 'original-packaging' }));
    unmet = true;
  }
  if (required.tagsAttached && declared.tagsAttached === false) {
    reasons.push(why('policy.condition-unmet', { requirement: 'tags-attached' }));
    unmet = true;
  }
  return unmet;
}
