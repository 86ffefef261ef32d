import { parseWith } from '@meridian-cx/core';
import type * as z from 'zod/mini';
import type {
  PricePresentationSchema,
  ProviderSchema,
  RefundDetailsSchema,
} from '../schemas/dataset.js';
import { PaymentDatasetSchema } from '../schemas/dataset.js';
import type { PaymentDataset, PaymentMethodInput } from '../types.js';
import { checkReferences } from './checkReferences.js';
import { register } from './registry.js';

/** What {@link definePaymentDataset} takes: a base to extend, and data to add or replace. */
export type PaymentDatasetSpec = {
  /** The dataset to start from (usually `PAYMENT_DATASET`). Default: an empty dataset. */
  readonly base?: PaymentDataset;
  /** What errors call the dataset. Default: the base's name with " (extended)", else none. */
  readonly name?: string;
  /**
   * The countries the dataset speaks for. Default: the base's, with the countries of the methods
   * you add (none when the base has none: every country its methods list).
   */
  readonly countries?: readonly string[];
  /** The day the team checked its entries. Default: the base's `asOf`, else required. */
  readonly asOf?: string;
  /** Providers to add; one with an existing id replaces it (your own contracts, your acquirer). */
  readonly providers?: readonly z.input<typeof ProviderSchema>[];
  /** Methods to add; one with an existing id replaces the base's entry whole. */
  readonly methods?: readonly PaymentMethodInput[];
  /** Method ids to drop from the base. */
  readonly remove?: readonly string[];
  /** Price-presentation rules to add (they take precedence over the base for their countries). */
  readonly presentation?: readonly z.input<typeof PricePresentationSchema>[];
  /** Refund-by-transfer details to add; one for an existing country replaces it. */
  readonly refundDetails?: readonly z.input<typeof RefundDetailsSchema>[];
};

function byId<T extends { readonly id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const out = new Map<string, T>();
  for (const entry of base) out.set(entry.id, entry);
  for (const entry of extra) out.set(entry.id, entry);
  return [...out.values()];
}

/**
 * Build a payment dataset from a base and a team's own data: providers you contract with, methods
 * you add or correct, methods you drop. Every entry is validated (a `ValidationError` names the
 * path of each bad field), ids must be unique and every reference must resolve. The result is the
 * only kind of dataset `recommendPaymentMethods` and `refundRoute` accept.
 *
 * @param spec - The base and the data to add, replace or remove; see {@link PaymentDatasetSpec}.
 * @returns A validated, frozen dataset.
 * @throws {ValidationError} `payments/invalid-dataset` when an entry does not fit the schema.
 * @throws {MeridianError} `payments/duplicate-id`, `payments/unknown-reference`.
 * @example
 * const mine = definePaymentDataset({ base: PAYMENT_DATASET, remove: ['giropay'] });
 * @since 0.1.0
 */
export function definePaymentDataset(spec: PaymentDatasetSpec): PaymentDataset {
  const spec_ = (typeof spec === 'object' && spec !== null ? spec : {}) as PaymentDatasetSpec;
  const base = spec_.base;
  const remove = new Set(Array.isArray(spec_.remove) ? spec_.remove : []);
  const added = (spec_.methods ?? []).flatMap(
    (m) => ((m as { countries?: { value?: unknown } }).countries?.value ?? []) as string[],
  );
  const countries =
    spec_.countries ?? (base?.countries ? [...new Set([...base.countries, ...added])] : undefined);
  const name = spec_.name ?? (base?.name ? `${base.name} (extended)` : undefined);
  const input = {
    ...(name !== undefined ? { name } : {}),
    ...(countries !== undefined ? { countries } : {}),
    asOf: spec_.asOf ?? base?.asOf,
    ...(base?.source ? { source: base.source } : {}),
    providers: byId(base?.providers ?? [], (spec_.providers ?? []) as never),
    methods: byId(base?.methods ?? [], (spec_.methods ?? []) as never).filter(
      (m) => !remove.has((m as { id: string }).id),
    ),
    presentation: [...(spec_.presentation ?? []), ...(base?.presentation ?? [])],
    refundDetails: [
      ...(spec_.refundDetails ?? []),
      ...(base?.refundDetails ?? []).filter(
        (d) =>
          !(spec_.refundDetails ?? []).some(
            (x) => (x as { country?: unknown }).country === d.country,
          ),
      ),
    ],
  };
  const parsed = parseWith(PaymentDatasetSchema, input, { package: 'payments', what: 'dataset' });
  checkReferences(parsed);
  return register(Object.freeze(parsed) as PaymentDataset);
}
