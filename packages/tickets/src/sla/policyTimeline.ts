import { unmetCondition } from '../conditions/matchConditions.js';
import type { SlaPolicy } from '../types.js';
import type { SlaMarks } from './slaMarks.js';
import type { PolicyChange } from './types.js';

/**
 * The policy in force after each mark (index into the policies, `-1`: none; empty when one
 * policy applies throughout), and its changes.
 */
export type PolicyTimeline = {
  readonly at: readonly number[];
  readonly changes: readonly PolicyChange[];
};

/** What a policy selector reads that the events do not carry. */
export type StaticContext = {
  readonly tier?: string | undefined;
  readonly market?: string | undefined;
  readonly language?: string | undefined;
};

/**
 * The policy in force at each mark. One policy applies throughout; several are chosen at event
 * time, as the leading help desk re-applies policies on every ticket update ("SLAs are based on
 * ticket events", Zendesk help, "Troubleshooting SLAs", support.zendesk.com/hc/en-us/articles/
 * 4408885881498; an `apply_sla` metric event is recorded "when an SLA policy or target is changed
 * on a ticket", developer.zendesk.com/api-reference/ticketing/tickets/ticket_metric_events/,
 * both checked 2026-11-30): the selector runs again whenever a field it reads changes (priority,
 * channel), and the first policy whose conditions hold applies.
 *
 * @internal Not part of the public surface.
 */
export function policyTimeline(
  marks: SlaMarks,
  policies: readonly SlaPolicy[],
  single: boolean,
  context: StaticContext,
): PolicyTimeline {
  const n = marks.ms.length;
  const at: number[] = single ? [] : new Array(n);
  const changes: PolicyChange[] = [];
  if (single) {
    if (n > 0) {
      changes.push({
        at: marks.at[0] as string,
        eventId: marks.eventId[0] as string,
        policyId: (policies[0] as SlaPolicy).id,
      });
    }
    return { at, changes };
  }
  let current = -2;
  for (let k = 0; k < n; k++) {
    const priority = marks.priority[k];
    const channel = marks.channel[k];
    if (k > 0 && priority === marks.priority[k - 1] && channel === marks.channel[k - 1]) {
      at[k] = current;
      continue;
    }
    const ctx = { priority, channel, ...context };
    let chosen = -1;
    for (let i = 0; i < policies.length; i++) {
      if (unmetCondition((policies[i] as SlaPolicy).conditions, ctx) === null) {
        chosen = i;
        break;
      }
    }
    if (chosen !== current && k < marks.nowIndex) {
      changes.push({
        at: marks.at[k] as string,
        eventId: marks.eventId[k] as string,
        policyId: chosen === -1 ? null : (policies[chosen] as SlaPolicy).id,
      });
    }
    current = chosen;
    at[k] = chosen;
  }
  return { at, changes };
}
