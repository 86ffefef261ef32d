import { type Reason, reason } from '@meridian-cx/core';
import { orderEvents } from '../events/orderEvents.js';
import { fail } from '../failures.js';
import { refuseTransition } from '../status/decideTransition.js';
import { categoryOf } from '../status/statusCategory.js';
import { STATUS_SOURCE } from '../status/statusSource.js';
import type {
  ChannelId,
  CustomStatus,
  RefusedEvent,
  StatusCategory,
  TicketEvent,
  TicketState,
} from '../types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type State = Mutable<Omit<TicketState, 'messages'>> & {
  messages: { customer: number; agent: number; bot: number };
  applied: string[];
  refused: RefusedEvent[];
  transitions: Mutable<TicketState['transitions']>;
  channels: ChannelId[];
  tags: string[];
};

function emptyState(id: string): State {
  return {
    id,
    status: 'new',
    category: 'new',
    priority: 'normal',
    requesterId: null,
    assigneeId: null,
    groupId: null,
    channel: null,
    channels: [],
    tags: [],
    subject: null,
    createdAt: null,
    updatedAt: null,
    solvedAt: null,
    closedAt: null,
    followUpOf: null,
    mergedInto: null,
    messages: { customer: 0, agent: 0, bot: 0 },
    lastCustomerMessageAt: null,
    lastAgentReplyAt: null,
    satisfaction: null,
    botHandoffs: 0,
    applied: [],
    duplicates: [],
    refused: [],
    transitions: [],
  };
}

function useChannel(s: State, channel: ChannelId): void {
  s.channel = channel;
  if (!s.channels.includes(channel)) s.channels.push(channel);
}

function setStatus(s: State, status: string, category: StatusCategory, at: string): void {
  s.status = status;
  s.category = category;
  if (category === 'solved') s.solvedAt = at;
  else if (category === 'closed') s.closedAt = at;
  else s.solvedAt = null;
}

function autoTransition(s: State, e: TicketEvent, to: 'open', r: Reason): void {
  s.transitions.push({ eventId: e.id, from: s.status, to, reason: r });
  setStatus(s, to, 'open', e.at);
}

/** Apply one event; returns the reasons it was refused, or null when applied. */
function apply(s: State, e: TicketEvent, statuses: readonly CustomStatus[]): Reason[] | null {
  if (e.type === 'created') {
    if (s.createdAt !== null) return [reason('ticket.already-created', { createdAt: s.createdAt })];
  } else if (s.createdAt === null) {
    return [reason('ticket.event-before-created', { type: e.type })];
  }
  if (s.category === 'closed') {
    const rs: Reason[] = [
      reason('ticket.closed', { closedAt: s.closedAt ?? '', type: e.type }, STATUS_SOURCE),
    ];
    if (e.type === 'message' && e.from === 'customer') {
      rs.push(reason('ticket.follow-up-needed', { closedTicketId: s.id }, STATUS_SOURCE));
    }
    return rs;
  }
  switch (e.type) {
    case 'created':
      s.createdAt = e.at;
      s.requesterId = e.requesterId;
      s.priority = e.priority ?? 'normal';
      s.subject = e.subject ?? null;
      s.followUpOf = e.followUpOf ?? null;
      useChannel(s, e.channel);
      return null;
    case 'message': {
      useChannel(s, e.channel);
      if (e.from === 'customer') {
        s.messages.customer++;
        s.lastCustomerMessageAt = e.at;
        if (s.category === 'pending' || s.category === 'on-hold' || s.category === 'solved') {
          autoTransition(
            s,
            e,
            'open',
            reason('status.reopened-by-requester', { from: s.status }, STATUS_SOURCE),
          );
        }
      } else if (e.from === 'agent') {
        s.messages.agent++;
        if (e.public !== false) s.lastAgentReplyAt = e.at;
      } else s.messages.bot++;
      return null;
    }
    case 'status-changed': {
      const refused = refuseTransition(s.status, e.status, s.assigneeId, statuses);
      if (refused !== null) return [refused];
      const cat = categoryOf(e.status, statuses) as StatusCategory;
      setStatus(s, e.status, cat, e.at);
      return null;
    }
    case 'assigned':
      if (e.assigneeId === null && s.category === 'solved') {
        return [reason('status.solved-needs-assignee', { to: s.status }, STATUS_SOURCE)];
      }
      s.assigneeId = e.assigneeId;
      if (e.groupId !== undefined) s.groupId = e.groupId;
      if (e.assigneeId !== null && s.category === 'new') {
        autoTransition(s, e, 'open', reason('status.opened-by-assignment', {}, STATUS_SOURCE));
      }
      return null;
    case 'priority-changed':
      s.priority = e.priority;
      return null;
    case 'tagged': {
      let tags = s.tags;
      for (const t of e.add ?? []) if (!tags.includes(t)) tags = [...tags, t];
      for (const t of e.remove ?? []) if (tags.includes(t)) tags = tags.filter((x) => x !== t);
      if (tags !== s.tags) s.tags = tags.sort();
      return null;
    }
    case 'channel-switched':
      useChannel(s, e.to);
      return null;
    case 'bot-handoff':
      s.botHandoffs++;
      return null;
    case 'internal-note':
      return null;
    case 'merged':
      s.mergedInto = e.intoTicketId;
      s.transitions.push({
        eventId: e.id,
        from: s.status,
        to: 'closed',
        reason: reason('ticket.merged', { into: e.intoTicketId }, STATUS_SOURCE),
      });
      setStatus(s, 'closed', 'closed', e.at);
      return null;
    case 'satisfaction':
      s.satisfaction = e.rating;
      return null;
  }
}

/**
 * Replay a ticket's events into its state (the SLA clocks replay what they need themselves, in
 * `slaMarks`, with the same rules).
 *
 * @internal Not part of the public surface.
 */
export function replaySteps(
  events: readonly TicketEvent[],
  statuses: readonly CustomStatus[] = [],
): { readonly state: TicketState } {
  const first = events[0];
  const ticketId = first?.ticketId ?? '';
  for (const e of events) {
    if (e.ticketId !== ticketId) {
      fail('tickets/mixed-tickets', { first: ticketId, other: e.ticketId });
    }
  }
  const ordered = orderEvents(events);
  const s = emptyState(ticketId);
  s.duplicates = ordered.duplicates;
  for (let i = 0; i < ordered.events.length; i++) {
    const e = ordered.events[i] as TicketEvent;
    const refusedBecause = apply(s, e, statuses);
    if (refusedBecause === null) {
      s.applied.push(e.id);
      s.updatedAt = e.at;
    } else s.refused.push({ event: e, reasons: refusedBecause });
  }
  for (const e of ordered.idClashes) {
    s.refused.push({ event: e, reasons: [reason('event.id-clash', { id: e.id })] });
  }
  return { state: s };
}
