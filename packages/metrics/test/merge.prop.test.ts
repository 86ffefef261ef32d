import { fc, test } from '@fast-check/vitest';
import {
  CesAccumulator,
  CsatAccumulator,
  keyBy,
  NpsAccumulator,
  QuantileSketch,
  SegmentedAccumulator,
} from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

const at = '2026-03-02T10:00:00Z';
// Raw inputs, valid and not: every one must end up either counted or counted as rejected.
const rawScore = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -1, max: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 2.5, '4', null, 'good', 'bad') },
);
const rawResponse = (survey: string) =>
  fc
    .record({
      score: rawScore,
      withTime: fc.boolean(),
      market: fc.constantFrom('DE', 'JP', 'BR'),
    })
    .map(({ score, withTime, market }) => ({
      survey,
      score,
      ...(withTime ? { respondedAt: at } : {}),
      dimensions: { market },
    }));

/** Split `items` into shards at the given cut points, shuffled by `order`. */
function shard<T>(items: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const p of [...points, items.length]) {
    out.push(items.slice(from, p));
    from = p;
  }
  return out;
}

const kinds = [
  { survey: 'csat', make: () => new CsatAccumulator() },
  { survey: 'nps', make: () => new NpsAccumulator() },
  { survey: 'ces', make: () => new CesAccumulator() },
] as const;

describe('merging accumulators in any order gives the single-pass result', () => {
  for (const { survey, make } of kinds) {
    test.prop(
      [
        fc.array(rawResponse(survey), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.nat(),
      ],
      { numRuns: 60 },
    )(`${survey}: any sharding, any merge order`, (inputs, cuts, seed) => {
      const single = make();
      for (const r of inputs) single.add(r);
      const shards = shard(inputs, cuts).map((part) => {
        const acc = make();
        for (const r of part) acc.add(r);
        return acc;
      });
      // A deterministic shuffle from the seed, then a left fold and a serialised round trip.
      const shuffled = [...shards].sort(
        (x, y) =>
          ((shards.indexOf(x) * 7919 + seed) % 13) - ((shards.indexOf(y) * 7919 + seed) % 13),
      );
      const [first, ...rest] = shuffled.map((s) => JSON.parse(JSON.stringify(s)));
      // biome-ignore lint/suspicious/noExplicitAny: each kind revives its own state
      const revive = (state: unknown): any =>
        survey === 'csat'
          ? CsatAccumulator.fromJSON(state)
          : survey === 'nps'
            ? NpsAccumulator.fromJSON(state)
            : CesAccumulator.fromJSON(state);
      const merged = revive(first).merge(...rest.map(revive));
      expect(merged.toJSON()).toEqual(single.toJSON());
      expect(merged.n + merged.rejected).toBe(inputs.length);
    });
  }

  test.prop(
    [
      fc.array(rawResponse('csat'), { maxLength: 40 }),
      fc.array(rawResponse('csat'), { maxLength: 40 }),
      fc.array(rawResponse('csat'), { maxLength: 40 }),
    ],
    {
      numRuns: 40,
    },
  )('merge is associative and commutative', (xs, ys, zs) => {
    const acc = (items: readonly unknown[]) => {
      const a = new CsatAccumulator();
      for (const i of items) a.add(i);
      return a;
    };
    const [a, b, c] = [acc(xs), acc(ys), acc(zs)];
    expect(a.merge(b).merge(c).toJSON()).toEqual(a.merge(b.merge(c)).toJSON());
    expect(a.merge(b).toJSON()).toEqual(b.merge(a).toJSON());
  });

  test.prop(
    [fc.array(rawResponse('csat'), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 4 })],
    { numRuns: 40 },
  )('segmented accumulators merge segment by segment', (inputs, cuts) => {
    const make = () =>
      new SegmentedAccumulator({
        create: () => new CsatAccumulator(),
        key: keyBy({ dimensions: ['market'] }),
      });
    const single = make();
    for (const r of inputs) single.add(r);
    const parts = shard(inputs, cuts).map((part) => {
      const s = make();
      for (const r of part) s.add(r);
      return s;
    });
    const [head, ...tail] = parts.reverse();
    expect((head as ReturnType<typeof make>).merge(...tail).toJSON()).toEqual(single.toJSON());
  });

  test.prop(
    [
      fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 80 }),
      fc.array(fc.nat(), { maxLength: 4 }),
    ],
    {
      numRuns: 60,
    },
  )('sketches merge exactly (sum up to floating-point rounding)', (values, cuts) => {
    const single = new QuantileSketch();
    for (const v of values) single.add(v);
    const parts = shard(values, cuts).map((part) => {
      const s = new QuantileSketch();
      for (const v of part) s.add(v);
      return s;
    });
    const [head, ...tail] = parts.reverse();
    const merged = (head as QuantileSketch).merge(...tail);
    const { sum: a, ...restMerged } = merged.toJSON();
    const { sum: b, ...restSingle } = single.toJSON();
    expect(restMerged).toEqual(restSingle);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
  });
});
