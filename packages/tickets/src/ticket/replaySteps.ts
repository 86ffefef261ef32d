import { type Reason, reason } from '@meridian-cx/core';
import { orderEvents } from '../events/orderEvents.js';
import { fail } from '../failures.js';
import { refuseTransition } from '../status/decideTransition.js';
import {
  ALREADY_CREATED,
  BEFORE_CREATED,
  CLOSED,
  type Machine,
  MERGED,
  machineStep,
  newMachine,
  OPENED_BY_ASSIGNMENT,
  REOPENED_BY_REQUESTER,
  TRANSITION_REFUSED,
} from '../status/machineStep.js';
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

function transition(s: State, e: TicketEvent, from: string, to: string, r: Reason): void {
  s.transitions.push({ eventId: e.id, from, to, reason: r });
}

/** Why an event was refused, from the machine's code and the state before the event. */
function refusal(
  code: number,
  s: State,
  e: TicketEvent,
  statuses: readonly CustomStatus[],
): Reason[] {
  switch (code) {
    case ALREADY_CREATED:
      return [reason('ticket.already-created', { createdAt: s.createdAt ?? '' })];
    case BEFORE_CREATED:
      return [reason('ticket.event-before-created', { type: e.type })];
    case CLOSED: {
      const rs: Reason[] = [
        reason('ticket.closed', { closedAt: s.closedAt ?? '', type: e.type }, STATUS_SOURCE),
      ];
      if (e.type === 'message' && e.from === 'customer') {
        rs.push(reason('ticket.follow-up-needed', { closedTicketId: s.id }, STATUS_SOURCE));
      }
      return rs;
    }
    case TRANSITION_REFUSED:
      return [
        refuseTransition(s.status, (e as { status: string }).status, s.assigneeId, statuses) ??
          reason('status.refused', {}),
      ];
    default:
      return [reason('status.solved-needs-assignee', { to: s.status }, STATUS_SOURCE)];
  }
}

/** Apply one event's effects beyond the status (the machine decided that it applies). */
function apply(s: State, e: TicketEvent): void {
  switch (e.type) {
    case 'created':
      s.createdAt = e.at;
      s.requesterId = e.requesterId;
      s.priority = e.priority ?? 'normal';
      s.subject = e.subject ?? null;
      s.followUpOf = e.followUpOf ?? null;
      useChannel(s, e.channel);
      return;
    case 'message':
      useChannel(s, e.channel);
      if (e.from === 'customer') {
        s.messages.customer++;
        s.lastCustomerMessageAt = e.at;
      } else if (e.from === 'agent') {
        s.messages.agent++;
        if (e.public !== false) s.lastAgentReplyAt = e.at;
      } else s.messages.bot++;
      return;
    case 'assigned':
      s.assigneeId = e.assigneeId;
      if (e.groupId !== undefined) s.groupId = e.groupId;
      return;
    case 'priority-changed':
      s.priority = e.priority;
      return;
    case 'tagged': {
      let tags = s.tags;
      for (const t of e.add ?? []) if (!tags.includes(t)) tags = [...tags, t];
      for (const t of e.remove ?? []) if (tags.includes(t)) tags = tags.filter((x) => x !== t);
      if (tags !== s.tags) s.tags = tags.sort();
      return;
    }
    case 'channel-switched':
      useChannel(s, e.to);
      return;
    case 'bot-handoff':
      s.botHandoffs++;
      return;
    case 'merged':
      s.mergedInto = e.intoTicketId;
      return;
    case 'satisfaction':
      s.satisfaction = e.rating;
      return;
    default:
      return;
  }
}

/** Step the machine, then the rest of the state; returns the reasons of a refusal, or null. */
function step(
  s: State,
  m: Machine,
  e: TicketEvent,
  statuses: readonly CustomStatus[],
): Reason[] | null {
  const from = m.status;
  const code = machineStep(m, e, statuses);
  if (code < 0) return refusal(code, s, e, statuses);
  apply(s, e);
  if (code === OPENED_BY_ASSIGNMENT) {
    transition(s, e, from, 'open', reason('status.opened-by-assignment', {}, STATUS_SOURCE));
  } else if (code === REOPENED_BY_REQUESTER) {
    transition(s, e, from, 'open', reason('status.reopened-by-requester', { from }, STATUS_SOURCE));
  } else if (code === MERGED) {
    const into = (e as { intoTicketId: string }).intoTicketId;
    transition(s, e, from, 'closed', reason('ticket.merged', { into }, STATUS_SOURCE));
  }
  if (m.status !== s.status || m.category !== s.category) setStatus(s, m.status, m.category, e.at);
  return null;
}

/**
 * Replay a ticket's events into its state, stepping the status machine (`machineStep`, which the
 * SLA clocks step through too).
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
  const m = newMachine();
  s.duplicates = ordered.duplicates;
  for (let i = 0; i < ordered.events.length; i++) {
    const e = ordered.events[i] as TicketEvent;
    const refusedBecause = step(s, m, e, statuses);
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
