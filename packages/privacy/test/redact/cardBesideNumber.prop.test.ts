// A card beside a long number (#14: redact never leaves a Luhn-valid 13-19 digit run, T29d):
// "Parcel 0013542419 4111 1111 1111 1111" left the card whole, read as a tracking number's end.
// A random card with an issuer's first digit, whole or in fours, after or before a number of five
// to twelve digits that is no card (a parcel's, an order's) goes, and the number stays; with a
// wrong Luhn digit nothing of the text is touched.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnOk, withLuhn } from './corpus/checks.js';

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

// A card: an issuer's first digit (2 to 6), 13 to 19 digits with its Luhn digit.
const card = fc
  .tuple(fc.constantFrom(...'23456'), digits(11, 17))
  .map(([first, rest]) => withLuhn(first + rest));

// The number beside it: five to twelve digits, not starting with 0 (a trunk or international
// prefix, which a phone reader may take with reason).
const number = fc.tuple(fc.constantFrom(...'123456789'), digits(4, 11)).map(([a, b]) => a + b);

/** The card whole or in fours, with `sep` between its groups. */
const printed = (d: string, fours: boolean, sep: string) =>
  fours ? (d.match(/.{1,4}/g) as string[]).join(sep) : d;

/** The last digit changed: the same shape, Luhn-invalid. */
const wrongLuhn = (d: string, by: number) =>
  d.slice(0, -1) + String((Number(d.slice(-1)) + by) % 10);

describe('a card beside a long number', () => {
  test.prop([
    card,
    number,
    fc.boolean(),
    fc.constantFrom(' ', '-'),
    fc.constantFrom(' ', '-', ' - '),
    fc.boolean(),
  ])('goes, and the number stays', (d, n, fours, sep, between, after) => {
    // Card and number together as one card's length may pass Luhn whole: that goes whole.
    fc.pre(d.length + n.length > 19 || !luhnOk(after ? d + n : n + d));
    const c = printed(d, fours, sep);
    const text = `Parcel ${after ? `${c}${between}${n}` : `${n}${between}${c}`} arrived`;
    const expected = `Parcel ${after ? `[CARD]${between}${n}` : `${n}${between}[CARD]`} arrived`;
    expect(redact(text, { locale: 'en-GB' }).text).toBe(expected);
  });

  test.prop([
    card,
    fc.integer({ min: 1, max: 9 }),
    number,
    fc.boolean(),
    fc.constantFrom(' ', '-'),
    fc.boolean(),
  ])('with a wrong Luhn digit stays whole', (d, by, n, fours, sep, after) => {
    // As above: together they may pass Luhn whole, and go as a card.
    const bad = wrongLuhn(d, by);
    fc.pre(bad.length + n.length > 19 || !luhnOk(after ? bad + n : n + bad));
    // Nor its first four groups of four Luhn-valid (a card of 17 to 19 digits): a card in fours
    // beside a number goes, as the property above asks ("6884 0442 4728 4009 01 10000": V64b).
    for (let k = 16; fours && k < bad.length; k += 4) fc.pre(!luhnOk(bad.slice(0, k)));
    const c = printed(bad, fours, sep);
    const text = `Parcel ${after ? `${c} ${n}` : `${n} ${c}`} arrived`;
    expect(redact(text, { locale: 'en-GB' }).text).toBe(text);
  });
});
