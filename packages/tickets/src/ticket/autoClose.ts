import {
  describeValue,
  fromEpochMillis,
  type Instant,
  type Reason,
  reason,
} from '@meridian-cx/core';
import { fail } from '../failures.js';
import { STATUS_SOURCE } from '../status/statusSource.js';
import type { TicketEvent, TicketState } from '../types.js';
import { checkState, objectInput } from '../validation/checkState.js';
import { instantAt } from '../validation/instantAt.js';
import { markValid } from '../validation/validEvents.js';

/** Input of {@link autoClose}. */
export type AutoCloseInput = {
  readonly state: TicketState;
  readonly now: Instant;
  /** Days after solving that a ticket closes. Default: 4, as the leading help desk; 1 to 28. */
  readonly afterDays?: number;
};

/** Whether a solved ticket is due to close, and the event that closes it. */
export type AutoCloseDecision = {
  /** The `status-changed` event to append, or `null` when not due. */
  readonly event: TicketEvent | null;
  /** When the ticket closes (or closed), or `null` when it is not solved. */
  readonly closesAt: string | null;
  readonly reasons: readonly Reason[];
};

const DAY = 86_400_000;

/**
 * Close solved tickets after a number of days, as the leading help desk does automatically
 * (4 days by default, configurable up to 28). Returns the event to append; the log stays the
 * single source of truth.
 *
 * @param input - The replayed ticket, now, and the delay in days.
 * @returns The closing event when due, when the ticket closes, and why.
 * @throws {MeridianError} `tickets/invalid-auto-close` for a delay outside 1–28 days.
 * @throws {ValidationError} `tickets/invalid-input` for a state that is not a replayed ticket or an
 *   invalid `now`, naming the path.
 * @example
 * autoClose({ state, now: '2026-03-10T10:00:00Z' }).event?.type; // 'status-changed'
 * @since 0.1.0
 */
export function autoClose(input: AutoCloseInput): AutoCloseDecision {
  objectInput(input);
  const days = input.afterDays ?? 4;
  if (!Number.isInteger(days) || days < 1 || days > 28) {
    fail('tickets/invalid-auto-close', { afterDays: describeValue(days) });
  }
  const s = checkState(input.state, 'state');
  const nowMs = instantAt(input.now, 'now');
  if (s.category !== 'solved' || s.solvedAt === null) {
    return {
      event: null,
      closesAt: null,
      reasons: [reason('close.not-solved', { status: s.status })],
    };
  }
  const closesMs = instantAt(s.solvedAt, 'state.solvedAt') + days * DAY;
  const closesAt = fromEpochMillis(closesMs);
  if (nowMs < closesMs) {
    return {
      event: null,
      closesAt,
      reasons: [reason('close.not-yet', { closesAt, days }, STATUS_SOURCE)],
    };
  }
  return {
    event: markValid({
      id: `${s.id}:auto-close:${closesAt}`,
      ticketId: s.id,
      type: 'status-changed',
      at: closesAt,
      status: 'closed',
      by: 'auto-close',
    }),
    closesAt,
    reasons: [reason('close.due', { closesAt, days }, STATUS_SOURCE)],
  };
}
