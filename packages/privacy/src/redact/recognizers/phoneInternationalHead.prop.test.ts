// V53a (issue #14, phone.ts): two readings, each stated against the plain reading of the same text
// another way.
// - An international head before a number the matcher found alone (readWindow's
//   internationalHead): "tel +49 151 23456789 1 items" read whole is no number, and the matcher
//   found "23456789" alone, a German national number, leaving "+49 151" beside it (with no label
//   the whole number stayed). Where the head and that number make one valid number, the number
//   goes whole, as it goes alone, and the count after it stays.
// - An order's label across a wrap (referenceGoesOn): "Bestellnummer 0151 23456789 0151
//   23456789" keeps all of it on one line, where the label stands before the span that holds it;
//   wrapped after each code, the label read only as far as its first line, and the rest went.
//   Where the one line keeps everything, the wrapped lines do too.
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, findNumbers, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { redact } from '../redact.js';

// International numbers by their calling code's country, each written with its code and its
// area's or network's code apart, in the ways people head them ("+", "00", in brackets, with a
// trunk "(0)").
const NUMBERS: readonly string[] = [
  '+49 151 23456789',
  '+49 170 1234567',
  '+49 30 1234567',
  '+43 664 1234567',
  '+39 312 3456789',
  '+39 02 12345678',
  '+31 6 12345678',
  '+31 20 1234567',
  '+44 7911 123456',
  '+33 6 12345678',
  '+48 601 234567',
  '+1 212 555-0187',
];
const HEADS: readonly ((n: string) => string)[] = [
  (n) => n,
  (n) => n.replace('+', '00'),
  (n) => n.replace(/^(\+\d+)/, '($1)'),
  // (Only where a trunk "0" is dialled at home before the area's code: not in Italy, which
  // dials its "0" from abroad too, nor in Poland or the US.)
  (n) => (/^\+(?:49|43|44|33|31) [1-9]/.test(n) ? n.replace(/^(\+\d+) /, '$1 (0)') : n),
];
// Locales whose own numbers have many lengths (Germany, Austria: the matcher reads a national
// number in an international one's last digits) and others.
const LOCALES = ['de-DE', 'de-AT', 'it-IT', 'en-GB', 'fr-FR', 'pl-PL'];
const WORDS = ['items', 'Stück', 'pezzi', 'articles'];

/** Whether `digits` is 13-19 digits long and passes Luhn's check, written plainly. */
function cardLike(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

describe('an international head before a number found alone (V53a)', () => {
  test.prop([
    fc.constantFrom(...NUMBERS),
    fc.constantFrom(...HEADS),
    fc.constantFrom(...LOCALES),
    fc.constantFrom('tel ', 'Handy: ', 'x ', ''),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom(...WORDS),
  ])(
    'the number goes as it goes alone, the count and its word stay',
    (n, head, locale, label, count, word) => {
      const number = head(n);
      const plain = n.replace(/[^+\d]/g, '');
      // Not where number and count read whole are a number of their own (German and Austrian
      // numbers have many lengths: "+49 30 1234567 2" dials), or the matcher finds a number of the
      // locale's country that ends with the count ("+33 (0)6 12345678 1" in Germany), nor a card's
      // digits (redact never leaves a Luhn-valid run of 13-19 digits).
      fc.pre(parsePhoneNumberFromString(`${plain}${count}`)?.isValid() !== true);
      const written = `${number} ${count}`;
      const defaultCountry = locale.slice(3) as CountryCode;
      fc.pre(
        !findNumbers(written, { defaultCountry, v2: true }).some(
          (m) => m.endsAt === written.length && m.number.isValid(),
        ),
      );
      // (From any group of the number on: "+49 (0)151 23456789 27" holds "151 23456789 27".)
      const groups = number.split(/[ )]/);
      for (let k = 0; k < groups.length; k++)
        fc.pre(!cardLike(`${groups.slice(k).join('')}${count}`.replace(/\D/g, '')));
      expect(redact(`${label}${number}`, { locale }).text).toBe(`${label}[PHONE]`);
      expect(redact(`${label}${number} ${count} ${word}`, { locale }).text).toBe(
        `${label}[PHONE] ${count} ${word}`,
      );
    },
  );
});

// National numbers by country, each with its first group (its trunk-led code) apart, under an
// order's label of the country's language.
const ORDERS: Readonly<Record<string, readonly [string, readonly string[]]>> = {
  'de-DE': ['Bestellnummer ', ['0151 23456789', '030 1234567', '0170 1234567', '0151 2345 6789']],
  'en-GB': ['Order ', ['07911 123456', '020 7946 0018']],
  'fr-FR': ['Commande ', ['06 12 34 56 78', '01 23 45 67 89']],
  'it-IT': ['Ordine ', ['02 12345678', '312 3456789']],
  'en-US': ['Order ', ['212 555-0187', '(212) 555-0187']],
};

describe("an order's label across a wrap (V53a)", () => {
  const drawn = fc.constantFrom(...Object.keys(ORDERS)).chain((locale) => {
    const [label, numbers] = ORDERS[locale] as [string, string[]];
    return fc.tuple(
      fc.constant(locale),
      fc.constant(label),
      fc.array(fc.tuple(fc.constantFrom(...numbers), fc.constantFrom('\n', '\r\n', '\n> ')), {
        minLength: 2,
        maxLength: 3,
      }),
    );
  });
  test.prop([drawn])(
    'numbers wrapped after their first group stay where on one line they stay',
    ([locale, label, numbers]) => {
      const line = `${label}${numbers.map(([n]) => n).join(' ')}`;
      fc.pre(redact(line, { locale }).text === line);
      const wrapped = `${label}${numbers.map(([n, mark]) => n.replace(' ', mark)).join(' ')}`;
      expect(redact(wrapped, { locale }).text).toBe(wrapped);
    },
  );
});
