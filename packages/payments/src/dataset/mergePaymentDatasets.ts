import { fail } from '../failures.js';
import type { PaymentDataset } from '../types.js';
import { checkReferences } from './checkReferences.js';
import { indexOf, register } from './registry.js';

// Entries shared by two regions are the same object (cards, Apple Pay); an entry with the same
// key and different content is a conflict the caller must resolve, never a silent pick.
function union<T>(
  lists: readonly (readonly T[])[],
  key: (entry: T) => string,
  what: string,
): readonly T[] {
  const out = new Map<string, T>();
  for (const list of lists) {
    for (const entry of list) {
      const k = key(entry);
      const had = out.get(k);
      if (had !== undefined && had !== entry && JSON.stringify(had) !== JSON.stringify(entry))
        fail('payments/merge-conflict', { what, id: k });
      if (had === undefined) out.set(k, entry);
    }
  }
  return [...out.values()];
}

/**
 * Join datasets, such as the regions a storefront serves: every method, provider, presentation
 * rule and refund detail of each, once. An entry that two datasets share (cards are in every
 * region) is kept once; two different entries with the same id are refused, not picked.
 *
 * @param datasets - Datasets built by this package (`PAYMENTS_EUROPE`, `PAYMENTS_AMERICAS`, your
 *   own from `definePaymentDataset`); at least one.
 * @returns One registered dataset: its countries the union of theirs (or every country its
 *   methods list when one of them has no `countries`), its `asOf` the earliest of theirs, its
 *   name theirs joined by " + ".
 * @throws {MeridianError} `payments/no-dataset`, `payments/unknown-dataset`,
 *   `payments/merge-conflict`.
 * @example
 * const dataset = mergePaymentDatasets(PAYMENTS_EUROPE, PAYMENTS_AMERICAS);
 * recommendPaymentMethods({ dataset, country: 'MX', currency: 'MXN', amount: 49_900, device: 'desktop', at });
 * @since 0.1.0
 */
export function mergePaymentDatasets(...datasets: readonly PaymentDataset[]): PaymentDataset {
  for (const d of datasets.length > 0 ? datasets : [undefined]) indexOf(d, 'mergePaymentDatasets');
  const countries = datasets.every((d) => d.countries)
    ? [...new Set(datasets.flatMap((d) => d.countries ?? []))]
    : undefined;
  const names = datasets.map((d) => d.name).filter((n) => n !== undefined);
  const merged = {
    ...(names.length === datasets.length ? { name: names.join(' + ') } : {}),
    asOf: datasets.map((d) => d.asOf).sort()[0] as string,
    ...(countries ? { countries } : {}),
    providers: union(
      datasets.map((d) => d.providers),
      (p) => p.id,
      'provider',
    ),
    methods: union(
      datasets.map((d) => d.methods),
      (m) => m.id,
      'method',
    ),
    presentation: union(
      datasets.map((d) => d.presentation),
      (p) => JSON.stringify(p),
      'presentation rule',
    ),
    refundDetails: union(
      datasets.map((d) => d.refundDetails),
      (r) => r.country,
      'refund details of country',
    ),
  } as PaymentDataset;
  checkReferences(merged);
  return register(Object.freeze(merged));
}
