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

  // T38d: an IBAN, a national id or an IP address ending in a mark kept it after the
  // placeholder ("IBAN [IBAN]\u0301", "PESEL [PESEL]\u0301", "SSN [SSN]\u0301", "ip [IP]\u0301"
  // on 2026-12-04); the marks go with them as with a phone.
  it.each([
    ['pl-PL', 'IBAN PL61109010140000071219812874\u0301 ok', 'IBAN [IBAN] ok', 'iban'],
    ['de-DE', 'IBAN DE89 3704 0044 0532 0130 00\ufe0f\u20e3', 'IBAN [IBAN]', 'iban'],
    // One that ends in a letter: the mark is that letter's, the IBAN's.
    ['en-GB', 'IBAN MT84MALT011000012345MTLCAST001S\u0301.', 'IBAN [IBAN].', 'iban'],
    // Poland's domestic form of it (NRB).
    ['pl-PL', 'nr konta 61 1090 1014 0000 0712 1981 2874\u0308', 'nr konta [IBAN]', 'iban'],
    ['pl-PL', 'PESEL 44051401458\u0301 ok', 'PESEL [PESEL] ok', 'pesel'],
    ['en-US', 'SSN 123-45-6789\u20d0, thanks', 'SSN [SSN], thanks', 'us-ssn'],
    ['pt-BR', 'CPF 123.456.789-09\u0301', 'CPF [CPF]', 'cpf'],
    ['en-US', 'ip 203.0.113.58\u0301 ok', 'ip [IP] ok', 'ip'],
    ['en-US', 'ip 2001:db8::1\u0301\u0301 ok', 'ip [IP] ok', 'ip'],
    // A hex letter and the mark typed after it ("á") end the address as the letter alone did.
    ['en-US', 'ip 2001:db8::a\u0301 ok', 'ip [IP] ok', 'ip'],
  ])('%s %j', (locale, text, expected, type) => {
    const { text: out, findings } = redact(text, { locale });
    expect(out).toBe(expected);
    expect(findings.map((f) => f.type)).toEqual([type]);
    expect(redact(out, { locale }).text).toBe(out);
  });

  it.each([
    // A format character (General_Category Cf) is no mark: it is written between characters, not
    // onto one, and stays after a phone too (T37b): a zero-width space parts words, a bidi mark
    // orders the text after it.
    ['en-US', 'ip 203.0.113.58\u200b ok', 'ip [IP]\u200b ok'],
    ['pl-PL', 'PESEL 44051401458\u200e ok', 'PESEL [PESEL]\u200e ok'],
    ['en-GB', 'call 07911 123456\u200b now', 'call [PHONE]\u200b now'],
    // A mark on the space after the value, before no digit, is the space's.
    ['en-US', 'ip 203.0.113.58 \u0301 ok', 'ip [IP] \u0301 ok'],
  ])('%s %j keeps what is not the value’s', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  // The law for the values whose recognizers T38d gave the marks: a value that goes without marks
  // after it goes as the same text with them, no mark left after its placeholder.
  const IBANS = [
    'PL61109010140000071219812874',
    'PL61 1090 1014 0000 0712 1981 2874',
    'DE89370400440532013000',
    'GB82 WEST 1234 5698 7654 32',
    'MT84MALT011000012345MTLCAST001S',
    'FR1420041010050500013M02606',
  ];
  const pesel = fc
    .tuple(
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 9999 }),
    )
    .map(([y, m, d, serial]) => {
      const ten = `${pad(y, 2)}${pad(m, 2)}${pad(d, 2)}${pad(serial, 4)}`;
      const sum = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3].reduce((s, w, k) => s + w * Number(ten[k]), 0);
      return `PESEL ${ten}${(10 - (sum % 10)) % 10}`;
    });
  const value = fc.oneof(
    fc.constantFrom(...IBANS).map((v) => `IBAN ${v}`),
    pesel,
    fc.ipV4().map((v) => `ip ${v}`),
    fc.ipV6().map((v) => `ip ${v}`),
  );
  test.prop([
    value,
    fc.array(fc.constantFrom(...MARKS), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', ' ok', '.', ', thanks', '\n'),
  ])('any IBAN, PESEL or IP address, any marks after it: none is left', (text, marks, after) => {
    const plain = redact(`${text}${after}`, { locale: 'pl-PL' }).text;
    fc.pre(/\[(?:IBAN|PESEL|IP)\]/.test(plain));
    const out = redact(`${text}${marks.join('')}${after}`, { locale: 'pl-PL' }).text;
    expect(out).toBe(plain);
    expect(out).not.toMatch(/\]\p{M}/u);
  });

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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
