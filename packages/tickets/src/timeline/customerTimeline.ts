import * as z from 'zod/mini';
import { orderEvents } from '../events/orderEvents.js';
import { objectInput } from '../validation/checkState.js';
import { parseAt } from '../validation/parseAt.js';
import { validEvents } from '../validation/validEvents.js';

const OptionsSchema = z.object({
  profileIds: z.optional(z.array(z.string())),
  includeInternal: z.optional(z.boolean()),
});

import type { ChannelId, TicketEvent } from '../types.js';

/** One line of a customer's history. */
export type TimelineEntry = {
  readonly at: string;
  readonly ticketId: string;
  readonly eventId: string;
  readonly type: TicketEvent['type'];
  readonly channel: ChannelId | null;
  /** Who acted: customer, agent, bot, or system for status and assignment changes. */
  readonly actor: 'customer' | 'agent' | 'bot' | 'system';
  /** The message text, note text, status or a short description. */
  readonly summary: string;
};

/** Input of {@link customerTimeline}. */
export type CustomerTimelineInput = {
  /** Events of any number of tickets, in any order. */
  readonly events: readonly TicketEvent[];
  /** Keep only tickets whose requester is one of these profiles (see `resolveCustomers`). Default: all. */
  readonly profileIds?: readonly string[];
  /** Include internal notes. Default: `true` (the timeline is for agents). */
  readonly includeInternal?: boolean;
};

/** One customer's history across tickets and channels. */
export type CustomerTimeline = {
  readonly entries: readonly TimelineEntry[];
  readonly ticketIds: readonly string[];
  /** Channels in order of first use. */
  readonly channels: readonly ChannelId[];
};

function describe(e: TicketEvent): {
  actor: TimelineEntry['actor'];
  summary: string;
  channel: ChannelId | null;
} {
  switch (e.type) {
    case 'created':
      return {
        actor: e.createdBy ?? 'customer',
        summary: e.subject ?? 'ticket created',
        channel: e.channel,
      };
    case 'message':
      return { actor: e.from, summary: e.text, channel: e.channel };
    case 'status-changed':
      return { actor: 'system', summary: `status → ${e.status}`, channel: null };
    case 'assigned':
      return { actor: 'system', summary: `assigned to ${e.assigneeId ?? 'nobody'}`, channel: null };
    case 'priority-changed':
      return { actor: 'system', summary: `priority → ${e.priority}`, channel: null };
    case 'tagged':
      return {
        actor: 'system',
        summary: `tags +${(e.add ?? []).join(',')} -${(e.remove ?? []).join(',')}`,
        channel: null,
      };
    case 'channel-switched':
      return { actor: 'system', summary: `moved to ${e.to}`, channel: e.to };
    case 'bot-handoff':
      return { actor: 'bot', summary: `handed to a human: ${e.reason}`, channel: null };
    case 'internal-note':
      return { actor: 'agent', summary: e.text, channel: null };
    case 'merged':
      return { actor: 'system', summary: `merged into ${e.intoTicketId}`, channel: null };
    case 'satisfaction':
      return {
        actor: 'customer',
        summary: `rated ${e.rating}${e.comment ? `: ${e.comment}` : ''}`,
        channel: null,
      };
  }
}

/**
 * One customer's history across tickets and channels, in time order: what they wrote by email,
 * in chat and on WhatsApp, what agents and bots answered, and what changed on each ticket.
 *
 * @param input - Events of many tickets, the customer's profile ids, whether to include notes.
 * @returns Entries in time order, the tickets and the channels used.
 * @throws {ValidationError} `tickets/invalid-ticket-event` naming `events[i]…`; `tickets/invalid-input`.
 * @example
 * customerTimeline({ events, profileIds: customer.profileIds }).channels; // ['email', 'live-chat', 'whatsapp']
 * @since 0.1.0
 */
export function customerTimeline(input: CustomerTimelineInput): CustomerTimeline {
  objectInput(input);
  const events = validEvents(input.events);
  const options = parseAt(
    OptionsSchema,
    { profileIds: input.profileIds, includeInternal: input.includeInternal },
    'input',
  );
  const requester = new Map<string, string>();
  for (const e of events) if (e.type === 'created') requester.set(e.ticketId, e.requesterId);
  const wanted = options.profileIds === undefined ? null : new Set(options.profileIds);
  const kept = events.filter((e) => {
    if (wanted === null) return true;
    const r = requester.get(e.ticketId);
    return r !== undefined && wanted.has(r);
  });
  const includeInternal = options.includeInternal ?? true;
  const entries: TimelineEntry[] = [];
  const channels: ChannelId[] = [];
  const tickets: string[] = [];
  const ordered = orderEvents(kept).events;
  for (const e of ordered) {
    if (e.type === 'internal-note' && !includeInternal) continue;
    if (e.type === 'message' && e.public === false && !includeInternal) continue;
    const d = describe(e);
    if (d.channel !== null && !channels.includes(d.channel)) channels.push(d.channel);
    if (!tickets.includes(e.ticketId)) tickets.push(e.ticketId);
    entries.push({
      at: e.at,
      ticketId: e.ticketId,
      eventId: e.id,
      type: e.type,
      channel: d.channel,
      actor: d.actor,
      summary: d.summary,
    });
  }
  return { entries, ticketIds: tickets, channels };
}
