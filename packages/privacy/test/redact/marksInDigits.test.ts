// Combining marks typed after a digit (T35a, issue #14): "+4\u0301 30 1234 5678" left its country
// code, "call +49 30 12\u0308 34 5678" its first groups and "Tel: 030 123\u0301 45678" its last
// group; "4111 1111\u0301 1111 1111" and "DE89 3704\u0301 0044 …" stayed whole, and so did an IBAN
// with a mark between its country letters ("D\u0301E89…"). No digit carries a mark: the shadow
// reads one after a digit as a space (digits.ts markedDigits), and a digit run reads it beside a
// separator as one (runs.ts isGlueAt), as a soft hyphen is read (T34f). Fail closed: the whole
// number goes, its marks with it.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { shadowOf } from '../../src/redact/digits.js';
import { VALID_NUMBERS } from './validNumbers.js';

type Row = [locale: string, text: string, expected: string];

function check(locale: string, text: string, expected: string): void {
  expect(redact(text, { locale }).text).toBe(expected);
}

describe('a combining mark after a digit', () => {
  it.each<Row>([
    ['de-DE', '+4\u0301 30 1234 5678', '[PHONE]'],
    ['de-DE', 'call +49 30 12\u0308 34 5678', 'call [PHONE]'],
    ['de-DE', 'Tel: 030 123\u0301 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\u0301\u0308 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\u030145678', 'Tel: [PHONE]'],
    ['en-US', 'card 4111 1111\u0301 1111 1111 thanks', 'card [CARD] thanks'],
    ['en-US', 'card 4111\u03011111\u03011111\u03011111', 'card [CARD]'],
    ['de-DE', 'IBAN DE89 3704\u0301 0044 0532 0130 00', 'IBAN [IBAN]'],
    ['de-DE', 'IBAN DE8\u03019370400440532013000', 'IBAN [IBAN]'],
    // Between the country code's letters, and after them.
    ['de-DE', 'IBAN D\u0301E89370400440532013000', 'IBAN [IBAN]'],
    ['de-DE', 'IBAN D\u0301E\u0308 89370400440532013000', 'IBAN [IBAN]'],
    // After a letter of its BBAN.
    ['en-GB', 'IBAN GB82 WE\u0301ST 1234 5698 7654 32', 'IBAN [IBAN]'],
    ['en-GB', 'IBAN GB82WEST\u030112345698765432', 'IBAN [IBAN]'],
  ])('%s: %s', check);

  it('after a letter it stays one: a word typed decomposed reads as before', () => {
    check(
      'fr-FR',
      'nume\u0301ro de te\u0301le\u0301phone : 01 23 45 67 89',
      'nume\u0301ro de te\u0301le\u0301phone : [PHONE]',
    );
  });

  it('the shadow reads exactly the combining marks (General_Category M) after a digit as spaces', () => {
    // Every BMP unit after "x" (its plain fold) and after a digit, one text each (one shadow).
    const units: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(c);
    const plain = shadowOf(units.map((c) => `x${String.fromCharCode(c)}`).join(''));
    const marked = shadowOf(units.map((c) => `7${String.fromCharCode(c)} `).join(''));
    const wrong = units.filter((c, k) => {
      const expected = /\p{M}/u.test(String.fromCharCode(c)) ? ' ' : plain.charAt(2 * k + 1);
      return marked.charAt(3 * k + 1) !== expected;
    });
    expect(wrong.map((c) => c.toString(16))).toEqual([]);
    // After a digit of another script too, and every mark of a stack of them; after a letter, none.
    expect(shadowOf('\u0664\u0301\u0308 2')).toBe('4   2');
    expect(shadowOf('e\u0301 2')).toBe('e\u0301 2');
  });
});

// A mark put after any digit of a valid number (validNumbers.ts).
const NUMBERS = VALID_NUMBERS;
const MARKS = ['\u0301', '\u0308', '\u0300', '\u036f', '\u0301\u0308'];

describe('a mark after any digit of a valid number', () => {
  it('each number goes whole without a mark (the property is not vacuous)', () => {
    for (const [locale, n] of NUMBERS) {
      const r = redact(`Nummer: ${n} danke`, { locale });
      expect(r.findings.some((f) => f.start === 8 && f.end === 8 + n.length)).toBe(true);
    }
  });

  test.prop([fc.constantFrom(...NUMBERS), fc.nat(), fc.constantFrom(...MARKS)])(
    'never leaves a digit of it outside the finding',
    ([locale, n], at, mark) => {
      const digits = [...n.matchAll(/[0-9]/g)].map((m) => m.index);
      const k = (digits[at % digits.length] as number) + 1;
      const marked = `${n.slice(0, k)}${mark}${n.slice(k)}`;
      const text = `Nummer: ${marked} danke`;
      const r = redact(text, { locale });
      const from = 8;
      const to = from + marked.length;
      for (let i = from; i < to; i++) {
        if (!/[0-9]/.test(text.charAt(i))) continue;
        expect(
          r.findings.some((f) => f.start <= i && i < f.end),
          `${JSON.stringify(text)} at ${i}`,
        ).toBe(true);
      }
    },
  );
});
