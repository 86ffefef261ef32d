// The sketch's memory is bounded whatever it is fed or asked to rebuild (issue #15: a 144-byte
// state and a 1e-9 accuracy used to abort the process), and the bound costs only low quantiles.

import { fc, test } from '@fast-check/vitest';
import { isMeridianError } from '@meridian-cx/core';
import { DurationAccumulator, QuantileSketch } from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('a bounded QuantileSketch', () => {
  it('refuses the 144-byte state that aborted the process, with a clear error', () => {
    const state = {
      type: 'ddsketch',
      relativeAccuracy: 1e-6,
      count: 2,
      zeroCount: 0,
      min: 1e-8,
      max: 1e300,
      sum: 1e300,
      bins: [
        [-9_210_340, 1],
        [345_387_764, 1],
      ],
    };
    const e = thrown(() => QuantileSketch.fromJSON(state));
    expect(isMeridianError(e, 'metrics/invalid-state')).toBe(true);
    expect((e as Error).message).toMatch(/span .* indexes but the sketch keeps at most 2048/);
  });

  it('keeps a 1e-9 accuracy accumulator bounded instead of aborting', () => {
    const acc = new DurationAccumulator({ relativeAccuracy: 1e-9 }).add(1e-3).add(1e6);
    const s = acc.toJSON().sketch;
    expect(s.bins.length).toBeLessThanOrEqual(2048);
    expect(s.collapsed).toBe(true);
    expect(acc.toJSON().count).toBe(2);
  });

  it('refuses buckets out of order', () => {
    const e = thrown(() =>
      QuantileSketch.fromJSON({
        type: 'ddsketch',
        relativeAccuracy: 0.01,
        count: 2,
        zeroCount: 0,
        min: 1,
        max: 2,
        sum: 3,
        bins: [
          [5, 1],
          [1, 1],
        ],
      }),
    );
    expect(isMeridianError(e, 'metrics/invalid-state')).toBe(true);
  });

  it('reads states written before the bound existed', () => {
    const s = new QuantileSketch().add(3).add(90).toJSON();
    const { maxBins: _m, collapsed: _c, ...old } = s;
    expect(QuantileSketch.fromJSON(old).quantile(1)).toBe(90);
  });

  // Oracle from the definition alone: a value's bucket is ceil(log_γ v); values whose bucket lies
  // below the lowest bucket kept were collapsed. Every quantile whose rank lies above them keeps
  // the α guarantee against the exact sorted order statistic.
  test.prop(
    [
      fc.array(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 300 }),
      fc.integer({ min: 4, max: 64 }),
      fc.constantFrom(0.01, 0.05, 0.001),
    ],
    { numRuns: 300 },
  )(
    'stays within maxBins and keeps the guarantee above what it collapsed',
    (values, maxBins, alpha) => {
      const sketch = new QuantileSketch({ relativeAccuracy: alpha, maxBins });
      for (const v of values) sketch.add(v);
      const state = sketch.toJSON();
      const first = state.bins[0]?.[0] ?? 0;
      const last = state.bins[state.bins.length - 1]?.[0] ?? 0;
      expect(last - first + 1).toBeLessThanOrEqual(maxBins);
      expect(state.count).toBe(values.length);
      const gamma = (1 + alpha) / (1 - alpha);
      const index = (v: number) => Math.ceil(Math.log(v) / Math.log(gamma));
      const sorted = [...values].sort((a, b) => a - b);
      const collapsed = sorted.filter((v) => v >= 1e-300 && index(v) < first).length;
      expect(state.collapsed).toBe(collapsed > 0 || sketch.collapsed);
      for (const q of [0.5, 0.9, 0.99]) {
        const rank = Math.floor(q * (values.length - 1));
        if (rank < collapsed + 1) continue;
        const exact = sorted[rank] as number;
        const got = sketch.quantile(q) as number;
        expect(Math.abs(got - exact)).toBeLessThanOrEqual(alpha * exact * (1 + 1e-9));
      }
      // A round trip through JSON holds the same state.
      expect(QuantileSketch.fromJSON(JSON.parse(JSON.stringify(state))).toJSON()).toEqual(state);
    },
  );
});
