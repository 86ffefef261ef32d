// The scans by char code that stand for a regular expression on the hot pass (unitScans.ts, V62g)
// answer as the expression they replaced, kept here as the oracle: on strings of the units each
// reads (ASCII letters, digits, spaces, dashes, quote marks, line breaks) among Unicode spaces,
// digits of other scripts, combining marks and any unit.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DIGIT_ZEROS } from './digits.js';
import { asciiDigitCount, bbanOf, joinedBetweenDigits } from './unitScans.js';

// The BBAN's replacements before V62g (iban.ts): the separators, then the marks where a unit
// past U+02FF stands, upper-cased.
const PAST_SPACING = /[^\0-\u02ff]/;
function bbanByExpressions(s: string, from: number, to: number): string {
  const read = s.slice(from, to).replace(/[\s>-]/g, '');
  return (PAST_SPACING.test(read) ? read.replace(/\p{M}/gu, '') : read).toUpperCase();
}

// deviceIds' digits before V62g (card.ts).
function digitCountByExpression(s: string, from: number, to: number): number {
  return s.slice(from, to).replace(/\D/g, '').length;
}

// shadowOf's two replacements before V63f (digits.ts; shadowOfPlain keeps them too).
function joinedByExpression(s: string, unit: number, by: string): string {
  const u = String.fromCharCode(unit);
  return s.replace(new RegExp(`(?<=\\d)${u}(?=\\d)`, 'g'), by);
}

const unit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'0123456789abcxyzABCXYZ') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(' ', '-', '>', '\n', '\r', '\t', '\v', '\f', '.', '/', '+', '_'),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...DIGIT_ZEROS), fc.integer({ min: 0, max: 9 }))
      .map(([z, d]) => String.fromCharCode(z + d)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u00a0',
      '\u2007',
      '\u202f',
      '\u3000',
      '\u2028',
      '\ufeff',
      '\u00ad',
      '\u0301',
      '\u0308',
      '\u093c',
      '\u20e3',
      '\ufe0f',
      'é',
      'ß',
      'ı',
      'ﬀ',
      '\u1c80',
      '－',
      '\u0085',
      '\u001c',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)),
  },
);
const read = fc
  .array(unit, { maxLength: 40 })
  .map((p) => p.join(''))
  .chain((s) =>
    fc
      .tuple(fc.nat({ max: s.length }), fc.nat({ max: s.length }))
      .map(([a, b]) => [s, Math.min(a, b), Math.max(a, b)] as const),
  );

describe('unitScans: each scan answers as the expression it replaced', () => {
  test.prop([read], { numRuns: 2000 })('bbanOf is the BBAN the replacements made', ([s, a, b]) => {
    expect(bbanOf(s, a, b)).toBe(bbanByExpressions(s, a, b));
  });

  test.prop([read], { numRuns: 2000 })(
    "asciiDigitCount is the length of /\\D/g's replacement",
    ([s, a, b]) => {
      expect(asciiDigitCount(s, a, b)).toBe(digitCountByExpression(s, a, b));
    },
  );

  // The units joinedBetweenDigits is asked of, often, among the digits and any unit.
  const joined = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: unit },
        { weight: 2, arbitrary: fc.constantFrom('\u200c', '\u30fc', '\uff70') },
      ),
      { maxLength: 40 },
    )
    .map((p) => p.join(''));
  test.prop([joined, fc.constantFrom(0x200c, 0x30fc, 0xff70), fc.constantFrom(' ', '-')], {
    numRuns: 2000,
  })('joinedBetweenDigits is the replacement of the unit between digits', (s, u, by) => {
    expect(joinedBetweenDigits(s, u, by)).toBe(joinedByExpression(s, u, by));
  });
});
