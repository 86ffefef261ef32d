import { parseWith } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { indexOf } from '../dataset/registry.js';
import { unavailability } from '../recommend/availability.js';
import { compareByPopularity } from '../recommend/popularity.js';
import { CountrySchema } from '../schemas/codes.js';
import type { PaymentDataset } from '../types.js';

/** One row of the countries table: a country and its top methods on the dataset's day. */
export type CountryTopMethods = { readonly country: string; readonly methods: readonly string[] };

const Options = z.object({ top: z.optional(z.int().check(z.minimum(1), z.maximum(20))) });

/**
 * The top methods of every country of a dataset, in the order `recommendPaymentMethods` shows
 * them (sourced popularity), keeping only methods that take payments on the dataset's `asOf` day
 * at one provider at least (Sofort ended at every provider of the dataset, so it is not listed).
 * The guide's table of countries is generated from this, and a test fails when they drift.
 *
 * @param options - `top`: how many methods per country (default 3), `dataset` (required).
 * @returns One row per country, sorted by country code.
 * @example
 * countryTopMethods({ dataset: PAYMENT_DATASET, top: 2 }).find((r) => r.country === 'PL')?.methods; // ['BLIK', 'Przelewy24']
 * @since 0.1.0
 */
export function countryTopMethods(options: {
  readonly top?: number;
  readonly dataset: PaymentDataset;
}): CountryTopMethods[] {
  const { dataset, ...rest } = (
    typeof options === 'object' && options !== null ? options : {}
  ) as typeof options;
  const index = indexOf(dataset, 'countryTopMethods');
  const { top = 3 } = parseWith(Options, rest, { package: 'payments', what: 'table-options' });
  const day = Date.parse(`${dataset.asOf}T12:00:00Z`);
  return [...index.byCountry.keys()]
    .filter((c) => CountrySchema.safeParse(c).success)
    .sort()
    .map((country) => ({
      country,
      methods: [...(index.byCountry.get(country) ?? [])]
        .filter(
          (m) =>
            !unavailability(day, m.availableFrom?.value, m.availableUntil?.value) &&
            m.providers.some(
              (t) => !unavailability(day, t.availableFrom?.value, t.availableUntil?.value),
            ),
        )
        .sort(compareByPopularity(country))
        .slice(0, top)
        .map((m) => m.name),
    }));
}

/**
 * Render {@link countryTopMethods} as a Markdown table (what docs/payments.md embeds).
 *
 * @param options - As for {@link countryTopMethods}.
 * @returns The table, one line per country.
 * @example
 * renderCountryTable({ dataset: PAYMENT_DATASET, top: 3 }).split('\n')[0]; // '| country | top methods |'
 * @since 0.1.0
 */
export function renderCountryTable(options: {
  readonly top?: number;
  readonly dataset: PaymentDataset;
}): string {
  const rows = countryTopMethods(options);
  return [
    '| country | top methods |',
    '|---|---|',
    ...rows.map((r) => `| ${r.country} | ${r.methods.join(', ').replaceAll('|', '\\|')} |`),
  ].join('\n');
}
