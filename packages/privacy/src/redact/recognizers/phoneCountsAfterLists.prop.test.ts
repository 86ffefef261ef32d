// V56c (issue #14, phone.ts, phoneList.ts): counts after lists, markers and wraps, each held to
// a plainer reading of the same numbers (auditSession56Counts.test.ts has the rows).
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { luhnValid } from '../checks/luhn.js';
import { redact } from '../redact.js';

const WORDS = ['items', 'Stück', 'unidades', 'szt.', 'x'];

// Numbers that go alone with no label (in groups, or led by a trunk "0"), two of each locale.
const UNLABELLED: Readonly<Record<string, readonly string[]>> = {
  'pt-BR': ['(11) 98765-4321', '(21) 99876-5432'],
  'nl-NL': ['06 12345678', '06 23456789'],
  'de-DE': ['030 12345678', '0151 23456789'],
  'en-US': ['212 555 0123', '646 555 0199'],
  'pl-PL': ['601 234 567', '22 123 45 67'],
};
const pairs = fc
  .constantFrom(...Object.keys(UNLABELLED))
  .chain((locale) =>
    fc.tuple(
      fc.constant(locale),
      fc.array(fc.constantFrom(...(UNLABELLED[locale] ?? [])), { minLength: 2, maxLength: 2 }),
    ),
  );

describe('a list of numbers before a count, with no label (readListedBeforeLoneTail)', () => {
  test.prop([pairs, fc.integer({ min: 1, max: 9 }), fc.constantFrom(...WORDS)])(
    'reads as the same list after a phone label, where the list alone goes whole',
    ([locale, numbers], count, word) => {
      const list = numbers.join(' ');
      fc.pre(redact(list, { locale }).text === '[PHONE] [PHONE]');
      const text = `${list} ${count} ${word}`;
      const labelled = redact(`tel ${text}`, { locale }).text;
      expect(redact(text, { locale }).text).toBe(labelled.slice('tel '.length));
    },
  );
});

// Numbers of a country in a list whose markers end with a full stop ("1. ", "2. "). (Not German
// ones: "030 12345678 2" is a Berlin number too, and the next marker's digit goes with the one
// before it, labelled or not, as on main: auditSession56Counts' report.)
const DOTTED: Readonly<Record<string, readonly string[]>> = {
  'en-US': ['212 555 0123', '646 555 0199'],
  'pl-PL': ['601 234 567', '602 345 678'],
  'es-ES': ['612 345 678', '622 334 455'],
};

describe('a list numbered "1. ", "2. " before a count (numberedAfterStop)', () => {
  test.prop([
    fc
      .constantFrom(...Object.keys(DOTTED))
      .chain((locale) =>
        fc.tuple(
          fc.constant(locale),
          fc.array(fc.constantFrom(...(DOTTED[locale] ?? [])), { minLength: 2, maxLength: 3 }),
        ),
      ),
    fc.integer({ min: 1, max: 9 }),
    fc.constantFrom(...WORDS),
  ])('reads as the same list after a phone label', ([locale, numbers], count, word) => {
    const text = `${numbers.map((n, k) => `${k + 1}. ${n}`).join(' ')} ${count} ${word}`;
    const labelled = redact(`tel. ${text}`, { locale }).text;
    expect(redact(text, { locale }).text).toBe(labelled.slice('tel. '.length));
  });
});

// Numbers whose length their calling code or trunk fixes, valid alone after "tel".
const FIXED_LENGTH: readonly (readonly [string, CountryCode, string])[] = [
  ['de-DE', 'DE', '+33 (0)6 12345678'],
  ['de-DE', 'DE', '+33 6 12345678'],
  ['de-DE', 'DE', '0151 23456789'],
  ['fr-FR', 'FR', '06 12 34 56 78'],
  ['fr-FR', 'FR', '+33 6 12 34 56 78'],
  ['en-GB', 'GB', '+44 7911 123456'],
  ['pt-BR', 'BR', '+55 11 98765-4321'],
];

/**
 * Whether the digits of `text`, or its last twelve or more (from a trunk "(0)" on, say), pass
 * Luhn's check: a card's reading may hold such a run whole.
 */
function luhn(text: string): boolean {
  const all = text.replace(/[^0-9]/g, '');
  for (let k = 0; all.length - k >= 12; k++) if (luhnValid(all.slice(k))) return true;
  return false;
}

describe('two lone groups before a count (readBeforeLoneTail)', () => {
  test.prop([
    fc.constantFrom(...FIXED_LENGTH),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom(...WORDS),
  ])(
    'the number goes as alone, and both groups stay where neither makes a number with it',
    ([locale, country, number], a, b, word) => {
      fc.pre(!isValidPhoneNumber(`${number}${a}`, country));
      fc.pre(!isValidPhoneNumber(`${number}${a}${b}`, country));
      // (A run that passes Luhn with the groups is a card's reading: "tel +[CARD] items" on main.)
      fc.pre(!luhn(`${number} ${a} ${b}`) && !luhn(`${number} ${a}`));
      expect(redact(`tel ${number}`, { locale }).text).toBe('tel [PHONE]');
      expect(redact(`tel ${number} ${a} ${b} ${word}`, { locale }).text).toBe(
        `tel [PHONE] ${a} ${b} ${word}`,
      );
    },
  );
});

// Numbers written in groups, after "tel", to wrap at one of their spaces.
const SPACED: readonly (readonly [string, CountryCode, string])[] = [
  ['en-US', 'US', '212 555 0187'],
  ['en-US', 'US', '+1 212 555 0187'],
  ['pt-BR', 'BR', '(11) 98765 4321'],
  ['pl-PL', 'PL', '601 234 567'],
  ['fr-FR', 'FR', '06 12 34 56 78'],
  ['it-IT', 'IT', '347 123 4567'],
];

describe('a number wrapped at a space, then a lone group (readWrapped)', () => {
  test.prop([
    fc.constantFrom(...SPACED),
    fc.nat(),
    fc.constantFrom('\n', '\r\n', '\n> '),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom('', ...WORDS.map((w) => ` ${w}`)),
  ])(
    'the number goes as on one line, and the group stays where it makes no number with it',
    ([locale, country, number], at, mark, group, word) => {
      fc.pre(!isValidPhoneNumber(`${number}${group}`, country));
      const spaces = [...number.matchAll(/ /g)].map((m) => m.index as number);
      const cut = spaces[at % spaces.length] as number;
      // (A head of one group that a "+" leads is a wrap of a calling code alone: readWrapped
      // reads it with the next line's part; no head is shorter than a span.)
      const wrapped = `${number.slice(0, cut)}${mark}${number.slice(cut + 1)}`;
      fc.pre(redact(`tel ${wrapped}`, { locale }).text === 'tel [PHONE]');
      expect(redact(`tel ${wrapped} ${group}${word}`, { locale }).text).toBe(
        `tel [PHONE] ${group}${word}`,
      );
    },
  );
});
