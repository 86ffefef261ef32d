import { orderEvents } from '../events/orderEvents.js';
import { fail } from '../failures.js';
import { type Machine, machineStep, newMachine } from '../status/machineStep.js';
import type { ChannelId, CustomStatus, Priority, StatusCategory, TicketEvent } from '../types.js';
import { beginIds, seenBefore } from '../validation/idTable.js';

/** What an applied event is to the SLA clocks. */
export const KIND = {
  /** `created` by the customer or a bot. */
  openedByCustomer: 0,
  /** `created` by an agent with a public comment. */
  openedByAgent: 1,
  /** `created` by an agent with a private note, on the customer's behalf. */
  openedForCustomer: 2,
  agentPublic: 3,
  agentPrivate: 4,
  internalNote: 5,
  customerPublic: 6,
  other: 7,
} as const;

/**
 * The points of a ticket's life the SLA clocks walk (applied events up to `now`, then `now`), as
 * parallel arrays.
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
  /** What each event is to the clocks (see {@link KIND}). */
  readonly kind: number[];
  /** The priority and channel after each event: what a policy selector reads (tracked only then). */
  readonly priority: Priority[];
  readonly channel: ChannelId[];
  /** Index of the `now` mark (equals the number of event marks). */
  readonly nowIndex: number;
};

function kindOf(e: TicketEvent): number {
  switch (e.type) {
    case 'created':
      if (e.createdBy !== 'agent') return KIND.openedByCustomer;
      return e.opening === 'private' ? KIND.openedForCustomer : KIND.openedByAgent;
    case 'message':
      if (e.from === 'agent') return e.public === false ? KIND.agentPrivate : KIND.agentPublic;
      return e.from === 'customer' && e.public !== false ? KIND.customerPublic : KIND.other;
    case 'internal-note':
      return KIND.internalNote;
    default:
      return KIND.other;
  }
}

/**
 * Replay what the SLA clocks need through the one status machine (`machineStep`) and record a
 * mark per applied event up to `now`. `millis[i]` is the epoch ms of `events[i].at` (validation
 * worked it out already).
 *
 * @internal Not part of the public surface.
 */
export function slaMarks(
  events: readonly TicketEvent[],
  millis: readonly number[],
  statuses: readonly CustomStatus[],
  nowMs: number,
  nowAt: string,
  track = true,
): SlaMarks {
  // Events usually arrive in order, once, for one ticket: then one pass checks that and builds
  // the marks. Anything else takes the general path: check the tickets, sort (see orderEvents).
  const fast = build(events, millis, true, statuses, nowMs, nowAt, track);
  if (fast !== null) return fast;
  const ticketId = events[0]?.ticketId ?? '';
  for (const e of events) {
    if (e.ticketId !== ticketId)
      fail('tickets/mixed-tickets', { first: ticketId, other: e.ticketId });
  }
  const ordered = orderEvents(events);
  return build(ordered.events, ordered.millis, false, statuses, nowMs, nowAt, track) as SlaMarks;
}

/**
 * The marks of events in replay order (`checking` false), or of events as they arrived
 * (`checking` true: then `null` as soon as they turn out not to be one ticket's, in order, once).
 */
function build(
  list: readonly TicketEvent[],
  millis: readonly number[],
  checking: boolean,
  statuses: readonly CustomStatus[],
  nowMs: number,
  nowAt: string,
  track: boolean,
): SlaMarks | null {
  // Sized once for every event and `now`, written by index, cut to length at the end: growing
  // seven arrays by push cost more than the replay itself.
  const cap = list.length + 1;
  const out: SlaMarks = {
    ms: new Array(cap),
    at: new Array(cap),
    status: new Array(cap),
    category: new Array(cap),
    eventId: new Array(cap),
    statusSince: new Array(cap),
    kind: new Array(cap),
    priority: track ? new Array(cap) : [],
    channel: track ? new Array(cap) : [],
    nowIndex: 0,
  };
  let n = 0;
  if (checking) beginIds(list.length);
  const ticketId = list[0]?.ticketId;
  const m: Machine = newMachine();
  let prev: TicketEvent | null = null;
  let prevMs = 0;
  let pastNow = false;
  let prevStatus: string | null = null;
  let statusSince = '';
  let priority: Priority = 'normal';
  let channel: ChannelId = 'email';
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as TicketEvent;
    const ms = millis[i] as number;
    if (checking) {
      if (e.ticketId !== ticketId) return null;
      const id = e.id;
      if (seenBefore(id)) return null;
      if (prev !== null) {
        if (ms < prevMs) return null;
        if (ms === prevMs) {
          const sa = prev.sequence ?? 0;
          const sb = e.sequence ?? 0;
          if (sa > sb || (sa === sb && prev.id >= id)) return null;
        }
      }
      prev = e;
      prevMs = ms;
    }
    if (pastNow) continue;
    if (machineStep(m, e, statuses) < 0) continue;
    // Steps are in time order: once one is after `now`, the rest only matter for the checks.
    if (ms > nowMs) {
      if (!checking) break;
      pastNow = true;
      continue;
    }
    if (track) {
      if (e.type === 'created') {
        priority = e.priority ?? 'normal';
        channel = e.channel;
      } else if (e.type === 'priority-changed') priority = e.priority;
      else if (e.type === 'message') channel = e.channel;
      else if (e.type === 'channel-switched') channel = e.to;
      out.priority[n] = priority;
      out.channel[n] = channel;
    }
    if (prevStatus !== m.status) statusSince = e.id;
    prevStatus = m.status;
    out.ms[n] = ms;
    out.at[n] = e.at;
    out.status[n] = m.status;
    out.category[n] = m.category;
    out.eventId[n] = e.id;
    out.statusSince[n] = statusSince;
    out.kind[n] = kindOf(e);
    n++;
  }
  (out as { nowIndex: number }).nowIndex = n;
  if (n > 0) {
    out.ms[n] = nowMs;
    out.at[n] = nowAt;
    out.status[n] = out.status[n - 1] as string;
    out.category[n] = out.category[n - 1] as StatusCategory;
    out.eventId[n] = 'now';
    out.statusSince[n] = out.statusSince[n - 1] as string;
    out.kind[n] = KIND.other;
    if (track) {
      out.priority[n] = priority;
      out.channel[n] = channel;
    }
    n++;
  }
  // Usually every event applied before `now` and nothing is left to cut (a runtime call each).
  if (n < cap) {
    out.ms.length = n;
    out.at.length = n;
    out.status.length = n;
    out.category.length = n;
    out.eventId.length = n;
    out.statusSince.length = n;
    out.kind.length = n;
    if (track) {
      out.priority.length = n;
      out.channel.length = n;
    }
  }
  return out;
}
