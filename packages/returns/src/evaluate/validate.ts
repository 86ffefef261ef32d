import { format, MeridianError, type Money } from '@meridian-cx/core';
import { returnsMessages } from '../messages.js';
import { ReturnReasonCodeSchema } from '../schemas.js';
import type { Order, ReturnRequest } from '../types.js';
import type { OrderDeliveries } from './deliveries.js';

function mismatch(what: string, m: Money, currency: string): MeridianError {
  return new MeridianError(
    'returns',
    'returns/currency-mismatch',
    returnsMessages.currencyMismatch(what, m.currency, currency),
    { what, got: m.currency, expected: currency },
  );
}

/** Refuse orders that mix currencies or discount more than they sell. */
export function validateOrder(order: Order): void {
  const c = order.currency;
  let subtotal = 0;
  for (let i = 0; i < order.lines.length; i++) {
    const line = order.lines[i];
    if (!line) continue;
    if (line.unitPrice.currency !== c)
      throw mismatch(`order.lines[${i}].unitPrice`, line.unitPrice, c);
    if (line.tax && line.tax.currency !== c) throw mismatch(`order.lines[${i}].tax`, line.tax, c);
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new MeridianError(
        'returns',
        'returns/invalid-quantity',
        returnsMessages.invalidQuantity(line.id, line.quantity),
        { lineId: line.id, quantity: line.quantity },
      );
    }
    subtotal += line.unitPrice.amount * line.quantity;
  }
  if (order.discount) {
    if (order.discount.currency !== c) throw mismatch('order.discount', order.discount, c);
    if (order.discount.amount > subtotal) {
      const items = { amount: subtotal, currency: c };
      throw new MeridianError(
        'returns',
        'returns/discount-exceeds-items',
        returnsMessages.discountExceedsItems(format(order.discount, 'en'), format(items, 'en')),
        { discount: order.discount.amount, items: subtotal },
      );
    }
  }
  if (order.shipping) {
    if (order.shipping.charged.currency !== c)
      throw mismatch('order.shipping.charged', order.shipping.charged, c);
    const std = order.shipping.standardDelivery;
    if (std && std.currency !== c) throw mismatch('order.shipping.standardDelivery', std, c);
  }
}

// The reason decides fee waivers and the legal basis: a misspelt one must not pass as "no reason".
const REASONS: ReadonlySet<string> = new Set(ReturnReasonCodeSchema.options);

/**
 * Refuse requests naming unknown lines, twice the same line, an unknown reason, or more units
 * than delivered.
 */
export function validateRequest(
  request: ReturnRequest,
  deliveries: OrderDeliveries,
  currency: string,
): void {
  const lines = request.lines;
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k];
    if (!r) continue;
    if (!deliveries.byLine.has(r.lineId)) {
      throw new MeridianError(
        'returns',
        'returns/unknown-line',
        returnsMessages.unknownLine(r.lineId),
        {
          lineId: r.lineId,
        },
      );
    }
    if (r.reason !== undefined && !REASONS.has(r.reason)) {
      throw new MeridianError(
        'returns',
        'returns/unknown-reason',
        returnsMessages.unknownReason(r.lineId, String(r.reason), ReturnReasonCodeSchema.options),
        { lineId: r.lineId, reason: String(r.reason) },
      );
    }
    let dup = false;
    for (let j = 0; j < k; j++) if (lines[j]?.lineId === r.lineId) dup = true;
    if (dup) {
      throw new MeridianError(
        'returns',
        'returns/duplicate-line',
        returnsMessages.duplicateLine(r.lineId),
        {
          lineId: r.lineId,
        },
      );
    }
    if (!Number.isSafeInteger(r.quantity) || r.quantity <= 0) {
      throw new MeridianError(
        'returns',
        'returns/invalid-quantity',
        returnsMessages.invalidQuantity(r.lineId, r.quantity),
        { lineId: r.lineId, quantity: r.quantity },
      );
    }
    const lost = r.condition?.diminishedValue;
    if (lost !== undefined) {
      if (lost.currency !== currency) {
        throw mismatch(`request.lines[${k}].condition.diminishedValue`, lost, currency);
      }
      if (!Number.isSafeInteger(lost.amount) || lost.amount < 0) {
        throw new MeridianError(
          'returns',
          'returns/invalid-amount',
          returnsMessages.invalidAmount(
            `request.lines[${k}].condition.diminishedValue`,
            lost.amount,
          ),
          { what: `request.lines[${k}].condition.diminishedValue`, amount: lost.amount },
        );
      }
    }
    const delivered = deliveries.byLine.get(r.lineId)?.delivered ?? 0;
    if (r.quantity > delivered) {
      throw new MeridianError(
        'returns',
        'returns/quantity-exceeds-delivered',
        returnsMessages.quantityExceedsDelivered(r.lineId, r.quantity, delivered),
        { lineId: r.lineId, asked: r.quantity, delivered },
      );
    }
  }
}
