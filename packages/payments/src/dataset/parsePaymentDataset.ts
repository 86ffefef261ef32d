import { parseWith } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { PaymentDatasetSchema } from '../schemas/dataset.js';
import type { PaymentDataset } from '../types.js';
import { checkReferences } from './checkReferences.js';
import { register } from './registry.js';

/**
 * Read a whole dataset from JSON (a CMS export, a file a policy team maintains): every entry is
 * validated, ids must be unique and every reference must resolve.
 *
 * @param json - The dataset as a JSON string or as the already-parsed value.
 * @returns A validated, frozen dataset that `recommendPaymentMethods` and `refundRoute` accept.
 * @throws {ValidationError} `payments/invalid-dataset`, naming the path of every bad field
 *   (`methods.3.providers.0.max.value.0.amount`).
 * @throws {MeridianError} `payments/invalid-json`, `payments/duplicate-id`, `payments/unknown-reference`.
 * @example
 * const dataset = parsePaymentDataset(JSON.stringify(PAYMENT_DATASET));
 * @since 0.1.0
 */
export function parsePaymentDataset(json: unknown): PaymentDataset {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      fail('payments/invalid-json', { detail: e instanceof Error ? e.message : String(e) });
    }
  }
  const parsed = parseWith(PaymentDatasetSchema, value, { package: 'payments', what: 'dataset' });
  checkReferences(parsed);
  return register(Object.freeze(parsed) as PaymentDataset);
}
