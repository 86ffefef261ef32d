import { fail } from '../failures.js';
import type { Order } from '../types.js';

const DAY = 86_400_000;

/** Delivery facts of one order line. */
export type LineDelivery = {
  /** Units delivered (or estimated delivered from fulfilment plus transit). */
  readonly delivered: number;
  /** When the last delivered unit arrived (epoch ms), or null when none yet. */
  readonly at: number | null;
  /** `delivered` when a carrier scan says so, `estimated` when fulfilment plus a buffer. */
  readonly basis: 'delivered' | 'estimated' | 'purchase' | 'none';
};

/** Delivery facts of a whole order. */
export type OrderDeliveries = {
  readonly byLine: ReadonlyMap<string, LineDelivery>;
  /** Last physical possession of the whole order, or null while any part is on its way. */
  readonly lastAt: number | null;
  /** First physical possession of any good of the order, or null when none has arrived. */
  readonly firstAt: number | null;
};

/**
 * Work out when each line reached the customer: a delivery scan, else fulfilment plus the
 * policy's transit buffer; an in-store order without shipments was handed over at purchase.
 */
export function orderDeliveries(
  order: Order,
  transitBufferDays: number,
  /** The instants as checkOrder parsed them (placedAt, then fulfilledAt and deliveredAt per shipment). */
  instants: readonly number[],
): OrderDeliveries {
  const byLine = new Map<
    string,
    { delivered: number; at: number | null; basis: LineDelivery['basis'] }
  >();
  for (const line of order.lines) byLine.set(line.id, { delivered: 0, at: null, basis: 'none' });
  const shipments = order.shipments ?? [];
  if (shipments.length === 0 && order.channel === 'in-store') {
    const at = instants[0] as number;
    for (const line of order.lines) {
      byLine.set(line.id, { delivered: line.quantity, at, basis: 'purchase' });
    }
    return { byLine, lastAt: at, firstAt: at };
  }
  // Digital content not on a tangible medium is not goods: it plays no part in when the goods
  // arrived (EU Art. 9(2)(b) counts goods), and without a shipment it was supplied at purchase.
  let digital: Set<string> | null = null;
  for (const line of order.lines) {
    if (line.digitalContent !== true) continue;
    digital ??= new Set();
    digital.add(line.id);
  }
  // -Infinity, not 0: a delivery before 1970 has a negative epoch time.
  let lastAt: number | null = shipments.length === 0 ? null : Number.NEGATIVE_INFINITY;
  let firstAt: number | null = null;
  for (let i = 0; i < shipments.length; i++) {
    const s = shipments[i];
    if (!s) continue;
    const goods = digital === null || s.lines.some((part) => !digital.has(part.lineId));
    let at: number | null = null;
    let basis: LineDelivery['basis'] = 'none';
    if (s.deliveredAt !== undefined) {
      at = instants[2 + 2 * i] as number;
      basis = 'delivered';
    } else if (s.fulfilledAt !== undefined) {
      const f = instants[1 + 2 * i] as number;
      at = f + transitBufferDays * DAY;
      basis = 'estimated';
    }
    if (goods) {
      if (at === null) lastAt = null;
      else if (lastAt !== null) lastAt = Math.max(lastAt, at);
      if (at !== null && (firstAt === null || at < firstAt)) firstAt = at;
    }
    for (let j = 0; j < s.lines.length; j++) {
      const part: { readonly lineId: string; readonly quantity: number } = s.lines[j] as never;
      const entry = byLine.get(part.lineId);
      if (!entry) {
        fail('returns/unknown-line', {
          lineId: part.lineId,
          what: `order.shipments[${i}].lines[${j}]`,
        });
      }
      if (at === null) continue;
      entry.delivered += part.quantity;
      if (entry.at === null || at > entry.at) {
        entry.at = at;
        entry.basis = basis;
      }
    }
  }
  // Units not covered by any shipment have not left the warehouse: the order is not complete.
  let placedMs: number | null = null;
  let anyGoods = false;
  for (const line of order.lines) {
    const entry = byLine.get(line.id);
    if (!entry) continue;
    if (digital?.has(line.id)) {
      if (entry.delivered === 0) {
        placedMs ??= instants[0] as number;
        byLine.set(line.id, { delivered: line.quantity, at: placedMs, basis: 'purchase' });
      }
      continue;
    }
    anyGoods = true;
    if (entry.delivered < line.quantity) lastAt = null;
  }
  // An order of digital content alone has no goods to wait for: it was complete at purchase.
  if (!anyGoods) {
    const at = placedMs ?? (instants[0] as number);
    return { byLine, lastAt: at, firstAt: at };
  }
  if (lastAt === Number.NEGATIVE_INFINITY) lastAt = null;
  return { byLine, lastAt, firstAt };
}
