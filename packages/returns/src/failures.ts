// The failures of @meridian-cx/returns, one message builder per code: what was wrong (the path and
// the value), and what to do. `fail(code, params)` throws; the code is checked at compile time.
import { defineFailures } from '@meridian-cx/core';
import type { codes as authorityCodes } from './authority/failures.js';
import type { codes as rmaCodes } from './rma/failures.js';
import type { codes as ruleCodes } from './rules/failures.js';
import type { codes as regimeCodes } from './statutory/failures.js';

const catalog = defineFailures('returns', {
  'returns/currency-mismatch': (p: { what: string; got: string; expected: string }) =>
    `${p.what} is in ${p.got} but the order is in ${p.expected}. Convert it first (core convert()) so every amount of an order shares one currency, or give the policy fee per currency (returnShipping.byCurrency).`,
  'returns/unknown-line': (p: { lineId: string; what?: string }) =>
    `${p.what ?? 'The return request'} names line "${p.lineId}", which is not in the order. Use the id of an order line.`,
  'returns/unknown-reason': (p: { lineId: string; reason: string; known: string }) =>
    `Line "${p.lineId}" gives the return reason "${p.reason}", which is not one of ${p.known}. Parse requests from outside with parseReturnRequest(), or map your own reasons onto these.`,
  'returns/order-mismatch': (p: { requestOrderId: string; orderId: string }) =>
    `The return request is for order "${p.requestOrderId}" but order "${p.orderId}" was given. Pass the order the request names.`,
  'returns/quantity-exceeds-delivered': (p: { lineId: string; asked: number; delivered: number }) =>
    `Line "${p.lineId}": ${p.asked} unit(s) asked back but only ${p.delivered} delivered. Ask for at most the delivered quantity.`,
  'returns/invalid-quantity': (p: { lineId: string; quantity: string; what?: string }) =>
    `${p.what ? `${p.what}: line` : 'Line'} "${p.lineId}": quantity ${p.quantity} is not a positive whole number. Return at least one unit.`,
  'returns/invalid-amount': (p: { what: string; amount: string }) =>
    `${p.what} is ${p.amount}: not a whole, non-negative number of minor units within Number.MAX_SAFE_INTEGER. Give the amount in minor units of the order's currency (1999 for 19.99 EUR).`,
  'returns/duplicate-line': (p: { lineId: string; what?: string }) =>
    `Line "${p.lineId}" appears twice in ${p.what ?? 'the return request'}. Merge the entries into one with the total quantity.`,

  'returns/regime-id': (p: { where: string; id: string; export?: string; exports: string }) =>
    p.export
      ? `${p.where} takes a regime object, not its code "${p.id}": import { ${p.export} } from '@meridian-cx/returns' and pass ${p.export}. Each regime is its own export, so a bundle carries only the law it imports; to choose one by code at run time, pass regimeByCode("${p.id}") (it brings every built-in regime).`
      : `${p.where} takes a regime object, and "${p.id}" is not even a built-in code. Import the regime you mean from '@meridian-cx/returns' (${p.exports}), or pass your own from defineRegime().`,
  'returns/regime-not-passed': (p: { country: string; export: string; passed: string }) =>
    `The customer's country ${p.country} has a statutory regime, ${p.export}, that is not among the regimes passed (${p.passed}): deciding without it would ignore the customer's rights. Import it (import { ${p.export} } from '@meridian-cx/returns') and add it to regimes, pass regimes: STATUTORY_REGIMES to serve every built-in law, or jurisdiction: null to decide on the policy alone on purpose.`,
  'returns/invalid-instant': (p: { what: string; value: string }) =>
    `${p.what} "${p.value}" is not an ISO 8601 instant with an offset or Z. Write it as "2026-03-02T10:00:00Z" or "2026-03-02T11:00:00+01:00".`,
  'returns/discount-exceeds-items': (p: { discount: number; items: number; currency: string }) =>
    `The order-level discount (order.discount.amount ${p.discount} ${p.currency}) is larger than the item subtotal (${p.items} ${p.currency}). Check the order total.`,
  'returns/date-out-of-range': (p: { what: string; date: string }) =>
    `${p.what} falls outside the years 0000–9999 (${p.date}). Check the order's instants (a "9999-12-31" that means "never" is not a delivery date) and keep windows within 36500 days.`,
  'returns/unknown-role': (p: { role: string }) =>
    `Role "${p.role}" is not in the authority table. Add it to the table or use one of its roles.`,

  'returns/invalid-policy': (p: { detail: string }) =>
    `Invalid policy: ${p.detail}. Pass policy data or the result of definePolicy().`,
  'returns/invalid-order': (p: { detail: string }) => `Invalid order: ${p.detail}.`,
  'returns/invalid-return-request': (p: { detail: string }) =>
    `Invalid return request: ${p.detail}.`,

  'returns/invalid-argument': (p: { what: string; expected: string; value: string }) =>
    `${p.what} must be ${p.expected}; got ${p.value}.`,
});

// Annotated, so that TypeScript narrows after a call (`fail` never returns). The others are read
// through pure calls, so that a bundle that only throws drops them (a bare property read stays).
/** Throw the MeridianError of a returns code, its message built from `params`. */
export const fail: typeof catalog.fail = catalog.fail;
/** Build (without throwing) the MeridianError of a returns code. */
export const failure: typeof catalog.failure = /* @__PURE__ */ (() => catalog.failure)();
/** The message a returns code carries with `params`. */
export const message: typeof catalog.message = /* @__PURE__ */ (() => catalog.message)();
/** Every returns error code. */
export const codes: typeof catalog.codes = /* @__PURE__ */ (() => catalog.codes)();

/**
 * Every error code this package throws (ValidationErrors use the `returns/invalid-*` ones).
 *
 * @since 0.1.0
 */
export type ReturnsErrorCode =
  | (typeof codes)[number]
  | (typeof ruleCodes)[number]
  | (typeof rmaCodes)[number]
  | (typeof regimeCodes)[number]
  | (typeof authorityCodes)[number];

/**
 * A value for an error message, whatever it is: core's describeValue (never throws, at most 80
 * characters and a length note), the one value describer every package's messages share.
 */
export { describeValue as show } from '@meridian-cx/core';
