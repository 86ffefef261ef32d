import { parseWith, type Reason, reason } from '@meridian-cx/core';
import { cite } from '../cite.js';
import { covers, indexOf, notCovered } from '../dataset/registry.js';
import { fail } from '../failures.js';
import type { PaymentDataset } from '../types.js';
import { type RefundRequest, RefundRequestSchema } from './input.js';
import { refundDeadline } from './refundDeadline.js';

/** How a refund reaches the customer. */
export type RefundRouteKind =
  | 'original-method'
  | 'provider-to-bank-account'
  | 'bank-transfer'
  | 'store-credit';

/** The bank details to collect from the customer for a transfer, with their source. */
export type DetailsToCollect = {
  readonly country: string;
  readonly fields: readonly { readonly id: string; readonly label: string }[];
  readonly source: { readonly title: string; readonly url: string };
};

/** One way a refund can go, with what it needs and why. */
export type RefundOption = {
  readonly route: RefundRouteKind;
  /** The last instant the provider accepts the refund, when its window is known. */
  readonly deadline?: string;
  readonly collect?: DetailsToCollect;
  readonly reasons: readonly Reason[];
};

/** What {@link refundRoute} answers: the route to take, and the alternatives. */
export type RefundDecision = RefundOption & { readonly alternatives: readonly RefundOption[] };

/**
 * How, and until when, a refund can reach a customer: back through the method while the
 * provider's window is open and its terms allow it (full or partial), else by a bank transfer
 * the merchant makes (with the bank details to collect in the customer's country) or store
 * credit the customer agrees to. Never a route the provider's data says is impossible: no refund
 * at all, a partial refund where only full ones are allowed, or a window that has closed.
 *
 * @param input - `method`, `provider`, `amount` to refund, `paid` (default `amount`), `paidAt`,
 *   `now`, `country` of the customer's bank (default the method's main country), and `dataset` (required:
 *   `PAYMENT_DATASET`, or your own from `definePaymentDataset`).
 * @returns The route, its deadline where known, the details to collect, the reasons, and the
 *   alternatives.
 * @throws {ValidationError} `payments/invalid-refund-request` (codes, amounts ≤ 0, instants).
 * @throws {MeridianError} `payments/no-dataset`, `payments/unknown-dataset`, `payments/unknown-method`, `payments/country-not-in-dataset`, `payments/no-terms`,
 *   `payments/currency-mismatch`, `payments/refund-exceeds-payment`, `payments/refund-before-payment`.
 * @example
 * refundRoute({ dataset: PAYMENT_DATASET, method: 'oxxo', provider: 'stripe', amount: { amount: 49_900, currency: 'MXN' },
 *   paidAt: '2026-11-02T18:00:00-06:00', now: '2026-11-30T10:00:00-06:00' }).route; // 'bank-transfer'
 * @since 0.1.0
 */
export function refundRoute(
  input: RefundRequest & { readonly dataset: PaymentDataset },
): RefundDecision {
  const { dataset, ...rest } = (
    typeof input === 'object' && input !== null ? input : {}
  ) as typeof input;
  const index = indexOf(dataset, 'refundRoute');
  const req = parseWith(RefundRequestSchema, rest, { package: 'payments', what: 'refund-request' });
  const method =
    index.byId.get(req.method) ?? fail('payments/unknown-method', { method: req.method });
  if (!index.providers.has(req.provider)) {
    fail('payments/unknown-provider', {
      provider: req.provider,
      known: [...index.providers].join(', '),
    });
  }
  const terms =
    method.providers.find((t) => t.provider === req.provider) ??
    fail('payments/no-terms', {
      method: method.id,
      provider: req.provider,
      offeredBy: method.providers.map((t) => t.provider).join(', '),
    });
  const paid = req.paid ?? req.amount;
  if (paid.currency !== req.amount.currency)
    fail('payments/currency-mismatch', { expected: paid.currency, got: req.amount.currency });
  if (req.amount.amount > paid.amount) {
    fail('payments/refund-exceeds-payment', {
      refund: req.amount.amount,
      paid: paid.amount,
      currency: paid.currency,
    });
  }
  const now = Date.parse(req.now);
  if (now < Date.parse(req.paidAt))
    fail('payments/refund-before-payment', { paidAt: req.paidAt, now: req.now });

  const partial = req.amount.amount < paid.amount;
  const provider = req.provider;
  // The customer's bank is in the country given, else in the method's first country that the
  // dataset speaks for (a regional dataset has the refund details of its own countries only).
  const country =
    req.country ?? method.countries.value.find((c) => covers(dataset, index, c)) ?? '';
  // A regional dataset refuses a bank country outside it rather than answer "details unknown"
  // where the whole dataset knows them; a dataset without `countries` answers for any country.
  if (req.country && dataset.countries && !dataset.countries.includes(req.country))
    notCovered(dataset, index, req.country);
  const details = dataset.refundDetails.find((d) => d.country === country);
  const collect: DetailsToCollect | undefined = details
    ? { country, fields: details.fields.value, source: cite(details.fields.source) }
    : undefined;
  const support = terms.refund;
  const window = terms.refundWindow;
  const deadline = window ? refundDeadline(req.paidAt, window.value) : undefined;
  const why: Reason[] = [];
  let direct: RefundOption | undefined;

  if (!support) {
    why.push(reason('refund.support-unknown', { method: method.id, provider }));
  } else if (support.value === 'none') {
    why.push(reason('refund.not-supported', { method: method.id, provider }, cite(support.source)));
  } else if (support.value === 'full' && partial) {
    why.push(
      reason('refund.partial-not-supported', { method: method.id, provider }, cite(support.source)),
    );
  } else if (deadline !== undefined && window && now > Date.parse(deadline)) {
    why.push(reason('refund.window-closed', { provider, deadline }, cite(window.source)));
  } else {
    const route: RefundRouteKind =
      support.value === 'to-bank-account' ? 'provider-to-bank-account' : 'original-method';
    const reasons = [
      reason(
        route === 'original-method'
          ? 'refund.to-original-method'
          : 'refund.provider-pays-to-bank-account',
        { method: method.id, provider, partial },
        cite(support.source),
      ),
      deadline !== undefined && window
        ? reason('refund.window-open', { provider, deadline }, cite(window.source))
        : reason('refund.window-unknown', { provider }),
    ];
    direct = {
      route,
      ...(deadline !== undefined ? { deadline } : {}),
      ...(route === 'provider-to-bank-account' && collect ? { collect } : {}),
      reasons,
    };
  }
  const transfer: RefundOption = {
    route: 'bank-transfer',
    ...(collect ? { collect } : {}),
    reasons: [
      reason('refund.merchant-bank-transfer', { country }),
      collect
        ? reason('refund.bank-details', { country }, cite(collect.source))
        : reason('refund.bank-details-unknown', { country }),
    ],
  };
  const credit: RefundOption = {
    route: 'store-credit',
    reasons: [reason('refund.store-credit-if-customer-agrees', {})],
  };
  if (direct) return { ...direct, alternatives: [] };
  return { ...transfer, reasons: [...why, ...transfer.reasons], alternatives: [credit] };
}
