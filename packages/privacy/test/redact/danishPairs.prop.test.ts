// Denmark prints every number in four pairs and Norway its landlines ("20 12 34 56"), read since
// the thirteenth audit (phone.ts PAIRS). The law, in the words of a desk: a number of either
// country printed so goes after a phone's label and alone, one or a " / " list of them, and one
// after an order's, a parcel's or the company register's label stays. Which eight digits are a
// number is asked of libphonenumber-js's metadata alone, not of the recognizer.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';

const COUNTRIES = [
  ['DK', 'da-DK'],
  ['NO', 'nb-NO'],
] as const;

/** Eight digits in four pairs, as Denmark prints them. */
const pairs = (digits: string): string => digits.replace(/(\d\d)(?=\d)/g, '$1 ');

const numberOf = (country: 'DK' | 'NO') =>
  fc
    .integer({ min: 10_000_000, max: 99_999_999 })
    .map(String)
    .filter((digits) => isValidPhoneNumber(digits, country));

describe('Danish and Norwegian numbers in four pairs', () => {
  for (const [country, locale] of COUNTRIES) {
    test.prop([numberOf(country), fc.constantFrom('tlf. ', 'mobil: ', 'ring på ', '')])(
      `${locale}: one goes after a phone label and alone`,
      (digits, label) => {
        const text = `${label}${pairs(digits)}`;
        expect(redact(text, { locale }).text).toBe(`${label}[PHONE]`);
      },
    );

    test.prop([fc.array(numberOf(country), { minLength: 2, maxLength: 3 })])(
      `${locale}: a " / " list of them goes, each apart`,
      (numbers) => {
        const text = `tlf. ${numbers.map(pairs).join(' / ')}`;
        expect(redact(text, { locale }).text).toBe(
          `tlf. ${numbers.map(() => '[PHONE]').join(' / ')}`,
        );
      },
    );

    test.prop([numberOf(country), fc.constantFrom('Ordrenr. ', 'Pakkenummer ', 'CVR-nr. ')])(
      `${locale}: one after a reference's label stays`,
      (digits, label) => {
        const text = `${label}${pairs(digits)}`;
        expect(redact(text, { locale }).text).toBe(text);
      },
    );
  }
});
