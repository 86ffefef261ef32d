import { proportionEstimate } from '../stats/proportionEstimate.js';
import type { EstimateOptions } from '../types.js';
import type { ReadTicket } from './readTickets.js';
import type { SlaAttainment } from './slaAttainment.js';

/** Met, breached and still-running counts of one SLA target. Internal. */
export type SlaCounts = { met: number; breached: number; running: number };

/**
 * Count one ticket's SLA outcomes into `counts`. A Map, not an object: a target is the customer's
 * text, and `__proto__` or `toString` must count as targets like any other. Internal.
 */
export function countSla(counts: Map<string, SlaCounts>, sla: ReadTicket['sla']): void {
  for (const s of sla) {
    let row = counts.get(s.target);
    if (row === undefined) {
      row = { met: 0, breached: 0, running: 0 };
      counts.set(s.target, row);
    }
    if (s.met === null) row.running++;
    else if (s.met) row.met++;
    else row.breached++;
  }
}

/**
 * The attainment row of each target (met ÷ (met + breached) with its interval, and the counts),
 * keyed by target in code-unit order: the one place a row is built, for `slaAttainment` and
 * `TicketAccumulator#result` alike. Internal.
 */
export function slaRows(
  counts: ReadonlyMap<string, SlaCounts>,
  options: EstimateOptions,
): Record<string, SlaAttainment> {
  // Code-unit order, as the accumulator's state: the same in every runtime and locale.
  const order = [...counts.keys()].sort();
  // fromEntries defines own properties, so a target named `__proto__` stays a key.
  return Object.fromEntries(
    order.map((target) => {
      const row = counts.get(target) as SlaCounts;
      const estimate = proportionEstimate({
        ...options,
        metric: `sla.${target}`,
        successes: row.met,
        n: row.met + row.breached,
      });
      return [target, { ...estimate, target, ...row }];
    }),
  );
}
