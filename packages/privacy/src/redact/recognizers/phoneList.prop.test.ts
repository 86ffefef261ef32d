// A list of numbers after a phone label goes whole, however long (phoneList.ts): every number
// drawn as the corpus draws them (test/redact/corpus/values.ts: valid numbers of the customer's
// country, in its national and international styles and digit scripts), joined as people list
// them. The same list of order numbers, with no label, stays untouched (T25a, #14).
import { fc, test } from '@fast-check/vitest';
import type { CountryCode } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { type DigitScript, inScript, rng } from '../../../test/redact/corpus/random.js';
import { phone, referenceDigits } from '../../../test/redact/corpus/values.js';
import { redact } from '../redact.js';

const LISTS: readonly (readonly [string, CountryCode, string, DigitScript])[] = [
  ['en-US', 'US', 'Phones: ', 'latin'],
  ['en-GB', 'GB', 'Tel: ', 'latin'],
  ['pl-PL', 'PL', 'tel. ', 'latin'],
  ['de-DE', 'DE', 'Telefon: ', 'latin'],
  ['fr-FR', 'FR', 'Téléphone : ', 'latin'],
  ['es-ES', 'ES', 'Teléfono: ', 'latin'],
  ['pt-BR', 'BR', 'Telefone: ', 'latin'],
  ['nl-NL', 'NL', 'Telefoon: ', 'latin'],
  ['it-IT', 'IT', 'Telefono: ', 'latin'],
  ['fa-IR', 'IR', 'تلفن: ', 'persian'],
  ['ar-SA', 'SA', 'هاتف: ', 'arabic'],
  ['ja-JP', 'JP', '電話: ', 'latin'],
  ['hi-IN', 'IN', 'फ़ोन: ', 'devanagari'],
];
const JOINERS = [' ', ', ', ' / ', ' - '];

const listed = (joiners: readonly string[]) =>
  fc.record({
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    count: fc.integer({ min: 1, max: 12 }),
    where: fc.constantFrom(...LISTS),
    joiner: fc.constantFrom(...joiners),
  });

describe('a list of numbers', () => {
  test.prop([listed(JOINERS)])(
    'after a phone label: every number goes, no digit of any left',
    ({ seed, count, where: [locale, country, label, script], joiner }) => {
      const r = rng(seed);
      const numbers = Array.from({ length: count }, () => phone(r, country));
      const text = label + inScript(numbers.join(joiner), script);
      const out = redact(text, { locale }).text;
      expect(out).not.toMatch(/\p{Nd}/u);
    },
  );

  // Not " / " or " - ": two order numbers so joined in a short span are one number to the
  // matcher, formatted, as they were before lists were read ("808949 / 75608856" dials in
  // Germany); a list's reading leaves a short span's rule as it is.
  test.prop([listed([' ', ', '])])(
    'of order numbers, with no label: stays untouched',
    ({ seed, count, where: [locale, , , script], joiner }) => {
      const r = rng(seed);
      // 10 or 14 digits: not a BSN's, a PESEL's or an Aadhaar's length (each goes bare when its
      // check digit holds, list or no list), and two side by side are more digits than a card's
      // (two shorter ones can be a Luhn-valid card number together).
      const orders = Array.from({ length: count }, () => referenceDigits(r, r.pick([10, 14])));
      const text = inScript(orders.join(joiner), script);
      expect(redact(text, { locale }).text).toBe(text);
    },
  );
});
