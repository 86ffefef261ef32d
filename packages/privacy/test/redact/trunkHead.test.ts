// Issue #14, session 30 (lead): a labelled number that libphonenumber finds only after a trunk-led
// group of the same span ("Tel. 0151 2345678": 0151 is a mobile prefix that wants eight digits
// after it, "2345678" alone dials a subscriber inside one area) was replaced from that number on,
// and the prefix the customer typed stayed beside the placeholder: "Tel. 0151 [PHONE]". The
// finding now takes the group in. Without a phone label nothing is found, as before.
import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const text = (t: string, locale: string) => redact(t, { locale }).text;

describe('a trunk-led group before a labelled number goes with it', () => {
  it.each([
    ['de-DE', 'Tel. 0151 2345678', 'Tel. [PHONE]'],
    ['de-DE', 'meine Nummer ist 0151 2345678', 'meine Nummer ist [PHONE]'],
    ['de-DE', 'Tel. (0151) 2345678', 'Tel. [PHONE]'],
    ['de-DE', 'Tel. 0151/2345678', 'Tel. [PHONE]'],
    ['de-DE', 'Tel. 0151 2345678 oder 030 1234567', 'Tel. [PHONE] oder [PHONE]'],
    [
      'de-DE',
      'Tel. 0151 2345678, Bestellung 0151 2345678',
      'Tel. [PHONE], Bestellung 0151 2345678',
    ],
  ])('%s %j -> %j', (locale, t, want) => {
    expect(text(t, locale)).toBe(want);
  });

  it.each([
    // No phone label: an order's digits stay, whatever they read as.
    ['de-DE', 'Bestellung 0151 2345678'],
    ['de-DE', '0151 2345678'],
    // Found whole before, or not at all: unchanged.
    ['fr-FR', 'Tél. 06 1234567'],
    ['de-DE', 'Handy: 0171 23456'],
  ])('%s %j is read as before', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it('leaves no digit of a labelled German number whatever its prefix and length', () => {
    const prefixes = ['0151', '0160', '0170', '0171', '030', '089', '0221', '040'];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.constantFrom(' ', '/', ') '),
        fc.stringMatching(/^[2-9]\d{5,7}$/),
        (prefix, sep, local) => {
          const head = sep === ') ' ? `(${prefix}` : prefix;
          const t = `Tel. ${head}${sep}${local}`;
          const out = text(t, 'de-DE');
          // Either the whole number goes or nothing of it does (an invalid number stays whole).
          if (out !== t) expect(out).toBe('Tel. [PHONE]');
        },
      ),
    );
  });
});
