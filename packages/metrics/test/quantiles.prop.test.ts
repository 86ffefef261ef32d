import { fc, test } from '@fast-check/vitest';
import { QuantileSketch, type QuantileType, quantiles } from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

/** The oracle: R type 7 by sorting, straight from the definition (Hyndman & Fan 1996). */
function sortedQuantile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return (s[lo] as number) + (h - lo) * ((s[hi] as number) - (s[lo] as number));
}

/** The oracle for every type: R's quantile.default transcribed, over a full sort. */
function rQuantile(values: readonly number[], p: number, type: QuantileType): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const fuzz = 4 * Number.EPSILON;
  let j: number;
  let h: number;
  if (type <= 3) {
    const nppm = type === 3 ? n * p - 0.5 : n * p;
    j = Math.floor(nppm + fuzz);
    h =
      type === 1
        ? Number(nppm > j)
        : type === 2
          ? (Number(nppm > j) + 1) / 2
          : Number(nppm !== j || j % 2 === 1);
  } else {
    const ab: Record<number, number> = { 4: 0, 5: 0.5, 6: 0, 7: 1, 8: 1 / 3, 9: 3 / 8 };
    const a = ab[type] as number;
    const b = type === 4 ? 1 : a;
    const nppm = a + p * (n + 1 - a - b);
    j = Math.floor(nppm + fuzz);
    h = nppm - j;
    if (Math.abs(h) < fuzz) h = 0;
  }
  const padded = [x[0], x[0], ...x, x[n - 1], x[n - 1]] as number[];
  const lo = padded[j + 1] as number;
  const hi = padded[j + 2] as number;
  return h === 0 ? lo : h === 1 ? hi : (1 - h) * lo + h * hi;
}

const values = fc.array(
  fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
  { minLength: 1, maxLength: 300 },
);
const p = fc.oneof(
  fc.constantFrom(0, 0.5, 0.9, 0.95, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

describe('exact quantiles agree with the sort-based oracle', () => {
  test.prop([values, fc.array(p, { minLength: 1, maxLength: 6 })], { numRuns: 300 })(
    'selection equals sorting for every p, in any order',
    (xs, ps) => {
      const got = quantiles(xs, ps);
      ps.forEach((q, i) => {
        const want = sortedQuantile(xs, q);
        expect(Math.abs((got[i] as number) - want)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(want)),
        );
      });
    },
  );

  test.prop([values, p, fc.constantFrom<QuantileType>(1, 2, 3, 4, 5, 6, 7, 8, 9)], {
    numRuns: 300,
  })("every Hyndman–Fan type agrees with R's algorithm over a full sort", (xs, q, type) => {
    const want = rQuantile(xs, q, type);
    const got = quantiles(xs, [q], { type })[0] as number;
    expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
  });

  test.prop([fc.array(fc.constantFrom(1, 2, 3), { minLength: 1, maxLength: 200 }), p])(
    'many ties are handled',
    (xs, q) => {
      expect(quantiles(xs, [q])[0]).toBeCloseTo(sortedQuantile(xs, q), 12);
    },
  );
});

describe('the sketch stays within its relative error of the exact quantile', () => {
  test.prop(
    [
      fc.array(
        fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 100 })),
        {
          minLength: 1,
          maxLength: 400,
        },
      ),
      p,
      fc.constantFrom(0.005, 0.01, 0.02, 0.05),
    ],
    { numRuns: 300 },
  )('|sketch − exact| ≤ α·exact for the order statistic of rank ⌊q(n − 1)⌋', (xs, q, alpha) => {
    const sketch = new QuantileSketch({ relativeAccuracy: alpha });
    for (const x of xs) sketch.add(x);
    const sorted = [...xs].sort((a, b) => a - b);
    const rank = Math.floor(q * (xs.length - 1));
    // Values spanning more than maxBins buckets (1e-300 next to 1e7) collapse the lowest buckets
    // to bound memory; the guarantee holds for every rank above what was collapsed.
    const gamma = (1 + alpha) / (1 - alpha);
    const lowest = sketch.toJSON().bins[0]?.[0] ?? 0;
    const index = (x: number) => Math.ceil(Math.log(x) / Math.log(gamma));
    const collapsed = sorted.filter((x) => x >= 1e-300 && index(x) < lowest).length;
    const zeros = sorted.filter((x) => x < 1e-300).length;
    if (collapsed > 0 && rank <= zeros + collapsed) return;
    const exact = sorted[rank] as number;
    const got = sketch.quantile(q) as number;
    expect(Math.abs(got - exact)).toBeLessThanOrEqual(alpha * exact * (1 + 1e-9) + 1e-300);
  });
});
