import { type Reason, reason } from '@meridian-cx/core';
import { byString, type IdentityIndex } from './indexIdentities.js';
import type { Identity } from './normalizeIdentity.js';
import { UnionFind } from './UnionFind.js';

/** Profiles linked by a verified identity that cannot be one person. */
export type IdentityConflict = {
  readonly profileIds: readonly string[];
  /** The verified identities that link them. */
  readonly shared: readonly string[];
  /** The distinct verified identities of an exclusive kind that keep them apart. */
  readonly distinct: readonly string[];
  readonly reason: Reason;
};

/** What the automatic links give: the merged sets, why, and the groups refused. */
export type VerifiedLinks = {
  readonly merged: UnionFind;
  /** Per group root, why its profiles are one customer. */
  readonly why: ReadonlyMap<string, readonly Reason[]>;
  readonly conflicts: readonly IdentityConflict[];
};

/**
 * Phases 2 and 3 of `resolveCustomers`: group profiles that share a verified identity, then
 * refuse a group that would give one person two verified identities of an exclusive kind.
 *
 * @internal Not part of the public surface.
 */
export function linkVerified(
  index: IdentityIndex,
  exclusive: ReadonlySet<Identity['kind']>,
): VerifiedLinks {
  const { ids, identitiesOf, verifiedBy } = index;
  const auto = new UnionFind();
  for (const [, set] of [...verifiedBy].sort(([a], [b]) => byString(a, b))) {
    auto.unionAll([...set].sort(byString));
  }
  const sharedKeys = new Map<string, Set<string>>();
  for (const [key, set] of verifiedBy) {
    if (set.size < 2) continue;
    const root = auto.find([...set][0] as string);
    const keys = sharedKeys.get(root) ?? new Set<string>();
    keys.add(key);
    sharedKeys.set(root, keys);
  }
  const exclusiveOf = (pid: string) =>
    [...(identitiesOf.get(pid)?.values() ?? [])]
      .filter((x) => x.verified && exclusive.has(x.identity.kind))
      .map((x) => x.identity.key);
  const merged = new UnionFind();
  const why = new Map<string, Reason[]>();
  const conflicts: IdentityConflict[] = [];
  for (const [root, members] of auto.groups(ids)) {
    if (members.length < 2) continue;
    const distinct = [...new Set(members.flatMap(exclusiveOf))].sort(byString);
    const shared = [...(sharedKeys.get(root) ?? [])]
      .sort(byString)
      .filter((k) => !distinct.includes(k));
    if (distinct.length > 1) {
      conflicts.push({
        profileIds: members,
        shared,
        distinct,
        reason: reason('identity.conflict', {
          profiles: members.join(','),
          shared: shared.join(','),
          distinct: distinct.join(','),
        }),
      });
      continue;
    }
    merged.unionAll(members);
    why.set(members[0] as string, [
      reason('identity.shared-verified', { identities: shared.join(',') }),
    ]);
  }
  conflicts.sort((a, b) => byString(a.profileIds[0] ?? '', b.profileIds[0] ?? ''));
  return { merged, why, conflicts };
}
