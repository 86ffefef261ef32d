import { METHOD_ENTRIES } from '../data/methods/index.js';
import { PRESENTATION } from '../data/presentation.js';
import { PROVIDERS } from '../data/providers.js';
import { REFUND_DETAILS } from '../data/refundDetails.js';
import { CHECKED } from '../data/sources.js';
import type { PaymentDataset } from '../types.js';
import { register } from './registry.js';

/**
 * The built-in dataset: 62 methods covering the 43 markets of issue 12 (52 countries in all), each
 * fact with its source, the provider it speaks for and the day it was checked; providers,
 * price-presentation rules and the bank details a refund by transfer needs. Pass it as `dataset`
 * to the functions that decide (dinero.js's currencies work the same way): a bundle carries it
 * only where it is imported.
 *
 * Its entries are validated by `PaymentDatasetSchema` in this package's tests (the schema's output
 * equals the data as written), not when a shopper's browser loads it: the validator stays out of
 * the data's weight.
 *
 * @example
 * recommendPaymentMethods({ dataset: PAYMENT_DATASET, country: 'PL', currency: 'PLN', amount: 4900, device: 'mobile', at: '2026-11-30T10:00:00+01:00' });
 * @since 0.1.0
 */
export const PAYMENT_DATASET: PaymentDataset = /* @__PURE__ */ register(
  Object.freeze({
    name: 'PAYMENT_DATASET',
    asOf: CHECKED,
    providers: PROVIDERS,
    methods: METHOD_ENTRIES,
    presentation: PRESENTATION,
    refundDetails: REFUND_DETAILS,
  }) as PaymentDataset,
);
