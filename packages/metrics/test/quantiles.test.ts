import { QuantileSketch, quantile, quantiles } from '@meridian-cx/metrics';
import { describe, expect, it } from 'vitest';

describe('quantiles (R type 7)', () => {
  it('matches numpy and simple-statistics documentation examples', () => {
    // simple-statistics quantileSorted docs: [3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20] → median 9.
    expect(quantile([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5)).toBe(9);
    // numpy.percentile docs: a = [[10, 7, 4], [3, 2, 1]], np.percentile(a, 50) → 3.5.
    expect(quantile([10, 7, 4, 3, 2, 1], 0.5)).toBe(3.5);
    // R: quantile(1:10, c(.1, .5, .9)) → 1.9, 5.5, 9.1 (type 7 default).
    const r = quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0.1, 0.5, 0.9]);
    expect(r[0]).toBeCloseTo(1.9, 12);
    expect(r[1]).toBeCloseTo(5.5, 12);
    expect(r[2]).toBeCloseTo(9.1, 12);
  });

  it('returns results in the order asked and leaves the input alone', () => {
    const values = [5, 1, 4, 2, 3];
    expect(quantiles(values, [1, 0, 0.5])).toEqual([5, 1, 3]);
    expect(values).toEqual([5, 1, 4, 2, 3]);
    expect(quantile([42], 0.9)).toBe(42);
  });

  it('refuses empty input, NaN and p outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(
      expect.objectContaining({ code: 'metrics/empty-input' }),
    );
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-value' }),
    );
    expect(() => quantile([1], 1.5)).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-quantile' }),
    );
  });
});

describe('QuantileSketch', () => {
  it('answers within its relative accuracy and keeps exact count, min and max', () => {
    const sketch = new QuantileSketch({ relativeAccuracy: 0.02 });
    for (let i = 1; i <= 1000; i++) sketch.add(i);
    const p50 = sketch.quantile(0.5) as number;
    expect(Math.abs(p50 - 500) / 500).toBeLessThanOrEqual(0.02);
    expect(sketch.count).toBe(1000);
    expect(sketch.min).toBe(1);
    expect(sketch.max).toBe(1000);
    expect(sketch.quantile(1)).toBe(1000);
    expect(sketch.size).toBeLessThan(200);
  });

  it('keeps zeros exactly and round-trips through JSON', () => {
    const sketch = new QuantileSketch();
    sketch.add(0, 3).add(10);
    expect(sketch.quantile(0.5)).toBe(0);
    const back = QuantileSketch.fromJSON(JSON.parse(JSON.stringify(sketch)));
    expect(back.toJSON()).toEqual(sketch.toJSON());
    expect(new QuantileSketch().quantile(0.5)).toBeNull();
  });

  it('refuses negative values, bad accuracy and inconsistent states', () => {
    expect(() => new QuantileSketch().add(-1)).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-value' }),
    );
    expect(() => new QuantileSketch({ relativeAccuracy: 1 })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-accuracy' }),
    );
    const state = new QuantileSketch().add(5).toJSON();
    expect(() => QuantileSketch.fromJSON({ ...state, count: 7 })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-state' }),
    );
    expect(() =>
      new QuantileSketch({ relativeAccuracy: 0.01 }).merge(
        new QuantileSketch({ relativeAccuracy: 0.02 }),
      ),
    ).toThrow(expect.objectContaining({ code: 'metrics/scale-mismatch' }));
  });
});

describe('the nine Hyndman & Fan definitions', () => {
  // Hand-computed from Hyndman & Fan (1996), "Sample quantiles in statistical packages",
  // The American Statistician 50(4), for x = 1…10 and p = 0.1 (np = 1):
  // type 1: x(⌈np⌉) = 1; type 2: np is an integer → (x(1) + x(2))/2 = 1.5; type 3: nearest even
  // order statistic of np − ½ = 0.5 → x(1) = 1; type 4: np = 1 → 1; type 5: np + ½ = 1.5 → 1.5;
  // type 6: (n + 1)p = 1.1 → 1.1; type 7: 1 + (n − 1)p = 1.9 → 1.9; type 8: (n + ⅓)p + ⅓ = 1.3667;
  // type 9: (n + ¼)p + ⅜ = 1.4. These match R's quantile(1:10, 0.1, type = 1:9).
  const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    [1, 1],
    [2, 1.5],
    [3, 1],
    [4, 1],
    [5, 1.5],
    [6, 1.1],
    [7, 1.9],
    [8, 1 + 11 / 30],
    [9, 1.4],
  ] as const)('type %i at p = 0.1 gives %f', (type, want) => {
    expect(quantile(xs, 0.1, { type })).toBeCloseTo(want, 12);
  });

  it('refuses a type that does not exist', () => {
    expect(() => quantile(xs, 0.5, { type: 10 as 7 })).toThrow(
      expect.objectContaining({ code: 'metrics/invalid-quantile-type' }),
    );
  });
});
