// An ESN (the CDMA and AMPS device's id before the MEID: 32 bits, an 8-bit manufacturer's code and
// a 24-bit serial number) after its label goes as the MEID does, [CARD] (T32c); 8 hex digits or
// 11 digits without it stay: a commit's short id, an order's code, a phone's length.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/redact/redact.js';

const en = (text: string) => redact(text, { locale: 'en-US' }).text;

/** The two ways an ESN is printed: 8 hex digits, or the code's 3 decimal digits and the serial's 8. */
const hex = (esn: number) => esn.toString(16).toUpperCase().padStart(8, '0');
const dec = (esn: number) =>
  String(esn >>> 24).padStart(3, '0') + String(esn & 0xffffff).padStart(8, '0');

describe('an ESN after its label', () => {
  it('goes in hex and in decimal, and a pseudo-ESN too', () => {
    for (const [text, out] of [
      ['ESN: 8A3F2B1C', 'ESN: [CARD]'],
      // E69FFFFF in decimal: code 230, serial 10485759.
      ['ESN DEC: 23010485759', 'ESN DEC: [CARD]'],
      ['ESN (dec) 230 10485759, thanks', 'ESN (dec) [CARD], thanks'],
      ['ESN (hex): E69FFFFF.', 'ESN (hex): [CARD].'],
      // A pseudo-ESN: code 0x80, then the low 24 bits of the SHA-1 of the MEID (800737E1 is
      // FF000001123456's).
      ['pESN: 800737E1', 'pESN: [CARD]'],
      ['MEID A10000009296F2 pESN 0x80D1A2B3', 'MEID [CARD] pESN [CARD]'],
    ]) {
      expect(en(text as string)).toBe(out);
    }
  });

  it('stays without its label, out of range, glued or with no digit', () => {
    for (const text of [
      'commit 8a3f2b1c fixed it',
      'order 8A3F2B1C shipped',
      'ESN: 25610485759', // no code above 255
      'ESN: 23016777216', // no serial above 2^24 - 1
      'ESN: deadbeef',
      'ESN 8A3F2B1C9',
      'Lesn 8A3F2B1C',
      'ESN n/a, ref 8A3F2B1C',
    ]) {
      expect(en(text)).toBe(text);
    }
  });
});

describe('every ESN', () => {
  test.prop([
    fc.integer({ min: 0, max: 0xffffffff }),
    fc.boolean(),
    fc.constantFrom('ESN', 'esn', 'pESN', 'ESN:', 'ESN (hex):', 'ESN DEC'),
  ])('goes after its label, hex or decimal', (esn, decimal, label) => {
    const value = decimal ? dec(esn) : hex(esn);
    // A word of hex letters alone ("DEADBEEF") is no value: the label alone does not make it one.
    fc.pre(/\d/.test(value));
    expect(en(`${label} ${value} ok`)).toBe(`${label} [CARD] ok`);
  });

  test.prop([fc.integer({ min: 0, max: 0xffffffff })])('stays in hex without its label', (esn) => {
    const text = `build ${hex(esn).toLowerCase()} ok`;
    expect(en(text)).toBe(text);
  });
});

// T33b: a few words between the label and its value, as a sentence puts them, left the ESN
// whole ("My ESN is 8A3F2B1C"); the label is read as any id's is, the nearest before its value
// within 48 units on its line (contextBefore), and a reference word between names another value.
describe('an ESN a few words after its label (T33b)', () => {
  it.each([
    ['My ESN is 8A3F2B1C', 'My ESN is [CARD]'],
    ['The ESN of my old phone is 8A3F2B1C', 'The ESN of my old phone is [CARD]'],
    ['My ESN number is 8A3F2B1C.', 'My ESN number is [CARD].'],
    ['my esn is: 8a3f2b1c', 'my esn is: [CARD]'],
    ['ESN in decimal is 230 10485759', 'ESN in decimal is [CARD]'],
    // The MEID's label is read the same way.
    ['My MEID is A10000009296F2', 'My MEID is [CARD]'],
  ])('%j goes', (text, out) => {
    expect(en(text)).toBe(out);
  });

  it.each([
    // No label, or a reference word between, a sentence's end, a comma or a line break.
    'commit 8A3F2B1C',
    'Order 8A3F2B1C',
    'ESN n/a order 8A3F2B1C',
    'ESN unknown, order 8A3F2B1C',
    'the ESN is unknown. Order 8A3F2B1C',
    'ESN was\n8A3F2B1C',
    // More than 48 units from the label, no digit, or glued.
    'the ESN of the phone I bought from your shop last week is 8A3F2B1C',
    'ESN is deadbeef',
    'ESN is 8A3F2B1C9',
  ])('%j stays', (text) => {
    expect(en(text)).toBe(text);
  });

  test.prop([
    fc.integer({ min: 0, max: 0xffffffff }),
    fc.boolean(),
    fc.constantFrom(
      'My ESN is',
      'The ESN of my old phone is',
      'ESN number is',
      'pESN was',
      'ESN is:',
    ),
  ])('goes a few words after its label, hex or decimal', (esn, decimal, words) => {
    const value = decimal ? dec(esn) : hex(esn);
    fc.pre(/\d/.test(value));
    expect(en(`${words} ${value} ok`)).toBe(`${words} [CARD] ok`);
  });
});
