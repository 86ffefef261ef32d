import { describeValue, type Instant, type Reason } from '@meridian-cx/core';
import { fail as failBase, show } from '../failures.js';
import { millis } from '../time/instant.js';
import { why } from '../why.js';
import { fail } from './failures.js';

/** Where a return merchandise authorisation stands. */
export type RmaStatus =
  | 'requested'
  | 'approved'
  | 'rejected'
  | 'label-issued'
  | 'in-transit'
  | 'received'
  | 'inspected'
  | 'refunded'
  | 'exchanged'
  | 'rejected-after-inspection';

/** What can happen to an RMA. */
export type RmaEvent =
  | 'approve'
  | 'reject'
  | 'issue-label'
  | 'ship'
  | 'receive'
  | 'inspect'
  | 'refund'
  | 'exchange'
  | 'reject-after-inspection';

/** An RMA as plain data: its status and the history of transitions. */
export type Rma = {
  readonly id: string;
  readonly status: RmaStatus;
  readonly history: readonly { readonly status: RmaStatus; readonly at: string }[];
};

/** The customer message a transition calls for, as data for a template engine. */
export type RmaNotification = {
  readonly to: 'customer';
  readonly template: `rma.${RmaStatus}`;
  readonly rmaId: string;
  readonly status: RmaStatus;
  readonly at: string;
};

/** The result of {@link transitionRma}: the next RMA and its notification, or a refusal with a reason. */
export type RmaTransition =
  | { readonly ok: true; readonly rma: Rma; readonly notification: RmaNotification }
  | { readonly ok: false; readonly rma: Rma; readonly reason: Reason };

/**
 * The lifecycle as data: from each status, which event leads where.
 *
 * @example
 * RMA_TRANSITIONS.inspected.refund; // 'refunded'
 * @since 0.1.0
 */
export const RMA_TRANSITIONS: Readonly<Record<RmaStatus, Partial<Record<RmaEvent, RmaStatus>>>> = {
  requested: { approve: 'approved', reject: 'rejected' },
  approved: { 'issue-label': 'label-issued', ship: 'in-transit', receive: 'received' },
  'label-issued': { ship: 'in-transit', receive: 'received' },
  'in-transit': { receive: 'received' },
  received: { inspect: 'inspected' },
  inspected: {
    refund: 'refunded',
    exchange: 'exchanged',
    'reject-after-inspection': 'rejected-after-inspection',
  },
  rejected: {},
  refunded: {},
  exchanged: {},
  'rejected-after-inspection': {},
};

/**
 * Open an RMA in status `requested`.
 *
 * @param id - The RMA id.
 * @param at - When the customer asked.
 * @returns The new RMA.
 * @throws {MeridianError} `returns/invalid-instant` when `at` has no offset.
 * @example
 * openRma('rma-1', '2026-03-02T10:00:00Z').status; // 'requested'
 * @since 0.1.0
 */
export function openRma(id: string, at: Instant): Rma {
  return {
    id,
    status: 'requested',
    history: [{ status: 'requested', at: new Date(millis(at, 'at')).toISOString() }],
  };
}

/** What {@link transitionRma} takes. */
export type TransitionRmaOptions = {
  /** The current RMA. */
  readonly rma: Rma;
  /** What happened. */
  readonly event: RmaEvent;
  /** When it happened (ISO 8601 with offset, or a Date). */
  readonly at: Instant;
};

/**
 * Move an RMA through its lifecycle: requested → approved or rejected → label issued → in transit
 * → received → inspected → refunded, exchanged or rejected after inspection. An invalid transition
 * is refused with a reason; a valid one yields the customer notification it calls for.
 *
 * @param options - `{ rma, event, at }`. (The 0.1 positional form `(rma, event, at)` still works.)
 * @returns `{ ok: true, rma, notification }` or `{ ok: false, rma, reason }` (rma unchanged).
 * @throws {MeridianError} `returns/invalid-instant` when `at` has no offset; `returns/invalid-rma`
 * when `rma` is not an RMA.
 * @example
 * const t = transitionRma({ rma: openRma('rma-1', '2026-03-02T10:00:00Z'), event: 'approve', at: '2026-03-02T11:00:00Z' });
 * t.ok && t.notification.template; // 'rma.approved'
 * @since 0.1.0
 */
export function transitionRma(options: TransitionRmaOptions): RmaTransition;
/** @deprecated Pass `{ rma, event, at }`. */
export function transitionRma(rma: Rma, event: RmaEvent, at: Instant): RmaTransition;
export function transitionRma(
  first: TransitionRmaOptions | Rma,
  second?: RmaEvent,
  third?: Instant,
): RmaTransition {
  if (second === undefined && (typeof first !== 'object' || first === null)) {
    failBase('returns/invalid-argument', {
      what: 'transitionRma(options)',
      expected: 'an object { rma, event, at }',
      value: describeValue(first),
    });
  }
  const { rma, event, at } =
    second === undefined
      ? (first as TransitionRmaOptions)
      : { rma: first as Rma, event: second, at: third as Instant };
  if (typeof rma !== 'object' || rma === null || !Array.isArray(rma.history)) {
    fail('returns/invalid-rma', {
      detail: `rma is ${show(rma)}; pass the RMA that openRma() or an earlier transition returned`,
    });
  }
  const iso = new Date(millis(at, 'at')).toISOString();
  const next = Object.hasOwn(RMA_TRANSITIONS, rma.status)
    ? RMA_TRANSITIONS[rma.status][event]
    : undefined;
  if (!next) {
    const from = Object.hasOwn(RMA_TRANSITIONS, rma.status) ? RMA_TRANSITIONS[rma.status] : {};
    const allowed = Object.keys(from).join(', ');
    return {
      ok: false,
      rma,
      reason: why('rma.invalid-transition', { from: rma.status, event, allowed }),
    };
  }
  const last = rma.history[rma.history.length - 1];
  if (last && Date.parse(last.at) > Date.parse(iso)) {
    return {
      ok: false,
      rma,
      reason: why('rma.out-of-order', { from: rma.status, event, lastAt: last.at, at: iso }),
    };
  }
  return {
    ok: true,
    rma: { id: rma.id, status: next, history: [...rma.history, { status: next, at: iso }] },
    notification: { to: 'customer', template: `rma.${next}`, rmaId: rma.id, status: next, at: iso },
  };
}
