import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  contextTo,
  contextToText,
  fitted,
  fromCps,
  owned,
  readFrom,
  readFromText,
  toCps,
} from './runParts.js';

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

describe('readFromText and contextToText', () => {
  // Units that move the context: spaces, line breaks, box characters, letters, CJK, lone
  // surrogate halves (one code point each) and astral characters (a pair: two units, one code point).
  const unit = fc.oneof(
    fc.constantFrom(' ', '\n', '\r', 'a', '.', '├', '─', 'é', 'Ã', '中', '\ud800', '\udc00'),
    fc.integer({ min: 0x20, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('😀', '𝔸'),
  );
  const text = fc.array(unit, { maxLength: 30 }).map((a) => a.join(''));
  // The index of the first unit of the text's first surrogate pair (its length when none).
  const firstPair = (s: string): number => {
    for (let k = 0; k + 1 < s.length; k++) {
      const c = s.charCodeAt(k);
      const d = s.charCodeAt(k + 1);
      if (c >= 0xd800 && c < 0xdc00 && d >= 0xdc00 && d < 0xe000) return k;
    }
    return s.length;
  };

  test.prop([text, fc.nat()])(
    'are readFrom and contextTo on the code points where no surrogate pair stands before',
    (s, a) => {
      const cps = toCps(s);
      const pair = firstPair(s);
      // Every index up to the first pair is a code point index too.
      const at = a % (pair + 1);
      expect(readFromText(s, at)).toBe(readFrom(cps, at));
      const to = contextToText(s, at);
      if (to <= pair) expect(to).toBe(contextTo(cps, at));
    },
  );

  test('stop at a line break, take the space alone before a run, and not before box characters', () => {
    expect(readFromText('ab\nc', 4)).toBe(2);
    expect(readFromText('abc d', 4)).toBe(3);
    expect(readFromText('ab ├', 3)).toBe(1);
    expect(contextToText('a\nbc', 0)).toBe(2);
    expect(contextToText('abcd', 1)).toBe(3);
    expect(contextToText('ab', 2)).toBe(2);
  });
});
