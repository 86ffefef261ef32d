import { METHOD_ENTRIES } from '../data/methods/index.js';
import { PRESENTATION } from '../data/presentation.js';
import { PROVIDERS } from '../data/providers.js';
import { REFUND_DETAILS } from '../data/refundDetails.js';
import { CHECKED } from '../data/sources.js';
import type { PaymentDataset } from '../types.js';
import { definePaymentDataset } from './definePaymentDataset.js';

/**
 * The built-in dataset: 62 methods covering the 43 markets of issue 12 (52 countries in all), each fact with its source, the provider
 * it speaks for and the day it was checked; providers, price-presentation rules and the bank
 * details a refund by transfer needs.
 *
 * @example
 * PAYMENT_DATASET.methods.find((m) => m.id === 'blik')?.providers.map((p) => p.provider);
 * @since 0.1.0
 */
export const PAYMENT_DATASET: PaymentDataset = /* @__PURE__ */ definePaymentDataset({
  asOf: CHECKED,
  providers: PROVIDERS,
  methods: METHOD_ENTRIES,
  presentation: PRESENTATION,
  refundDetails: REFUND_DETAILS,
});
