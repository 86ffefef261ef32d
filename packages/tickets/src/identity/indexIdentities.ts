import type { CustomerProfile } from '../types.js';
import { type Identity, normalizeParsed } from './normalizeIdentity.js';

/** An identity of a profile, and whether any profile verified it. */
export type HeldIdentity = { readonly identity: Identity; readonly verified: boolean };

/** Every profile's identities, and which profiles hold each identity key. */
export type IdentityIndex = {
  /** Profile ids, sorted: the order every later phase follows. */
  readonly ids: readonly string[];
  readonly identitiesOf: ReadonlyMap<string, ReadonlyMap<string, HeldIdentity>>;
  /** Profiles that hold a key verified. */
  readonly verifiedBy: ReadonlyMap<string, ReadonlySet<string>>;
  /** Profiles that hold a key unverified. */
  readonly unverifiedBy: ReadonlyMap<string, ReadonlySet<string>>;
};

/** Strings in code-unit order, so results do not depend on the locale. */
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Phase 1 of `resolveCustomers`: normalise every identity and index who holds it.
 *
 * @internal Not part of the public surface.
 */
export function indexIdentities(profiles: readonly CustomerProfile[]): IdentityIndex {
  const identitiesOf = new Map<string, Map<string, HeldIdentity>>();
  const verifiedBy = new Map<string, Set<string>>();
  const unverifiedBy = new Map<string, Set<string>>();
  for (const p of profiles) {
    const own = identitiesOf.get(p.id) ?? new Map<string, HeldIdentity>();
    identitiesOf.set(p.id, own);
    for (const { identity: raw, verified } of p.identities) {
      const identity = normalizeParsed(raw);
      const prior = own.get(identity.key);
      own.set(identity.key, { identity, verified: verified || (prior?.verified ?? false) });
      const index = verified ? verifiedBy : unverifiedBy;
      const set = index.get(identity.key) ?? new Set<string>();
      set.add(p.id);
      index.set(identity.key, set);
    }
  }
  const ids = [...identitiesOf.keys()].sort(byString);
  return { ids, identitiesOf, verifiedBy, unverifiedBy };
}
