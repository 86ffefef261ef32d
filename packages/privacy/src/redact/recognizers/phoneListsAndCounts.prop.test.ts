// V54b (issue #14, phone.ts): three readings, each held to the plain reading of its parts alone.
// A list of numbers written without their trunk "0", "/" between (readTrunkDropped): "tel 6 12 34
// 56 78 / 7 81 23 45 67" kept both, where a comma's list went; each number now goes as it goes
// alone. A head before a number the matcher found alone, then a count (readHeadBeforeFound):
// "tel 151 23456789 2 Stück" kept "151". An area's code in brackets before a count, or a list's
// markers before it (bracketedWhole, beforeLoneTail): "whatsapp (11) 98765-4321 2 unidades" kept
// "(11)", and "tel. (1) 601 234 567 (2) 602 345 678 2 szt." both numbers.
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { redact } from '../redact.js';

// Valid numbers after "tel", by locale, each one that goes whole alone: written without the trunk
// (as the international print writes them after the calling code), with it, or with a "+".
const LISTED: Readonly<Record<string, readonly string[]>> = {
  'fr-FR': [
    '6 12 34 56 78',
    '7 81 23 45 67',
    '1 23 45 67 89',
    '06 11 22 33 44',
    '+33 6 12 34 56 78',
  ],
  'en-GB': ['7911 123456', '7812 345678', '20 7946 0018', '07911 123457'],
  'nl-NL': ['6 12345678', '6 23456789', '20 123 4567', '06 12345678'],
};
const SEPARATORS = [' / ', '/', ', ', ' ou ', ' or '];

// (A list longer than a window (48 units) with "/" and no spaces around it was read in windows
// and its numbers stayed, and such lists were not drawn until V55b: phoneList.ts now ends a piece
// before a glued "/".)
const lists = fc
  .constantFrom(...Object.keys(LISTED))
  .chain((locale) =>
    fc.tuple(
      fc.constant(locale),
      fc.array(fc.constantFrom(...(LISTED[locale] ?? [])), { minLength: 2, maxLength: 4 }),
      fc.constantFrom(...SEPARATORS),
    ),
  );

describe('a list of numbers written without their trunk (V54b)', () => {
  test.prop([lists, fc.constantFrom('tel ', 'tél : ', 'Tel. ')])(
    'each goes as it goes alone, whatever stands between them',
    ([locale, numbers, between], label) => {
      for (const n of numbers)
        expect(redact(`${label}${n}`, { locale }).text).toBe(`${label}[PHONE]`);
      const out = redact(`${label}${numbers.join(between)}`, { locale }).text;
      expect(out).toBe(`${label}${numbers.map(() => '[PHONE]').join(between)}`);
    },
  );
});

// Numbers written without the trunk, grouped as typed (the matcher finds a part of them alone
// before a count), or an area's code in brackets first; with their country.
const HEADED: readonly (readonly [string, CountryCode, string])[] = [
  ['de-DE', 'DE', '151 23456789'],
  ['de-DE', 'DE', '160 1234567'],
  ['de-DE', 'DE', '170 1234567'],
  ['de-DE', 'DE', '1512 3456789'],
  ['pt-BR', 'BR', '(11) 98765-4321'],
  ['pt-BR', 'BR', '(21) 99876-5432'],
  ['pt-BR', 'BR', '11 98765-4321'],
];
const WORDS = ['items', 'Stück', 'unidades', 'x'];

describe('a count after a number written without its trunk (V54b)', () => {
  // Counts of one digit or two: with two, a run of 13 digits passes Luhn one time in ten and a
  // card's reading holds it, where until V55b the number and its count went whole
  // (card.ts phoneBeforeCount read no number written without its trunk).
  test.prop([
    fc.constantFrom(...HEADED),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom(...WORDS),
  ])(
    'the number goes as alone; the count stays where the two are no number',
    ([locale, country, number], count, word) => {
      expect(redact(`tel ${number}`, { locale }).text).toBe('tel [PHONE]');
      const withCount = isValidPhoneNumber(`0${number}${count}`, country);
      expect(redact(`tel ${number} ${count} ${word}`, { locale }).text).toBe(
        withCount ? `tel [PHONE] ${word}` : `tel [PHONE] ${count} ${word}`,
      );
    },
  );
});

// Valid numbers of one country each, after a list's markers ("(1) ", "1) "). (Until V55b a last
// German marker in brackets read as an area's code before a number it makes one with, "(2) 030
// 12345678", and the German lists were drawn with "1) " markers only.)
const MARKED: Readonly<Record<string, readonly string[]>> = {
  'pl-PL': ['601 234 567', '602 345 678', '22 123 45 67'],
  'de-DE': ['030 12345678', '0151 23456789', '089 123456'],
  'pt-BR': ['(11) 98765-4321', '(21) 99876-5432'],
};
const MARKERS: Readonly<Record<string, readonly string[]>> = {
  'pl-PL': ['(n) ', 'n) '],
  'de-DE': ['(n) ', 'n) '],
  'pt-BR': ['(n) ', 'n) '],
};
const marked = fc.constantFrom(...Object.keys(MARKED)).chain((locale) =>
  fc.tuple(
    fc.constant(locale),
    // (Two at most here, for the unlabelled list below: a longer one with no label keeps its
    // count, pinned in auditSession56Counts; `markedLong` draws up to four after a label.)
    fc.array(fc.constantFrom(...(MARKED[locale] ?? [])), { minLength: 1, maxLength: 2 }),
    fc.constantFrom(...(MARKERS[locale] ?? [])),
  ),
);

// (V56c: and up to four, a list longer than a window read by phoneList.ts, whose last number now
// reads the lone group after it as that number alone does: loneGroupEnd. Not German lists: in
// one that long the last "(3) 030 12345678" reads as an area's code and its number, count or
// not, as on main: auditSession56Counts' report.)
const markedLong = fc
  .constantFrom('pl-PL', 'pt-BR')
  .chain((locale) =>
    fc.tuple(
      fc.constant(locale),
      fc.array(fc.constantFrom(...(MARKED[locale] ?? [])), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...(MARKERS[locale] ?? [])),
    ),
  );

describe("a count after a list's last number (V54b)", () => {
  test.prop([markedLong, fc.integer({ min: 1, max: 9 }), fc.constantFrom(...WORDS)])(
    'the list reads as without the count, and the count as after its last number alone',
    ([locale, numbers, marker], count, word) => {
      const items = numbers.map((n, k) => `${marker.replace('n', String(k + 1))}${n}`);
      // How "tel <last> <count> <word>" reads: the count stays or goes with the number.
      const alone = redact(`tel ${numbers.at(-1)} ${count} ${word}`, { locale }).text;
      expect(alone.startsWith('tel [PHONE] ')).toBe(true);
      const list = redact(`tel. ${items.join(' ')}`, { locale }).text;
      expect(list).toBe(`tel. ${items.map((item) => `${item.split(' ')[0]} [PHONE]`).join(' ')}`);
      const out = redact(`tel. ${items.join(' ')} ${count} ${word}`, { locale }).text;
      expect(out).toBe(`${list}${alone.slice('tel [PHONE]'.length)}`);
    },
  );
});

// V55b: a list numbered in sequence needs no phone's label: with two numbers or more it reads as
// after one, count and all ("(1) 212 555 0123 (2) 646 555 0199 3 items" kept its second number
// and the count).
describe('a numbered list with no label (V55b)', () => {
  test.prop([marked, fc.integer({ min: 1, max: 9 }), fc.constantFrom(...WORDS)])(
    'reads as the same list after a phone label',
    ([locale, numbers, marker], count, word) => {
      fc.pre(numbers.length >= 2);
      const items = numbers.map((n, k) => `${marker.replace('n', String(k + 1))}${n}`);
      const text = `${items.join(' ')} ${count} ${word}`;
      const labelled = redact(`tel. ${text}`, { locale }).text;
      expect(redact(text, { locale }).text).toBe(labelled.slice('tel. '.length));
    },
  );
});
