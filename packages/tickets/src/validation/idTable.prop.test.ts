// The id table against the Set it stands in for: for any lists of ids (few distinct characters,
// so that repeats and hash collisions are common; long lists, so that the Set fallback is taken
// too), one after another, `seenBefore` answers exactly what a fresh Set per list answers; and a
// caller that announces too few ids may be sent to its general path but never misses a repeat.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { beginIds, seenBefore } from './idTable.js';

const id = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', '-', '1', '2'), maxLength: 6 }),
  fc.nat(400).map((n) => `t7-${n}`),
  fc.string({ maxLength: 12 }),
);
const list = fc.oneof(
  fc.array(id, { maxLength: 40 }),
  fc.array(id, { minLength: 100, maxLength: 300 }),
);

test.prop([fc.array(list, { minLength: 1, maxLength: 6 })], { numRuns: 500 })(
  'seenBefore equals a fresh Set per list',
  (lists) => {
    for (const ids of lists) {
      const set = new Set<string>();
      beginIds(ids.length);
      const got = ids.map((x) => seenBefore(x));
      const want = ids.map((x) => {
        const had = set.has(x);
        set.add(x);
        return had;
      });
      expect(got).toEqual(want);
    }
  },
);

test.prop([fc.array(id, { maxLength: 300 })])(
  'announcing too few ids never hides a repeat (it may only report one falsely)',
  (ids) => {
    const set = new Set<string>();
    beginIds(0);
    for (const x of ids) {
      const got = seenBefore(x);
      if (set.has(x)) expect(got).toBe(true);
      set.add(x);
    }
  },
);
