import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fitted, fromCps, owned } from './runParts.js';

describe('fromCps', () => {
  test.prop([
    fc.array(fc.oneof(fc.integer({ min: 0, max: 0x7ff }), fc.integer({ min: 0, max: 0x10ffff })), {
      maxLength: 9000,
    }),
    fc.nat(),
    fc.nat(),
  ])('is the code points one by one, whatever the span', (cps, a, b) => {
    const from = a % (cps.length + 1);
    const to = from + (b % (cps.length - from + 1));
    let oracle = '';
    for (let k = from; k < to; k++) oracle += String.fromCodePoint(cps[k] as number);
    expect(fromCps(cps, from, to)).toBe(oracle);
  });
});

describe('owned', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 2000 }), fc.nat(), fc.nat()])(
    'is the same text, whatever it was cut or joined from',
    (s, a, b) => {
      const from = a % (s.length + 1);
      const to = from + (b % (s.length - from + 1));
      const cut = s.slice(from, to);
      expect(owned(cut)).toBe(cut);
      expect(owned(`${from}|${cut}`)).toBe(`${from}|${cut}`);
    },
  );
});

describe('fitted', () => {
  test.prop([
    fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)), { maxLength: 40 }),
  ])(
    'holds the same elements in order, in an array of its own unless empty, the list untouched',
    (xs) => {
      // Grown by push, as the engine's lists are (their store has room to spare).
      const list: unknown[] = [];
      for (const x of xs) list.push(x);
      const out = fitted(list);
      expect(out).toEqual(xs);
      expect(list).toEqual(xs);
      if (xs.length > 0) {
        expect(out).not.toBe(list);
        out.push('x');
        expect(list).toEqual(xs);
      }
    },
  );
});
