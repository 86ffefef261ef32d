// Issue #14, session 33 (T37b). A combining mark typed after a phone number's last digit stayed
// outside "[PHONE]": "call 07911 123456\u0301 now" came out "call [PHONE]\u0301 now", the accent
// sitting on the placeholder's bracket, and a keycap's "\ufe0f\u20e3" on the last digit alone
// left the keycap's frame (a digit, then its marks: the mark was noise in the number, read as a
// space by the shadow, and the number ended before it). The marks go with the number, as a card's
// have since T36b (card.ts).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { VALID_NUMBERS } from './validNumbers.js';

// Marks of each kind of General_Category M: nonspacing (an acute, a diaeresis, the Thai mai ek,
// the combining extensions and half marks, a variation selector and one past the BMP), enclosing
// (the keycap, a cyrillic hundred thousands sign) and spacing (the Devanagari visarga).
const MARKS = [
  '\u0301',
  '\u0308',
  '\u0e48',
  '\u1ab0',
  '\u20d0',
  '\ufe20',
  '\ufe0f',
  '\u{e0100}',
  '\u20e3',
  '\u0488',
  '\u0903',
];

describe('the marks after a phone number go with it', () => {
  it.each([
    ['en-GB', 'call 07911 123456\u0301 now', 'call [PHONE] now'],
    ['en-GB', 'call 07911 123456\ufe0f\u20e3 now', 'call [PHONE] now'],
    ['en-GB', 'call 07911 123456\u0301\u0301\u20e3', 'call [PHONE]'],
    ['de-DE', 'Tel. +49 30 12345678\u0301', 'Tel. [PHONE]'],
    ['en-US', 'call (212) 555-0187\u0308.', 'call [PHONE].'],
    ['fr-FR', 'mon portable 06 12 34 56 78\u20d0 merci', 'mon portable [PHONE] merci'],
    ['hi-IN', 'फ़ोन 98765 43210\u0301', 'फ़ोन [PHONE]'],
  ])('%s %j', (locale, text, expected) => {
    const { text: out, findings } = redact(text, { locale });
    expect(out).toBe(expected);
    expect(findings.map((f) => f.type)).toEqual(['phone']);
    // Idempotent: the placeholder carries no mark a second pass would read.
    expect(redact(out, { locale }).text).toBe(out);
  });

  it.each([
    // A mark on the space after a number, before no digit, is the space's: it stays, as it did.
    ['en-GB', 'call 07911 123456 \u0301 now', 'call [PHONE] \u0301 now'],
    // A mark after a letter is the letter's.
    ['en-GB', 'call 07911 123456 café\u0301', 'call [PHONE] café\u0301'],
  ])('%s %j keeps the marks that are not the number’s', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  // Left to T37a/T37c (their files): an IBAN, a national id or an IP address ending in a mark
  // keep it after the placeholder ("IBAN [IBAN]\u0301", "PESEL [PESEL]\u0301", "SSN [SSN]\u0301",
  // "ip [IP]\u0301" on 2026-12-04).
  it.todo('an IBAN, a national id or an IP address ending in a mark: the mark goes with it');

  const phones = VALID_NUMBERS.filter(([, n]) => !/^[A-Z]{2}/.test(n) && !/^[45]\d{3}/.test(n));

  // The law: no combining mark is left right after a placeholder where it followed the value in
  // the input, whichever marks and however many; the words after stay.
  test.prop([
    fc.constantFrom(...phones),
    fc.array(fc.constantFrom(...MARKS), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', ' now', '.', ', thanks', '\n'),
  ])(
    'any valid phone, any marks after its last digit: none is left',
    ([locale, phone], marks, after) => {
      const { text: out } = redact(`call ${phone}${marks.join('')}${after}`, { locale });
      expect(out).toBe(`call [PHONE]${after}`);
      expect(out).not.toMatch(/\]\p{M}/u);
    },
  );
});
