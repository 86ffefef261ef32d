// Values listed with only a space between them ("PESEL 44051401359 02070803628", two cards on one
// line): the digit runs join them into one run that is no id and no card, so until the twenty-first
// session every value of such a list went out as it came. Each is now read as a piece of the run.
import { redact } from '@meridian-cx/privacy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rng, rng } from './corpus/random.js';
import * as v from './corpus/values.js';

const found = (text: string, locale: string) =>
  redact(text, { locale }).findings.map((f) => [f.type, text.slice(f.start, f.end)]);

describe('a list of values with a space between', () => {
  it.each([
    ['pl-PL', 'PESEL 44051401359 02070803628', 'pesel', ['44051401359', '02070803628']],
    [
      'en-US',
      'SSN 536-22-1234 536-22-1235 536-22-1236',
      'us-ssn',
      ['536-22-1234', '536-22-1235', '536-22-1236'],
    ],
    ['en-US', 'SSN 536 22 1234 536 22 1235', 'us-ssn', ['536 22 1234', '536 22 1235']],
    ['pt-BR', 'CPF 123.456.789-09 987.654.321-00', 'cpf', ['123.456.789-09', '987.654.321-00']],
    [
      'en-IN',
      'Aadhaar 2345 6789 0124 2345 6789 0124',
      'aadhaar',
      ['2345 6789 0124', '2345 6789 0124'],
    ],
    [
      'en-US',
      'cards: 4111 1111 1111 1111 5500 0000 0000 0004 3782 822463 10005',
      'card',
      ['4111 1111 1111 1111', '5500 0000 0000 0004', '3782 822463 10005'],
    ],
    [
      'en-US',
      'card 4111-1111-1111-1111 5500-0000-0000-0004',
      'card',
      ['4111-1111-1111-1111', '5500-0000-0000-0004'],
    ],
    [
      'en-US',
      'cards 4111.1111.1111.1111 5500.0000.0000.0004',
      'card',
      ['4111.1111.1111.1111', '5500.0000.0000.0004'],
    ],
    // Groups set apart by a dash with spaces or by underscores are read as across line breaks.
    ['en-US', 'card 4111 - 1111 - 1111 - 1111', 'card', ['4111 - 1111 - 1111 - 1111']],
    ['en-US', 'card 4111_1111_1111_1111', 'card', ['4111_1111_1111_1111']],
    // A dash with a space either side joins a run's groups (session 22: two such cards in a row,
    // and an SSN so written, went out whole).
    [
      'en-US',
      '4111 - 1111 - 1111 - 1111 - 5500 - 0000 - 0000 - 0004',
      'card',
      ['4111 - 1111 - 1111 - 1111', '5500 - 0000 - 0000 - 0004'],
    ],
    ['en-US', 'SSN 536 - 22 - 1234', 'us-ssn', ['536 - 22 - 1234']],
    [
      'en-US',
      'SSN 536 - 22 - 1234 536 - 22 - 1235, 536 - 22 - 1236',
      'us-ssn',
      ['536 - 22 - 1234', '536 - 22 - 1235', '536 - 22 - 1236'],
    ],
    ['en-US', 'SSN 536-22-1234 - 536-22-1235', 'us-ssn', ['536-22-1234', '536-22-1235']],
    ['pt-BR', 'CPF 123.456.789 - 09', 'cpf', ['123.456.789 - 09']],
    ['fa-IR', 'کد ملی 943 - 727534 - 3', 'ir-national-code', ['943 - 727534 - 3']],
    // A mail's HTML source writes the spaces as references (session 21: the card leaked).
    [
      'en-US',
      'card 4111&nbsp;1111&nbsp;1111&nbsp;1111',
      'card',
      ['4111&nbsp;1111&nbsp;1111&nbsp;1111'],
    ],
    [
      'de-DE',
      'IBAN DE89&#160;3704&#160;0044&#160;0532&#160;0130&#160;00 ok',
      'iban',
      ['DE89&#160;3704&#160;0044&#160;0532&#160;0130&#160;00'],
    ],
  ] as const)('%s %s', (locale, text, type, values) => {
    expect(found(text, locale)).toEqual(values.map((x) => [type, x]));
  });

  it.each([
    // A reference label names the whole list: order numbers stay, whatever their check digits.
    ['pl-PL', 'Zamówienia 44051401359 02070803628'],
    // Groups of four that a list of ids would read only with its own label.
    ['en-IN', '2345 6789 0124 2345 6789 0124'],
    // A tracking number printed in fours: no split into cards from end to end.
    ['en-US', 'tracking 9400 1000 0000 0000 0000 00'],
    ['en-US', 'Order 4111 1111 1111 1112 5500 0000 0000 0005'],
  ])('%s %s stays', (locale, text) => {
    expect(found(text, locale)).toEqual([]);
  });
});

// Each kind of id, its locale and its label; values drawn by the corpus generators (check digits
// computed by the real algorithms).
const KINDS: readonly [string, string, string, (r: Rng) => string][] = [
  ['pesel', 'pl-PL', 'PESEL', v.peselValue],
  ['cpf', 'pt-BR', 'CPF', v.cpfValue],
  ['bsn', 'nl-NL', 'BSN', v.bsnValue],
  ['aadhaar', 'en-IN', 'Aadhaar', v.aadhaarValue],
  ['us-ssn', 'en-US', 'SSN', v.ssnValue],
  ['ir-national-code', 'fa-IR', 'کد ملی', v.irCodeValue],
  ['card', 'en-US', 'cards', v.card],
];

describe('property: a labelled list loses every digit', () => {
  it('any kind, two to six values, a space between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: KINDS.length - 1 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (kind, count, seed) => {
          const [type, locale, label, value] = KINDS[kind] as (typeof KINDS)[number];
          const r = rng(seed);
          const values = Array.from({ length: count }, () => value(r));
          const text = `${label} ${values.join(' ')}`;
          const out = redact(text, { locale });
          // No digit left (a finding that overlaps two values joins them in one placeholder).
          expect(out.text).not.toMatch(/\d/);
          expect(out.findings.some((f) => f.type === type)).toBe(true);
        },
      ),
    );
  });

  it('any kind, its dashes spaced (" - "), a space or " - " between', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: KINDS.length - 1 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(' ', ' - '),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (kind, count, between, seed) => {
          const [type, locale, label, value] = KINDS[kind] as (typeof KINDS)[number];
          const r = rng(seed);
          const values = Array.from({ length: count }, () => value(r).replace(/-/g, ' - '));
          const text = `${label} ${values.join(between)}`;
          const out = redact(text, { locale });
          expect(out.text).not.toMatch(/\d/);
          expect(out.findings.some((f) => f.type === type)).toBe(true);
        },
      ),
    );
  });

  it('a list of order numbers printed in fours, after an order label, stays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom(13, 14, 15, 16, 17, 18, 19),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (count, length, seed) => {
          const r = rng(seed);
          const values = Array.from({ length: count }, () =>
            v.referenceDigits(r, length).replace(/(\d{4})(?=\d)/g, '$1 '),
          );
          const text = `Order ${values.join(' ')}`;
          expect(redact(text, { locale: 'en-US' }).text).toBe(text);
        },
      ),
    );
  });
});
