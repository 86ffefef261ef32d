import { parseTicketEvent, type TicketEvent } from '@meridian-cx/tickets';

/** A small event builder for tests: minutes after a base instant, validated like a webhook. */
export function builder(ticketId: string, base = '2026-03-02T08:00:00Z') {
  const baseMs = Date.parse(base);
  let n = 0;
  const at = (minutes: number) => new Date(baseMs + minutes * 60_000).toISOString();
  const make = (minutes: number, body: Record<string, unknown>): TicketEvent =>
    parseTicketEvent({ id: `${ticketId}-${++n}`, ticketId, at: at(minutes), ...body });
  return {
    at,
    created: (m: number, extra: Record<string, unknown> = {}) =>
      make(m, { type: 'created', channel: 'email', requesterId: 'cust-1', ...extra }),
    customer: (m: number, text = 'Hello?', channel = 'email') =>
      make(m, { type: 'message', from: 'customer', channel, text }),
    agent: (m: number, text = 'On it.', channel = 'email', extra: Record<string, unknown> = {}) =>
      make(m, { type: 'message', from: 'agent', channel, text, ...extra }),
    status: (m: number, status: string) => make(m, { type: 'status-changed', status }),
    assign: (m: number, assigneeId: string | null = 'agent-1') =>
      make(m, { type: 'assigned', assigneeId }),
    raw: make,
  };
}
