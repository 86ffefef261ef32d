// Taiwan's old resident's number (T40a): two letters and eight digits, valid until 2030. Its
// check read from the codes against the definition written out plainly (dotblogs.com.tw's
// CheckOldResidentID: the first letter's two digits, the second letter's value's last digit,
// the eight digits; weights 1, 9, 8 … 1, 1; the sum a multiple of 10), and the reading at the
// digit runs against the reading at every position, old and new numbers mixed.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { findTwIds, twOldResidentValid } from './twId.js';

// The letters in the order of their values from 10, as the definition's table lists them.
const BY_VALUE = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
const WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

/** The definition, on the id in capitals. */
function oracle(id: string): boolean {
  if (!/^[A-Z][A-D]\d{8}$/.test(id)) return false;
  const second = (BY_VALUE.indexOf(id.charAt(1)) + 10) % 10;
  const all = `${BY_VALUE.indexOf(id.charAt(0)) + 10}${second}${id.slice(2)}`;
  let sum = 0;
  for (let k = 0; k < 11; k++) sum += Number(all[k]) * (WEIGHTS[k] as number);
  return sum % 10 === 0;
}

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const eight = fc.stringMatching(/^\d{8}$/);

describe('twOldResidentValid', () => {
  it("holds for taiwan-id-validator's sample AA00000009, not for its neighbours", () => {
    expect(twOldResidentValid(65, 65, '00000009')).toBe(true);
    expect(twOldResidentValid(65, 65, '00000008')).toBe(false);
    expect(twOldResidentValid(65, 69, '00000009')).toBe(false);
  });

  test.prop([letter, letter, eight])(
    'agrees with the definition on any two letters and eight digits, either case',
    (a, b, d) => {
      const want = oracle(a + b + d);
      expect(twOldResidentValid(a.charCodeAt(0), b.charCodeAt(0), d)).toBe(want);
      const lower = (c: string) => c.toLowerCase().charCodeAt(0);
      expect(twOldResidentValid(lower(a), lower(b), d)).toBe(want);
    },
  );

  // Why its print goes bare only in Taiwan and in capitals, as the new number's: of two capitals
  // and eight digits, four second letters in 26 and one last digit in ten pass, one in 65.
  it('passes two capitals and eight digits one in 65', () => {
    let passed = 0;
    let all = 0;
    for (const a of BY_VALUE)
      for (const b of BY_VALUE)
        for (let middle = 0; middle < 10_000_000; middle += 99_991)
          for (let last = 0; last < 10; last++) {
            all++;
            const digits = `${String(middle).padStart(7, '0')}${last}`;
            if (twOldResidentValid(a.charCodeAt(0), b.charCodeAt(0), digits)) passed++;
          }
    expect(passed * 65).toBe(all);
  });
});

// Texts of old and new numbers, near misses and glue.
const piece = fc.oneof(
  fc.constantFrom('AA00000009', 'aa00000009', 'AA00000008', 'A123456789', 'XAA00000009', 'B3'),
  fc.constantFrom('居留證號 ', '訂單 ', ' ', '-', '/', 'SKU', 'x', '0', '12345678', '\n'),
  fc.tuple(letter, fc.constantFrom(...'ABCDE'), eight).map(([a, b, d]) => a + b + d),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('findTwIds with old numbers', () => {
  test.prop([text, fc.constantFrom(['zh-TW', 'TW'] as const, ['en-US', 'US'] as const)])(
    'reads at the runs what it reads at every position',
    (t, [locale, country]) => {
      const context = contextOf(t, locale, country);
      const every = [...Array(t.length).keys()];
      expect(findTwIds(context)).toEqual(findTwIds(context, every));
    },
  );
});
