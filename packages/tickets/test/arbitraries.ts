import { fc } from '@fast-check/vitest';
import { parseTicketEvent, type TicketEvent } from '@meridian-cx/tickets';

const BASE = Date.parse('2026-03-27T06:00:00Z'); // two days before the spring-forward night

type Step =
  | { kind: 'customer'; minute: number }
  | { kind: 'agent'; minute: number; public: boolean }
  | { kind: 'status'; minute: number; status: string }
  | { kind: 'assign'; minute: number; who: string | null }
  | { kind: 'note'; minute: number }
  | { kind: 'priority'; minute: number; priority: string };

const minute = fc.integer({ min: 0, max: 4000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('customer' as const), minute }),
  fc.record({ kind: fc.constant('agent' as const), minute, public: fc.boolean() }),
  fc.record({
    kind: fc.constant('status' as const),
    minute,
    status: fc.constantFrom(
      'open',
      'pending',
      'on-hold',
      'solved',
      'closed',
      'new',
      'awaiting-parts',
    ),
  }),
  fc.record({
    kind: fc.constant('assign' as const),
    minute,
    who: fc.constantFrom('a1', 'a2', null),
  }),
  fc.record({ kind: fc.constant('note' as const), minute }),
  fc.record({
    kind: fc.constant('priority' as const),
    minute,
    priority: fc.constantFrom('low', 'normal', 'high', 'urgent'),
  }),
);

/** How a ticket was opened: by the customer, by an agent in public, or for the customer in private. */
export const OPENINGS = [
  {},
  { createdBy: 'agent' },
  { createdBy: 'agent', opening: 'private' },
] as const;

/** A ticket's events at whole minutes, several sharing an instant, with their sequence numbers. */
export const ticketEvents: fc.Arbitrary<TicketEvent[]> = fc
  .tuple(fc.array(step, { maxLength: 14 }), fc.nat({ max: 2 }))
  .map(([steps, opening]) => {
    const at = (m: number) => new Date(BASE + m * 60_000).toISOString();
    const events: TicketEvent[] = [
      parseTicketEvent({
        id: 'e0',
        ticketId: 't',
        type: 'created',
        at: at(0),
        channel: 'email',
        requesterId: 'c',
        ...OPENINGS[opening],
      }),
    ];
    steps.forEach((s, i) => {
      const common = { id: `e${i + 1}`, ticketId: 't', at: at(s.minute), sequence: i + 1 };
      const body =
        s.kind === 'customer'
          ? { type: 'message', from: 'customer', channel: 'whatsapp', text: `c${i}` }
          : s.kind === 'agent'
            ? { type: 'message', from: 'agent', channel: 'email', text: `a${i}`, public: s.public }
            : s.kind === 'status'
              ? { type: 'status-changed', status: s.status }
              : s.kind === 'note'
                ? { type: 'internal-note', authorId: 'a1', text: `n${i}` }
                : s.kind === 'priority'
                  ? { type: 'priority-changed', priority: s.priority }
                  : { type: 'assigned', assigneeId: s.who };
      events.push(parseTicketEvent({ ...common, ...body }));
    });
    return events;
  });

/** Arrival order: a permutation plus some repeated deliveries. */
export function arrival(events: readonly TicketEvent[]): fc.Arbitrary<TicketEvent[]> {
  return fc
    .tuple(
      fc.shuffledSubarray([...events], { minLength: events.length, maxLength: events.length }),
      fc.array(fc.nat({ max: Math.max(0, events.length - 1) }), { maxLength: 3 }),
    )
    .map(([shuffled, dups]) => [...shuffled, ...dups.map((i) => events[i] as TicketEvent)]);
}

export const STATUSES = [
  { id: 'awaiting-parts', label: 'Awaiting parts', category: 'on-hold' as const },
];
export const minuteAt = (m: number) => new Date(BASE + m * 60_000).toISOString();
