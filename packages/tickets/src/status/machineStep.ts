import type { CustomStatus, StatusCategory, TicketEvent } from '../types.js';
import { refuseTransition } from './decideTransition.js';
import { categoryOf } from './statusCategory.js';

/** What the status machine remembers between events. */
export type Machine = {
  created: boolean;
  status: string;
  category: StatusCategory;
  assigneeId: string | null;
};

/** The event was applied and the status did not change by itself. */
export const APPLIED = 0;
/** Applied; assigning a new ticket opened it. */
export const OPENED_BY_ASSIGNMENT = 1;
/** Applied; the requester's comment reopened a pending, on-hold or solved ticket. */
export const REOPENED_BY_REQUESTER = 2;
/** Applied; merging closed the ticket. */
export const MERGED = 3;
/** Refused: a second `created`. */
export const ALREADY_CREATED = -1;
/** Refused: an event before `created`. */
export const BEFORE_CREATED = -2;
/** Refused: the ticket is closed. */
export const CLOSED = -3;
/** Refused: the status change breaks a rule (see `refuseTransition`). */
export const TRANSITION_REFUSED = -4;
/** Refused: unassigning a solved ticket. */
export const SOLVED_NEEDS_ASSIGNEE = -5;

/** A fresh machine: not created, status new. */
export function newMachine(): Machine {
  return { created: false, status: 'new', category: 'new', assigneeId: null };
}

/**
 * One step of the ticket status machine: whether `e` applies, and its effect on the status. The
 * one place the rules live; `replayTicket` (the whole state, with reasons) and the SLA clocks (the
 * status only, a million events a second) both step through it. Mutates `m` only when the event
 * applies; returns a code (≥ 0 applied, < 0 refused) so the hot path allocates nothing.
 *
 * @internal Not part of the public surface.
 */
export function machineStep(m: Machine, e: TicketEvent, statuses: readonly CustomStatus[]): number {
  const type = e.type;
  if (type === 'created') {
    if (m.created) return ALREADY_CREATED;
  } else if (!m.created) return BEFORE_CREATED;
  if (m.category === 'closed') return CLOSED;
  switch (type) {
    case 'created':
      m.created = true;
      return APPLIED;
    case 'message': {
      const c = m.category;
      if (e.from === 'customer' && (c === 'pending' || c === 'on-hold' || c === 'solved')) {
        m.status = 'open';
        m.category = 'open';
        return REOPENED_BY_REQUESTER;
      }
      return APPLIED;
    }
    case 'status-changed':
      if (refuseTransition(m.status, e.status, m.assigneeId, statuses) !== null) {
        return TRANSITION_REFUSED;
      }
      m.status = e.status;
      m.category = categoryOf(e.status, statuses) as StatusCategory;
      return APPLIED;
    case 'assigned':
      if (e.assigneeId === null && m.category === 'solved') return SOLVED_NEEDS_ASSIGNEE;
      m.assigneeId = e.assigneeId;
      if (e.assigneeId !== null && m.category === 'new') {
        m.status = 'open';
        m.category = 'open';
        return OPENED_BY_ASSIGNMENT;
      }
      return APPLIED;
    case 'merged':
      m.status = 'closed';
      m.category = 'closed';
      return MERGED;
    default:
      return APPLIED;
  }
}
