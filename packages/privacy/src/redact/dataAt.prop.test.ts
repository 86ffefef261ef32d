// holdsData and mayHoldData ask the unit redact noted first (dataAt.ts): each must answer as its
// search of the whole text does, whatever unit of whatever text is asked (a noted unit may be
// stale, or another text's).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DATA, holdsData, mayHoldData, noteDataAt } from './dataAt.js';
import { MAY_HOLD_DATA } from './digits.js';

// Each class's ASCII units and the units beside them (short texts: one with data elsewhere
// answers yes either way), its other units, and any unit at all.
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('/', ':', ';', '?', '@', 'A', '%', '&', "'") },
  fc.constantFrom(
    '0',
    '9',
    ':',
    ';',
    '/',
    '@',
    'A',
    '&',
    '%',
    "'",
    '%20',
    ' ',
    'a',
    '４',
    '٣',
    '＠',
    '：',
    '²',
    '〇',
    '九',
    '\ud835\udfd2',
  ),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
// A text and a unit of it to ask first, most often one inside it, or one past either end.
const asked = text.chain((t) =>
  fc.tuple(
    fc.constant(t),
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: Math.max(0, t.length - 1) }) },
      fc.integer({ min: -2, max: t.length + 2 }),
    ),
  ),
);

describe('the data searches asked at a noted unit first', () => {
  test.prop([asked], { numRuns: 1000 })('holdsData answers as DATA does', ([t, at]) => {
    expect(holdsData(t, at)).toBe(DATA.test(t));
  });

  test.prop([asked], { numRuns: 1000 })('mayHoldData answers as MAY_HOLD_DATA does', ([t, at]) => {
    expect(mayHoldData(t, at)).toBe(MAY_HOLD_DATA.test(t));
  });

  test.prop([asked])('the noted unit is the one asked by default', ([t, at]) => {
    noteDataAt(at);
    expect([holdsData(t), mayHoldData(t)]).toEqual([DATA.test(t), MAY_HOLD_DATA.test(t)]);
    noteDataAt(-1);
  });

  test('not vacuous: a unit beside the one asked is not taken for it', () => {
    expect(holdsData('a;b', 1)).toBe(false);
    expect(holdsData('a9b', 1)).toBe(true);
    expect(mayHoldData('a%b', 1)).toBe(false);
    expect(mayHoldData('a&b', 1)).toBe(true);
    expect(holdsData('&', 0)).toBe(false);
    expect(mayHoldData('x', 5)).toBe(false);
  });
});
