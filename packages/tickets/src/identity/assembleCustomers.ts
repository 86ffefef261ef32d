import { type Reason, reason } from '@meridian-cx/core';
import type { ManualMerge } from './applyMerges.js';
import { byString, type HeldIdentity, type IdentityIndex } from './indexIdentities.js';
import type { UnionFind } from './UnionFind.js';

/** One customer: the profiles recognised as the same person. */
export type ResolvedCustomer = {
  /** The smallest profile id of the group: stable whatever the input order. */
  readonly id: string;
  readonly profileIds: readonly string[];
  /** Every identity of the group, with whether any profile verified it. */
  readonly identities: readonly HeldIdentity[];
  /** Why these profiles are one customer. */
  readonly reasons: readonly Reason[];
};

/** An identity shared with at least one side unverified: not merged, only suggested. */
export type Suggestion = { readonly key: string; readonly profileIds: readonly string[] };

/**
 * Phase 5 of `resolveCustomers`: one customer per set, with its identities and reasons, and the
 * unverified matches between different customers as suggestions.
 *
 * @internal Not part of the public surface.
 */
export function assembleCustomers(
  index: IdentityIndex,
  sets: UnionFind,
  why: ReadonlyMap<string, readonly Reason[]>,
  manual: readonly ManualMerge[],
): { customers: ResolvedCustomer[]; suggestions: Suggestion[] } {
  const customers = [...sets.groups(index.ids).entries()]
    .sort(([a], [b]) => byString(a, b))
    .map(([root, members]): ResolvedCustomer => {
      const merged = new Map<string, HeldIdentity>();
      for (const pid of members) {
        for (const [key, v] of index.identitiesOf.get(pid) ?? []) {
          const prior = merged.get(key);
          merged.set(key, {
            identity: v.identity,
            verified: v.verified || (prior?.verified ?? false),
          });
        }
      }
      const reasons: Reason[] = [];
      for (const pid of members) reasons.push(...(why.get(pid) ?? []));
      for (const m of manual) {
        if (members.length > 1 && m.profileIds.some((p) => members.includes(p))) {
          reasons.push(
            reason('identity.manual-merge', { mergeId: m.id, ...(m.by ? { by: m.by } : {}) }),
          );
        }
      }
      return {
        id: root,
        profileIds: members,
        identities: [...merged.entries()].sort(([a], [b]) => byString(a, b)).map(([, v]) => v),
        reasons,
      };
    });
  const suggestions = [...index.unverifiedBy.entries()]
    .map(([key, set]) => ({
      key,
      profileIds: [...new Set([...set, ...(index.verifiedBy.get(key) ?? [])])].sort(byString),
    }))
    .filter(
      (s) => s.profileIds.length > 1 && new Set(s.profileIds.map((p) => sets.find(p))).size > 1,
    )
    .sort((a, b) => byString(a.key, b.key));
  return { customers, suggestions };
}
