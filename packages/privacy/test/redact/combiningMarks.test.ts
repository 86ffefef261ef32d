// Every combining mark typed inside a number (T36b, issue #14). T35a read the diacritics
// U+0300-036F after a digit as spaces; the other marks still split a number: "030 123\u1ab0 45678"
// (diacritical marks extended), "\u20d0" (marks for symbols), "\ufe0f" (an emoji's variation
// selector) left the last group, a mark after a separator ("030 12 \u03014 5678 9") the first
// ones, and "4111 1111\u20d0 1111 1111" stayed whole. A mark is now Unicode's General_Category M
// (digits.ts isCombiningAt): no digit takes any, so whichever follows one is noise. Fail closed:
// the whole number goes, its marks with it; a mark in ordinary text changes nothing.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { isMark, withoutMarks } from '../../src/redact/context.js';
import { isCombiningAt, marksEnd, marksStart, shadowOf } from '../../src/redact/digits.js';

type Row = [locale: string, text: string, expected: string];

function check(locale: string, text: string, expected: string): void {
  expect(redact(text, { locale }).text).toBe(expected);
}

const KEYCAP = '\ufe0f\u20e3';
const keycaps = (digits: string): string => [...digits].map((d) => d + KEYCAP).join('');

describe('a combining mark of any block inside a number', () => {
  it.each<Row>([
    ['de-DE', 'Tel: 030 123\u1ab0 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\u1dc0 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\u20d0 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\ufe0f 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\ufe00 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\ufe20 45678', 'Tel: [PHONE]'],
    // A mark of another script (Devanagari's visarga, Arabic's fathatan) and one past the BMP (a
    // variation selector of the supplement, two units).
    ['de-DE', 'Tel: 030 123\u0903 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\u064b 45678', 'Tel: [PHONE]'],
    ['de-DE', 'Tel: 030 123\u{e0100} 45678', 'Tel: [PHONE]'],
    // After a separator, before a digit: it sits on the space.
    ['de-DE', 'Tel: 030 12 \u03014 5678 9', 'Tel: [PHONE]'],
    ['en-US', 'call (212) \u0301555-0187', 'call [PHONE]'],
    ['en-US', 'call 212\u20e3 555 0187', 'call [PHONE]'],
    ['en-US', 'card 4111 1111\u20d0 1111 1111 thanks', 'card [CARD] thanks'],
    ['en-US', 'card 4111 \u20e31111 1111 1111 thanks', 'card [CARD] thanks'],
    ['de-DE', 'IBAN DE89 3704\u20e3 0044 0532 0130 00', 'IBAN [IBAN]'],
    ['de-DE', 'IBAN D\u1ab0E89 3704 0044 0532 0130 00', 'IBAN [IBAN]'],
    ['en-GB', 'IBAN GB82 WE\u20d0ST 1234 5698 7654 32', 'IBAN [IBAN]'],
  ])('%s: %s', check);
});

describe('keycap digits (digit, U+FE0F, U+20E3): a keycap digit is that digit', () => {
  it.each<Row>([
    ['en-GB', `call ${keycaps('07')}911 123456`, 'call [PHONE]'],
    ['en-GB', `call ${keycaps('07911')} 123456`, 'call [PHONE]'],
    ['de-DE', `call 030${KEYCAP} 1234${KEYCAP} 5678`, 'call [PHONE]'],
    // A card in keycaps goes whole, the last keycap's marks with it.
    ['en-US', `card ${keycaps('4111111111111111')} ok`, 'card [CARD] ok'],
    ['en-US', `card ${keycaps('4111')} ${keycaps('1111')} 1111 1111`, 'card [CARD]'],
  ])('%s: %s', check);
});

describe('a mark in ordinary text changes nothing', () => {
  it.each<[string, string]>([
    ['de-DE', 'Betrag 12\u0301,50 € bitte'],
    ['de-DE', 'Betrag 1.234\u20d0,50 € bitte'],
    ['de-DE', 'Bestellung 12345\u0301 vom 3.4.'],
    ['de-DE', 'Bestellnr. 12345\u1ab0-678'],
    ['de-DE', '12 \u0301€ und 3 \u0301x'],
    ['en-US', 'I rate it 5\ufe0f\u20e3 stars, room 2\ufe0f\u20e31\ufe0f\u20e3'],
    ['hi-IN', 'मेरा ऑर्डर १२३ है, कुल ४५६ रुपये'],
  ])('%s: %s', (locale, text) => {
    const plain = text.replace(/\p{M}/gu, '');
    // The same findings as the text without its marks (where they fall inside a number).
    expect(redact(text, { locale }).findings.map((f) => f.type)).toEqual(
      redact(plain, { locale }).findings.map((f) => f.type),
    );
    if (locale !== 'hi-IN') expect(redact(text, { locale }).text).toBe(text);
  });
});

describe('one definition of a mark', () => {
  it('isCombiningAt holds exactly General_Category M, each unit of a pair past the BMP too', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (isCombiningAt(s, 0) !== /\p{M}/u.test(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    const vs = 'x\u{e0100}\u{1d165}\u{1f600}';
    expect([1, 2, 3, 4, 5, 6].map((k) => isCombiningAt(vs, k))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    // A lone surrogate is none.
    expect(isCombiningAt('\udd00', 0)).toBe(false);
  });

  it('marksEnd and marksStart walk a stack of marks forward and back', () => {
    const s = `a1\u0301\u20e3\u{e0100}b`;
    expect(marksEnd(s, 2)).toBe(6);
    expect(marksStart(s, 5)).toBe(1);
    expect(marksEnd(s, 1)).toBe(1);
  });

  it("the label fold's marks are the diacritics U+0300-036F, a part of them", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const diacritic = /^[\u0300-\u036f]$/.test(String.fromCharCode(c));
      if (isMark(c) !== diacritic || (diacritic && !isCombiningAt(String.fromCharCode(c), 0)))
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(withoutMarks('nu\u0301me\u0301ro\u1ab0')).toBe('numero\u1ab0');
    expect(withoutMarks('plain')).toBe('plain');
  });

  it('the shadow reads a mark after a separator as a space only before a digit', () => {
    expect(shadowOf('12 \u03014')).toBe('12  4');
    expect(shadowOf('12 \u0301\u00ad4')).toBe('12   4');
    expect(shadowOf('12 \u0301x')).toBe('12 \u0301x');
    expect(shadowOf('\u0664\u00a0\u03012')).toBe('4  2');
    expect(shadowOf(`7${KEYCAP}`)).toBe('7  ');
  });
});
