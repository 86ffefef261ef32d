// Issue #17: FCR is decided in one place (fcrOutcome), and the streaming TicketAccumulator and the
// one-shot firstContactResolution agree for EVERY definition and denominator, not only the default.

import { fc, test } from '@fast-check/vitest';
import {
  type FcrDefinition,
  firstContactResolution,
  TicketAccumulator,
} from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

const base = Date.parse('2026-03-02T00:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

// Tickets with and without replies, resolutions, reopens (inside and outside any window), with and
// without an agent-reply count, and some invalid ones (empty id, reply before creation).
const ticket = fc
  .record({
    id: fc.constantFrom('a', 'b', ''),
    created: fc.integer({ min: 0, max: 20 * DAY }),
    reply: fc.option(fc.integer({ min: -3_600_000, max: 3 * DAY })),
    resolve: fc.option(fc.integer({ min: 0, max: 10 * DAY })),
    reopens: fc.array(fc.integer({ min: 0, max: 12 * DAY }), { maxLength: 2 }),
    replies: fc.option(fc.integer({ min: 0, max: 4 })),
  })
  .map((t) => ({
    id: t.id,
    createdAt: iso(base + t.created),
    ...(t.reply !== null ? { firstReplyAt: iso(base + t.created + t.reply) } : {}),
    ...(t.resolve !== null ? { resolvedAt: iso(base + t.created + t.resolve) } : {}),
    ...(t.resolve !== null && t.reopens.length > 0
      ? { reopenedAt: t.reopens.map((r) => iso(base + t.created + (t.resolve as number) + r)) }
      : {}),
    ...(t.replies !== null ? { agentReplies: t.replies } : {}),
  }));

const definition: fc.Arbitrary<FcrDefinition> = fc.oneof(
  fc.constant({ kind: 'one-reply' } as const),
  fc
    .record({
      withinDays: fc.oneof(
        fc.integer({ min: 0, max: 14 }),
        fc.double({ min: 0, max: 14, noNaN: true }),
      ),
      now: fc.integer({ min: 0, max: 40 * DAY }),
      asDate: fc.boolean(),
    })
    .map(({ withinDays, now, asDate }) => ({
      kind: 'no-reopen' as const,
      withinDays,
      now: asDate ? new Date(base + now) : iso(base + now),
    })),
);

describe('FCR: the accumulator and the one-shot function are one rule', () => {
  test.prop(
    [
      fc.array(ticket, { maxLength: 40 }),
      definition,
      fc.constantFrom('resolved', 'all' as const),
      fc.constantFrom(0.9, 0.95, 0.99),
    ],
    { numRuns: 200 },
  )(
    'for every definition and denominator: value, n, pending, rejected agree',
    (tickets, def, denominator, confidence) => {
      const acc = new TicketAccumulator({ fcrDefinition: def, fcrDenominator: denominator })
        .addAll(tickets)
        .result({ confidence }).fcr;
      const direct = firstContactResolution(tickets, { definition: def, denominator, confidence });
      expect(acc).toEqual(direct);
      // And the counts add up: every valid ticket is counted, pending, outside the denominator, or
      // rejected for want of its reply count.
      expect(acc.n + acc.pending).toBeLessThanOrEqual(tickets.length);
    },
  );

  test.prop(
    [
      fc.array(ticket, { maxLength: 30 }),
      fc.nat(30),
      definition,
      fc.constantFrom('resolved', 'all' as const),
    ],
    {
      numRuns: 100,
    },
  )('a shard revived from JSON and merged still agrees', (tickets, cut, def, denominator) => {
    const options = { fcrDefinition: def, fcrDenominator: denominator };
    const k = cut % (tickets.length + 1);
    const left = new TicketAccumulator(options).addAll(tickets.slice(0, k));
    const right = new TicketAccumulator(options).addAll(tickets.slice(k));
    const merged = TicketAccumulator.fromJSON(JSON.parse(JSON.stringify(left)), options).merge(
      right,
    );
    expect(merged.result().fcr).toEqual(
      firstContactResolution(tickets, { definition: def, denominator }),
    );
  });
});
