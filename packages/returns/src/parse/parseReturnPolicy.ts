import { parseWith } from '@meridian-cx/core';
import { ReturnPolicySchema } from '../schemas.js';
import type { ParsedReturnPolicy } from '../types.js';

/**
 * Validate a return policy from outside (a CMS, a JSON file) and fill in its defaults.
 *
 * @param input - Untrusted JSON.
 * @returns The policy with every default filled in.
 * @throws {ValidationError} `returns/invalid-policy`, naming each bad path.
 * @example
 * parseReturnPolicy({ id: 'std', windowDays: 30 }).transitBufferDays; // 5
 * @since 0.1.0
 */
export function parseReturnPolicy(input: unknown): ParsedReturnPolicy {
  return parseWith(ReturnPolicySchema, input, { package: 'returns', what: 'policy' });
}
