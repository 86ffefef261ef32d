import { allocate, type CurrencyCode, type Money, type Reason } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { StatutoryRegime } from '../statutory/types.js';
import type {
  LineRefund,
  Order,
  ParsedReturnPolicy,
  RefundBreakdown,
  RefundMethod,
  ReturnReasonCode,
} from '../types.js';
import { why } from '../why.js';
import { percentOf } from './percentOf.js';
import { unitShare } from './unitShare.js';

/** One eligible line going into the refund. */
export type RefundLineInput = {
  readonly lineId: string;
  readonly quantity: number;
  readonly reason: ReturnReasonCode;
  /** The line is back on the statutory withdrawal footing (law forbids other charges). */
  readonly byLaw: boolean;
  /** The line is back as faulty goods (legal guarantee or a faulty reason). */
  readonly faulty: boolean;
  /** Value lost through handling, as assessed by the merchant, in minor units (0: none). */
  readonly diminishedValue?: number;
};

/** The law puts the direct cost of return on the trader (Brazil), or on a trader who did not inform (EU). */
function traderBearsReturnCost(regime: StatutoryRegime, order: Order): boolean {
  const rc = regime.returnCost;
  if (!rc) return false;
  return (
    rc.payer === 'trader' || (rc.traderPaysIfNotInformed && order.returnCostInfoGiven === false)
  );
}

/**
 * What may be deducted for value lost through handling, at most `room` (the line's own refund):
 * never for faulty goods; on the statutory withdrawal only where the law makes the consumer
 * liable (EU Art. 14(2)) and the consumer was told of the right; on the merchant's own policy,
 * as the merchant assessed it. Pushes the reason.
 */
function diminishedValue(
  l: RefundLineInput,
  lost: number,
  room: number,
  order: Order,
  regime: StatutoryRegime | null,
  reasons: Reason[],
): number {
  if (l.faulty) {
    reasons.push(why('fees.diminished-value-waived', { lineId: l.lineId, because: l.reason }));
    return 0;
  }
  const amount = Math.max(0, Math.min(lost, room));
  if (!l.byLaw) {
    reasons.push(why('fees.diminished-value', { lineId: l.lineId, amount }));
    return amount;
  }
  const rule = regime?.withdrawal?.diminishedValue;
  if (rule === undefined) {
    reasons.push(
      why('statutory.diminished-value-not-encoded', {
        lineId: l.lineId,
        regime: regime?.code ?? '',
      }),
    );
    return 0;
  }
  if (order.withdrawalInfoGiven === false) {
    reasons.push(
      why('statutory.diminished-value-not-chargeable', { lineId: l.lineId }, rule.source),
    );
    return 0;
  }
  reasons.push(why('statutory.diminished-value', { lineId: l.lineId, amount }, rule.source));
  return amount;
}

// Zero amounts recur in every breakdown: share one frozen zero per currency.
const zeros = new Map<string, Money>();

function m(amount: number, currency: CurrencyCode): Money {
  if (amount !== 0) return { amount, currency };
  let z = zeros.get(currency);
  if (!z) {
    z = Object.freeze({ amount: 0, currency });
    zeros.set(currency, z);
  }
  return z;
}

/**
 * The refund in exact minor units: item prices with order-level discounts prorated by line value
 * (core allocate), tax, outbound shipping where law or policy refunds it, restocking and return
 * shipping fees (core multiply, half-even), and the total.
 */
export function computeRefund(args: {
  readonly order: Order;
  readonly policy: ParsedReturnPolicy;
  readonly regime: StatutoryRegime | null;
  readonly lines: readonly RefundLineInput[];
  readonly refundMethod: RefundMethod | undefined;
}): RefundBreakdown {
  const { order, policy, regime } = args;
  const c = order.currency as CurrencyCode;
  const reasons: Reason[] = [];
  const orderLines = order.lines;
  const values: number[] = new Array(orderLines.length);
  let anyValue = false;
  for (let i = 0; i < orderLines.length; i++) {
    const l = orderLines[i] as (typeof orderLines)[number];
    const v = l.unitPrice.amount * l.quantity;
    values[i] = v;
    if (v > 0) anyValue = true;
  }
  const discountTotal = order.discount?.amount ?? 0;
  const discounts =
    discountTotal > 0 && anyValue
      ? allocate(m(discountTotal, c), values).map((x) => x.amount)
      : null;
  const waived = policy.fees.restockingWaivedFor;
  const rate = policy.fees.restockingPercent;
  const out: LineRefund[] = [];
  let items = 0;
  let discount = 0;
  let tax = 0;
  let restocking = 0;
  let diminished = 0;
  let allUnits = true;
  let anyByLaw = false;
  let anyChargeable = false;
  const lines = args.lines;
  for (let j = 0; j < orderLines.length; j++) {
    const ol = orderLines[j] as (typeof orderLines)[number];
    let back = 0;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k] as RefundLineInput;
      if (l.lineId === ol.id) {
        back = l.quantity;
        break;
      }
    }
    if (back < ol.quantity) allUnits = false;
  }
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as RefundLineInput;
    let i = -1;
    for (let j = 0; j < orderLines.length; j++) {
      if (orderLines[j]?.id === l.lineId) {
        i = j;
        break;
      }
    }
    const ol = orderLines[i];
    if (!ol) fail('returns/unknown-line', { lineId: l.lineId });
    const gross = values[i] ?? 0;
    const net = gross - (discounts === null ? 0 : (discounts[i] ?? 0));
    const lineItems = unitShare(gross, l.quantity, ol.quantity);
    const lineNet = unitShare(net, l.quantity, ol.quantity);
    const lineTax = unitShare(ol.tax?.amount ?? 0, l.quantity, ol.quantity);
    let fee = 0;
    if (rate > 0 && lineNet > 0) {
      if (l.faulty || waived.includes(l.reason)) {
        reasons.push(why('fees.restocking-waived', { lineId: l.lineId, because: l.reason }));
      } else if (l.byLaw && regime?.refund?.noOtherCharges) {
        reasons.push(
          why(
            'statutory.no-restocking-fee',
            { lineId: l.lineId, regime: regime.code },
            regime.refund.provenance.source,
          ),
        );
      } else {
        fee = percentOf(lineNet, rate, c);
        reasons.push(why('fees.restocking', { lineId: l.lineId, percent: rate, amount: fee }));
      }
    }
    const lost = l.diminishedValue ?? 0;
    const dv =
      lost > 0 ? diminishedValue(l, lost, lineNet + lineTax - fee, order, regime, reasons) : 0;
    if (l.byLaw) anyByLaw = true;
    if (!l.faulty) anyChargeable = true;
    items += lineItems;
    discount += lineItems - lineNet;
    tax += lineTax;
    restocking += fee;
    diminished += dv;
    out.push({
      lineId: l.lineId,
      quantity: l.quantity,
      items: m(lineItems, c),
      discount: m(lineItems - lineNet, c),
      tax: m(lineTax, c),
      restockingFee: m(fee, c),
      diminishedValue: m(dv, c),
    });
  }
  // Outbound delivery comes back when the whole order comes back: by law (standard delivery
  // only, EU Art. 13(2)) or because the policy says so.
  let outbound = 0;
  if (order.shipping && out.length > 0) {
    const lawRefundsDelivery = anyByLaw && regime?.refund?.includesOutboundDelivery === true;
    if (allUnits && lawRefundsDelivery) {
      const std = order.shipping.standardDelivery ?? order.shipping.charged;
      outbound = Math.min(std.amount, order.shipping.charged.amount);
      reasons.push(
        why(
          'statutory.outbound-delivery-refunded',
          { regime: regime?.code ?? '', amount: outbound },
          regime?.refund?.provenance.source,
        ),
      );
    } else if (allUnits && policy.refundsOutboundShipping) {
      outbound = order.shipping.charged.amount;
      reasons.push(why('policy.outbound-shipping-refunded', { amount: outbound }));
    } else if (lawRefundsDelivery || policy.refundsOutboundShipping) {
      reasons.push(why('refund.outbound-shipping-partial-return', {}));
    }
  }
  let shippingFee = 0;
  const rs = policy.fees.returnShipping;
  const tier = order.customer.tier;
  if (out.length > 0 && rs.kind !== 'free') {
    if (!anyChargeable) {
      reasons.push(why('fees.return-shipping-waived', { because: 'faulty' }));
    } else if (tier !== undefined && policy.fees.freeReturnTiers.includes(tier)) {
      reasons.push(why('fees.return-shipping-waived', { because: 'tier', tier }));
    } else if (anyByLaw && regime?.returnCost && traderBearsReturnCost(regime, order)) {
      reasons.push(
        why(
          'statutory.return-cost-on-trader',
          { regime: regime.code },
          regime.returnCost.provenance.source,
        ),
      );
    } else if (rs.kind === 'customer-label') {
      reasons.push(why('fees.customer-paid-label', {}));
    } else {
      const local = rs.byCurrency?.[c];
      if (local === undefined && rs.amount.currency !== c) {
        fail('returns/currency-mismatch', {
          what: 'policy.fees.returnShipping.amount',
          got: rs.amount.currency,
          expected: c,
        });
      }
      shippingFee = local ?? rs.amount.amount;
      reasons.push(why('fees.return-shipping', { amount: shippingFee }));
    }
  }
  const gross = items - discount + tax + outbound;
  if (restocking + shippingFee + diminished > gross) {
    // Fees never turn a refund into a bill: cap them at what would be refunded. (The diminished
    // value and the restocking fee are already within each line's own refund.)
    const cut = restocking + shippingFee + diminished - gross;
    const fromShipping = Math.min(cut, shippingFee);
    shippingFee -= fromShipping;
    restocking -= cut - fromShipping;
    reasons.push(why('fees.capped', { amount: cut }));
  }
  const total = gross - restocking - shippingFee - diminished;
  let bonus = 0;
  const bonusPct = policy.refundMethods.storeCreditBonusPercent;
  if (args.refundMethod === 'store-credit' && bonusPct > 0 && total > 0) {
    bonus = percentOf(total, bonusPct, c);
    reasons.push(why('refund.store-credit-bonus', { percent: bonusPct, amount: bonus }));
  }
  return {
    currency: c,
    lines: out,
    items: m(items, c),
    discount: m(discount, c),
    tax: m(tax, c),
    outboundShipping: m(outbound, c),
    restockingFee: m(restocking, c),
    returnShippingFee: m(shippingFee, c),
    diminishedValue: m(diminished, c),
    total: m(total, c),
    storeCreditBonus: m(bonus, c),
    reasons,
  };
}
