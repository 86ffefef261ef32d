import { parseWith } from '@meridian-cx/core';
import type * as z from 'zod/mini';
import { fail } from '../failures.js';
import type {
  PricePresentationSchema,
  ProviderSchema,
  RefundDetailsSchema,
} from '../schemas/dataset.js';
import { PaymentDatasetSchema } from '../schemas/dataset.js';
import type { PaymentDataset, PaymentMethodInput } from '../types.js';
import { register } from './registry.js';

/** What {@link definePaymentDataset} takes: a base to extend, and data to add or replace. */
export type PaymentDatasetSpec = {
  /** The dataset to start from (usually `PAYMENT_DATASET`). Default: an empty dataset. */
  readonly base?: PaymentDataset;
  /** What errors call the dataset. Default: the base's name with " (extended)", else none. */
  readonly name?: string;
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

/** Check what a schema cannot: unique ids and references that point inside the dataset. */
export function checkReferences(dataset: z.output<typeof PaymentDatasetSchema>): void {
  const providers = new Set<string>();
  for (const p of dataset.providers) {
    if (providers.has(p.id)) fail('payments/duplicate-id', { what: 'provider', id: p.id });
    providers.add(p.id);
  }
  const methods = new Set<string>();
  for (const m of dataset.methods) {
    if (methods.has(m.id)) fail('payments/duplicate-id', { what: 'method', id: m.id });
    methods.add(m.id);
  }
  dataset.methods.forEach((m, i) => {
    const seen = new Set<string>();
    m.providers.forEach((t, j) => {
      const at = `methods[${i}] (${m.id}).providers[${j}]`;
      if (!providers.has(t.provider))
        fail('payments/unknown-reference', { what: 'provider', id: t.provider, at });
      if (seen.has(t.provider))
        fail('payments/duplicate-id', { what: `provider terms of ${m.id}`, id: t.provider });
      seen.add(t.provider);
      if (t.successor && !methods.has(t.successor.value)) {
        fail('payments/unknown-reference', {
          what: 'method',
          id: t.successor.value,
          at: `${at}.successor`,
        });
      }
    });
    if (m.successor && !methods.has(m.successor.value)) {
      fail('payments/unknown-reference', {
        what: 'method',
        id: m.successor.value,
        at: `methods[${i}] (${m.id}).successor`,
      });
    }
  });
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
  const name = spec_.name ?? (base?.name ? `${base.name} (extended)` : undefined);
  const input = {
    ...(name !== undefined ? { name } : {}),
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
