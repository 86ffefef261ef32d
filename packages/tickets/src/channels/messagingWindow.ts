import { fromEpochMillis, type Instant, type Reason, reason, wordIssue } from '@meridian-cx/core';
import type { ChannelTraits } from '../types.js';
import { objectInput } from '../validation/checkState.js';
import { instantAt } from '../validation/instantAt.js';
import { invalid } from '../validation/parseAt.js';
import { channelTraits } from './channelTraits.js';

/** Whether a free-form reply may be sent now on a channel with a customer-service window. */
export type MessagingWindow = {
  /** Free-form replies allowed now. */
  readonly open: boolean;
  /** Outside the window, only approved templates (WhatsApp) or tagged messages (Messenger). */
  readonly templateRequired: boolean;
  /** When the window closes (or closed); `null` on channels without a window or with no message yet. */
  readonly closesAt: string | null;
  /**
   * Outside the standard window, a human agent (never automation) may still answer with the
   * platform's tag (Messenger and Instagram: `HUMAN_AGENT`) until `humanAgentUntil`.
   */
  readonly humanAgentAllowed: boolean;
  /** When the human-agent extension ends (or ended); `null` on channels without one or with no message yet. */
  readonly humanAgentUntil: string | null;
  readonly reasons: readonly Reason[];
};

// A custom channel's window, checked: a fractional or negative window would give a confident
// wrong answer.
function windowHours(value: unknown, key: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    invalid(
      'input',
      ['channels', key],
      wordIssue({ code: 'invalid_type', expected: 'number of hours ≥ 0 or null', input: value }),
    );
  }
  return value;
}

/** Input of {@link messagingWindow}. */
export type MessagingWindowInput = {
  readonly channel: string;
  /** The customer's last message on this channel, or `null` if they never wrote on it. */
  readonly lastCustomerMessageAt: Instant | null;
  readonly now: Instant;
  /** Extra or overriding channels. Default: none. */
  readonly channels?: Readonly<Record<string, ChannelTraits>>;
};

/**
 * Whether a free-form reply may go out on WhatsApp, Messenger or Instagram now: the 24-hour
 * customer-service window runs from the customer's last message; outside it only approved
 * templates may be sent (WhatsApp), or tagged messages (Messenger, Instagram), where a human
 * agent may still answer with the `HUMAN_AGENT` tag for 7 days from the customer's last message.
 * Channels without a window are always open.
 *
 * @param input - Channel, the customer's last message on it, now.
 * @returns Open or not, when it closes, whether a human agent may still answer with a tag, and why.
 * @throws {MeridianError} `tickets/unknown-channel`.
 * @throws {ValidationError} `tickets/invalid-input` naming `now` or `lastCustomerMessageAt`.
 * @example
 * messagingWindow({ channel: 'whatsapp', lastCustomerMessageAt: '2026-03-01T09:00:00Z', now: '2026-03-02T10:00:00Z' }).open; // false
 * @since 0.1.0
 */
export function messagingWindow(input: MessagingWindowInput): MessagingWindow {
  objectInput(input);
  const traits = channelTraits(input.channel, input.channels);
  const hours = windowHours(traits.customerServiceWindowHours, 'customerServiceWindowHours');
  const humanHours = windowHours(traits.humanAgentWindowHours ?? null, 'humanAgentWindowHours');
  const source = traits.provenance?.source;
  const nowMs = instantAt(input.now, 'now');
  if (hours === null) {
    return {
      open: true,
      templateRequired: false,
      closesAt: null,
      humanAgentAllowed: true,
      humanAgentUntil: null,
      reasons: [reason('window.none', { channel: traits.id })],
    };
  }
  if (input.lastCustomerMessageAt === null) {
    return {
      open: false,
      templateRequired: true,
      closesAt: null,
      humanAgentAllowed: false,
      humanAgentUntil: null,
      reasons: [reason('window.never-opened', { channel: traits.id, hours }, source)],
    };
  }
  const lastMs = instantAt(input.lastCustomerMessageAt, 'lastCustomerMessageAt');
  const closesMs = lastMs + hours * 3_600_000;
  const closesAt = fromEpochMillis(closesMs);
  const open = nowMs < closesMs;
  const reasons: Reason[] = [
    reason(open ? 'window.open' : 'window.closed', { channel: traits.id, hours, closesAt }, source),
  ];
  let humanAgentAllowed = open;
  let humanAgentUntil: string | null = null;
  if (humanHours !== null) {
    const untilMs = lastMs + humanHours * 3_600_000;
    humanAgentUntil = fromEpochMillis(untilMs);
    humanAgentAllowed = nowMs < untilMs;
    if (!open) {
      reasons.push(
        reason(
          humanAgentAllowed ? 'window.human-agent-tag' : 'window.human-agent-tag-expired',
          { channel: traits.id, hours: humanHours, until: humanAgentUntil },
          source,
        ),
      );
    }
  }
  return { open, templateRequired: !open, closesAt, humanAgentAllowed, humanAgentUntil, reasons };
}
