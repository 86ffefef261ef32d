// Issue #17: every accumulator keeps one contract. add and addAll return the accumulator itself;
// result(options?) reads it; merge returns a new one; toJSON is plain data that survives JSON
// text; static fromJSON(json, options?) rebuilds an equal accumulator, refuses what is not a state,
// and refuses a state counted under other options than those given.

import { isMeridianError } from '@meridian-cx/core';
import {
  CesAccumulator,
  CsatAccumulator,
  DurationAccumulator,
  keyBy,
  NpsAccumulator,
  QuantileSketch,
  SegmentedAccumulator,
  TicketAccumulator,
} from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

type Acc = {
  add(x: unknown): unknown;
  addAll(xs: Iterable<unknown>): unknown;
  merge(...o: never[]): unknown;
  toJSON(): unknown;
  result?(o?: { confidence?: number }): unknown;
};

type Case = {
  name: string;
  make: () => Acc;
  inputs: unknown[];
  revive: (json: unknown, options?: unknown) => Acc;
  /** Options under which the state was NOT made, for the mismatch refusal (none for NPS). */
  otherOptions?: unknown;
  hasResult: boolean;
};

const at = '2026-03-02T10:00:00Z';
const survey = (kind: string, scores: unknown[]) =>
  scores.map((score) => ({ survey: kind, score, respondedAt: at, dimensions: { market: 'DE' } }));
const tickets = [
  {
    id: 'a',
    createdAt: '2026-03-02T09:00:00Z',
    firstReplyAt: '2026-03-02T09:30:00Z',
    resolvedAt: '2026-03-02T11:00:00Z',
    agentReplies: 1,
  },
  {
    id: 'b',
    createdAt: '2026-03-02T09:00:00Z',
    resolvedAt: '2026-03-03T11:00:00Z',
    agentReplies: 3,
  },
  { id: '', createdAt: 'yesterday' },
];
const segOptions = {
  create: () => new CsatAccumulator(),
  key: keyBy({ dimensions: ['market'] }),
};

const cases: Case[] = [
  {
    name: 'CsatAccumulator',
    make: () => new CsatAccumulator(),
    inputs: survey('csat', [5, 4, 2, 9, 'five']),
    revive: (j, o) => CsatAccumulator.fromJSON(j, o as never),
    otherOptions: { threshold: 5 },
    hasResult: true,
  },
  {
    name: 'NpsAccumulator',
    make: () => new NpsAccumulator(),
    inputs: survey('nps', [10, 9, 3, 11]),
    revive: (j) => NpsAccumulator.fromJSON(j),
    hasResult: true,
  },
  {
    name: 'CesAccumulator',
    make: () => new CesAccumulator(),
    inputs: survey('ces', [7, 5, 1, 0]),
    revive: (j, o) => CesAccumulator.fromJSON(j, o as never),
    otherOptions: { scale: { min: 1, max: 5 } },
    hasResult: true,
  },
  {
    name: 'DurationAccumulator',
    make: () => new DurationAccumulator(),
    inputs: [30, 60, 90, 120],
    revive: (j, o) => DurationAccumulator.fromJSON(j, o as never),
    otherOptions: { keepExact: true },
    hasResult: true,
  },
  {
    name: 'QuantileSketch',
    make: () => new QuantileSketch(),
    inputs: [3, 8, 15, 42],
    revive: (j, o) => QuantileSketch.fromJSON(j, o as never),
    otherOptions: { relativeAccuracy: 0.02 },
    // A sketch is read with quantile(q)/quantiles(qs), not result().
    hasResult: false,
  },
  {
    name: 'TicketAccumulator',
    make: () => new TicketAccumulator(),
    inputs: tickets,
    revive: (j, o) => TicketAccumulator.fromJSON(j, o as never),
    otherOptions: { fcrDenominator: 'all' },
    hasResult: true,
  },
  {
    name: 'SegmentedAccumulator',
    make: () => new SegmentedAccumulator(segOptions),
    inputs: survey('csat', [5, 1, 'x']),
    revive: (j, o) =>
      SegmentedAccumulator.fromJSON(j, {
        ...segOptions,
        revive: (s) => CsatAccumulator.fromJSON(s, o as never),
      }),
    otherOptions: { threshold: 5 },
    hasResult: true,
  },
];

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('every accumulator keeps the same contract', () => {
  it.each(cases)('$name', (c) => {
    const acc = c.make();
    expect(acc.add(c.inputs[0])).toBe(acc);
    expect(acc.addAll(c.inputs.slice(1))).toBe(acc);
    if (c.hasResult) {
      expect(typeof acc.result).toBe('function');
      expect(acc.result?.()).toEqual(acc.result?.({}));
      expect(acc.result?.({ confidence: 0.9 })).toBeTypeOf('object');
    }
    // merge returns a new accumulator and leaves the receiver alone.
    const before = JSON.stringify(acc);
    const merged = acc.merge(c.make() as never);
    expect(merged).not.toBe(acc);
    expect(merged).toBeInstanceOf(acc.constructor);
    expect(JSON.stringify(acc)).toBe(before);
    expect(JSON.stringify(merged)).toBe(before);
    // toJSON survives JSON text; fromJSON rebuilds an equal accumulator, with or without options.
    const state = JSON.parse(before);
    const back = c.revive(state);
    expect(back).toBeInstanceOf(acc.constructor);
    expect(JSON.stringify(back)).toBe(before);
    if (c.hasResult) expect(back.result?.()).toEqual(acc.result?.());
    // Not a state: refused with a MeridianError (a ValidationError is one).
    for (const bad of [null, 42, 'state', { type: 'nope' }]) {
      expect(isMeridianError(thrown(() => c.revive(bad)))).toBe(true);
    }
    // A state made under other options than those given: refused as merge refuses it.
    if (c.otherOptions !== undefined) {
      expect(
        isMeridianError(
          thrown(() => c.revive(state, c.otherOptions)),
          'metrics/scale-mismatch',
        ),
      ).toBe(true);
    }
    // addAll of something that is not iterable: a MeridianError, not a TypeError.
    expect(
      isMeridianError(
        thrown(() => c.make().addAll(42 as never)),
        'metrics/invalid-argument',
      ),
    ).toBe(true);
  });
});
