// English reply messages (en): one customer-service register, for the 12 built-in templates.
import { languageCatalog } from './languageCatalog.js';

/**
 * The built-in reply templates in English (`en`), one customer-service register. Pass it to
 * renderReply with the other languages you answer in; a bundle carries only the languages it
 * imports (about 1 KiB gzipped each).
 *
 * @example
 * renderReply({ template: 'closing', locale: 'en-GB', params: { agentName: 'Mina' } }, [REPLIES_EN]).text;
 * @since 0.1.0
 */
export const REPLIES_EN = /* @__PURE__ */ languageCatalog('en', {
  acknowledgement: {
    any: 'Thank you for contacting us. Your request {ticketId} has been received and we will reply as soon as possible.',
  },
  'order-status': {
    any: 'Your order {orderId} with {itemCount, plural, one {# item} other {# items}} is on its way and should arrive on {deliveryDate}.',
  },
  'shipping-delay': {
    any: 'We are sorry: your order {orderId} is delayed by {days, plural, one {# day} other {# days}}. The new delivery date is {newDate}.',
  },
  'return-approved': {
    any: 'Your return for order {orderId} is approved. Print your label here: {labelUrl}. Please send the parcel by {deadline}.',
  },
  'refund-issued': {
    any: 'We have refunded {amount} for order {orderId}. It should reach your account within {days, plural, one {# business day} other {# business days}}.',
  },
  'out-of-hours': {
    any: 'Our team is offline right now. We are back on {nextOpen} and will answer you then.',
  },
  handoff: {
    any: 'I am passing your conversation to {agentName}, a member of our team, who will continue from here.',
  },
  'data-request': {
    any: 'We have received your data request {requestId}. We will answer it by {deadline} at the latest.',
  },
  apology: {
    any: 'We are sorry for the trouble with order {orderId}. We are putting it right.',
  },
  'request-details': {
    any: 'To help with order {orderId}, could you send us {photos, plural, one {# photo} other {# photos}} of the item?',
  },
  survey: {
    any: 'How did we do? Please rate our help here: {surveyUrl}',
  },
  closing: {
    any: 'Thank you for your patience. If anything else comes up, just reply to this message. Kind regards, {agentName}',
  },
});
