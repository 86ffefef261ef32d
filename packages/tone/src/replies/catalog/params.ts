// The params of each built-in reply template, declared once: every language catalog
// (REPLIES_EN … REPLIES_ZH_HANS) carries its messages for exactly these templates and params.
import type { ParamKind } from '../types.js';

/** Template id → its params, for the 12 built-in reply templates. */
export const REPLY_PARAMS = {
  acknowledgement: { ticketId: 'text' },
  'order-status': { orderId: 'text', itemCount: 'number', deliveryDate: 'date' },
  'shipping-delay': { orderId: 'text', days: 'number', newDate: 'date' },
  'return-approved': { orderId: 'text', labelUrl: 'text', deadline: 'date' },
  'refund-issued': { orderId: 'text', amount: 'money', days: 'number' },
  'out-of-hours': { nextOpen: 'datetime' },
  handoff: { agentName: 'text' },
  'data-request': { requestId: 'text', deadline: 'date' },
  apology: { orderId: 'text' },
  'request-details': { orderId: 'text', photos: 'number' },
  survey: { surveyUrl: 'text' },
  closing: { agentName: 'text' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, ParamKind>>>>;

/** The id of a built-in reply template. */
export type ReplyTemplateId = keyof typeof REPLY_PARAMS;
