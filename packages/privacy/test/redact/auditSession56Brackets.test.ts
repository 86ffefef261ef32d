// The lead's audit at session 56 (2026-12-07, issue #14): a number written in pairs after its
// calling code in brackets, "(+33) 6 12 34 56 78" or "(0033) 6 12 34 56 78", the way French
// customers often write a mobile for someone abroad. Each row is the whole output, written by
// hand before the fix; rows marked "main:" stayed whole on main at ceda6fe1, even after "tel".
// - phone.ts worthReading gates a window before libphonenumber reads it: a run of three digits or
//   more, or a "+" or "0" start with a run of two. "(+33) 6 12 34 56 78" has runs of two only and
//   starts with "(": not worth reading, and only a phone's label could save it (digits typed one
//   by one, or a trunk dropped); "(0033) …" is dialled as "( +33) …", a space after the bracket.
//   The start is now read past a "(" and spaces.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { worthReading } from '../../src/redact/recognizers/phone.js';

type Row = readonly [locale: string, text: string, out: string];

const BRACKETED_CODE_IN_PAIRS: readonly Row[] = [
  // main: each of these stayed whole
  ['fr-FR', '(+33) 6 12 34 56 78', '[PHONE]'],
  ['fr-FR', 'tel (+33) 6 12 34 56 78', 'tel [PHONE]'],
  ['fr-FR', 'Appelez le (+33) 6 12 34 56 78 merci', 'Appelez le [PHONE] merci'],
  ['fr-FR', '(+33)6 12 34 56 78', '[PHONE]'],
  ['fr-FR', '(+33) 06 12 34 56 78', '[PHONE]'],
  ['fr-FR', '(+33) 1 23 45 67 89', '[PHONE]'],
  ['fr-FR', '(0033) 6 12 34 56 78', '[PHONE]'],
  ['fr-FR', 'tel (0033) 6 12 34 56 78', 'tel [PHONE]'],
  ['fr-FR', '(0033)6 12 34 56 78', '[PHONE]'],
  ['en-US', '(+33) 6 12 34 56 78', '[PHONE]'],
  ['de-DE', 'Tel. (+33) 6 12 34 56 78', 'Tel. [PHONE]'],
  ['fr-FR', '(+33) 6 12 34 56 78 / (+33) 6 98 76 54 32', '[PHONE] / [PHONE]'],
  // A French mobile with its trunk in brackets: "0612345678".
  ['fr-FR', '(06) 12 34 56 78', '[PHONE]'],
];

const KEPT: readonly Row[] = [
  // Pairs that make no valid number after a bracketed "(0", "(00" or "(+" stay.
  ['fr-FR', '(01) 12 34 56', '(01) 12 34 56'],
  ['fr-FR', '(0) 12 34 56 78', '(0) 12 34 56 78'],
  ['fr-FR', 'total (0) 12 34 56 78 €', 'total (0) 12 34 56 78 €'],
  ['fr-FR', 'réf (0) 12 34 56', 'réf (0) 12 34 56'],
  ['fr-FR', '(00) 12 34', '(00) 12 34'],
  ['fr-FR', '( 0 12 34 56 78', '( 0 12 34 56 78'],
  ['fr-FR', '(+1) 12 05 2024', '(+1) 12 05 2024'],
  ['en-US', '(+1) 12 34 56 78', '(+1) 12 34 56 78'],
  // A number cut short.
  ['fr-FR', '(+33) 6 12 34 56', '(+33) 6 12 34 56'],
  // Pairs in brackets with no "+" or "0" before them are no start.
  ['fr-FR', '(12) 34 56 78 90', '(12) 34 56 78 90'],
  ['fr-FR', 'pages (1) 12 34 56', 'pages (1) 12 34 56'],
];

describe('a calling code in brackets, then the number in pairs (issue #14)', () => {
  it.each(BRACKETED_CODE_IN_PAIRS)('%s: %j', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
  it.each(KEPT)('stays, %s: %j', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });
});

describe('worthReading reads a start past a bracket and spaces', () => {
  it.each([
    ['(+33) 6 12 34 56 78', true],
    ['( +33) 6 12 34 56 78', true],
    ['(06) 12 34 56 78', true],
    ['+33 6 12 34 56 78', true],
    ['06 12 34 56 78', true],
    ['(1) 12 34 56', false],
    ['12 34 56 78', false],
    ['( 1 2', false],
    ['(', false],
    ['', false],
  ] as const)('%j: %s', (slice, worth) => {
    expect(worthReading(slice)).toBe(worth);
  });
});

// A French number (a mobile or a landline, valid to libphonenumber-js) in pairs after its calling
// code, bracketed or dialled out, goes as it goes written "+33 ": no digit of it is left, and the
// words around it stay.
const FORMS = ['(+33) ', '(+33)', '(0033) ', '(0033)', '(+33) 0'];
const LOCALES = ['fr-FR', 'en-US', 'de-DE', 'en-GB'];
const BEFORE = ['', 'tel ', 'Appelez le ', 'mon numéro : '];

describe('a French number in pairs after a bracketed calling code', () => {
  test.prop(
    [
      fc.constantFrom(...FORMS),
      fc.constantFrom(...LOCALES),
      fc.constantFrom(...BEFORE),
      fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '9'),
      fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 4, maxLength: 4 }),
    ],
    { numRuns: 60 },
  )('goes as "+33 …" goes', (form, locale, before, lead, pairs) => {
    const national = `${lead} ${pairs.map((p) => String(p).padStart(2, '0')).join(' ')}`;
    fc.pre(isValidPhoneNumber(`+33${national.replace(/ /g, '')}`));
    const plain = redact(`${before}+33 ${national} merci`, { locale }).text;
    const bracketed = redact(`${before}${form}${national} merci`, { locale }).text;
    expect(plain).toBe(`${before}[PHONE] merci`);
    expect(bracketed).toBe(plain);
  });
});
