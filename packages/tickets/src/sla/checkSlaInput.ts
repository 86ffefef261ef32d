import type { BusinessCalendar } from '@meridian-cx/core';
import { z } from 'zod/mini';
import { fail } from '../failures.js';
import { CustomStatusSchema, InstantSchema, SlaPolicySchema } from '../schemas.js';
import type { CustomStatus, SlaPolicy } from '../types.js';
import { objectInput } from '../validation/checkState.js';
import { parseAt } from '../validation/parseAt.js';

// Policies that passed SlaPolicySchema, frozen so that they stay valid (see parseSlaPolicy).
const VALID = new WeakSet<object>();

function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) freeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * A validated policy, frozen and remembered: passing it again costs a lookup, not a parse.
 *
 * @internal Not part of the public surface.
 */
export function validPolicy(input: unknown, path: readonly (string | number)[]): SlaPolicy {
  if (typeof input === 'object' && input !== null && VALID.has(input)) return input as SlaPolicy;
  const policy = freeze(parseAt(SlaPolicySchema, input, 'sla-policy', path));
  VALID.add(policy);
  return policy;
}

const StatusesSchema = z.array(CustomStatusSchema);
const METHODS = ['isOpen', 'nextOpen', 'addWorkingMinutes', 'workingMinutesBetween'] as const;

/**
 * Check a calendar: `undefined` is allowed only when no policy measures in business hours.
 *
 * @internal Not part of the public surface.
 */
export function checkCalendar(
  calendar: unknown,
  policies: readonly SlaPolicy[],
  path = 'calendar',
): BusinessCalendar | undefined {
  if (calendar === undefined) {
    for (const policy of policies) {
      for (const [metric, target] of Object.entries(policy.targets)) {
        if (target?.hours === 'business')
          fail('tickets/missing-calendar', { policy: policy.id, metric });
      }
    }
    return undefined;
  }
  if (typeof calendar !== 'object' || calendar === null) {
    return fail('tickets/invalid-calendar', { path, missing: METHODS[0] });
  }
  for (const m of METHODS) {
    if (typeof (calendar as Record<string, unknown>)[m] !== 'function') {
      fail('tickets/invalid-calendar', { path, missing: m });
    }
  }
  return calendar as BusinessCalendar;
}

/** The parts of computeSla's input other than events, validated. */
export type CheckedSlaInput = {
  readonly policy: SlaPolicy;
  readonly now: string;
  readonly statuses: readonly CustomStatus[];
  readonly calendar: BusinessCalendar | undefined;
};

/**
 * Validate everything computeSla reads except the events (see validEvents).
 *
 * @internal Not part of the public surface.
 */
export function checkSlaInput(input: {
  readonly policy?: unknown;
  readonly now?: unknown;
  readonly statuses?: unknown;
  readonly calendar?: unknown;
}): CheckedSlaInput {
  objectInput(input);
  if (input.policy === undefined) fail('tickets/no-policy');
  const policy = validPolicy(input.policy, ['policy']);
  const now = parseAt(InstantSchema, input.now, 'sla-input', ['now']);
  const statuses =
    input.statuses === undefined || (Array.isArray(input.statuses) && input.statuses.length === 0)
      ? []
      : parseAt(StatusesSchema, input.statuses, 'sla-input', ['statuses']);
  return { policy, now, statuses, calendar: checkCalendar(input.calendar, [policy]) };
}
