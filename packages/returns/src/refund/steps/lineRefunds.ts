import type { CurrencyCode, Reason } from '@meridian-cx/core';
import type { StatutoryRegime } from '../../statutory/types.js';
import type { LineRefund, Order, ParsedReturnPolicy } from '../../types.js';
import { unitShare } from '../unitShare.js';
import { diminishedValue } from './diminishedValue.js';
import { m } from './money.js';
import type { LineValues } from './prorateDiscount.js';
import { restockingFee } from './restockingFee.js';
import type { RefundLineInput } from './types.js';

/** The money of the eligible lines, and the sums the later phases need. */
export type LineRefunds = {
  readonly lines: readonly LineRefund[];
  readonly items: number;
  readonly discount: number;
  readonly tax: number;
  readonly restocking: number;
  readonly diminished: number;
  /** Every unit of every order line comes back. */
  readonly allUnits: boolean;
  readonly anyByLaw: boolean;
  /** Some line comes back for a reason other than a fault. */
  readonly anyChargeable: boolean;
};

/**
 * Phase 2: each eligible line's items, discount share and tax share for the units that come back
 * (split unit by unit, the cheapest units first), its restocking fee and its diminished value.
 */
export function lineRefunds(args: {
  readonly order: Order;
  readonly policy: ParsedReturnPolicy;
  readonly regime: StatutoryRegime | null;
  readonly lines: readonly RefundLineInput[];
  readonly values: LineValues;
  readonly taxIncluded: boolean;
  readonly currency: CurrencyCode;
  readonly reasons: Reason[];
}): LineRefunds {
  const { order, policy, regime, values, currency: c, reasons } = args;
  const orderLines = order.lines;
  const out: LineRefund[] = [];
  let items = 0;
  let discount = 0;
  let tax = 0;
  let restocking = 0;
  let diminished = 0;
  let anyByLaw = false;
  let anyChargeable = false;
  let unitsBack = 0;
  for (const l of args.lines) {
    const i = l.index;
    const ol = orderLines[i] as (typeof orderLines)[number];
    if (l.quantity >= ol.quantity) unitsBack++;
    const gross = values.values[i] ?? 0;
    const net = gross - (values.discounts?.[i] ?? 0);
    const lineItems = unitShare(gross, l.quantity, ol.quantity);
    const lineNet = unitShare(net, l.quantity, ol.quantity);
    const lineTax = unitShare(ol.tax?.amount ?? 0, l.quantity, ol.quantity);
    const fee = restockingFee(l, lineNet, policy, regime, c, reasons);
    // What this line refunds: the tax is on top of the price only when prices exclude it.
    const room = lineNet + (args.taxIncluded ? 0 : lineTax) - fee;
    const dv = diminishedValue(l, room, order, regime, reasons);
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
  return {
    lines: out,
    items,
    discount,
    tax,
    restocking,
    diminished,
    // Request lines are unique and name order lines, so counting whole lines suffices.
    allUnits: unitsBack === orderLines.length,
    anyByLaw,
    anyChargeable,
  };
}
