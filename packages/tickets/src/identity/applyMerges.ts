import type { CustomerMergeEvent } from '../types.js';
import { byString } from './indexIdentities.js';
import type { UnionFind } from './UnionFind.js';

/** A manual merge still in force. */
export type ManualMerge = Extract<CustomerMergeEvent, { type: 'customer-merged' }>;

/**
 * Phase 4 of `resolveCustomers`: manual merges win over conflicts; an undone merge is as if it
 * never happened. Joins the merged profiles into `sets` and returns the merges in force.
 *
 * @internal Not part of the public surface.
 */
export function applyMerges(
  sets: UnionFind,
  merges: readonly CustomerMergeEvent[],
  ids: readonly string[],
): readonly ManualMerge[] {
  const undone = new Set(merges.flatMap((m) => (m.type === 'merge-undone' ? [m.mergeId] : [])));
  const known = new Set(ids);
  const manual = merges
    .filter((m): m is ManualMerge => m.type === 'customer-merged')
    .filter((m) => !undone.has(m.id))
    .sort((a, b) => byString(a.id, b.id));
  for (const m of manual) sets.unionAll(m.profileIds.filter((p) => known.has(p)).sort(byString));
  return manual;
}
