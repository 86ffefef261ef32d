import type { Instant } from '@meridian-cx/core';
import * as z from 'zod/mini';
import { orderEvents } from '../events/orderEvents.js';
import { ChannelSchema, InstantSchema } from '../schemas.js';
import { replaySteps } from '../ticket/replaySteps.js';
import { objectInput } from '../validation/checkState.js';
import { parseAt } from '../validation/parseAt.js';
import { validEvents } from '../validation/validEvents.js';

const OptionsSchema = z.object({
  to: ChannelSchema,
  now: InstantSchema,
  recent: z.optional(z.int().check(z.minimum(0, 'recent is a whole number ≥ 0.'))),
});

import type { BotTurn, ChannelId, TicketEvent } from '../types.js';

/** What the next agent needs so they do not ask the customer again. */
export type HandOffSummary = {
  readonly ticketId: string;
  readonly requesterId: string | null;
  readonly from: ChannelId | null;
  readonly to: ChannelId;
  readonly status: string;
  readonly priority: string;
  readonly tags: readonly string[];
  readonly channelsSoFar: readonly ChannelId[];
  /** What the customer wrote that no agent has answered yet, oldest first. */
  readonly unanswered: readonly {
    readonly at: string;
    readonly channel: ChannelId;
    readonly text: string;
  }[];
  /** The last few customer messages, oldest first. */
  readonly recentCustomerMessages: readonly {
    readonly at: string;
    readonly channel: ChannelId;
    readonly text: string;
  }[];
  readonly lastAgentReply: { readonly at: string; readonly text: string } | null;
  readonly internalNotes: readonly string[];
  /** The bot conversation handed over, if any. */
  readonly botTranscript: readonly BotTurn[];
  /** Human-readable lines, ready for an agent's screen. */
  readonly lines: readonly string[];
  readonly at: string;
};

/** Input of {@link handOffSummary}. */
export type HandOffInput = {
  /** One ticket's events. */
  readonly events: readonly TicketEvent[];
  /** The channel the conversation moves to (`phone` when chat becomes a call). */
  readonly to: ChannelId;
  readonly now: Instant;
  /** How many recent customer messages to include. Default: 3. */
  readonly recent?: number;
};

/**
 * A hand-off summary for a conversation that moves to another channel (chat to phone, bot to
 * agent): what was asked, what is still unanswered, what was tried, so the agent does not ask again.
 *
 * @param input - The ticket's events, the destination channel, now.
 * @returns Structured summary plus readable lines.
 * @throws {MeridianError} `tickets/mixed-tickets` when events of two tickets are mixed.
 * @throws {ValidationError} `tickets/invalid-ticket-event` naming `events[i]…`; `tickets/invalid-input`.
 * @example
 * handOffSummary({ events, to: 'phone', now: '2026-03-02T10:00:00Z' }).lines[0];
 * @since 0.1.0
 */
export function handOffSummary(input: HandOffInput): HandOffSummary {
  objectInput(input);
  const all = validEvents(input.events);
  const options = parseAt(
    OptionsSchema,
    { to: input.to, now: input.now, recent: input.recent },
    'input',
  );
  const state = replaySteps(all).state;
  const applied = new Set(state.applied);
  const events = orderEvents(all).events.filter((e) => applied.has(e.id));
  const customer: { at: string; channel: ChannelId; text: string }[] = [];
  let unanswered: { at: string; channel: ChannelId; text: string }[] = [];
  let lastAgentReply: { at: string; text: string } | null = null;
  const notes: string[] = [];
  let transcript: BotTurn[] = [];
  for (const e of events) {
    if (e.type === 'message' && e.from === 'customer') {
      const m = { at: e.at, channel: e.channel, text: e.text };
      customer.push(m);
      unanswered.push(m);
    } else if (e.type === 'message' && e.from === 'agent' && e.public !== false) {
      lastAgentReply = { at: e.at, text: e.text };
      unanswered = [];
    } else if (e.type === 'internal-note') notes.push(e.text);
    else if (e.type === 'bot-handoff') transcript = [...e.transcript];
  }
  const recent = (options.recent ?? 3) === 0 ? [] : customer.slice(-(options.recent ?? 3));
  const from = state.channel;
  const lines = [
    `Ticket ${state.id} (${state.status}, ${state.priority}) moves ${from ?? '?'} → ${options.to}; channels so far: ${state.channels.join(' → ')}.`,
    ...(state.tags.length > 0 ? [`Tags: ${state.tags.join(', ')}.`] : []),
    ...(unanswered.length > 0
      ? [
          `Still unanswered (${unanswered.length}):`,
          ...unanswered.map((m) => `  [${m.channel}] ${m.text}`),
        ]
      : ['Nothing unanswered.']),
    ...(lastAgentReply ? [`Last agent reply: ${lastAgentReply.text}`] : ['No agent reply yet.']),
    ...(transcript.length > 0 ? [`Bot transcript: ${transcript.length} turns attached.`] : []),
    ...notes.map((n) => `Note: ${n}`),
  ];
  return {
    ticketId: state.id,
    requesterId: state.requesterId,
    from,
    to: options.to,
    status: state.status,
    priority: state.priority,
    tags: state.tags,
    channelsSoFar: state.channels,
    unanswered,
    recentCustomerMessages: recent,
    lastAgentReply,
    internalNotes: notes,
    botTranscript: transcript,
    lines,
    at: options.now,
  };
}
