// unitAt reads a code unit as charCodeAt does, on every kind of string V8 makes (flat in one or
// two bytes a unit, a rope, a slice, an internalized literal) and at every index, past either end
// too (NaN there): the recognizers read the shadow through it where a property look-up per unit
// went megamorphic (T64d).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isAsciiLetterAt, isDigitAt, unitAt } from '../../src/redact/digits.js';

/** `s` as several kinds of string with the same units. */
function kinds(s: string): string[] {
  const pad = `${s}${String(s.length % 10)}`;
  return [
    s,
    JSON.parse(JSON.stringify(s)) as string,
    // A rope: two halves joined, read before and after V8 flattens it.
    s.slice(0, s.length >> 1) + s.slice(s.length >> 1),
    // A slice of a longer string (V8 keeps long slices as views of their parent).
    `xxxxxxxxxxxxxxxx${s}`.slice(16),
    pad.slice(0, s.length),
  ];
}

describe('unitAt', () => {
  it('reads what charCodeAt reads, NaN past either end', () => {
    const samples = ['', 'a', 'Tel. 0151 23456789', 'Numéro ۰۹۱۲ ۳۴۵ ۶۷۸۹ — 電話', 'x'.repeat(40)];
    for (const s of samples)
      for (const k of kinds(s))
        for (let i = -2; i <= s.length + 1; i++) expect(unitAt(k, i)).toEqual(s.charCodeAt(i));
    expect(unitAt('abc', Number.NaN)).toBe(97);
    expect(unitAt('abc', 1.7)).toBe(98);
  });

  it('answers isDigitAt and isAsciiLetterAt from the units', () => {
    expect(isDigitAt('a1', 1)).toBe(true);
    expect(isDigitAt('a1', 0)).toBe(false);
    expect(isDigitAt('a1', 2)).toBe(false);
    expect(isAsciiLetterAt('1Z', 1)).toBe(true);
    expect(isAsciiLetterAt('1Z', 0)).toBe(false);
    expect(isAsciiLetterAt('1Z', -1)).toBe(false);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: -3, max: 44 })])(
    'agrees with charCodeAt on any string, of any kind, at any index',
    (s, i) => {
      for (const k of kinds(s)) expect(unitAt(k, i)).toEqual(s.charCodeAt(i));
    },
  );
});
