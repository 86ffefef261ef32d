// Every way @meridian-cx/payments refuses an input: one catalog, typed codes, constant messages.
import { defineFailures } from '@meridian-cx/core';

// The failures of `@meridian-cx/payments`: `fail(code, params)` throws a `MeridianError`.
const paymentsFailures = defineFailures('payments', {
  'payments/unknown-method': (p: { method: string }) =>
    `"${p.method}" is not a payment method of the dataset. Use a method id such as "blik", "ideal" or "oxxo" (see PAYMENT_DATASET.methods), or add the method with definePaymentDataset.`,
  'payments/unknown-provider': (p: { provider: string; known: string }) =>
    `"${p.provider}" is not a provider of the dataset (known: ${p.known}). Add it with definePaymentDataset({ providers: [...] }) before naming it in a request.`,
  'payments/no-terms': (p: { method: string; provider: string; offeredBy: string }) =>
    `The dataset has no terms for "${p.method}" at "${p.provider}" (it has terms at: ${p.offeredBy || 'none'}). Pass a provider that offers the method, or add its terms with definePaymentDataset.`,
  'payments/currency-mismatch': (p: { expected: string; got: string }) =>
    `The amounts are in ${p.got} but the payment was in ${p.expected}: a refund is in the currency of the payment.`,
  'payments/refund-exceeds-payment': (p: { refund: number; paid: number; currency: string }) =>
    `The refund (${p.refund} minor units of ${p.currency}) is more than was paid (${p.paid}): refund at most the amount paid.`,
  'payments/refund-before-payment': (p: { paidAt: string; now: string }) =>
    `"now" (${p.now}) is before the payment (${p.paidAt}): pass the instant at which the refund is decided.`,
  'payments/no-rate': (p: { pair: string; pairs: string }) =>
    `The rate table has no rate for ${p.pair} (it has: ${p.pairs || 'none'}). Add "${p.pair}" to the table: Meridian never fetches or inverts rates.`,
  'payments/duplicate-id': (p: { what: string; id: string }) =>
    `The ${p.what} id "${p.id}" appears twice in the dataset: each id must be unique (use replace to change an entry).`,
  'payments/unknown-reference': (p: { what: string; id: string; at: string }) =>
    `${p.at} names ${p.what} "${p.id}", which the dataset does not have: add it, or fix the id.`,
  'payments/invalid-json': (p: { detail: string }) =>
    `The dataset is not valid JSON (${p.detail}): pass the parsed object or a JSON string.`,
  'payments/unknown-dataset': () =>
    'The dataset was not built by definePaymentDataset or parsePaymentDataset: pass it through one of them first, so that every entry is validated once.',
  'payments/no-dataset': (p: { fn: string }) =>
    `${p.fn} needs the dataset it decides from: pass \`dataset: PAYMENT_DATASET\` (import { PAYMENT_DATASET } from '@meridian-cx/payments'), or your own from definePaymentDataset. The data is an argument, so a checkout ships only the data it passes.`,
  'payments/country-not-in-dataset': (p: {
    country: string;
    dataset: string;
    countries: string;
    hint: string;
  }) =>
    `${p.dataset} has no payment method used in ${p.country} (it covers ${p.countries}). Pass a dataset that covers ${p.country}${p.hint}, or add its methods with definePaymentDataset({ base: PAYMENT_DATASET, methods: [...] }).`,
  'payments/merge-conflict': (p: { what: string; id: string }) =>
    `Two of the datasets merged have different entries for the ${p.what} "${p.id}": keep one with definePaymentDataset({ base, methods: [...] }) or remove it from one dataset before merging.`,
  'payments/unknown-country': (p: { country: string }) =>
    `The dataset has no price-presentation rule for ${p.country}: add one with definePaymentDataset({ presentation: [...] }).`,
});

export const fail: typeof paymentsFailures.fail = paymentsFailures.fail;

/**
 * Every error code `@meridian-cx/payments` throws with `fail` (validation errors add
 * `payments/invalid-<what>`), for logs, dashboards and exhaustive tests.
 *
 * @example
 * PAYMENTS_ERROR_CODES.includes('payments/no-rate'); // true
 * @since 0.1.0
 */
export const PAYMENTS_ERROR_CODES: readonly string[] = paymentsFailures.codes;

/** Every error code `@meridian-cx/payments` can throw. */
export type PaymentsErrorCode = (typeof paymentsFailures.codes)[number] | 'payments/invalid-input';
