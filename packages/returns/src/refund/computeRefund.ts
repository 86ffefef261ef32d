import type { CurrencyCode, Reason } from '@meridian-cx/core';
import type { StatutoryRegime } from '../statutory/types.js';
import type { Order, ParsedReturnPolicy, RefundBreakdown, RefundMethod } from '../types.js';
import { capFees } from './steps/capFees.js';
import { lineRefunds } from './steps/lineRefunds.js';
import { m } from './steps/money.js';
import { outboundShipping } from './steps/outboundShipping.js';
import { prorateDiscount } from './steps/prorateDiscount.js';
import { returnShippingFee } from './steps/returnShippingFee.js';
import { storeCreditBonus } from './steps/storeCreditBonus.js';
import { taxIncluded } from './steps/taxIncluded.js';
import type { RefundLineInput } from './steps/types.js';

export type { RefundLineInput } from './steps/types.js';

/**
 * The refund in exact minor units, in six phases, each a step of its own: the discount prorated
 * by line value (core allocate), each line's money with its restocking fee and diminished value,
 * outbound shipping where law or policy refunds it, the return-shipping fee, the cap that keeps
 * fees within the refund, and the store-credit bonus.
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
  const included = args.lines.length > 0 && taxIncluded(order, regime, reasons);
  const values = prorateDiscount(order);
  const l = lineRefunds({
    order,
    policy,
    regime,
    lines: args.lines,
    values,
    taxIncluded: included,
    currency: c,
    reasons,
  });
  const any = l.lines.length > 0;
  const outbound = any
    ? outboundShipping({
        order,
        policy,
        regime,
        allUnits: l.allUnits,
        anyByLaw: l.anyByLaw,
        reasons,
      })
    : 0;
  const shipping = any
    ? returnShippingFee({
        order,
        policy,
        regime,
        currency: c,
        anyChargeable: l.anyChargeable,
        anyByLaw: l.anyByLaw,
        reasons,
      })
    : 0;
  const gross = l.items - l.discount + (included ? 0 : l.tax) + outbound;
  const fees = capFees(
    gross,
    { restocking: l.restocking, shipping, diminished: l.diminished },
    reasons,
  );
  const total = gross - fees.restocking - fees.shipping - l.diminished;
  const bonus = storeCreditBonus(total, args.refundMethod, policy, c, reasons);
  return {
    currency: c,
    lines: l.lines,
    items: m(l.items, c),
    discount: m(l.discount, c),
    tax: m(l.tax, c),
    taxIncluded: included,
    outboundShipping: m(outbound, c),
    restockingFee: m(fees.restocking, c),
    returnShippingFee: m(fees.shipping, c),
    diminishedValue: m(l.diminished, c),
    total: m(total, c),
    storeCreditBonus: m(bonus, c),
    reasons,
  };
}
