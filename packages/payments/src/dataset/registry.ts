// Datasets are validated once, when they are built; the functions that read them accept only
// datasets built here (a WeakMap from the frozen object to its lookup index).
import { builtinRegionOf } from '../data/regions/countries.js';
import { fail } from '../failures.js';
import type { PaymentDataset, PaymentMethod } from '../types.js';

/** Lookups built once per dataset. */
export type DatasetIndex = {
  readonly byId: ReadonlyMap<string, PaymentMethod>;
  readonly byCountry: ReadonlyMap<string, readonly PaymentMethod[]>;
  readonly providers: ReadonlySet<string>;
};

const indexes = new WeakMap<object, DatasetIndex>();

/** Build and remember the index of a freshly validated dataset. */
export function register(dataset: PaymentDataset): PaymentDataset {
  const byId = new Map<string, PaymentMethod>();
  const byCountry = new Map<string, PaymentMethod[]>();
  const covered = dataset.countries ? new Set<string>(dataset.countries) : undefined;
  for (const method of dataset.methods) {
    byId.set(method.id, method);
    for (const country of method.countries.value) {
      if (covered && !covered.has(country)) continue;
      const list = byCountry.get(country) ?? [];
      list.push(method);
      byCountry.set(country, list);
    }
  }
  indexes.set(dataset, { byId, byCountry, providers: new Set(dataset.providers.map((p) => p.id)) });
  return dataset;
}

/**
 * The index of a dataset built by this package; fails `payments/no-dataset` when none was passed
 * (`fn` names the function for the message) and `payments/unknown-dataset` for anything else.
 */
export function indexOf(dataset: unknown, fn: string): DatasetIndex {
  if (dataset === undefined || dataset === null) return fail('payments/no-dataset', { fn });
  return (typeof dataset === 'object' && indexes.get(dataset)) || fail('payments/unknown-dataset');
}

/** How errors name a dataset: its name, else its size and day. */
export function nameOf(dataset: PaymentDataset): string {
  return dataset.name
    ? `The dataset "${dataset.name}"`
    : `The dataset passed (${dataset.methods.length} methods, as of ${dataset.asOf})`;
}

/** Whether a dataset speaks for a country: its `countries` when it has them, else any method's. */
export function covers(dataset: PaymentDataset, index: DatasetIndex, country: string): boolean {
  return dataset.countries
    ? dataset.countries.includes(country as never)
    : index.byCountry.has(country);
}

/** Throw `payments/country-not-in-dataset`, naming the dataset and the built-in region to add. */
export function notCovered(dataset: PaymentDataset, index: DatasetIndex, country: string): never {
  const region = builtinRegionOf(country);
  return fail('payments/country-not-in-dataset', {
    country,
    dataset: nameOf(dataset),
    countries: [...(dataset.countries ?? index.byCountry.keys())].sort().join(', ') || 'no country',
    hint: region
      ? ` (the built-in ${region} does; join it to yours with mergePaymentDatasets(yours, ${region}))`
      : '',
  });
}
