// The checks a schema cannot make: amounts in the order's currency, a discount within the items,
// request lines that exist, appear once and were delivered. They run after checkInput.ts, on input
// whose shape is known good.
import type { Money } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { Order, ReturnRequest } from '../types.js';
import type { OrderDeliveries } from './deliveries.js';

function sameCurrency(what: string, m: Money | undefined, expected: string): void {
  if (m !== undefined && m.currency !== expected) mismatch(what, m, expected);
}

// The field name of an error is built only when there is one: the checks run for every line.
function mismatch(what: string, m: Money, expected: string): never {
  fail('returns/currency-mismatch', { what, got: m.currency, expected });
}

/** Refuse orders that mix currencies, overflow safe integers, or discount more than they sell. */
export function validateOrder(order: Order): void {
  const c = order.currency;
  let subtotal = 0;
  for (let i = 0; i < order.lines.length; i++) {
    const line = order.lines[i] as Order['lines'][number];
    if (line.unitPrice.currency !== c) mismatch(`order.lines[${i}].unitPrice`, line.unitPrice, c);
    if (line.tax !== undefined && line.tax.currency !== c) {
      mismatch(`order.lines[${i}].tax`, line.tax, c);
    }
    subtotal += line.unitPrice.amount * line.quantity;
    if (!Number.isSafeInteger(subtotal)) {
      fail('returns/invalid-amount', {
        what: `order.lines[${i}].unitPrice.amount × quantity (the running item subtotal)`,
        amount: String(subtotal),
      });
    }
  }
  if (order.discount) {
    sameCurrency('order.discount', order.discount, c);
    if (order.discount.amount > subtotal) {
      fail('returns/discount-exceeds-items', {
        discount: order.discount.amount,
        items: subtotal,
        currency: c,
      });
    }
  }
  if (order.shipping) {
    sameCurrency('order.shipping.charged', order.shipping.charged, c);
    sameCurrency('order.shipping.standardDelivery', order.shipping.standardDelivery, c);
  }
}

/**
 * Refuse requests naming unknown lines, the same line twice, more units than delivered, or a
 * diminished value in another currency.
 */
export function validateRequest(
  request: ReturnRequest,
  deliveries: OrderDeliveries,
  order: Order,
  /** The law lets the consumer withdraw before delivery: units on their way may be asked back. */
  beforeDelivery: boolean,
): void {
  const currency = order.currency;
  const lines = request.lines;
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k] as ReturnRequest['lines'][number];
    const entry = deliveries.byLine.get(r.lineId);
    if (!entry) fail('returns/unknown-line', { lineId: r.lineId });
    for (let j = 0; j < k; j++) {
      if (lines[j]?.lineId === r.lineId) fail('returns/duplicate-line', { lineId: r.lineId });
    }
    const dv = r.condition?.diminishedValue;
    if (dv !== undefined && dv.currency !== currency) {
      mismatch(`request.lines[${k}].condition.diminishedValue`, dv, currency);
    }
    let delivered = entry.delivered;
    if (beforeDelivery) for (const l of order.lines) if (l.id === r.lineId) delivered = l.quantity;
    if (r.quantity > delivered) {
      fail('returns/quantity-exceeds-delivered', {
        lineId: r.lineId,
        asked: r.quantity,
        delivered,
      });
    }
  }
}
