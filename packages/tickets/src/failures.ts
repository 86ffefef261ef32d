import { defineFailures } from '@meridian-cx/core';

/**
 * The failure catalog of tickets: one message builder per code. Every throw in the package goes
 * through `fail(code, params)`, so a code that is not here does not compile. `codes` (exported as
 * `ticketsErrorCodes`) lists them; `message` (exported as `ticketsMessage`) renders one: the exact
 * message a `MeridianError` with that code and those params carries, for tests and docs that quote
 * it, or for logging a code stored without its text.
 *
 * @param code - A code of the catalog (`tickets/invalid-email`…); another code fails to compile.
 * @param params - The values the message names, typed per code (`{ value }` for
 *   `tickets/invalid-email`); left out for a code that takes none (`tickets/no-policy`).
 * @returns The message: what was wrong, the value, and what to do.
 * @example
 * ticketsMessage('tickets/missing-calendar', { policy: 'vip', metric: 'first-reply' });
 * // 'Policy "vip" measures first-reply in business hours, but no calendar was given. …'
 * @since 0.1.0
 */
export const { fail, failure, message, codes } = defineFailures('tickets', {
  'tickets/invalid-phone': (p: { value: string; defaultCountry: string }) =>
    `"${p.value}" is not a valid phone number${p.defaultCountry ? ` for default country ${p.defaultCountry}` : ''}. Pass it in international form (+48 601 234 567) or give the customer's country as defaultCountry.`,
  'tickets/invalid-email': (p: { value: string }) =>
    `"${p.value}" is not an email address. Pass the address the customer wrote from, such as "ana@example.com".`,
  // `id` comes described by core's describeValue (a string quoted, anything else as what it is).
  'tickets/unknown-channel': (p: { id: string }) =>
    `${p.id} is not a known channel. Use one of the ids in CHANNELS, such as "email", "sms" or "whatsapp", or pass your own channels.`,
  'tickets/mixed-tickets': (p: { first: string; other: string }) =>
    `Got events of two tickets ("${p.first}" and "${p.other}"). Group events by ticketId first and pass each ticket on its own.`,
  'tickets/not-a-follow-up': (p: { eventId: string }) =>
    `Event "${p.eventId}" is not a customer message refused on a closed ticket. Only those start a follow-up; replay other refused events after fixing them.`,
  'tickets/invalid-auto-close': (p: { afterDays: string }) =>
    `Solved tickets close after 1 to 28 whole days; got ${p.afterDays}. Pass afterDays between 1 and 28 (the default is 4).`,
  'tickets/missing-calendar': (p: { policy: string; metric: string }) =>
    `Policy "${p.policy}" measures ${p.metric} in business hours, but no calendar was given. Pass calendar (any core BusinessCalendar, such as one from @meridian-cx/coverage), or set the target's hours to "calendar".`,
  'tickets/invalid-calendar': (p: { path: string; missing: string }) =>
    `${p.path} is not a BusinessCalendar: ${p.missing} is not a function. Pass an object with isOpen, nextOpen, addWorkingMinutes and workingMinutesBetween (core's alwaysOpenCalendar, or a calendar from @meridian-cx/coverage).`,
  'tickets/invalid-events': (p: { path: string; value: string }) =>
    `orderEvents expects ${p.path} to be an array of ticket events; got ${p.value}. Pass the events of one ticket as an array (an empty array is fine).`,
  'tickets/no-policy': () =>
    'computeSla needs the policy that applies (policy) or the policies to choose from at each change (policies). Pass one of them.',
});

/** The codes that validation throws, as `ValidationError`s naming each path (`tickets/invalid-<what>`). */
export const VALIDATION_CODES = [
  'tickets/invalid-ticket-event',
  'tickets/invalid-sla-policy',
  'tickets/invalid-sla-input',
  'tickets/invalid-customer-profile',
  'tickets/invalid-customer-merge-event',
  'tickets/invalid-identity',
  'tickets/invalid-routing-input',
  'tickets/invalid-input',
] as const;

/** The codes this package throws: the failure catalog's, and validation's. */
export type TicketsErrorCode = (typeof codes)[number] | (typeof VALIDATION_CODES)[number];
