// The hand-written event check against the schema it stands in for: what it accepts, the schema
// accepts and leaves unchanged; what the schema refuses, it refuses; the schema's own output
// (what parseTicketEvent returns and apps store) always passes it.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { safeParse } from 'zod/mini';
import { TicketEventSchema } from '../events/eventSchemas.js';
import { CHANNEL_IDS, PRIORITIES } from '../vocabulary.js';
import { canonicalMillis, fastEvent } from './fastEvent.js';

const INSTANTS = [
  '2026-03-02T10:00:00.000Z',
  '2024-02-29T23:59:59.999Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '2026-03-02T10:00:00Z',
  '2026-03-02T11:00:00.000+01:00',
  '2026-03-02t10:00:00.000Z',
  '2026-03-02T10:00:00,000Z',
  '2026-03-02T24:00:00.000Z',
  '2026-03-02T10:60:00.000Z',
  '2026-03-02T10:00:60.000Z',
  '2026-02-29T10:00:00.000Z',
  '2026-13-02T10:00:00.000Z',
  '2026-00-02T10:00:00.000Z',
  '2026-03-00T10:00:00.000Z',
  '2026-03-02T10:00:00.00aZ',
  '2026-03-02 10:00:00.000Z',
  ' 026-03-02T10:00:00.000Z',
  '2026-03-02T10:00:00.000z',
];
const instant = fc.oneof(
  fc.constantFrom(...INSTANTS),
  fc
    .integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })
    .map((ms) => new Date(ms).toISOString()),
  fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms)),
);

/** Values a careless or hostile payload puts where a field should be. */
const junk = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x', 0, -1, 1.5, 2 ** 53, Number.NaN, true, [], {}, ['']),
  fc.string({ maxLength: 3 }),
  fc.integer(),
  instant,
);

const FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.constantFrom('e1', 'e2'),
  ticketId: fc.constant('t1'),
  at: instant,
  sequence: fc.option(fc.nat(5), { nil: undefined }),
  channel: fc.constantFrom(...CHANNEL_IDS),
  to: fc.constantFrom(...CHANNEL_IDS),
  requesterId: fc.constant('c1'),
  createdBy: fc.constantFrom(undefined, 'customer', 'agent', 'bot'),
  opening: fc.constantFrom(undefined, 'public', 'private'),
  subject: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
  priority: fc.constantFrom(...PRIORITIES),
  followUpOf: fc.constantFrom(undefined, 't0'),
  from: fc.constantFrom('customer', 'agent', 'bot'),
  text: fc.string({ maxLength: 3 }),
  authorId: fc.constantFrom(undefined, 'a1'),
  public: fc.constantFrom(undefined, true, false),
  attachments: fc.option(fc.nat(3), { nil: undefined }),
  status: fc.constantFrom('open', 'pending', 'custom'),
  by: fc.constantFrom(undefined, 'a1'),
  assigneeId: fc.constantFrom(null, 'a1'),
  groupId: fc.constantFrom(undefined, 'g1'),
  add: fc.option(fc.array(fc.constantFrom('vip', 'shipping'), { maxLength: 2 }), {
    nil: undefined,
  }),
  remove: fc.option(fc.array(fc.constant('vip'), { maxLength: 2 }), { nil: undefined }),
  reason: fc.constant('asked-for-human'),
  transcript: fc.array(
    fc.record(
      {
        from: fc.constantFrom('customer', 'bot', 'agent'),
        text: fc.constantFrom('hi', 1),
        at: instant,
        intent: fc.constantFrom(undefined, 'refund', ''),
        understood: fc.constantFrom(undefined, true, 'yes'),
      },
      { requiredKeys: ['from', 'text', 'at'] },
    ),
    { maxLength: 2 },
  ),
  intoTicketId: fc.constant('t2'),
  rating: fc.constantFrom('good', 'bad'),
  comment: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
};

const TYPES = [
  'created',
  'message',
  'status-changed',
  'assigned',
  'priority-changed',
  'tagged',
  'channel-switched',
  'bot-handoff',
  'internal-note',
  'merged',
  'satisfaction',
  'unknown',
];

/** An event of any type with every field well-typed, then up to three fields spoilt or dropped. */
const payload = fc
  .record({
    type: fc.constantFrom(...TYPES),
    fields: fc.record(FIELDS),
    spoil: fc.array(fc.tuple(fc.constantFrom('type', ...Object.keys(FIELDS)), junk), {
      maxLength: 3,
    }),
    drop: fc.array(fc.constantFrom(...Object.keys(FIELDS)), { maxLength: 2 }),
  })
  .map(({ type, fields, spoil, drop }) => {
    const e: Record<string, unknown> = { ...fields, type };
    for (const [k, v] of spoil) e[k] = v;
    for (const k of drop) delete e[k];
    return e;
  });

const input = fc.oneof(payload, junk);

test.prop([input], { numRuns: 2000 })('fastEvent agrees with TicketEventSchema', (x) => {
  const ms = fastEvent(x);
  const r = safeParse(TicketEventSchema, x);
  if (!r.success) {
    expect(ms).toBeNaN();
    return;
  }
  if (!Number.isNaN(ms)) {
    // Accepted here: the schema changes nothing that it outputs, and the instant is the same.
    const raw = x as Record<string, unknown>;
    for (const [k, v] of Object.entries(r.data)) expect(raw[k]).toEqual(v);
    expect(ms).toBe(Date.parse(r.data.at));
  }
  // The schema's own output (years 0000–9999) always takes the fast path.
  if (r.data.at.length === 24) expect(fastEvent(r.data)).toBe(Date.parse(r.data.at));
});

test.prop([fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })])(
  'canonicalMillis reads back what toISOString writes, over years 0000–9999',
  (ms) => {
    expect(canonicalMillis(new Date(ms).toISOString())).toBe(ms);
  },
);

test('canonicalMillis refuses every other form', () => {
  for (const s of INSTANTS.slice(4)) expect(canonicalMillis(s)).toBeNaN();
  expect(canonicalMillis(1_772_445_600_000)).toBeNaN();
  expect(canonicalMillis(new Date(0))).toBeNaN();
});
