// T30c (issue #14): values that went out but under another type's placeholder.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const text = (t: string, locale: string) => redact(t, { locale }).text;

describe('a BSN grouped in threes after its label is a BSN', () => {
  it.each([
    // 111222333 passes the 11-proef (9+8+7+12+10+8+9+6-3 = 66, 11 x 6): no shape of the BSN's
    // held "3.3.3" or "3 3 3", and the phone's reading typed it [PHONE].
    ['BSN 111.222.333', 'BSN [BSN]'],
    ['BSN: 111 222 333', 'BSN: [BSN]'],
    ['Mijn burgerservicenummer is 111 222 333.', 'Mijn burgerservicenummer is [BSN].'],
  ])('%j', (input, output) => {
    expect(text(input, 'nl-NL')).toBe(output);
  });

  it.each([
    // Without its label, or failing the 11-proef, the shape is a phone's as before.
    ['bel 111.222.333', 'bel [PHONE]'],
    ['BSN 111.222.334', 'BSN [PHONE]'],
  ])('%j', (input, output) => {
    expect(text(input, 'nl-NL')).toBe(output);
  });
});

describe('a PESEL led by "00" after "my number" stays a phone (a documented choice)', () => {
  // "Mój numer to 00252113477": a valid PESEL (born in May 2000, month 25) and "+252 113477", a
  // valid Somali fixed line to libphonenumber. "mój numer" is a phone word (keywords.ts: "my
  // number", how a Pole gives a phone number), and after one the phone's reading stands
  // (numericId.ts, T29e): a PESEL labelled or unlabelled is [PESEL]. Either way it goes; only
  // its type is in doubt, and the customer's own words call it a number to ring.
  it.each([
    ['Mój numer to 00252113477', 'Mój numer to [PHONE]'],
    ['PESEL 00252113477', 'PESEL [PESEL]'],
    ['Cześć. 00252113477 to mój numer.', 'Cześć. [PESEL] to mój numer.'],
  ])('%j', (input, output) => {
    expect(text(input, 'pl-PL')).toBe(output);
  });
});
