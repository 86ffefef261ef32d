import { type Reason, reason } from '@meridian-cx/core';
import { ConditionsSchema, MatchContextSchema } from '../schemas.js';
import type { Conditions, MatchContext } from '../types.js';
import { parseAt } from '../validation/parseAt.js';

const KEYS = ['priority', 'channel', 'tier', 'market', 'language'] as const;

/**
 * Whether a context meets every condition given (an absent condition matches anything; a
 * language condition `pt` matches `pt-BR`). Returns the first condition that failed.
 *
 * @param conditions - Allowed values per key.
 * @param context - Priority, channel, tier, market, language of the ticket or conversation.
 * @returns `null` when all conditions hold, else the reason for the first that does not.
 * @throws {ValidationError} `tickets/invalid-input` naming the path in `conditions` or `context`.
 * @example
 * matchConditions({ priority: ['urgent'] }, { priority: 'low' })?.code; // 'condition.unmet'
 * @since 0.1.0
 */
export function matchConditions(
  conditions: Conditions | undefined,
  context: MatchContext,
): Reason | null {
  return unmetCondition(
    conditions === undefined
      ? undefined
      : parseAt(ConditionsSchema, conditions, 'input', ['conditions']),
    parseAt(MatchContextSchema, context, 'input', ['context']),
  );
}

/**
 * {@link matchConditions} of conditions and a context already validated.
 *
 * @internal Not part of the public surface.
 */
export function unmetCondition(
  conditions: Conditions | undefined,
  context: MatchContext,
): Reason | null {
  if (conditions === undefined) return null;
  for (const key of KEYS) {
    const allowed = conditions[key] as readonly string[] | undefined;
    if (allowed === undefined) continue;
    const value = context[key];
    const ok =
      value !== undefined &&
      (key === 'language'
        ? allowed.some((a) => {
            const v = value.toLowerCase();
            const l = a.toLowerCase();
            return v === l || v.startsWith(`${l}-`);
          })
        : allowed.includes(value));
    if (!ok) {
      return reason('condition.unmet', {
        key,
        value: value ?? '(none)',
        allowed: allowed.join(','),
      });
    }
  }
  return null;
}
