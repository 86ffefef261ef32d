import type { Estimate, EstimateOptions } from '../types.js';
import { readTickets, total } from './readTickets.js';
import { countSla, type SlaCounts, slaRows } from './slaRows.js';

/** SLA attainment of one target, with the clocks still running counted apart. */
export type SlaAttainment = Estimate & {
  readonly target: string;
  readonly met: number;
  readonly breached: number;
  /** Tickets subject to the target whose clock is still running (`met: null`): not in n. */
  readonly running: number;
};

/**
 * SLA attainment per target: met ÷ (met + breached) among tickets subject to that target, with a
 * Wilson interval. Tickets whose clock still runs are reported as `running`, not counted as met.
 *
 * @param tickets - Ticket facts with `sla: [{ target: 'first-reply', met: true }, …]`.
 * @param options - Confidence (0.95) and margin (0.05).
 * @returns One entry per target, keyed by target name in code-unit order, plus rejected counts.
 * @example
 * slaAttainment([
 *   { id: 'a', createdAt: '2026-03-02T09:00:00Z', sla: [{ target: 'first-reply', met: true }] },
 *   { id: 'b', createdAt: '2026-03-02T09:00:00Z', sla: [{ target: 'first-reply', met: false }] },
 * ]).targets['first-reply']?.value; // 50
 * @since 0.1.0
 */
export function slaAttainment(
  tickets: Iterable<unknown>,
  options: EstimateOptions = {},
): {
  readonly targets: Readonly<Record<string, SlaAttainment>>;
  readonly rejected: number;
  readonly rejectedBy: Readonly<Record<string, number>>;
} {
  const read = readTickets(tickets);
  const counts = new Map<string, SlaCounts>();
  for (const t of read.tickets) countSla(counts, t.sla);
  return {
    targets: slaRows(counts, options),
    rejected: total(read.rejectedBy),
    rejectedBy: read.rejectedBy,
  };
}
