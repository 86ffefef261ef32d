import { type Reason, reason } from '@meridian-cx/core';
import { z } from 'zod/mini';
import { CustomerMergeEventSchema, CustomerProfileSchema } from '../schemas.js';
import type { CustomerMergeEvent, CustomerProfile } from '../types.js';
import { objectInput } from '../validation/checkState.js';
import { invalid, parseAt } from '../validation/parseAt.js';

const KindSchema = z.enum(['email', 'phone', 'social', 'external'], {
  error: 'An identity kind is "email", "phone", "social" or "external".',
});

import { type Identity, normalizeParsed } from './normalizeIdentity.js';

/** One customer: the profiles recognised as the same person. */
export type ResolvedCustomer = {
  /** The smallest profile id of the group: stable whatever the input order. */
  readonly id: string;
  readonly profileIds: readonly string[];
  /** Every identity of the group, with whether any profile verified it. */
  readonly identities: readonly { readonly identity: Identity; readonly verified: boolean }[];
  /** Why these profiles are one customer. */
  readonly reasons: readonly Reason[];
};

/** Profiles linked by a verified identity that cannot be one person. */
export type IdentityConflict = {
  readonly profileIds: readonly string[];
  /** The verified identities that link them. */
  readonly shared: readonly string[];
  /** The distinct verified identities of an exclusive kind that keep them apart. */
  readonly distinct: readonly string[];
  readonly reason: Reason;
};

/** Input of {@link resolveCustomers}. */
export type ResolveCustomersInput = {
  readonly profiles: readonly CustomerProfile[];
  /** Manual merges and their undoing, in any order. Default: none. */
  readonly merges?: readonly CustomerMergeEvent[];
  /** Kinds of which one person has at most one verified value. Default: `['email']`. */
  readonly exclusiveKinds?: readonly Identity['kind'][];
};

/** What {@link resolveCustomers} returns. */
export type ResolvedCustomers = {
  readonly customers: readonly ResolvedCustomer[];
  readonly conflicts: readonly IdentityConflict[];
  /** Identities shared between profiles where at least one side is unverified: not merged. */
  readonly suggestions: readonly { readonly key: string; readonly profileIds: readonly string[] }[];
};

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.get(root) !== undefined && this.parent.get(root) !== root) {
      root = this.parent.get(root) as string;
    }
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) as string;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller id becomes the root, so the result does not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Recognise one customer across channels: profiles that share a verified identity are merged
 * (union-find), unless that would give one person two different verified emails, which is
 * reported as a conflict instead. Manual merges are events; a `merge-undone` event cancels one.
 * The result does not depend on the order of profiles, identities or events.
 *
 * @param input - Profiles, manual merges, exclusive identity kinds.
 * @returns Customers, conflicts, and unverified matches as suggestions.
 * @throws {ValidationError} `tickets/invalid-customer-profile` naming `profiles[i]…`,
 *   `tickets/invalid-customer-merge-event` naming `merges[i]…`, `tickets/invalid-input`.
 * @throws {MeridianError} `tickets/invalid-email`, `tickets/invalid-phone`.
 * @example
 * resolveCustomers({ profiles }).customers.length; // 1
 * @since 0.1.0
 */
export function resolveCustomers(input: ResolveCustomersInput): ResolvedCustomers {
  objectInput(input);
  if (!Array.isArray(input.profiles))
    invalid('customer-profile', ['profiles'], 'Expected an array of profiles.');
  const profiles = input.profiles.map((p, i) =>
    parseAt(CustomerProfileSchema, p, 'customer-profile', ['profiles', i]),
  );
  const merges =
    parseAt(z.optional(z.array(CustomerMergeEventSchema)), input.merges, 'customer-merge-event', [
      'merges',
    ]) ?? [];
  const exclusive = new Set(
    parseAt(z.optional(z.array(KindSchema)), input.exclusiveKinds, 'input', ['exclusiveKinds']) ?? [
      'email',
    ],
  );
  const ids = profiles.map((p) => p.id).sort(byString);
  const identitiesOf = new Map<string, Map<string, { identity: Identity; verified: boolean }>>();
  const verifiedBy = new Map<string, Set<string>>();
  const anyBy = new Map<string, Set<string>>();
  for (const p of profiles) {
    const own = identitiesOf.get(p.id) ?? new Map();
    identitiesOf.set(p.id, own);
    for (const { identity: raw, verified } of p.identities) {
      const identity = normalizeParsed(raw);
      const prior = own.get(identity.key);
      own.set(identity.key, { identity, verified: verified || (prior?.verified ?? false) });
      const index = verified ? verifiedBy : anyBy;
      const set = index.get(identity.key) ?? new Set<string>();
      set.add(p.id);
      index.set(identity.key, set);
    }
  }
  const verifiedEmails = (pid: string) =>
    [...(identitiesOf.get(pid)?.values() ?? [])]
      .filter((x) => x.verified && exclusive.has(x.identity.kind))
      .map((x) => x.identity.key);

  // Automatic links, grouped, then checked for conflicts before they are applied.
  const auto = new UnionFind();
  const sharedKeys = new Map<string, Set<string>>();
  for (const [, set] of [...verifiedBy].sort(([a], [b]) => byString(a, b))) {
    const members = [...set].sort(byString);
    for (const m of members.slice(1)) auto.union(members[0] as string, m);
  }
  for (const [key, set] of verifiedBy) {
    if (set.size < 2) continue;
    const root = auto.find([...set][0] as string);
    const keys = sharedKeys.get(root) ?? new Set<string>();
    keys.add(key);
    sharedKeys.set(root, keys);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = auto.find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  const final = new UnionFind();
  const why = new Map<string, Reason[]>();
  const conflicts: IdentityConflict[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const distinct = [...new Set(members.flatMap(verifiedEmails))].sort(byString);
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
    for (const m of members.slice(1)) final.union(members[0] as string, m);
    why.set(members[0] as string, [
      reason('identity.shared-verified', { identities: shared.join(',') }),
    ]);
  }
  // Manual merges win over conflicts; an undone merge is as if it never happened.
  const undone = new Set(merges.flatMap((m) => (m.type === 'merge-undone' ? [m.mergeId] : [])));
  const known = new Set(ids);
  const manual = merges
    .filter(
      (m): m is Extract<CustomerMergeEvent, { type: 'customer-merged' }> =>
        m.type === 'customer-merged',
    )
    .filter((m) => !undone.has(m.id))
    .sort((a, b) => byString(a.id, b.id));
  for (const m of manual) {
    const members = m.profileIds.filter((p) => known.has(p)).sort(byString);
    for (const p of members.slice(1)) final.union(members[0] as string, p);
  }
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const root = final.find(id);
    const group = out.get(root);
    if (group) group.push(id);
    else out.set(root, [id]);
  }
  const customers: ResolvedCustomer[] = [...out.entries()]
    .sort(([a], [b]) => byString(a, b))
    .map(([root, members]) => {
      const merged = new Map<string, { identity: Identity; verified: boolean }>();
      for (const pid of members) {
        for (const [key, v] of identitiesOf.get(pid) ?? []) {
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
        if (m.profileIds.some((p) => members.includes(p)) && members.length > 1) {
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
  const suggestions = [...anyBy.entries()]
    .map(([key, set]) => ({
      key,
      profileIds: [...new Set([...set, ...(verifiedBy.get(key) ?? [])])].sort(byString),
    }))
    .filter(
      (s) => s.profileIds.length > 1 && new Set(s.profileIds.map((p) => final.find(p))).size > 1,
    )
    .sort((a, b) => byString(a.key, b.key));
  return {
    customers,
    conflicts: conflicts.sort((a, b) => byString(a.profileIds[0] ?? '', b.profileIds[0] ?? '')),
    suggestions,
  };
}
