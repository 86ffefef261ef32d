import { fc, test } from '@fast-check/vitest';
import { isMeridianError } from '@meridian-cx/core';
import {
  CsatAccumulator,
  NpsAccumulator,
  parseSurveyResponse,
  SegmentedAccumulator,
  TicketAccumulator,
  TicketAccumulatorStateSchema,
} from '@meridian-cx/metrics';
import { afterEach, describe, expect, it } from 'vitest';

// The customer's names (SLA targets, segment keys, dimension names), with those an object confuses
// with its own keys: zod's record drops `__proto__`, and a revive must not.
const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const name = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('first-reply', 'resolution', '0', 'é'),
  fc.string({ minLength: 1, maxLength: 5 }),
);
const ticket = fc.record({
  id: fc.constantFrom('a', 'b'),
  createdAt: fc.constant('2026-03-02T09:00:00Z'),
  firstReplyAt: fc.constantFrom('2026-03-02T09:20:00Z', undefined),
  agentReplies: fc.integer({ min: 0, max: 3 }),
  sla: fc.array(fc.record({ target: name, met: fc.option(fc.boolean()) }), { maxLength: 4 }),
});
// Through JSON text, as a state shipped between workers or stored travels.
const viaText = (state: unknown): unknown => JSON.parse(JSON.stringify(state));

afterEach(() => {
  // No revive below may reach a prototype.
  expect(({} as Record<string, unknown>).met).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('reviving a state keyed by the customer names', () => {
  test.prop([fc.array(ticket, { maxLength: 25 }), fc.boolean()], { numRuns: 100 })(
    'a TicketAccumulator revived from JSON text gives the same result and state, every target kept',
    (tickets, exact) => {
      const acc = new TicketAccumulator({ keepExact: exact }).addAll(tickets);
      const back = TicketAccumulator.fromJSON(viaText(acc.toJSON()), { keepExact: exact });
      // As JSON text: values and key order (toStrictEqual reads an own `constructor` as a type).
      expect(JSON.stringify(back.result())).toBe(JSON.stringify(acc.result()));
      expect(JSON.stringify(back.toJSON())).toBe(JSON.stringify(acc.toJSON()));
      const targets = new Set(tickets.flatMap((t) => t.sla.map((s) => s.target)));
      expect(Object.keys(back.result().sla).sort()).toEqual([...targets].sort());
    },
  );

  test.prop([fc.array(fc.tuple(name, fc.integer({ min: 0, max: 10 })), { maxLength: 20 })], {
    numRuns: 100,
  })('segmented NPS and CSAT accumulators revive every segment from JSON text', (answers) => {
    const key = (input: unknown) => (input as { dimensions: { team: string } }).dimensions.team;
    const respond = ([team, score]: [string, number], survey: 'nps' | 'csat') => ({
      survey,
      score: survey === 'csat' ? 1 + (score % 5) : score,
      respondedAt: '2026-03-02T10:00:00Z',
      dimensions: { team },
    });
    const nps = new SegmentedAccumulator({ create: () => new NpsAccumulator(), key });
    const csat = new SegmentedAccumulator({ create: () => new CsatAccumulator(), key });
    for (const a of answers) {
      nps.add(respond(a, 'nps'));
      csat.add(respond(a, 'csat'));
    }
    const npsBack = SegmentedAccumulator.fromJSON(viaText(nps.toJSON()), {
      create: () => new NpsAccumulator(),
      key,
      revive: (s) => NpsAccumulator.fromJSON(s),
    });
    const csatBack = SegmentedAccumulator.fromJSON(viaText(csat.toJSON()), {
      create: () => new CsatAccumulator(),
      key,
      revive: (s) => CsatAccumulator.fromJSON(s, {}),
    });
    expect(JSON.stringify(npsBack.result())).toBe(JSON.stringify(nps.result()));
    expect(JSON.stringify(csatBack.result())).toBe(JSON.stringify(csat.result()));
    expect(npsBack.keys()).toEqual([...new Set(answers.map(([t]) => t))].sort());
  });

  test.prop([fc.dictionary(name, fc.string(), { maxKeys: 5 })], { numRuns: 100 })(
    'parseSurveyResponse keeps every dimension name, as checkSurveyResponse does',
    (dims) => {
      const input = viaText({
        survey: 'csat',
        score: 4,
        respondedAt: '2026-03-02T10:00:00Z',
        dimensions: dims,
      }) as { dimensions: Record<string, string> };
      const parsed = parseSurveyResponse(input);
      expect(Object.entries(parsed.dimensions ?? {})).toEqual(Object.entries(input.dimensions));
    },
  );
});

describe('a hostile state', () => {
  const state = () =>
    JSON.parse(JSON.stringify(new TicketAccumulator().toJSON())) as Record<string, unknown>;

  it('cannot pollute Object.prototype through a target named __proto__', () => {
    const hostile = JSON.parse(
      JSON.stringify(state()).replace(
        '"sla":{}',
        '"sla":{"__proto__":{"met":2,"breached":1,"running":0,"polluted":true},' +
          '"x":{"__proto__":{"polluted":true},"met":1,"breached":0,"running":0}}',
      ),
    );
    expect(Object.hasOwn(hostile.sla, '__proto__')).toBe(true);
    const sla = TicketAccumulator.fromJSON(hostile).result().sla;
    expect(Object.keys(sla)).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(sla, '__proto__')?.value).toMatchObject({
      target: '__proto__',
      met: 2,
      breached: 1,
    });
    expect(Object.getPrototypeOf(sla)).toBe(Object.prototype);
    const parsed = TicketAccumulatorStateSchema.parse(hostile);
    expect(Object.getPrototypeOf(parsed.sla)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is refused at the path of a bad count under __proto__, not dropped', () => {
    const hostile = JSON.parse(
      JSON.stringify(state()).replace(
        '"sla":{}',
        '"sla":{"__proto__":{"met":-1,"breached":0,"running":0}}',
      ),
    );
    try {
      TicketAccumulator.fromJSON(hostile);
      expect.unreachable('a negative count under __proto__ must be refused');
    } catch (e) {
      expect(isMeridianError(e, 'metrics/invalid-ticket-state')).toBe(true);
      expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([
        'sla',
        '__proto__',
        'met',
      ]);
    }
  });

  it('refuses SLA counts that are not an object of counts', () => {
    for (const sla of [[['a', { met: 1, breached: 0, running: 0 }]], null, 'a', new Date(0)]) {
      expect(() => TicketAccumulator.fromJSON({ ...state(), sla })).toThrow(/SLA counts/);
    }
  });
});
