// Error codes and messages of @meridian-cx/returns. Messages say what was wrong and what to do.

/**
 * Every error code this package throws.
 *
 * @since 0.1.0
 */
export type ReturnsErrorCode =
  | 'returns/currency-mismatch'
  | 'returns/unknown-line'
  | 'returns/unknown-reason'
  | 'returns/order-mismatch'
  | 'returns/quantity-exceeds-delivered'
  | 'returns/invalid-quantity'
  | 'returns/invalid-amount'
  | 'returns/duplicate-line'
  | 'returns/unknown-jurisdiction'
  | 'returns/invalid-instant'
  | 'returns/discount-exceeds-items'
  | 'returns/unknown-role'
  | 'returns/invalid-rule'
  | 'returns/invalid-policy'
  | 'returns/invalid-order'
  | 'returns/invalid-return-request'
  | 'returns/invalid-authority-table'
  | 'returns/invalid-regime';

/**
 * Message constants, one per code; tests check a few of them word for word.
 *
 * @example
 * returnsMessages.unknownRole('intern'); // 'Role "intern" is not in the authority table. …'
 * @since 0.1.0
 */
export const returnsMessages = {
  currencyMismatch: (what: string, got: string, expected: string) =>
    `${what} is in ${got} but the order is in ${expected}. Convert it first (core convert()) so every amount of an order shares one currency, or give the policy fee per currency (returnShipping.byCurrency).`,
  unknownReason: (lineId: string, reason: string, known: readonly string[]) =>
    `Line "${lineId}" gives the return reason "${reason}", which is not one of ${known.join(', ')}. Parse requests from outside with parseReturnRequest(), or map your own reasons onto these.`,
  unknownLine: (lineId: string) =>
    `The return request names line "${lineId}", which is not in the order. Use the id of an order line.`,
  orderMismatch: (requestOrderId: string, orderId: string) =>
    `The return request is for order "${requestOrderId}" but order "${orderId}" was given. Pass the order the request names.`,
  quantityExceedsDelivered: (lineId: string, asked: number, delivered: number) =>
    `Line "${lineId}": ${asked} unit(s) asked back but only ${delivered} delivered. Ask for at most the delivered quantity.`,
  invalidQuantity: (lineId: string, quantity: number) =>
    `Line "${lineId}": quantity ${quantity} is not a positive whole number. Return at least one unit.`,
  invalidAmount: (what: string, amount: number) =>
    `${what} is ${amount}: not a whole, non-negative number of minor units. Give the amount in minor units of the order's currency (1999 for 19.99 EUR).`,
  duplicateLine: (lineId: string) =>
    `Line "${lineId}" appears twice in the return request. Merge the entries into one with the total quantity.`,
  unknownJurisdiction: (code: string) =>
    `No statutory regime is registered for "${code}". Use one of the built-in codes (EU, GB, BR, CN, KR, JP, TR, AU, US) or pass your own regime.`,
  invalidInstant: (what: string, value: string) =>
    `${what} "${value}" is not an ISO 8601 instant with an offset or Z. Write it as "2026-03-02T10:00:00Z" or "2026-03-02T11:00:00+01:00".`,
  discountExceedsItems: (discount: string, items: string) =>
    `The order-level discount ${discount} is larger than the item subtotal ${items}. Check the order total.`,
  unknownRole: (role: string) =>
    `Role "${role}" is not in the authority table. Add it to the table or use one of its roles.`,
  invalidRule: (detail: string) => `Invalid rule: ${detail}.`,
} as const;
