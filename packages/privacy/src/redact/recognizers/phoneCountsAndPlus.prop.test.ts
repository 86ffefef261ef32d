// V52g (issue #14, phone.ts): two readings, each checked against the plain reading of its parts
// alone. A count after a number (readBeforeLoneTail's countAfter): "tel 07911 123456 2 items"
// went as "tel [PHONE] items", the count glued into the number; read together, the number goes
// as it goes alone and the count and its word stay. International numbers on one line, " +"
// between, too long to read whole (the " +" cut before windows): "tel (+1) 212 555-0187 +1 212
// 555-0187 +1 212 555-0187" left all three; each now goes as it goes alone.
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { redact } from '../redact.js';

// Numbers a trunk "0" or a "+" leads, by locale, each one that goes whole alone after "tel"; and
// numbers written as their international print writes them without the calling code, the trunk
// left out ("6 12 34 56 78", "7911 123456": V53b).
const LED: Readonly<Record<string, readonly string[]>> = {
  'en-GB': [
    '07911 123456',
    '020 7946 0018',
    '+44 7911 123456',
    '+44 20 7946 0018',
    '7911 123456',
    '20 7946 0018',
  ],
  'fr-FR': ['06 12 34 56 78', '+33 6 12 34 56 78', '6 12 34 56 78', '1 23 45 67 89'],
  'en-US': ['+1 212 555-0187'],
  // Eskilstuna's numbers have many lengths, written as its print writes them without the trunk
  // ("+46 16 02 48 25"): a count of one digit after it makes a number too, and goes with it
  // (readTrunkDropped's "valid with the count" check, reachable only so: V54b).
  'sv-SE': ['16 02 48 25'],
  // German numbers have many lengths: "030 1234567 2" is a Berlin number too, and the count may
  // be its end (V53b). ("151 23456789 2 Stück", the matcher reading "23456789" alone, goes whole
  // since V54b: phoneListsAndCounts.prop.test.ts, which draws counts of one digit, as two make a
  // Luhn-valid run that a card's reading holds whole; "+49 151 23456789 1 items", the same with a
  // calling code, goes whole since V53a: phoneInternationalHead.prop.test.ts.)
  // ("0151 2345 6789", a mobile printed in fours as a card is, lost its count to a card's reading
  // where the run passed Luhn: V54b.)
  'de-DE': [
    '030 1234567',
    '0151 23456789',
    '089 123456',
    '06 12 34 56 78',
    '+49 30 1234567',
    '030 12345678',
    '0151 2345 6789',
  ],
};
// The country of each locale above, for libphonenumber's verdict.
const COUNTRY: Readonly<Record<string, CountryCode>> = {
  'en-GB': 'GB',
  'fr-FR': 'FR',
  'en-US': 'US',
  'de-DE': 'DE',
  'sv-SE': 'SE',
};
const WORDS = ['items', 'pcs', 'Stück', 'articles', 'boxes', 'x'];
// International numbers only (each starts with "+" or "(+"), by locale.
const PLUS: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['+1 212 555-0187', '(+1) 212 555-0187', '+1 (212) 555-0187'],
  'en-GB': ['+44 7911 123456', '(+44) 7911 123456', '+44 20 7946 0018'],
  'de-DE': ['+49 151 23456789', '(+49) 151 23456789', '+49 30 1234567'],
};

/**
 * Whether the number `number` and the count `count` typed after it, the count's digits its own
 * last, are a valid number of `locale`'s country: the trunk "0" a number written without it
 * dials is put back ("6 12 34 56 78" is "06 12 34 56 78").
 */
function validWithCount(locale: string, number: string, count: number): boolean {
  const dialled = /^[+0]/.test(number) ? number : `0${number}`;
  return isValidPhoneNumber(`${dialled}${count}`, COUNTRY[locale]);
}

const led = fc
  .constantFrom(...Object.keys(LED))
  .chain((locale) => fc.tuple(fc.constant(locale), fc.constantFrom(...(LED[locale] ?? []))));

describe('a count after a number its trunk or "+" leads (V52g, V53b)', () => {
  test.prop([led, fc.integer({ min: 1, max: 99 }), fc.constantFrom(...WORDS)])(
    'the number goes as alone; the count and its word stay where the two are no number',
    ([locale, number], count, word) => {
      // Where the number with the count is valid too ("030 1234567 2"), the count may be its
      // end: it goes with it (fail closed). Number and count passing Luhn together (13 digits
      // or more: "tel 07911 123456 10 items") read so too: the count alone is no card (V53b).
      const alone = redact(`tel ${number}`, { locale }).text;
      expect(alone).toBe('tel [PHONE]');
      expect(redact(`tel ${number} ${count} ${word}`, { locale }).text).toBe(
        validWithCount(locale, number, count) ? `${alone} ${word}` : `${alone} ${count} ${word}`,
      );
    },
  );
});

// Not vacuous: the generator's numbers and counts hold both verdicts, and runs that pass Luhn
// (13 digits or more: a card's reading holds them first).
it('the numbers and counts hold counts that stay, counts that go, and Luhn-valid runs', () => {
  let valid = 0;
  let luhn = 0;
  for (const [locale, numbers] of Object.entries(LED))
    for (const number of numbers)
      for (let count = 1; count <= 99; count++) {
        valid += +validWithCount(locale, number, count);
        const digits = `${number}${count}`.replace(/\D/g, '');
        luhn += +(digits.length >= 13 && luhnSum(digits) % 10 === 0);
      }
  expect(valid).toBeGreaterThan(50);
  expect(luhn).toBeGreaterThan(50);
});

// Every count that makes a run of 13 digits or more pass Luhn with its number, and every count
// after a number written without its trunk, each read (the property above draws a hundred of
// some thousand pairs, and card.ts phoneBeforeCount's guards survived it, V54b): after a phone's
// label the law above; after an order's label, where the
// phone reading takes nothing and the card's reading alone reads the run, the count stays where
// the number is valid without it and not with it (a trunk or a "+" leading it), else goes.
it('every Luhn-valid or trunkless number and count: the count stays exactly where the two are no number', () => {
  let read = 0;
  for (const [locale, numbers] of Object.entries(LED))
    for (const number of numbers)
      for (let count = 1; count <= 99; count++) {
        const digits = `${number}${count}`.replace(/\D/g, '');
        const luhn = digits.length >= 13 && luhnSum(digits) % 10 === 0;
        // (Every count after a number written without its trunk: such a number's reading,
        // readTrunkDropped, has a guard of its own that the drawn pairs left untested.)
        if (!luhn && /^[+0]/.test(number)) continue;
        read++;
        const withCount = validWithCount(locale, number, count);
        const stays = withCount ? '' : ` ${count}`;
        expect(redact(`tel ${number} ${count} Stück`, { locale }).text).toBe(
          `tel [PHONE]${stays} Stück`,
        );
        if (luhn && /^[+0]/.test(number)) {
          const out = redact(`Bestellnummer ${number} ${count} Stück`, { locale }).text;
          expect([
            `Bestellnummer [CARD]${stays} Stück`,
            `Bestellnummer [PHONE]${stays} Stück`,
          ]).toContain(out);
        }
      }
  expect(read).toBeGreaterThan(50);
});

/** Luhn's sum of `digits`, written plainly. */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum;
}

const plus = fc
  .constantFrom(...Object.keys(PLUS))
  .chain((locale) =>
    fc.tuple(
      fc.constant(locale),
      fc.array(fc.constantFrom(...(PLUS[locale] ?? [])), { minLength: 2, maxLength: 5 }),
    ),
  );

describe('international numbers on one line, " +" between (V52g)', () => {
  test.prop([plus, fc.constantFrom('tel ', 'tel: ', 'Tel. ', '')])(
    "each goes as it goes alone, whatever the line's length",
    ([locale, numbers], label) => {
      for (const n of numbers)
        expect(redact(`${label}${n}`, { locale }).text).toBe(`${label}[PHONE]`);
      const out = redact(`${label}${numbers.join(' ')}`, { locale }).text;
      expect(out).toBe(`${label}${numbers.map(() => '[PHONE]').join(' ')}`);
    },
  );
});
