import { describeValue, toEpochMillis } from '@meridian-cx/core';
import { fail } from '../failures.js';
import type { FcrDefinition } from './firstContactResolution.js';
import type { ReadTicket } from './readTickets.js';

/** How one ticket counts for FCR: in the numerator, only the denominator, neither, or rejected. */
export type FcrOutcome = 'success' | 'failure' | 'pending' | 'not-counted' | 'rejected';

/** An FCR rule checked once: the definition, the denominator and `now` as epoch ms. Internal. */
export type FcrRule = {
  readonly definition: FcrDefinition;
  readonly denominator: 'resolved' | 'all';
  readonly now: number;
};

const DAY = 86_400_000;

/**
 * Check an FCR definition and denominator once, before any ticket is read. Internal: the one place
 * both `firstContactResolution` and `TicketAccumulator` learn what FCR means.
 */
export function fcrRule(
  definition: FcrDefinition = { kind: 'one-reply' },
  denominator: 'resolved' | 'all' = 'resolved',
): FcrRule {
  if (denominator !== 'resolved' && denominator !== 'all') {
    fail('metrics/invalid-argument', {
      what: 'The FCR denominator',
      expected: '"resolved" or "all"',
      value: describeValue(denominator),
    });
  }
  const kind = (definition as { kind?: unknown } | null)?.kind;
  if (kind === 'one-reply') return { definition, denominator, now: 0 };
  if (kind !== 'no-reopen') {
    fail('metrics/invalid-argument', {
      what: 'The FCR definition',
      expected: "{ kind: 'one-reply' } or { kind: 'no-reopen', withinDays, now }",
      value: describeValue(definition),
    });
  }
  const days = (definition as { withinDays?: unknown }).withinDays;
  if (!(typeof days === 'number' && Number.isFinite(days) && days >= 0 && days <= 36_500)) {
    fail('metrics/invalid-count', { what: 'withinDays', value: describeValue(days) });
  }
  return {
    definition,
    denominator,
    now: toEpochMillis((definition as { now: string | Date }).now),
  };
}

/**
 * The FCR outcome of one validated ticket under a rule. The one-reply definition needs
 * `agentReplies` (a ticket without it is rejected for FCR); the no-reopen definition leaves a
 * ticket pending while its reopen window is still open at `now`.
 */
export function fcrOutcome(t: ReadTicket, rule: FcrRule): FcrOutcome {
  if (t.resolved === null) return rule.denominator === 'all' ? 'failure' : 'not-counted';
  const def = rule.definition;
  if (def.kind === 'one-reply') {
    if (t.agentReplies === undefined) return 'rejected';
    return t.agentReplies <= 1 ? 'success' : 'failure';
  }
  const resolvedAt = t.resolved;
  const windowEnd = resolvedAt + def.withinDays * DAY;
  const reopened = t.reopened.some((r) => r >= resolvedAt && r <= windowEnd);
  if (!reopened && windowEnd > rule.now) return 'pending';
  return reopened ? 'failure' : 'success';
}

/** A rule's definition, described for messages and stored in state so shards can be compared. */
export function describeFcrRule(rule: FcrRule): string {
  const def = rule.definition;
  const fcr =
    def.kind === 'no-reopen'
      ? `fcr no-reopen within ${def.withinDays} days as of ${new Date(rule.now).toISOString()}`
      : 'fcr one-reply';
  return `${fcr}, fcr denominator ${rule.denominator}`;
}
