// @meridian-cx/tickets: public surface, re-exported by name.
export { type TriageDecision, type TriageOptions, triageBot } from './bot/triageBot.js';
export { CHANNELS } from './channels/channels.data.js';
export { channelTraits } from './channels/channelTraits.js';
export { lastCustomerMessageAt } from './channels/lastCustomerMessageAt.js';
export {
  type MessagingWindow,
  type MessagingWindowInput,
  messagingWindow,
} from './channels/messagingWindow.js';
export { type SmsSegments, smsSegments } from './channels/smsSegments.js';
export { matchConditions } from './conditions/matchConditions.js';
export { type OrderedEvents, orderEvents } from './events/orderEvents.js';
export { parseTicketEvent } from './events/parseTicketEvent.js';
export {
  codes as ticketsErrorCodes,
  message as ticketsMessage,
  type TicketsErrorCode,
} from './failures.js';
export { type Identity, normalizeIdentity } from './identity/normalizeIdentity.js';
export {
  type IdentityConflict,
  type ResolveCustomersInput,
  type ResolvedCustomer,
  type ResolvedCustomers,
  resolveCustomers,
} from './identity/resolveCustomers.js';
export {
  type Conversation,
  type Route,
  type RouteInput,
  routeConversation,
} from './routing/routeConversation.js';
export {
  AuthorRoleSchema,
  BotTurnSchema,
  CHANNEL_IDS,
  ChannelSchema,
  ConditionsSchema,
  CustomerMergeEventSchema,
  CustomerProfileSchema,
  CustomStatusSchema,
  MatchContextSchema,
  PRIORITIES,
  PrioritySchema,
  RawIdentitySchema,
  RoutingRuleSchema,
  SLA_METRICS,
  SlaFulfilmentSchema,
  SlaMetricSchema,
  SlaPolicySchema,
  SlaTargetSchema,
  STATUS_CATEGORIES,
  StatusCategorySchema,
  TicketEventSchema,
} from './schemas.js';
export { computeSla } from './sla/computeSla.js';
export { parseSlaPolicy } from './sla/parseSlaPolicy.js';
export { type PolicyChoice, selectSlaPolicy } from './sla/selectSlaPolicy.js';
export { DEFAULT_PAUSES } from './sla/slaSource.js';
export type {
  CalendarPeriod,
  ComputeSlaInput,
  PolicyChange,
  SlaClock,
  SlaClockState,
  SlaCycle,
  SlaReport,
} from './sla/types.js';
export { decideTransition, type TransitionInput } from './status/decideTransition.js';
export { statusCategory } from './status/statusCategory.js';
export { CUSTOM_STATUS_SOURCE, STATUS_SOURCE } from './status/statusSource.js';
export { type AutoCloseDecision, type AutoCloseInput, autoClose } from './ticket/autoClose.js';
export { type FollowUpInput, followUp } from './ticket/followUp.js';
export { type ReplayOptions, replayTicket } from './ticket/replayTicket.js';
export {
  type CustomerTimeline,
  type CustomerTimelineInput,
  customerTimeline,
  type TimelineEntry,
} from './timeline/customerTimeline.js';
export {
  type HandOffInput,
  type HandOffSummary,
  handOffSummary,
} from './timeline/handOffSummary.js';
export type {
  BotTurn,
  ChannelId,
  ChannelTraits,
  Conditions,
  CustomerMergeEvent,
  CustomerProfile,
  CustomStatus,
  MatchContext,
  Priority,
  RawIdentity,
  RefusedEvent,
  RoutingRule,
  SlaFulfilment,
  SlaMetric,
  SlaPolicy,
  SlaTarget,
  StatusCategory,
  TicketEvent,
  TicketEventInput,
  TicketEventType,
  TicketState,
} from './types.js';
