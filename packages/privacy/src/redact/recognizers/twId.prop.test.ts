// Taiwan's id (T38d): the check read from the codes against the definition written out plainly,
// and the reading at the digit runs' starts against the reading at every position.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { findTwIds, twIdValid } from './twId.js';

// The oracle's letter values: the alphabet in the order of its numbers from 10 (python-stdnum's
// and stdnum-js's ALPHABET, the Ministry of Finance's table read by value): A-H 10-17, J-N 18-22,
// P-V 23-29, X 30, Y 31, W 32, Z 33, I 34, O 35.
const BY_VALUE = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
const WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

/** The definition: the letter as two digits, then the nine; weights 1,9,8…1,1; sum mod 10 is 0. */
function oracle(id: string): boolean {
  if (!/^[A-Z][1289]\d{8}$/.test(id)) return false;
  const all = `${BY_VALUE.indexOf(id.charAt(0)) + 10}${id.slice(1)}`;
  let sum = 0;
  for (let k = 0; k < 11; k++) sum += Number(all[k]) * (WEIGHTS[k] as number);
  return sum % 10 === 0;
}

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const nine = fc.stringMatching(/^\d{9}$/);

describe('twIdValid', () => {
  test.prop([letter, nine])('agrees with the definition on any letter and nine digits', (l, d) => {
    expect(twIdValid(l.charCodeAt(0), d)).toBe(oracle(l + d));
    expect(twIdValid(l.toLowerCase().charCodeAt(0), d)).toBe(oracle(l + d));
  });

  // Why a bare one needs Taiwan and a capital (twId.ts): of a letter and nine digits, four second
  // digits in ten and one last digit in ten pass, one in 25. Counted over every letter, second
  // and last digit and a thousand middles.
  it('passes one letter and nine digits in 25', () => {
    let passed = 0;
    let all = 0;
    for (const l of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
      for (let sex = 0; sex < 10; sex++)
        for (let middle = 0; middle < 10_000_000; middle += 9_973)
          for (let last = 0; last < 10; last++) {
            all++;
            if (twIdValid(l.charCodeAt(0), `${sex}${String(middle).padStart(7, '0')}${last}`))
              passed++;
          }
    expect(passed * 25).toBe(all);
  });

  test.prop([letter, fc.constantFrom('1', '2', '8', '9'), fc.stringMatching(/^\d{7}$/)])(
    'of the ten last digits exactly one completes an id',
    (l, sex, body) => {
      const passing = [...'0123456789'].filter((c) => twIdValid(l.charCodeAt(0), sex + body + c));
      expect(passing).toHaveLength(1);
    },
  );
});

// Texts of ids, near misses and glue: letters, digits, spaces, Han, separators.
const piece = fc.oneof(
  fc.constantFrom('A123456789', 'F800000000', 'a123456789', 'A123456788', 'B3', '身分證字號 '),
  fc.constantFrom('訂單 ', '號', ' ', '-', '/', '.', 'SKU', 'x', '0', '1234567890', '\n'),
  letter.chain((l) => nine.map((d) => l + d)),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('findTwIds', () => {
  test.prop([text, fc.constantFrom(['zh-TW', 'TW'] as const, ['en-US', 'US'] as const)])(
    'reads at the runs what it reads at every position',
    (t, [locale, country]) => {
      const context = contextOf(t, locale, country);
      const every = [...Array(t.length).keys()];
      expect(findTwIds(context)).toEqual(findTwIds(context, every));
    },
  );
});
