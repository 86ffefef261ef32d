// What the lead changed for issue #15, each held by a test: keys that cannot collide, a segment
// keyed "__proto__" that survives serialisation, units and FCR definitions that are refused rather
// than guessed, and a survey row that is rejected with a reason instead of stopping the stream.

import { fc, test } from '@fast-check/vitest';
import { isMeridianError } from '@meridian-cx/core';
import {
  CsatAccumulator,
  checkSurveyResponse,
  keyBy,
  MISSING,
  SegmentedAccumulator,
  TicketAccumulator,
  type TicketAccumulatorOptions,
  timeBucket,
} from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

const at = '2026-03-02T10:00:00Z';
const withDims = (dimensions: Record<string, string>) => ({
  survey: 'csat',
  score: 4,
  respondedAt: at,
  dimensions,
});

describe('keyBy never lets two segments share a key', () => {
  it('escapes separators in values', () => {
    const key = keyBy({ dimensions: ['market', 'channel'] });
    const a = key(withDims({ market: 'DE|channel=email', channel: 'chat' }));
    const b = key(withDims({ market: 'DE', channel: 'email|channel=chat' }));
    const c = key(withDims({ market: 'DE', channel: 'email' }));
    expect(new Set([a, b, c]).size).toBe(3);
    expect(key(withDims({ market: 'a\\', channel: 'b' }))).not.toBe(
      key(withDims({ market: 'a', channel: '\\b' })),
    );
  });

  it('tells a value "(none)" from a missing dimension', () => {
    const key = keyBy({ dimensions: ['market'] });
    expect(key(withDims({}))).toBe(`market=${MISSING}`);
    expect(key(withDims({ market: MISSING }))).not.toBe(key(withDims({})));
    expect(key(withDims({ market: '(no time)' }))).not.toBe(
      keyBy({ dimensions: ['market'], bucket: { unit: 'day', zone: 'UTC' } })({
        dimensions: {},
      }),
    );
  });

  it('escapes separators in dimension names', () => {
    const one = keyBy({ dimensions: ['a=b'] })(withDims({ 'a=b': 'c' }));
    const other = keyBy({ dimensions: ['a'] })(withDims({ a: 'b=c' }));
    const two = keyBy({ dimensions: ['a', 'b'] })(withDims({ a: 'x', b: 'y' }));
    const glued = keyBy({ dimensions: ['a'] })(withDims({ a: 'x|b=y' }));
    expect(one).not.toBe(other);
    expect(two).not.toBe(glued);
  });

  const alphabet = fc.constantFrom('a', 'b', '|', '=', '\\', '(', ')', ' ');
  const part = fc.oneof(
    fc.string({ unit: alphabet, maxLength: 6 }),
    fc.constantFrom('(none)', '(no time)', 'all'),
  );
  const segment = fc
    .uniqueArray(fc.string({ unit: alphabet, maxLength: 4 }), { minLength: 1, maxLength: 3 })
    .chain((names) =>
      fc.tuple(
        fc.constant(names),
        fc.array(fc.option(part, { nil: undefined }), {
          minLength: names.length,
          maxLength: names.length,
        }),
      ),
    );
  const dimensionsOf = (names: string[], values: (string | undefined)[]) => {
    const d: Record<string, string> = {};
    names.forEach((n, i) => {
      const v = values[i];
      if (v !== undefined) Object.defineProperty(d, n, { value: v, enumerable: true });
    });
    return d;
  };

  test.prop([segment, segment], { numRuns: 300 })(
    'distinct (dimension names, values) tuples get distinct keys',
    ([namesA, valuesA], [namesB, valuesB]) => {
      const ka = keyBy({ dimensions: namesA })(withDims(dimensionsOf(namesA, valuesA)));
      const kb = keyBy({ dimensions: namesB })(withDims(dimensionsOf(namesB, valuesB)));
      const same =
        JSON.stringify(namesA) === JSON.stringify(namesB) &&
        JSON.stringify(valuesA.map((v) => v ?? null)) ===
          JSON.stringify(valuesB.map((v) => v ?? null));
      expect(ka === kb).toBe(same);
    },
  );
});

describe('a SegmentedAccumulator with a segment keyed __proto__', () => {
  it('round-trips through JSON text and fromJSON', () => {
    const options = { create: () => new CsatAccumulator(), key: keyBy({ dimensions: [] }) };
    const acc = new SegmentedAccumulator({
      create: options.create,
      key: (input: unknown) =>
        (input as { dimensions: { team: string } }).dimensions.team ?? 'none',
    });
    acc.add(withDims({ team: '__proto__' }));
    acc.add(withDims({ team: '__proto__' }));
    acc.add(withDims({ team: 'constructor' }));
    acc.add(withDims({ team: 'de' }));
    const text = JSON.stringify(acc);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed.segments).sort()).toEqual(['__proto__', 'constructor', 'de']);
    const back = SegmentedAccumulator.fromJSON(parsed, {
      ...options,
      revive: CsatAccumulator.fromJSON,
    });
    expect(back.keys()).toEqual(['__proto__', 'constructor', 'de']);
    expect(back.get('__proto__')?.n).toBe(2);
    expect(JSON.stringify(back)).toBe(text);
    // Nothing leaked onto Object.prototype.
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});

describe('refusals instead of guesses', () => {
  it('timeBucket refuses a unit it does not know', () => {
    const e = thrown(() =>
      timeBucket(at, { unit: 'fortnight' as unknown as 'day', zone: 'Europe/Berlin' }),
    );
    expect(isMeridianError(e, 'metrics/invalid-argument')).toBe(true);
    expect((e as Error).message).toContain('fortnight');
  });

  const ticket = {
    id: 't1',
    createdAt: '2026-03-02T09:00:00Z',
    firstReplyAt: '2026-03-02T09:10:00Z',
    resolvedAt: '2026-03-02T10:00:00Z',
    agentReplies: 1,
  };
  const noReopen = {
    fcrDefinition: { kind: 'no-reopen', withinDays: 7, now: '2026-04-01T00:00:00Z' },
  } as const satisfies TicketAccumulatorOptions;

  it.each<[string, TicketAccumulatorOptions, TicketAccumulatorOptions]>([
    ['one-reply → no-reopen', {}, noReopen],
    ['no-reopen → one-reply', noReopen, {}],
    ['resolved → all', {}, { fcrDenominator: 'all' }],
    ['another window', noReopen, { fcrDefinition: { ...noReopen.fcrDefinition, withinDays: 3 } }],
    [
      'another now',
      noReopen,
      { fcrDefinition: { ...noReopen.fcrDefinition, now: '2026-05-01T00:00:00Z' } },
    ],
  ])(
    'TicketAccumulator.fromJSON refuses a shard counted under another FCR rule (%s)',
    (_, a, b) => {
      const state = JSON.parse(JSON.stringify(new TicketAccumulator(a).add(ticket)));
      const e = thrown(() => TicketAccumulator.fromJSON(state, b));
      expect(isMeridianError(e, 'metrics/scale-mismatch')).toBe(true);
      // Under its own options the same state revives.
      expect(TicketAccumulator.fromJSON(state, a).result().fcr.n).toBe(1);
    },
  );

  it('checkSurveyResponse rejects a score { toString: 1 } with a reason, never a throw', () => {
    const hostile = [{ toString: 1 }, { valueOf: 1 }, Object.create(null), [5], { score: 5 }];
    for (const score of hostile) {
      const r = checkSurveyResponse({ survey: 'csat', score, respondedAt: at });
      expect(r).toMatchObject({ ok: false, reason: { code: 'score.not-a-number' } });
    }
    const survey = checkSurveyResponse({ survey: { toString: 1 }, score: 5, respondedAt: at });
    expect(survey).toMatchObject({ ok: false, reason: { code: 'survey.unknown' } });
    const when = checkSurveyResponse({ survey: 'csat', score: 5, respondedAt: { toString: 1 } });
    expect(when).toMatchObject({ ok: false, reason: { code: 'respondedAt.invalid' } });
  });

  it('a survey stream carries on past a hostile row', () => {
    const acc = new CsatAccumulator();
    acc.addAll([
      { survey: 'csat', score: 5, respondedAt: at },
      { survey: 'csat', score: { toString: 1 }, respondedAt: at },
      JSON.parse('{"survey":"csat","score":4,"respondedAt":"2026-03-02T10:00:00Z","__proto__":{}}'),
      { survey: 'csat', score: 2, respondedAt: at },
    ]);
    expect([acc.n, acc.rejected]).toEqual([3, 1]);
  });
});
