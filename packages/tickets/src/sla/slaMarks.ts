import { toEpochMillis } from '@meridian-cx/core';
import { orderEvents } from '../events/orderEvents.js';
import { fail } from '../failures.js';
import { refuseTransition } from '../status/decideTransition.js';
import { categoryOf } from '../status/statusCategory.js';
import type { CustomStatus, StatusCategory, TicketEvent } from '../types.js';

/**
 * The points of a ticket's life the SLA clocks walk (applied events up to `now`, then `now`), as
 * parallel arrays, and the raw cycles per clock family as mark indices (`-1`: still open).
 *
 * @internal Not part of the public surface.
 */
export type SlaMarks = {
  readonly ms: number[];
  readonly at: string[];
  readonly status: string[];
  readonly category: StatusCategory[];
  readonly eventId: string[];
  /** The event that set the current status. */
  readonly statusSince: string[];
  /** Index of the `now` mark (equals the number of event marks). */
  readonly nowIndex: number;
  readonly first: Cycles;
  readonly next: Cycles;
  readonly update: Cycles;
  readonly whole: Cycles;
};

/** Cycles as mark indices, flat: start, end, start, end… (end `-1` while open). */
export type Cycles = number[];

const isStopped = (c: string) => c === 'solved' || c === 'closed';

function close(list: Cycles, at: number): void {
  const i = list.length - 1;
  if (i >= 0 && list[i] === -1) list[i] = at;
}

function isOpen(list: Cycles): boolean {
  const i = list.length - 1;
  return i >= 0 && list[i] === -1;
}

/**
 * Replay only what the SLA clocks need (status, category and which events apply), with exactly
 * the acceptance rules of `replaySteps`, and build the marks and raw cycles in the same pass.
 *
 * @internal Not part of the public surface.
 */
export function slaMarks(
  events: readonly TicketEvent[],
  statuses: readonly CustomStatus[] = [],
  nowMs: number,
  nowAt: string,
): SlaMarks {
  // Events usually arrive in order, once, for one ticket: then one pass checks that and builds
  // the marks. Anything else takes the general path: check the tickets, sort (see orderEvents).
  const fast = build(events, null, statuses, nowMs, nowAt);
  if (fast !== null) return fast;
  const ticketId = events[0]?.ticketId ?? '';
  for (const e of events) {
    if (e.ticketId !== ticketId) {
      fail('tickets/mixed-tickets', { first: ticketId, other: e.ticketId });
    }
  }
  const ordered = orderEvents(events);
  return build(ordered.events, ordered.millis, statuses, nowMs, nowAt) as SlaMarks;
}

/**
 * The marks of events in replay order (`millis` given), or of events as they arrived
 * (`millis` null: then `null` as soon as they turn out not to be one ticket's, in order, once).
 */
function build(
  list: readonly TicketEvent[],
  millis: readonly number[] | null,
  statuses: readonly CustomStatus[],
  nowMs: number,
  nowAt: string,
): SlaMarks | null {
  const out: SlaMarks = {
    ms: [],
    at: [],
    status: [],
    category: [],
    eventId: [],
    statusSince: [],
    nowIndex: 0,
    first: [],
    next: [],
    update: [],
    whole: [],
  };
  const checking = millis === null;
  const ids = checking ? new Set<string>() : null;
  const ticketId = list[0]?.ticketId;
  let prev: TicketEvent | null = null;
  let prevMs = 0;
  let pastNow = false;
  let created = false;
  let status = 'new';
  let category: StatusCategory = 'new';
  let assigneeId: string | null = null;
  let prevCategory: string | null = null;
  let prevStatus: string | null = null;
  let statusSince = '';
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as TicketEvent;
    let ms: number;
    if (ids !== null) {
      if (e.ticketId !== ticketId) return null;
      try {
        ms = toEpochMillis(e.at);
      } catch {
        return null; // the general path throws the same error, after checking the tickets
      }
      const id = e.id;
      if (ids.has(id)) return null;
      if (prev !== null) {
        if (ms < prevMs) return null;
        if (ms === prevMs) {
          const sa = prev.sequence ?? 0;
          const sb = e.sequence ?? 0;
          if (sa > sb || (sa === sb && prev.id >= id)) return null;
        }
      }
      ids.add(id);
      prev = e;
      prevMs = ms;
    } else ms = (millis as readonly number[])[i] as number;
    if (pastNow) continue;
    const { type } = e;
    // Acceptance and status effect, as `apply` in replaySteps.
    if (type === 'created') {
      if (created) continue;
    } else if (!created) continue;
    if (category === 'closed') continue;
    switch (type) {
      case 'created':
        created = true;
        break;
      case 'message':
        if (
          e.from === 'customer' &&
          (category === 'pending' || category === 'on-hold' || category === 'solved')
        ) {
          status = 'open';
          category = 'open';
        }
        break;
      case 'status-changed':
        if (refuseTransition(status, e.status, assigneeId, statuses) !== null) continue;
        status = e.status;
        category = categoryOf(e.status, statuses) as StatusCategory;
        break;
      case 'assigned':
        if (e.assigneeId === null && category === 'solved') continue;
        assigneeId = e.assigneeId;
        if (e.assigneeId !== null && category === 'new') {
          status = 'open';
          category = 'open';
        }
        break;
      case 'merged':
        status = 'closed';
        category = 'closed';
        break;
      case 'priority-changed':
      case 'tagged':
      case 'channel-switched':
      case 'bot-handoff':
      case 'internal-note':
      case 'satisfaction':
        break;
      default:
        continue;
    }
    // Steps are in time order: once one is after `now`, the rest only matter for the state.
    if (ms > nowMs) {
      if (!checking) break;
      pastNow = true;
      continue;
    }
    const k = out.ms.length;
    if (prevStatus !== status) statusSince = e.id;
    prevStatus = status;
    out.ms.push(ms);
    out.at.push(e.at);
    out.status.push(status);
    out.category.push(category);
    out.eventId.push(e.id);
    out.statusSince.push(statusSince);
    if (type === 'created') {
      if (e.createdBy !== 'agent') {
        out.first.push(k, -1);
      }
      out.whole.push(k, -1);
    } else if (type === 'message') {
      // Only public messages count; `public` is read only when it can matter.
      const from = e.from;
      if (from === 'agent') {
        if (e.public !== false) {
          close(out.first, k);
          close(out.next, k);
          close(out.update, k);
          if (!isStopped(category)) out.update.push(k, -1);
        }
      } else if (
        from === 'customer' &&
        !isOpen(out.first) &&
        !isOpen(out.next) &&
        e.public !== false
      ) {
        out.next.push(k, -1);
      }
    }
    const stopped = isStopped(category);
    const hasWhole = out.whole.length > 0;
    if (stopped && (prevCategory === null || !isStopped(prevCategory))) {
      close(out.first, k);
      close(out.next, k);
      close(out.update, k);
      if (hasWhole) out.whole[1] = k;
    } else if (!stopped && prevCategory !== null && isStopped(prevCategory) && hasWhole) {
      out.whole[1] = -1;
    }
    prevCategory = category;
  }
  const n = out.ms.length;
  (out as { nowIndex: number }).nowIndex = n;
  if (n > 0) {
    out.ms.push(nowMs);
    out.at.push(nowAt);
    out.status.push(out.status[n - 1] as string);
    out.category.push(out.category[n - 1] as StatusCategory);
    out.eventId.push('now');
    out.statusSince.push(out.statusSince[n - 1] as string);
  }
  return out;
}
