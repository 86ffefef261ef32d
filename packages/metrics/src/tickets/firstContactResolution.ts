import { describeValue, type Instant } from '@meridian-cx/core';
import { fail } from '../failures.js';
import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { Estimate, EstimateOptions } from '../types.js';
import { fcrOutcome, fcrRule } from './fcrOutcome.js';
import { readTickets, total } from './readTickets.js';

/** What "resolved at first contact" means. */
export type FcrDefinition =
  | { readonly kind: 'one-reply' }
  | { readonly kind: 'no-reopen'; readonly withinDays: number; readonly now: Instant };

/** Options of {@link firstContactResolution}. */
export type FcrOptions = EstimateOptions & {
  /** `'resolved'` (default): FCR among resolved tickets; `'all'`: among all tickets. */
  readonly denominator?: 'resolved' | 'all';
  /**
   * `{ kind: 'one-reply' }` (default): resolved with at most one public agent reply;
   * `{ kind: 'no-reopen', withinDays, now }`: resolved and not reopened within N days. Tickets
   * whose N-day window is still open at `now` are `pending`, not counted either way.
   */
  readonly definition?: FcrDefinition;
};

/** FCR with the counts behind it. */
export type FcrEstimate = Estimate & {
  readonly denominator: 'resolved' | 'all';
  readonly definition: FcrDefinition['kind'];
  readonly pending: number;
  readonly rejected: number;
  readonly rejectedBy: Readonly<Record<string, number>>;
};

/**
 * First contact resolution rate, with the denominator and the meaning of "first contact" chosen
 * explicitly (sources differ on both), and a Wilson interval.
 *
 * @param tickets - Ticket facts from outside; the one-reply definition needs `agentReplies`.
 * @param options - Denominator (`resolved`), definition (`one-reply`), confidence, margin.
 * @returns The FCR in percent; tickets lacking what the definition needs are rejected with a reason.
 * @throws {MeridianError} `metrics/invalid-count` for a negative `withinDays`; `core/invalid-instant`
 *   for a bad `now`.
 * @example
 * firstContactResolution([
 *   { id: 'a', createdAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T10:00:00Z', agentReplies: 1 },
 *   { id: 'b', createdAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-03T10:00:00Z', agentReplies: 3 },
 * ]).value; // 50
 * @since 0.1.0
 */
export function firstContactResolution(
  tickets: Iterable<unknown>,
  options: FcrOptions = {},
): FcrEstimate {
  if (typeof options !== 'object' || options === null) {
    fail('metrics/invalid-argument', {
      what: 'FCR options',
      expected: "an object such as { denominator: 'resolved' }",
      value: describeValue(options),
    });
  }
  const rule = fcrRule(options.definition, options.denominator);
  const { denominator, definition } = rule;
  const read = readTickets(tickets);
  const rejectedBy = { ...read.rejectedBy };
  let n = 0;
  let resolvedFirst = 0;
  let pending = 0;
  for (const t of read.tickets) {
    const outcome = fcrOutcome(t, rule);
    if (outcome === 'rejected') {
      rejectedBy['ticket.agent-replies-missing'] =
        (rejectedBy['ticket.agent-replies-missing'] ?? 0) + 1;
    } else if (outcome === 'pending') pending++;
    else if (outcome !== 'not-counted') {
      n++;
      if (outcome === 'success') resolvedFirst++;
    }
  }
  return {
    ...proportionEstimate({ ...options, metric: 'fcr', successes: resolvedFirst, n: n }),
    denominator,
    definition: definition.kind,
    pending,
    rejected: total(rejectedBy),
    rejectedBy,
  };
}
