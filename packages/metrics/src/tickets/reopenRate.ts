import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { Estimate, EstimateOptions } from '../types.js';
import { readTickets, total } from './readTickets.js';

/**
 * Reopen rate: the share of resolved tickets that were reopened at least once, with a Wilson
 * interval.
 *
 * @param tickets - Ticket facts from outside.
 * @param options - Confidence (0.95) and margin (0.05).
 * @returns The rate in percent among resolved tickets, with rejected tickets counted.
 * @example
 * reopenRate([
 *   { id: 'a', createdAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T10:00:00Z', reopenedAt: ['2026-03-03T08:00:00Z'] },
 *   { id: 'b', createdAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T10:00:00Z' },
 * ]).value; // 50
 * @since 0.1.0
 */
export function reopenRate(
  tickets: Iterable<unknown>,
  options: EstimateOptions = {},
): Estimate & { readonly rejected: number; readonly rejectedBy: Readonly<Record<string, number>> } {
  const read = readTickets(tickets);
  let resolved = 0;
  let reopened = 0;
  for (const t of read.tickets) {
    if (t.resolved === null && t.reopened.length === 0) continue;
    resolved++;
    if (t.reopened.length > 0) reopened++;
  }
  return {
    ...proportionEstimate({ ...options, metric: 'reopen-rate', successes: reopened, n: resolved }),
    rejected: total(read.rejectedBy),
    rejectedBy: read.rejectedBy,
  };
}
