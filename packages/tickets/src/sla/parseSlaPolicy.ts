import type { SlaPolicy } from '../types.js';
import { validPolicy } from './checkSlaInput.js';

/**
 * Validate an SLA policy from a CMS or an admin screen.
 *
 * @param json - The untrusted policy.
 * @returns The typed policy, frozen: `computeSla` then trusts it without parsing it again.
 * @throws {ValidationError} `tickets/invalid-sla-policy`, naming every path that is wrong.
 * @example
 * parseSlaPolicy({ id: 'std', targets: { 'first-reply': { minutes: 60, hours: 'business' } } });
 * @since 0.1.0
 */
export function parseSlaPolicy(json: unknown): SlaPolicy {
  return validPolicy(json, []);
}
