import { parseWith } from '@meridian-cx/core';
import { OrdersSchema } from '../schemas/tickets.js';
import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { Estimate, EstimateOptions } from '../types.js';

/**
 * Repeat-purchase rate: the share of customers who ordered in the period that ordered more than
 * once, with a Wilson interval.
 *
 * @param orders - Orders of the period, each with its `customerId`.
 * @param options - Confidence (0.95) and margin (0.05).
 * @returns The rate in percent over distinct customers.
 * @throws {ValidationError} `metrics/invalid-orders` when an order has no customer id.
 * @example
 * repeatPurchaseRate([{ customerId: 'a' }, { customerId: 'a' }, { customerId: 'b' }]).value; // 50
 * @since 0.1.0
 */
export function repeatPurchaseRate(orders: unknown, options: EstimateOptions = {}): Estimate {
  const parsed = parseWith(OrdersSchema, orders, { package: 'metrics', what: 'orders' });
  const perCustomer = new Map<string, number>();
  for (const o of parsed) perCustomer.set(o.customerId, (perCustomer.get(o.customerId) ?? 0) + 1);
  let repeat = 0;
  for (const c of perCustomer.values()) if (c > 1) repeat++;
  return proportionEstimate({
    ...options,
    metric: 'repeat-purchase-rate',
    successes: repeat,
    n: perCustomer.size,
  });
}
