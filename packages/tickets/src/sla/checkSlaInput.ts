import { alwaysOpenCalendar, type BusinessCalendar, fromEpochMillis } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { fail } from '../failures.js';
import { CustomStatusSchema, InstantSchema, SlaPolicySchema } from '../schemas.js';
import type { CustomStatus, SlaPolicy } from '../types.js';
import { objectInput } from '../validation/checkState.js';
import { instantIn } from '../validation/instantAt.js';
import { invalid, parseAt } from '../validation/parseAt.js';
import { ValidatedSet } from '../validation/ValidatedSet.js';
import { calendarHistory } from './calendarHistory.js';
import type { StaticContext } from './policyTimeline.js';

// Policies that passed SlaPolicySchema, frozen so that they stay valid (see parseSlaPolicy).
const VALID = new ValidatedSet<SlaPolicy>();

/**
 * A validated policy, frozen and remembered: passing it again costs a lookup, not a parse.
 *
 * @internal Not part of the public surface.
 */
export function validPolicy(input: unknown, path: readonly (string | number)[]): SlaPolicy {
  if (VALID.has(input)) return input;
  return VALID.add(parseAt(SlaPolicySchema, input, 'sla-policy', path));
}

const StatusesSchema = z.array(CustomStatusSchema);
const POLICY_PATH = ['policy'] as const;
const NO_STATUSES: readonly CustomStatus[] = Object.freeze([]);
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
    for (let p = 0; p < policies.length; p++) {
      const policy = policies[p] as SlaPolicy;
      const targets = policy.targets as Readonly<Record<string, { hours: string } | undefined>>;
      for (const metric in targets) {
        if (targets[metric]?.hours === 'business')
          fail('tickets/missing-calendar', { policy: policy.id, metric });
      }
    }
    return undefined;
  }
  if (typeof calendar !== 'object' || calendar === null) {
    return fail('tickets/invalid-calendar', { path, missing: METHODS[0] });
  }
  const c = calendar as Partial<BusinessCalendar>;
  if (
    typeof c.isOpen !== 'function' ||
    typeof c.nextOpen !== 'function' ||
    typeof c.addWorkingMinutes !== 'function' ||
    typeof c.workingMinutesBetween !== 'function'
  ) {
    const missing = METHODS.find((m) => typeof c[m] !== 'function') as string;
    fail('tickets/invalid-calendar', { path, missing });
  }
  return calendar as BusinessCalendar;
}

/** The parts of computeSla's input other than events, validated. */
export type CheckedSlaInput = {
  readonly policies: readonly SlaPolicy[];
  /** One policy for the whole ticket (`policy`), rather than chosen as it goes (`policies`). */
  readonly single: boolean;
  readonly context: StaticContext;
  readonly now: string;
  readonly nowMs: number;
  readonly statuses: readonly CustomStatus[];
  readonly calendar: BusinessCalendar | undefined;
};

const ContextSchema = z.optional(
  z.object({
    tier: z.optional(z.string()),
    market: z.optional(z.string()),
    language: z.optional(z.string()),
  }),
);

function checkPeriods(input: readonly unknown[], policies: readonly SlaPolicy[]): BusinessCalendar {
  if (input.length === 0) return checkCalendar(undefined, policies) ?? alwaysOpenCalendar;
  const periods = input.map((p, i) => {
    objectInput(p, ['calendar', i]);
    const period = p as { from?: unknown; calendar?: unknown };
    parseAt(InstantSchema, period.from, 'sla-input', ['calendar', i, 'from']);
    return {
      from: period.from as string,
      calendar: checkCalendar(period.calendar, [], `calendar[${i}].calendar`) as BusinessCalendar,
    };
  });
  return calendarHistory(periods);
}

// The last `now` string and what it gave: an inbox replays many tickets at one `now`, so the
// parse and the canonical text are worked out once (a string cannot change; a Date can, and is
// read each time).
let lastNow: string | undefined;
const NO_CONTEXT: StaticContext = Object.freeze({});
let lastChecked: CheckedNow = { nowMs: 0, now: '' };

type CheckedNow = { readonly nowMs: number; readonly now: string };

function checkNow(value: unknown): CheckedNow {
  if (typeof value === 'string' && value === lastNow) return lastChecked;
  // A canonical instant costs a digit check, not a schema parse.
  const nowMs = instantIn('sla-input', value, ['now']);
  const checked = { nowMs, now: fromEpochMillis(nowMs) };
  if (typeof value === 'string') {
    lastNow = value;
    lastChecked = checked;
  }
  return checked;
}

/**
 * Validate everything computeSla reads except the events (see validEvents).
 *
 * @internal Not part of the public surface.
 */
export function checkSlaInput(input: {
  readonly policy?: unknown;
  readonly policies?: unknown;
  readonly context?: unknown;
  readonly now?: unknown;
  readonly statuses?: unknown;
  readonly calendar?: unknown;
}): CheckedSlaInput {
  objectInput(input);
  let policies: SlaPolicy[];
  const single = input.policy !== undefined;
  if (single) policies = [validPolicy(input.policy, POLICY_PATH)];
  else if (input.policies !== undefined) {
    if (!Array.isArray(input.policies)) {
      invalid('sla-policy', ['policies'], 'Expected an array of policies, in order.');
    }
    policies = input.policies.map((p, i) => validPolicy(p, ['policies', i]));
  } else return fail('tickets/no-policy');
  const context =
    input.context === undefined
      ? NO_CONTEXT
      : (parseAt(ContextSchema, input.context, 'sla-input', ['context']) ?? {});
  const { nowMs, now } = checkNow(input.now);
  const statuses =
    input.statuses === undefined || (Array.isArray(input.statuses) && input.statuses.length === 0)
      ? NO_STATUSES
      : parseAt(StatusesSchema, input.statuses, 'sla-input', ['statuses']);
  const calendar = Array.isArray(input.calendar)
    ? checkPeriods(input.calendar, policies)
    : checkCalendar(input.calendar, policies);
  return { policies, single, context, nowMs, now, statuses, calendar };
}
