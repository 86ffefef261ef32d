/** The codes this package throws. */
export type TicketsErrorCode =
  | 'tickets/invalid-ticket-event'
  | 'tickets/invalid-sla-policy'
  | 'tickets/invalid-customer-profile'
  | 'tickets/invalid-customer-merge-event'
  | 'tickets/invalid-phone'
  | 'tickets/invalid-email'
  | 'tickets/unknown-channel'
  | 'tickets/mixed-tickets'
  | 'tickets/not-a-follow-up'
  | 'tickets/invalid-auto-close';

/**
 * Message builders per code: constants, so tests can assert them and docs can quote them.
 *
 * @since 0.1.0
 */
export const ticketsMessages = {
  invalidPhone: (value: string, country: string | undefined) =>
    `"${value}" is not a valid phone number${country ? ` for default country ${country}` : ''}. Pass it in international form (+48 601 234 567) or give the customer's country as defaultCountry.`,
  invalidEmail: (value: string) =>
    `"${value}" is not an email address. Pass the address the customer wrote from, such as "ana@example.com".`,
  unknownChannel: (value: string) =>
    `"${value}" is not a known channel. Use one of the ids in CHANNELS, such as "email", "sms" or "whatsapp".`,
  mixedTickets: (a: string, b: string) =>
    `replayTicket got events of two tickets ("${a}" and "${b}"). Group events by ticketId first and replay each ticket on its own.`,
  notAFollowUp: (eventId: string) =>
    `Event "${eventId}" is not a customer message refused on a closed ticket. Only those start a follow-up; replay other refused events after fixing them.`,
  invalidAutoClose: (days: number) =>
    `Solved tickets close after 1 to 28 whole days; got ${days}. Pass afterDays between 1 and 28 (the default is 4).`,
} as const;
