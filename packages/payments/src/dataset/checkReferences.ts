// What a schema cannot check: unique ids, and references that point inside the dataset.
import type * as z from 'zod/mini';
import { fail } from '../failures.js';
import type { PaymentDatasetSchema } from '../schemas/dataset.js';

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
