// trailingHead (phoneTrailingHead.ts) finds a wrapped number's head inside a span that ends its
// line (issue #14). Its oracle is the plain search: the last "+" before the span's end, if it
// stands past the span's start and within the reach. Then the reading it serves, end to end: any
// run of wrapped international numbers, one after another on shared lines, redacts each of them
// as it redacts one alone.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { headInTail, trailingHead } from './phoneTrailingHead.js';

// Zeros weighed up, so that "00" heads and groups of zeros alone come often.
const unit = fc.constantFrom(...'00000123456789  +-()./\n>');
// Pieces of heads and columns too, so that "00" heads after groups of zeros or not come often.
const piece = fc.oneof(
  unit,
  fc.constantFrom('00', '0000 ', ' 0049', ' 0044 7911', '12 ', '0 ', ' / ', '1 / 0044'),
);
const phoneish = fc.array(piece, { maxLength: 40 }).map((u) => u.join(''));

/**
 * The last head of [s, e) past `s` and at most 48 units back from `e`: a "+", or (T70g) a "00"
 * with a digit 1-9 after it inside the span, a space before it, and before that space (spaces
 * aside, inside the span; since V57b, a list's " / " aside too) a group of digits that is not
 * zeros alone; -1 where there is none.
 */
function oracle(shadow: string, s: number, e: number): number {
  for (let k = e - 1; k > s && k >= e - 48; k--) {
    if (shadow[k] === '+') return k;
    if (
      /^00[1-9]/.test(shadow.slice(k, e)) &&
      /[1-9][0-9]* +(?:\/ +)?\(?$/.test(shadow.slice(s, k))
    )
      return k;
  }
  return -1;
}

/** The offset in [t, e) of the first "00" head past its first unit, read as oracle reads one. */
function tailOracle(shadow: string, t: number, e: number): number {
  const head = /(?<=[1-9][0-9]* +(?:\/ +)?)\(?00[1-9]/.exec(shadow.slice(t, e));
  return head ? head.index : -1;
}

// Numbers wrapped after their head as people send them, each redacted whole when alone.
const WRAPPED: readonly (readonly [locale: string, number: string])[] = [
  ['en-GB', '+44 7911\n123456'],
  ['en-GB', '+44\n7911 123456'],
  ['de-DE', '+49 151\n23456789'],
  ['en-US', '+1 212\n555-0187'],
  ['fr-FR', '+33 6 12\n34 56 78'],
  ['fr-FR', '+33\n6 12 34 56 78'],
];

// Dialled out with "00" (T70g), each after the first on its line right after a number's end.
// Another reading may join two neighbours into one span ("6 12 34 56 78 0033 6 12" to the matcher,
// a card's Luhn run "123456 0044 7911"), so what is asserted is that every digit goes.
const OUT_DIALLED: readonly (readonly [locale: string, number: string])[] = [
  ...WRAPPED,
  ['en-GB', '0044 7911\n123456'],
  ['de-DE', '0049 151\n2345 6789'],
  ['fr-FR', '0033 6 12\n34 56 78'],
];

describe('trailingHead', () => {
  test.prop([phoneish, fc.nat(), fc.nat()])('agrees with the plain search', (shadow, a, b) => {
    const n = shadow.length + 1;
    const s = Math.min(a % n, b % n);
    const e = Math.max(a % n, b % n);
    expect(trailingHead(shadow, s, e)).toBe(oracle(shadow, s, e));
  });

  test.prop([phoneish, fc.nat(), fc.nat()])(
    'headInTail agrees with the plain search',
    (shadow, a, b) => {
      const n = shadow.length + 1;
      const t = Math.min(a % n, b % n);
      const e = Math.max(a % n, b % n);
      expect(headInTail(shadow, t, e)).toBe(tailOracle(shadow, t, e));
    },
  );

  test.prop([
    fc.integer({ min: 0, max: WRAPPED.length - 1 }),
    fc.array(fc.integer({ min: 0, max: WRAPPED.length - 1 }), { minLength: 1, maxLength: 10 }),
  ])('wrapped numbers on shared lines each go, as one alone does', (pick, more) => {
    // One locale per message, the first number's: each number carries its calling code.
    const locale = (WRAPPED[pick] as (typeof WRAPPED)[number])[0];
    const numbers = [pick, ...more].map((k) => (WRAPPED[k] as (typeof WRAPPED)[number])[1]);
    for (const number of numbers) expect(redact(number, { locale }).text).toBe('[PHONE]');
    expect(redact(`${numbers.join(' ')} `, { locale }).text).toBe(
      `${numbers.map(() => '[PHONE]').join(' ')} `,
    );
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: OUT_DIALLED.length - 1 }), { minLength: 2, maxLength: 10 }),
  ])('wrapped numbers dialled out with "00" on shared lines all go', (picks) => {
    const locale = (OUT_DIALLED[picks[0] as number] as (typeof OUT_DIALLED)[number])[0];
    const numbers = picks.map((k) => (OUT_DIALLED[k] as (typeof OUT_DIALLED)[number])[1]);
    for (const number of numbers) expect(redact(number, { locale }).text).toBe('[PHONE]');
    expect(redact(`${numbers.join(' ')} `, { locale }).text).toMatch(/^(?:\[PHONE\] )+$/);
  });
});
