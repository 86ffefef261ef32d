import { parseWith } from '@meridian-cx/core';
import { SlaPolicySchema } from '../schemas.js';
import type { SlaPolicy } from '../types.js';

/**
 * Validate an SLA policy from a CMS or an admin screen.
 *
 * @param json - The untrusted policy.
 * @returns The typed policy.
 * @throws {ValidationError} `tickets/invalid-sla-policy`, naming every path that is wrong.
 * @example
 * parseSlaPolicy({ id: 'std', targets: { 'first-reply': { minutes: 60, hours: 'business' } } });
 * @since 0.1.0
 */
export function parseSlaPolicy(json: unknown): SlaPolicy {
  return parseWith(SlaPolicySchema, json, { package: 'tickets', what: 'sla-policy' });
}
