import { allocate, type CurrencyCode } from '@meridian-cx/core';
import type { Order } from '../../types.js';

/** Each order line's value and its share of the order-level discount, by index. */
export type LineValues = {
  readonly values: readonly number[];
  /** The discount of each line, or null when the order has none. */
  readonly discounts: readonly number[] | null;
};

/**
 * Phase 1: the value of each order line (unit price × quantity) and the order-level discount
 * split between them by value with core's `allocate` (largest remainders: the shares sum to the
 * discount exactly).
 */
export function prorateDiscount(order: Order): LineValues {
  const lines = order.lines;
  const values: number[] = new Array(lines.length);
  let anyValue = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as (typeof lines)[number];
    const v = l.unitPrice.amount * l.quantity;
    values[i] = v;
    if (v > 0) anyValue = true;
  }
  const total = order.discount?.amount ?? 0;
  if (total <= 0 || !anyValue) return { values, discounts: null };
  const currency = order.currency as CurrencyCode;
  return {
    values,
    discounts: allocate({ amount: total, currency }, values).map((x) => x.amount),
  };
}
