import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { failure } from '../failures.js';
import { RawIdentitySchema } from '../schemas.js';
import type { RawIdentity } from '../types.js';
import { parseAt } from '../validation/parseAt.js';

/** A normalised identity: comparable by `key`. */
export type Identity = {
  readonly kind: 'email' | 'phone' | 'social' | 'external';
  /** The normalised value: lower-case email, E.164 phone, lower-case handle without `@`, id as given. */
  readonly value: string;
  /** Platform of a social handle, system of an external id. */
  readonly namespace?: string;
  /** `kind:namespace:value`, the key two identities are equal by. */
  readonly key: string;
};

// Deliberately loose: one @, something on each side, a dot in the domain. Providers accept
// more than RFC 5322's common subset; refusing a real address would lose a customer.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Normalise an identity so that the same person is recognised across channels: emails trimmed and
 * lower-cased (no provider-specific dot or plus rules), phones in E.164 through libphonenumber-js
 * with a default country, social handles lower-cased without `@`, external ids trimmed (their
 * system lower-cased, the id itself kept as given).
 *
 * @param input - The identity as the channel delivered it: `{ kind: 'email', value }`,
 *   `{ kind: 'phone', value, defaultCountry? }` (`defaultCountry`, an upper-case ISO 3166-1
 *   alpha-2 code, reads a number written without its country code),
 *   `{ kind: 'social', platform, value }` or `{ kind: 'external', system, value }`; every field a
 *   non-empty string.
 * @returns The normalised identity with its comparison key (`phone::+33601234567`,
 *   `social:instagram:ana.silva`): two identities are the same person's when their keys are equal.
 * @throws {ValidationError} `tickets/invalid-identity` for a malformed identity, naming the path.
 * @throws {MeridianError} `tickets/invalid-email`, `tickets/invalid-phone`.
 * @example
 * normalizeIdentity({ kind: 'phone', value: '0601 234 567', defaultCountry: 'FR' }).value; // '+33601234567'
 * normalizeIdentity({ kind: 'email', value: ' Ana.Silva@Example.COM ' }).key; // 'email::ana.silva@example.com'
 * @since 0.1.0
 */
export function normalizeIdentity(input: RawIdentity): Identity {
  return normalizeParsed(parseAt(RawIdentitySchema, input, 'identity'));
}

/**
 * {@link normalizeIdentity} of an identity already validated (by `CustomerProfileSchema`).
 *
 * @internal Not part of the public surface.
 */
export function normalizeParsed(raw: RawIdentity): Identity {
  switch (raw.kind) {
    case 'email': {
      const value = raw.value.trim().toLowerCase();
      if (!EMAIL.test(value)) {
        throw failure('tickets/invalid-email', { value: raw.value });
      }
      return { kind: 'email', value, key: `email::${value}` };
    }
    case 'phone': {
      const parsed = parsePhoneNumberFromString(
        raw.value,
        raw.defaultCountry as CountryCode | undefined,
      );
      if (parsed === undefined || !parsed.isValid()) {
        throw failure('tickets/invalid-phone', {
          value: raw.value,
          defaultCountry: raw.defaultCountry ?? '',
        });
      }
      return { kind: 'phone', value: parsed.number, key: `phone::${parsed.number}` };
    }
    case 'social': {
      const platform = raw.platform.trim().toLowerCase();
      const value = raw.value.trim().replace(/^@/, '').toLowerCase();
      return { kind: 'social', namespace: platform, value, key: `social:${platform}:${value}` };
    }
    case 'external': {
      const system = raw.system.trim().toLowerCase();
      const value = raw.value.trim();
      return { kind: 'external', namespace: system, value, key: `external:${system}:${value}` };
    }
  }
}
