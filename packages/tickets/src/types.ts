import type { Provenance, Reason } from '@meridian-cx/core';
import type * as z from 'zod/mini';
import type {
  BotTurnSchema,
  CHANNEL_IDS,
  ConditionsSchema,
  CustomerMergeEventSchema,
  CustomerProfileSchema,
  CustomStatusSchema,
  MatchContextSchema,
  PRIORITIES,
  RawIdentitySchema,
  RoutingRuleSchema,
  SLA_METRICS,
  SlaFulfilmentSchema,
  SlaPolicySchema,
  SlaTargetSchema,
  STATUS_CATEGORIES,
  TicketEventSchema,
} from './schemas.js';

/** A channel id: `email`, `sms`, `whatsapp`… */
export type ChannelId = (typeof CHANNEL_IDS)[number];
/** A ticket priority. */
export type Priority = (typeof PRIORITIES)[number];
/** A built-in status, which is also the category every custom status maps onto. */
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];
/** A custom status mapped onto a category. */
export type CustomStatus = z.output<typeof CustomStatusSchema>;
/** One ticket event, validated (instants are canonical UTC ISO strings). */
export type TicketEvent = z.output<typeof TicketEventSchema>;
/** One ticket event as you may write it (instants as ISO strings with offset, or `Date`). */
export type TicketEventInput = z.input<typeof TicketEventSchema>;
/** The type of a ticket event. */
export type TicketEventType = TicketEvent['type'];
/** A bot conversation turn. */
export type BotTurn = z.output<typeof BotTurnSchema>;
/** An SLA metric id. */
export type SlaMetric = (typeof SLA_METRICS)[number];
/** An SLA target: minutes, in business or calendar hours. */
export type SlaTarget = z.output<typeof SlaTargetSchema>;
/** Per-policy fulfilment options. */
export type SlaFulfilment = z.output<typeof SlaFulfilmentSchema>;
/** An SLA policy: conditions, targets per metric, and optional pause rules per metric. */
export type SlaPolicy = z.output<typeof SlaPolicySchema>;
/** Conditions on priority, channel, customer tier, market and language. */
export type Conditions = z.output<typeof ConditionsSchema>;
/** A routing rule. */
export type RoutingRule = z.output<typeof RoutingRuleSchema>;
/** A raw identity, before normalisation. */
export type RawIdentity = z.output<typeof RawIdentitySchema>;
/** A customer profile from one channel or system. */
export type CustomerProfile = z.output<typeof CustomerProfileSchema>;
/** A manual merge of profiles, or the undoing of one. */
export type CustomerMergeEvent = z.output<typeof CustomerMergeEventSchema>;

/** What a ticket, a conversation or a customer looks like to a condition. */
export type MatchContext = Readonly<z.output<typeof MatchContextSchema>>;

/** The traits of a channel, as data, with provenance. */
export type ChannelTraits = {
  readonly id: ChannelId;
  readonly label: string;
  /** The customer expects an answer while they wait (chat, phone). */
  readonly synchronous: boolean;
  readonly attachments: boolean;
  /** Maximum characters in one message, or `null` where no limit is documented. */
  readonly maxLength: number | null;
  /** Visible to the public (posts and comments). */
  readonly public: boolean;
  /** Hours after the customer's last message during which free-form replies are allowed. */
  readonly customerServiceWindowHours: number | null;
  /**
   * Hours after the customer's last message during which a human agent may still answer with a
   * tag once the standard window has closed (Messenger and Instagram's `HUMAN_AGENT` tag: 7
   * days). Absent or `null` where the platform has no such tag.
   */
  readonly humanAgentWindowHours?: number | null;
  /** Outbound messages are billed per SMS segment. */
  readonly segmented: boolean;
  readonly provenance: Provenance;
};

/** An event that replay refused, with the reasons. */
export type RefusedEvent = {
  readonly event: TicketEvent;
  readonly reasons: readonly Reason[];
};

/** A ticket's state after replaying its events. */
export type TicketState = {
  readonly id: string;
  /** The status id (built-in or custom). */
  readonly status: string;
  /** The category the status behaves as. */
  readonly category: StatusCategory;
  readonly priority: Priority;
  readonly requesterId: string | null;
  readonly assigneeId: string | null;
  readonly groupId: string | null;
  readonly channel: ChannelId | null;
  /** Every channel used, in order of first use. */
  readonly channels: readonly ChannelId[];
  readonly tags: readonly string[];
  readonly subject: string | null;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  readonly solvedAt: string | null;
  readonly closedAt: string | null;
  readonly followUpOf: string | null;
  readonly mergedInto: string | null;
  readonly messages: { readonly customer: number; readonly agent: number; readonly bot: number };
  readonly lastCustomerMessageAt: string | null;
  readonly lastAgentReplyAt: string | null;
  readonly satisfaction: 'good' | 'bad' | null;
  readonly botHandoffs: number;
  /** Ids of the events applied, in replay order. */
  readonly applied: readonly string[];
  /** Ids of duplicate deliveries ignored (same id, same content). */
  readonly duplicates: readonly string[];
  /** Events refused, each with why: never dropped silently. */
  readonly refused: readonly RefusedEvent[];
  /** Status transitions made by the machine itself (assignment opens, requester reopens). */
  readonly transitions: readonly {
    readonly eventId: string;
    readonly from: string;
    readonly to: string;
    readonly reason: Reason;
  }[];
};
