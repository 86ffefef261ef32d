// The 0.1 message helpers, kept as thin aliases over the failure catalog (src/failures.ts): one
// message per code, in one place.
import { describeValue } from '@meridian-cx/core';
import { message } from './failures.js';
import { message as ruleMessage } from './rules/failures.js';
import { message as regimeMessage } from './statutory/failures.js';

const text = (v: unknown): string => (typeof v === 'string' ? v : describeValue(v));
const list = (v: unknown): string => (Array.isArray(v) ? v.map(text).join(', ') : describeValue(v));

export type { ReturnsErrorCode } from './failures.js';

/**
 * The messages of the failure catalog with the 0.1 positional signatures (a compatibility alias;
 * new code reads `MeridianError#message`, or the catalog through the error's `code` and `params`).
 *
 * @example
 * returnsMessages.unknownRole('intern'); // 'Role "intern" is not in the authority table. …'
 * @since 0.1.0
 */
export const returnsMessages = {
  currencyMismatch: (what: string, got: string, expected: string) =>
    message('returns/currency-mismatch', { what, got, expected }),
  unknownReason: (lineId: string, reason: string, known: readonly string[]) =>
    message('returns/unknown-reason', {
      lineId: text(lineId),
      reason: text(reason),
      known: list(known),
    }),
  unknownLine: (lineId: string) => message('returns/unknown-line', { lineId }),
  orderMismatch: (requestOrderId: string, orderId: string) =>
    message('returns/order-mismatch', { requestOrderId, orderId }),
  quantityExceedsDelivered: (lineId: string, asked: number, delivered: number) =>
    message('returns/quantity-exceeds-delivered', { lineId, asked, delivered }),
  invalidQuantity: (lineId: string, quantity: number) =>
    message('returns/invalid-quantity', {
      lineId: text(lineId),
      quantity: describeValue(quantity),
    }),
  invalidAmount: (what: string, amount: number) =>
    message('returns/invalid-amount', { what: text(what), amount: describeValue(amount) }),
  duplicateLine: (lineId: string) => message('returns/duplicate-line', { lineId }),
  unknownJurisdiction: (code: string) =>
    regimeMessage('returns/unknown-jurisdiction', { jurisdiction: code }),
  invalidInstant: (what: string, value: string) =>
    message('returns/invalid-instant', { what, value }),
  unknownRole: (role: string) => message('returns/unknown-role', { role }),
  invalidRule: (detail: string) => ruleMessage('returns/invalid-rule', { detail }),
} as const;
