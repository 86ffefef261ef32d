import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mergeIntervals } from './mergeIntervals.js';

// The oracle: a minute-by-minute membership set, from the definition alone.
function covered(pairs: readonly [number, number][], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of pairs) for (let t = Math.max(s, from); t < Math.min(e, to); t++) out.add(t);
  return out;
}

describe('mergeIntervals', () => {
  it('merges overlapping and touching pairs and clips to the range', () => {
    expect(
      mergeIntervals(
        [
          [5, 8],
          [0, 2],
          [2, 3],
          [7, 12],
        ],
        1,
        10,
      ),
    ).toEqual({ starts: [1, 5], ends: [3, 10] });
  });

  test.prop([
    fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 })), {
      maxLength: 12,
    }),
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: 50 }),
  ])('covers exactly the union, with disjoint sorted pieces', (raw, from, span) => {
    const pairs = raw.map(([s, len]): [number, number] => [s, s + len]);
    const to = from + span;
    const want = covered(pairs, from, to);
    const { starts, ends } = mergeIntervals(
      pairs.map((p): [number, number] => [...p]),
      from,
      to,
    );
    const pieces = starts.map((s, i): [number, number] => [s, ends[i] as number]);
    expect(covered(pieces, from, to)).toEqual(want);
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i] as number).toBeGreaterThan(ends[i - 1] as number);
    }
  });
});
