// V57e (issue #14, phone.ts listLead, numberedAfterStop, beforeMarker; phoneList.ts): a list's
// last number before a count, read as after a phone's label where the list stands for one, each
// held to the same list after "tel"; and the phone oracle's reading of comma lists
// (auditSession57Lists.test.ts has the rows).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { luhnValid } from '../checks/luhn.js';
import { redact } from '../redact.js';
import type { RecognizerContext } from '../types.js';

const WORDS = ['items', 'Stück', 'unidades', 'szt.', 'stuks'];

// Numbers that go alone with no label (in groups, or led by a trunk "0"), by locale.
const UNLABELLED: Readonly<Record<string, readonly string[]>> = {
  'pt-BR': ['(11) 98765-4321', '(21) 99876-5432'],
  'nl-NL': ['06 12345678', '06 23456789'],
  'de-DE': ['030 12345678', '0151 23456789'],
  'en-US': ['212 555 0123', '646 555 0199'],
  'pl-PL': ['601 234 567', '602 345 678'],
  'es-ES': ['612 345 678', '622 334 455'],
};

/** Two or more numbers of one locale's list (at most `most`). */
const listed = (most: number) =>
  fc.constantFrom(...Object.keys(UNLABELLED)).chain((locale) =>
    fc.tuple(
      fc.constant(locale),
      fc.array(fc.constantFrom(...(UNLABELLED[locale] ?? [])), {
        minLength: 2,
        maxLength: most,
      }),
    ),
  );

/** Whether the digits of `text`, 13 or more, pass Luhn's check (a card's reading holds them). */
function luhn(text: string): boolean {
  const digits = text.replace(/[^0-9]/g, '');
  return digits.length >= 13 && luhnValid(digits);
}

/** What `text` reads as after "tel " (the label's placeholder-free prefix cut off). */
function asLabelled(text: string, locale: string, label = 'tel '): string {
  return redact(`${label}${text}`, { locale }).text.slice(label.length);
}

describe('a comma list before a count, with no label (listLead)', () => {
  test.prop([listed(3), fc.constantFrom(', ', '; ', ','), fc.integer({ min: 1, max: 99 })])(
    'reads as the same list after a phone label, where the list alone goes whole',
    ([locale, numbers], between, count) => {
      const list = numbers.join(between);
      fc.pre(redact(list, { locale }).text === numbers.map(() => '[PHONE]').join(between));
      for (const word of WORDS) {
        const text = `${list} ${count} ${word}`;
        expect(redact(text, { locale }).text).toBe(asLabelled(text, locale));
      }
    },
  );
});

describe('a list numbered "n. " from any number, before a count (numberedAfterStop)', () => {
  test.prop([listed(3), fc.integer({ min: 1, max: 97 }), fc.integer({ min: 1, max: 99 })])(
    'reads as the same list after a phone label, each marker kept',
    ([locale, numbers], first, count) => {
      // (A number and the next marker's digits that pass Luhn together, 13 or more, are a card's
      // reading: "42. 0151 23456789 43. …" goes as "42. [CARD]. …", on main too.)
      fc.pre(numbers.every((n, k) => !luhn(`${n}${first + k + 1}`) && !luhn(`${n}${count}`)));
      const list = numbers.map((n, k) => `${first + k}. ${n}`).join(' ');
      const word = WORDS[count % WORDS.length] as string;
      const text = `${list} ${count} ${word}`;
      expect(redact(text, { locale }).text).toBe(asLabelled(text, locale, 'tel. '));
      // Without a count, every marker stays and every number goes.
      expect(redact(list, { locale }).text).toBe(
        numbers.map((_, k) => `${first + k}. [PHONE]`).join(' '),
      );
    },
  );
});

// V58e (issue #14): markers of two digits led by "0" ("01. … 02. …", stopMarkerAt, beforeMarker's
// zeroLed) and a list's last marker of two digits in brackets before a count ("(10) … (11) … 3
// items", sequelAt's `last`): read as the same list after a phone label, as "1." and "10)" are.
describe('a list numbered "0n. " or "(nn)" before a count (V58e)', () => {
  test.prop([listed(3), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 99 })])(
    '"0n. ": reads as the same list after a phone label, each marker kept',
    ([locale, numbers], first, count) => {
      const marker = (k: number) => `0${first + k}.`;
      fc.pre(numbers.every((n, k) => !luhn(`${n}0${first + k + 1}`) && !luhn(`${n}${count}`)));
      const list = numbers.map((n, k) => `${marker(k)} ${n}`).join(' ');
      const word = WORDS[count % WORDS.length] as string;
      const text = `${list} ${count} ${word}`;
      expect(redact(text, { locale }).text).toBe(asLabelled(text, locale, 'tel. '));
      expect(redact(list, { locale }).text).toBe(
        numbers.map((_, k) => `${marker(k)} [PHONE]`).join(' '),
      );
    },
  );
  test.prop([
    fc
      .constantFrom('en-US', 'pl-PL', 'es-ES')
      .chain((locale) =>
        fc.tuple(
          fc.constant(locale),
          fc.array(fc.constantFrom(...(UNLABELLED[locale] ?? [])), { minLength: 2, maxLength: 2 }),
        ),
      ),
    fc.integer({ min: 10, max: 97 }),
    fc.integer({ min: 1, max: 99 }),
  ])('"(nn)": reads as the same list numbered "(1)", "(2)"', ([locale, numbers], first, count) => {
    const numbered = (from: number) =>
      `${numbers.map((n, k) => `(${from + k}) ${n}`).join(' ')} ${count} items`;
    const text = numbered(first);
    fc.pre(text.length <= 48 && !luhn(text) && !luhn(numbered(1)));
    // (Not as after "tel. ": a label before "(10)" takes the next marker into the number, "tel.
    // (10) [PHONE] [PHONE] items", on main too; the one-digit list keeps it.)
    const one = redact(numbered(1), { locale }).text;
    expect(redact(text, { locale }).text).toBe(
      one.replace('(1)', `(${first})`).replace('(2)', `(${first + 1})`),
    );
  });
});

describe('a long list numbered "(n)" before a count (phoneList.ts)', () => {
  test.prop([
    fc.constantFrom('pl-PL', 'en-US', 'es-ES').chain((locale) =>
      fc.tuple(
        fc.constant(locale),
        fc.array(fc.constantFrom(...(UNLABELLED[locale] ?? [])), {
          minLength: 3,
          maxLength: 4,
        }),
      ),
    ),
    fc.integer({ min: 1, max: 99 }),
  ])('reads as the same list after a phone label', ([locale, numbers], count) => {
    const text = `${numbers.map((n, k) => `(${k + 1}) ${n}`).join(' ')} ${count} items`;
    // (A list longer than a window: phoneList.ts reads it.)
    fc.pre(text.length > 48);
    expect(redact(text, { locale }).text).toBe(asLabelled(text, locale, 'tel. '));
  });
});

// Values of comma lists as texts carry them: numbers in groups, bare runs, order numbers, amounts.
const VALUES = [
  '(11) 98765-4321',
  '06 12345678',
  '212 555 0123',
  '601 234 567',
  '030 12345678',
  '0151 23456789',
  '06 12 34 56 78',
  '+48 600 123 456',
  '4155550123',
  '12345678',
  '4711 0815',
  '1 299,00',
];
const COUNTRIES = ['BR', 'NL', 'US', 'PL', 'DE', 'FR', 'GB', undefined] as const;

describe('the phone recognizer reads comma lists before a group as its oracle does', () => {
  test.prop([
    fc.array(fc.constantFrom(...VALUES), { minLength: 2, maxLength: 3 }),
    fc.constantFrom(', ', '; ', ',', ' , '),
    fc.integer({ min: 0, max: 99 }),
    fc.constantFrom('', ' items', ' Stück', '\n'),
    fc.constantFrom(...COUNTRIES),
    fc.constantFrom('', 'tel ', 'Bestellung '),
  ])('the same numbers, offsets and confidence', (values, between, group, end, country, label) => {
    const text = `${label}${values.join(between)} ${group}${end}`;
    const context = contextOf(text, 'en-GB', country as RecognizerContext['country']);
    const [fast, plain] = phoneAndOracle(context);
    expect(fast).toEqual(plain);
  });
});
