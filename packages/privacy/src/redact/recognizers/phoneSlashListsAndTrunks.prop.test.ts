// V56f (issue #14): two readings, each held to a plain statement of its rule (and V57d's two).
// - A list longer than a window (48 units) of German numbers that hold a "/" of their own, with
//   "/" between them ("tel 030/1234567/0151/23456789/…"): each piece was read as glued to a code
//   by the "/" and the digit after it, and all but the last stayed. After a phone's label each
//   now goes as it goes alone; the recognizer finds what its oracle finds, with any label. Since
//   V57d, a list of one window too.
// - (V57d) Values with "/" between them and no trunk "0" first ("4711/4712/4713") are no German
//   or Austrian number, whose "/" follows the trunk-led area code: they stay unlabelled.
// - A Japanese number written with no trunk "0" and a last group of fewer than four digits is
//   no Japanese number (the trunk is written at home, the subscriber's number has four digits):
//   it stays, where the same digits written as Japan writes them go.
import { fc, test } from '@fast-check/vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';

// German numbers as DIN 5008 wrote them before 2011, the area's code, a "/", the subscriber's.
const SLASHED = ['030/1234567', '0151/23456789', '089/12345678', '0160/1234567', '040/2345678'];

// (Since V57d, of any length: a list of one window, read whole, was one candidate valid as none,
// and stayed; it is read a number at a time as a longer one is.)
const slashList = fc
  .array(fc.constantFrom(...SLASHED), { minLength: 2, maxLength: 6 })
  .map((numbers) => numbers.join('/'));

describe('a list of numbers that hold a "/", "/" between them (V56f, V57d)', () => {
  test.prop([slashList, fc.constantFrom('tel ', 'Telefon: ', 'Tel. ')], { numRuns: 60 })(
    'after a phone label each goes as it goes alone',
    (list, label) => {
      for (const n of list.split(/\/(?=0)/))
        expect(redact(`${label}${n}`, { locale: 'de-DE' }).text).toBe(`${label}[PHONE]`);
      const out = redact(`${label}${list}`, { locale: 'de-DE' }).text;
      expect(out).toBe(
        `${label}${list
          .split(/\/(?=0)/)
          .map(() => '[PHONE]')
          .join('/')}`,
      );
    },
  );

  test.prop(
    [
      slashList,
      fc.constantFrom('tel ', 'Bestellung ', 'Art.-Nr. ', ''),
      fc.constantFrom('', ' 2 Stück', '/SKU'),
    ],
    { numRuns: 60 },
  )('the recognizer finds what its oracle finds', (list, label, after) => {
    const [fast, plain] = phoneAndOracle(contextOf(`${label}${list}${after}`, 'de-DE', 'DE'));
    expect(fast).toEqual(plain);
  });
});

// Order numbers, article numbers and pages: no trunk "0" leads them.
const value = fc.integer({ min: 1, max: 9999 }).map(String);

describe('a "/" with no trunk "0" before it, no label (V57d)', () => {
  test.prop(
    [
      fc.array(value, { minLength: 2, maxLength: 4 }),
      fc.constantFrom('de-DE', 'de-AT'),
      fc.constantFrom('', 'Art.-Nr. ', 'Seite ', 'Kunde '),
      // (Not a count after them: in Austria "1/1200 2 Stück" reads "1200 2" as a number, with no
      // "/" in it, on main too; pinned in auditSession57SlashAndDash.)
      fc.constantFrom('', ' Stück', ' danke'),
    ],
    { numRuns: 100 },
  )(
    'values with "/" between them stay in Germany and Austria, where a "/" follows the trunk-led area code',
    (values, locale, label, after) => {
      // (Other readings may take them: "100/1000/1000" is a German tax number's print.)
      const text = `${label}${values.join('/')}${after}`;
      expect(redact(text, { locale }).text).not.toContain('[PHONE]');
    },
  );

  test.prop(
    [
      fc.array(fc.oneof(value, fc.constantFrom(...SLASHED)), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('tel ', 'Bestellung ', ''),
      fc.constantFrom('DE', 'AT'),
    ],
    { numRuns: 100 },
  )('the recognizer finds what its oracle finds', (values, label, country) => {
    const locale = `de-${country}`;
    const [fast, plain] = phoneAndOracle(
      contextOf(`${label}${values.join('/')}`, locale, country as 'DE' | 'AT'),
    );
    expect(fast).toEqual(plain);
  });
});

// Japanese numbers as Japan writes them: the trunk "0", the area's or the network's code, the
// exchange's, the subscriber's four digits (MIC's 0AB~J and 070/080/090 plans).
const JAPANESE = ['03-1234-5678', '0471-12-3456', '090-1234-5678', '06-6123-4567', '011-231-4567'];

describe('a Japanese number without its trunk and its last group cut short (V56f)', () => {
  test.prop(
    [
      fc.constantFrom(...JAPANESE),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 2, max: 4 }),
      fc.constantFrom('tel ', '電話 ', ''),
      fc.constantFrom(' ok', '\n789 ok', ''),
    ],
    { numRuns: 100 },
  )(
    'its digits regrouped so stay where the number written as Japan writes it goes',
    (number, last, first, label, after) => {
      // The same digits, its trunk dropped (libphonenumber takes them alike), regrouped: a first
      // group, the middle, and a last of one to three digits ("0471-12-3456": "4711-2345-6").
      const digits = number.replace(/\D/g, '').slice(1);
      const regrouped = `${digits.slice(0, first)}-${digits.slice(first, -last)}-${digits.slice(-last)}`;
      expect(isValidPhoneNumber(digits, 'JP')).toBe(true);
      expect(redact(`tel ${number}`, { locale: 'ja-JP' }).text).toBe('tel [PHONE]');
      const text = `${label}${regrouped}${after}`;
      expect(redact(text, { locale: 'ja-JP' }).text).toBe(text);
    },
  );
});
