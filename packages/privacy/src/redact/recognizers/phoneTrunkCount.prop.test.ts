// V54a (issue #14, phone.ts codeLeft): a count after an international number written with its
// trunk "(0)" ("tel +33 (0)6 12345678 1 items" in Germany) went as "tel +33 [PHONE] items": the
// matcher read "(0)6 12345678 1" as a German number (German numbers have many lengths), the
// count in it and the calling code beside it. Stated against libphonenumber's verdict alone: the
// number goes as it goes alone, and the count and its word stay where the number with the
// count's digits is no valid number; where it is one, the count may be its end and goes with it.
import { fc, test } from '@fast-check/vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { redact } from '../redact.js';

// International numbers with E.123's trunk "(0)" (as Germany, Britain, France, the Netherlands,
// Switzerland and Austria print them for callers abroad), in "+", "00" and "(+…)" forms.
const NUMBERS = [
  '+33 (0)6 12345678',
  '+33 (0)6 12 34 56 78',
  '+44 (0)7911 123456',
  '+44 (0)20 7946 0018',
  // (Not "+49 (0)151 23456789": with 9 counts of 99 its national digits pass Luhn, "(0)151
  // 23456789 27", and a card's reading takes the count with it, as on main: failing closed.)
  '+49 (0)30 1234567',
  '+31 (0)6 12345678',
  '+41 (0)79 123 45 67',
  '+43 (0)664 1234567',
];
const FORMS = [
  (n: string) => n,
  (n: string) => `00${n.slice(1)}`,
  (n: string) => n.replace(/^(\+\d+)/, '($1)'),
];
const LOCALES = ['de-DE', 'en-GB', 'fr-FR', 'en-US', 'it-IT'];
const WORDS = ['items', 'Stück', 'articles', 'pcs', 'x'];

/** Whether `number` with the count's digits typed after it is a valid number (its "(0)" aside). */
function goesWith(number: string, count: number): boolean {
  return isValidPhoneNumber(`+${number.replace(/\(0\)/, '').replace(/\D/g, '')}${count}`);
}

describe('a count after an international number with its trunk "(0)" (V54a)', () => {
  test.prop([
    fc.constantFrom(...NUMBERS),
    fc.constantFrom(...FORMS),
    fc.constantFrom(...LOCALES),
    fc.constantFrom('tel ', 'x ', ''),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom(...WORDS),
  ])(
    'the number goes as alone; the count and its word stay where the two are no number',
    (number, form, locale, label, count, word) => {
      const written = form(number);
      const alone = redact(`${label}${written}`, { locale }).text;
      fc.pre(alone === `${label}[PHONE]`);
      expect(redact(`${label}${written} ${count} ${word}`, { locale }).text).toBe(
        goesWith(number, count) ? `${alone} ${word}` : `${alone} ${count} ${word}`,
      );
    },
  );
});

// Not vacuous: the numbers go alone in every locale drawn, and their counts hold both verdicts.
it('the numbers go alone, and their counts hold counts that stay and counts that go', () => {
  let valid = 0;
  let stays = 0;
  for (const number of NUMBERS) {
    for (const locale of LOCALES)
      expect(redact(`tel ${number}`, { locale }).text).toBe('tel [PHONE]');
    for (let count = 1; count <= 99; count++)
      if (goesWith(number, count)) valid++;
      else stays++;
  }
  expect(valid).toBeGreaterThan(50);
  expect(stays).toBeGreaterThan(300);
});
