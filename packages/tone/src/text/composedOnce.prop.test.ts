// A candidate repair that a later pass proposes again over the same unrepaired text is listed
// once (repairText.ts composed): the lossy twice-broken thread of issue #11 listed each of its 225
// refused candidates three times, once a pass (V52f found it; 700 units of the thread showed two).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mixedTwice } from '../../test/text/twiceBroken.js';
import { repairText } from './repairText.js';

const keyOf = (r: { start: number; end: number; after: string; applied: boolean }) =>
  `${r.start}:${r.end}:${r.applied}:${r.after}`;

/** The repairs of `text`, checked: each listed once, each span the input's own `before`. */
function listedOnce(text: string): number {
  const { repairs } = repairText(text);
  const keys = repairs.map(keyOf);
  expect(new Set(keys).size).toBe(keys.length);
  for (const r of repairs) expect(text.slice(r.start, r.end)).toBe(r.before);
  return repairs.filter((r) => !r.applied).length;
}

describe('a candidate proposed again by a later pass', () => {
  it('is listed once in the thread that listed it once a pass', () => {
    // 2,000 units of the lossy thread: ten candidates had been listed twice or more. Its five
    // refused candidates, words whose lead bytes a layer lost, are read since V54e (lossy.ts
    // leadLost): a line of Big5 mojibake that lost bytes (two refused) follows it, re-proposed
    // by the passes the thread takes.
    expect(listedOnce(`${mixedTwice(2_000, 'strict').broken}\n苭訄��郕��赲`)).toBeGreaterThan(0);
  });

  test.prop([fc.integer({ min: 1, max: 0x7fffffff }), fc.integer({ min: 600, max: 2_500 })], {
    numRuns: 15,
  })('is listed once in lossy threads of any seed', (seed, length) => {
    listedOnce(mixedTwice(length, 'strict', seed).broken);
  });
});
