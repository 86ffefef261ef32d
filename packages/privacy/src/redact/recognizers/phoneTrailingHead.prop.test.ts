// trailingHead (phoneTrailingHead.ts) finds a wrapped number's head inside a span that ends its
// line (issue #14). Its oracle is the plain search: the last "+" before the span's end, if it
// stands past the span's start and within the reach. Then the reading it serves, end to end: any
// run of wrapped international numbers, one after another on shared lines, redacts each of them
// as it redacts one alone.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { trailingHead } from './phoneTrailingHead.js';

const unit = fc.constantFrom(...'0123456789 +-()./\n>');
const phoneish = fc.array(unit, { maxLength: 80 }).map((u) => u.join(''));

/** The last "+" of [s, e) past `s` and at most 48 units back from `e`; -1 where there is none. */
function oracle(shadow: string, s: number, e: number): number {
  const k = e > 0 ? shadow.lastIndexOf('+', e - 1) : -1;
  return k > s && k >= e - 48 ? k : -1;
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

describe('trailingHead', () => {
  test.prop([phoneish, fc.nat(), fc.nat()])('agrees with the plain search', (shadow, a, b) => {
    const n = shadow.length + 1;
    const s = Math.min(a % n, b % n);
    const e = Math.max(a % n, b % n);
    expect(trailingHead(shadow, s, e)).toBe(oracle(shadow, s, e));
  });

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
});
