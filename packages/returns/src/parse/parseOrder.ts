import { parseWith } from '@meridian-cx/core';
import { OrderSchema } from '../schemas.js';
import type { ParsedOrder } from '../types.js';

/**
 * Validate an order from outside (a shop webhook, an export).
 *
 * @param input - Untrusted JSON.
 * @returns The order with defaults filled in and instants as UTC ISO strings.
 * @throws {ValidationError} `returns/invalid-order`, naming each bad path.
 * @example
 * parseOrder(json).customer.type; // 'consumer' unless the order says 'business'
 * @since 0.1.0
 */
export function parseOrder(input: unknown): ParsedOrder {
  return parseWith(OrderSchema, input, { package: 'returns', what: 'order' });
}
