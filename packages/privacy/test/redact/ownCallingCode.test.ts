// T30c (issue #14): an unlabelled run that libphonenumber reads only by taking its first digits
// for the customer's own calling code, with no "+" or "00" before them, is an order's or a
// parcel's number: "4907214368 9931893" went as a German number ("+49 721 43689931893").
import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './corpus/languages.js';
import { rng } from './corpus/random.js';
import * as v from './corpus/values.js';

const text = (t: string, locale: string) => redact(t, { locale }).text;

describe('the own calling code without "+" or "00"', () => {
  it.each([
    ['de-DE', '4907214368 9931893'],
    ['de-DE', 'Sendung 4907214368 9931893 ist unterwegs'],
  ])('%s %j stays: an unlabelled run', (locale, t) => {
    expect(text(t, locale)).toBe(t);
  });

  it.each([
    // A label, a "+" or "00", a code set apart as a group of its own (the "+" forgotten: the
    // hand-written audit's "48 600 100 200"), or a trunk "0" still make it a phone.
    ['pl-PL', 'albo 48 600 100 200', 'albo [PHONE]'],
    ['de-DE', 'Tel. 4907214368 9931893', 'Tel. [PHONE]'],
    ['de-DE', '+49 721 43689931', '[PHONE]'],
    ['de-DE', '0049 721 43689931', '[PHONE]'],
    ['de-DE', '0721 43689931', '[PHONE]'],
  ])('%s %j goes', (locale, t, redacted) => {
    expect(text(t, locale)).toBe(redacted);
  });

  it('a valid number of the customer’s country after its bare calling code: only with a label', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 4 }),
        ({ locale, country }, seed, cut) => {
          // The generator writes some numbers with "00" for "+", which no country's default reads.
          const drawn = v.phone(rng(seed), country).replace(/^00/, '+');
          const number = parsePhoneNumberFromString(drawn, country);
          const national = number?.nationalNumber as string;
          const code = getCountryCallingCode(country);
          // Written spaced after a few digits, as an order's number is printed.
          const digits = `${code}${national}`;
          const bare = `${digits.slice(0, cut + code.length)} ${digits.slice(cut + code.length)}`;
          // Only where libphonenumber reads it by stripping the code (else it is a national
          // number of its own, read as before).
          fc.pre(parsePhoneNumberFromString(bare, country)?.nationalNumber === national);
          // (Some such runs pass Luhn's check too, and go as a card: not a phone's reading.)
          const phones = (t: string) =>
            redact(t, { locale }).findings.filter((f) => f.type === 'phone').length;
          const kept = (t: string) => redact(t, { locale }).text === t;
          expect(phones(`so ${bare} ok`)).toBe(0);
          expect(kept(`tel. ${bare} ok`)).toBe(false);
          expect(kept(`+${bare} ok`)).toBe(false);
        },
      ),
    );
  });
});
