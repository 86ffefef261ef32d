import { parseWith, type Source } from '@meridian-cx/core';
import { cite } from '../cite.js';
import { indexOf } from '../dataset/registry.js';
import { fail } from '../failures.js';
import { CountrySchema } from '../schemas/codes.js';
import type { PaymentDataset } from '../types.js';

/** How prices are shown in a country, with the source. */
export type PresentationRule = {
  readonly country: string;
  readonly rule: 'tax-inclusive' | 'tax-exclusive';
  readonly source: Source;
  readonly asOf: string;
};

/**
 * Whether prices shown to consumers in a country include tax (EU VAT, UK VAT) or have it added at
 * checkout (US sales tax), as the dataset records it with its source.
 *
 * @param country - ISO 3166-1 alpha-2 code.
 * @param dataset - Required: `PAYMENT_DATASET`, or your own (a team's own rules come first in it).
 * @returns The rule, its source and the day it was checked.
 * @throws {ValidationError} `payments/invalid-country` for a code that is not ISO 3166.
 * @throws {MeridianError} `payments/no-dataset`, `payments/unknown-dataset`, `payments/unknown-country` when the dataset has no rule (e.g. JP).
 * @example
 * pricePresentation('DE', PAYMENT_DATASET).rule; // 'tax-inclusive'
 * @since 0.1.0
 */
export function pricePresentation(country: string, dataset: PaymentDataset): PresentationRule {
  indexOf(dataset, 'pricePresentation');
  const code = parseWith(CountrySchema, country, { package: 'payments', what: 'country' });
  const entry = dataset.presentation.find((p) => p.countries.includes(code));
  if (!entry) return fail('payments/unknown-country', { country: code });
  return {
    country: code,
    rule: entry.rule.value,
    source: cite(entry.rule.source),
    asOf: entry.rule.asOf,
  };
}
