import { type Decision, describeValue, type Reason, reason } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { CustomStatusSchema, STATUS_CATEGORIES } from '../schemas.js';
import type { CustomStatus } from '../types.js';
import { invalid, parseAt } from '../validation/parseAt.js';
import { categoryOf } from './statusCategory.js';

const TransitionInputSchema = z.object({
  from: z.string().check(z.minLength(1, 'from is a status id.')),
  to: z.string().check(z.minLength(1, 'to is a status id.')),
  assigneeId: z.nullable(z.string()),
  statuses: z.optional(z.array(CustomStatusSchema)),
});

import { CUSTOM_STATUS_SOURCE, STATUS_SOURCE } from './statusSource.js';

/** What a status change is judged against. */
export type TransitionInput = {
  /** The current status id. */
  readonly from: string;
  /** The requested status id. */
  readonly to: string;
  /** The current assignee; solving needs one. */
  readonly assigneeId: string | null;
  /** Custom statuses. Default: none. */
  readonly statuses?: readonly CustomStatus[];
};

/**
 * Whether a ticket may move from one status to another, and why (or why not). Rules of the leading
 * help desks: a ticket never returns to new; solved needs an assignee; only a solved ticket
 * closes; closed is final (answer with a follow-up ticket).
 *
 * @param transition - `from` and `to`: status ids, built-in (`open`, `solved`…) or one of
 *   `statuses`; `assigneeId`: the current assignee, `null` when nobody is assigned; `statuses`:
 *   your custom statuses (default: none).
 * @returns `verdict: true` with one reason, `status.allowed` (naming both statuses and their
 *   categories) or `status.unchanged`; or `verdict: false` with the one sourced rule that refuses
 *   it: `ticket.closed`, `status.unknown` (a `to` nobody defined), `status.never-back-to-new`,
 *   `status.close-needs-solved` or `status.solved-needs-assignee`.
 * @throws {ValidationError} `tickets/invalid-input`, naming every path that is wrong, and a `from`
 *   that is neither a built-in status nor one of `statuses`.
 * @example
 * decideTransition({ from: 'open', to: 'solved', assigneeId: null }).reasons[0].code; // 'status.solved-needs-assignee'
 * decideTransition({ from: 'open', to: 'solved', assigneeId: 'agent-7' }).verdict; // true
 * @since 0.1.0
 */
export function decideTransition(transition: TransitionInput): Decision<boolean> {
  const input = parseAt(TransitionInputSchema, transition, 'input');
  // The current status must exist: a `from` nobody defined is a caller's mistake (a deleted custom
  // status, a typo), not a ticket that may go anywhere.
  if (categoryOf(input.from, input.statuses) === null) {
    invalid(
      'input',
      ['from'],
      `${describeValue(input.from)} is not a status: use a built-in one (${STATUS_CATEGORIES.join(', ')}) or pass the custom status in statuses.`,
    );
  }
  const refused = refuseTransition(input.from, input.to, input.assigneeId, input.statuses);
  if (refused !== null) return { verdict: false, reasons: [refused] };
  if (input.from === input.to) {
    return { verdict: true, reasons: [reason('status.unchanged', { status: input.to })] };
  }
  return {
    verdict: true,
    reasons: [
      reason('status.allowed', {
        from: input.from,
        to: input.to,
        fromCategory: categoryOf(input.from, input.statuses) ?? 'unknown',
        toCategory: categoryOf(input.to, input.statuses) ?? 'unknown',
      }),
    ],
  };
}

/** The reason a transition is refused, or `null` when it is allowed (the replay's hot path).  *
 * @internal Not part of the public surface.
 */
export function refuseTransition(
  from: string,
  to: string,
  assigneeId: string | null,
  statuses?: readonly CustomStatus[],
): Reason | null {
  const fromCat = categoryOf(from, statuses);
  const toCat = categoryOf(to, statuses);
  if (fromCat === 'closed') return reason('ticket.closed', { from, to }, STATUS_SOURCE);
  if (toCat === null) return reason('status.unknown', { to }, CUSTOM_STATUS_SOURCE);
  if (from === to) return null;
  if (toCat === 'new' && fromCat !== 'new') {
    return reason('status.never-back-to-new', { from }, STATUS_SOURCE);
  }
  if (toCat === 'closed' && fromCat !== 'solved') {
    return reason('status.close-needs-solved', { from }, STATUS_SOURCE);
  }
  if ((toCat === 'solved' || toCat === 'closed') && assigneeId === null) {
    return reason('status.solved-needs-assignee', { to }, STATUS_SOURCE);
  }
  return null;
}
