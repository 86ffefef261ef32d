import * as z from 'zod/mini';
import { CustomerMergeEventSchema, CustomerProfileSchema } from '../schemas.js';
import type { CustomerMergeEvent, CustomerProfile } from '../types.js';
import { objectInput } from '../validation/checkState.js';
import { invalid, parseAt } from '../validation/parseAt.js';
import { applyMerges } from './applyMerges.js';
import { assembleCustomers, type ResolvedCustomer, type Suggestion } from './assembleCustomers.js';
import { indexIdentities } from './indexIdentities.js';
import { type IdentityConflict, linkVerified } from './linkVerified.js';
import type { Identity } from './normalizeIdentity.js';

export type { ResolvedCustomer } from './assembleCustomers.js';
export type { IdentityConflict } from './linkVerified.js';

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
  readonly suggestions: readonly Suggestion[];
};

const KindSchema = z.enum(['email', 'phone', 'social', 'external'], {
  error: 'An identity kind is "email", "phone", "social" or "external".',
});

function parseInput(input: ResolveCustomersInput) {
  objectInput(input);
  if (!Array.isArray(input.profiles)) {
    invalid('customer-profile', ['profiles'], 'Expected an array of profiles.');
  }
  const seen = new Set<string>();
  const profiles = input.profiles.map((p, i) => {
    const profile = parseAt(CustomerProfileSchema, p, 'customer-profile', ['profiles', i]);
    if (seen.has(profile.id)) {
      invalid(
        'customer-profile',
        ['profiles', i, 'id'],
        `Profile id "${profile.id}" is used twice: give each profile its own id.`,
      );
    }
    seen.add(profile.id);
    return profile;
  });
  const merges =
    parseAt(z.optional(z.array(CustomerMergeEventSchema)), input.merges, 'customer-merge-event', [
      'merges',
    ]) ?? [];
  const kinds = parseAt(z.optional(z.array(KindSchema)), input.exclusiveKinds, 'input', [
    'exclusiveKinds',
  ]) ?? ['email' as const];
  return { profiles, merges, exclusive: new Set(kinds) };
}

/**
 * Recognise one customer across channels: profiles that share a verified identity are merged
 * (union-find), unless that would give one person two different verified emails, which is
 * reported as a conflict instead. Manual merges are events; a `merge-undone` event cancels one.
 * The result does not depend on the order of profiles, identities or events. Five phases, each
 * in its own file: validate, index identities, link verified ones (refusing conflicts), apply
 * manual merges, assemble customers and suggestions.
 *
 * @param input - Profiles, manual merges, exclusive identity kinds.
 * @returns Customers, conflicts, and unverified matches as suggestions.
 * @throws {ValidationError} `tickets/invalid-customer-profile` naming `profiles[i]…` (a profile id
 *   used twice too), `tickets/invalid-customer-merge-event` naming `merges[i]…`, `tickets/invalid-input`.
 * @throws {MeridianError} `tickets/invalid-email`, `tickets/invalid-phone`.
 * @example
 * resolveCustomers({ profiles }).customers.length; // 1
 * @since 0.1.0
 */
export function resolveCustomers(input: ResolveCustomersInput): ResolvedCustomers {
  const { profiles, merges, exclusive } = parseInput(input);
  const index = indexIdentities(profiles);
  const { merged, why, conflicts } = linkVerified(index, exclusive);
  const manual = applyMerges(merged, merges, index.ids);
  const { customers, suggestions } = assembleCustomers(index, merged, why, manual);
  return { customers, conflicts, suggestions };
}
