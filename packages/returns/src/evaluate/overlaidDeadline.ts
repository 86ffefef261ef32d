import type { DeadlineAt } from './deadline.js';
import type { PolicyOutcome } from './policyLine.js';
import type { StatutoryOutcome } from './statutoryLine.js';

/**
 * The deadline a line shows once the statutory route overlays the policy: the law's when it
 * allows the return and is later than the policy's (or the policy refuses); the later of the two
 * when neither allows it (the customer sees the longest period that ran out); none when only the
 * law allows it and its period has not started (part of the order still on its way).
 */
export function overlaidDeadline(pol: PolicyOutcome, law: StatutoryOutcome): DeadlineAt | null {
  let deadline = pol.deadline;
  const at = law.deadline;
  if (law.eligible && at && (!pol.eligible || !deadline || at.ms > deadline.ms)) deadline = at;
  if (!pol.eligible && !law.eligible && at && (!deadline || at.ms > deadline.ms)) deadline = at;
  if (!pol.eligible && law.eligible && at === null) deadline = null;
  return deadline;
}
