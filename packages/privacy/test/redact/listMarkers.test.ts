// T56a (issue #14): phones after a list's markers. Each row written before the fix; the first
// block failed on the code before it (a phone stayed: fail open).
// 1. Two circled markers glued before ASCII digits ("①601 234 567 ②602345678"): each was asked
//    alone, with the other read as its number's first digit, and the first phone stayed
//    (redact.ts withMarkers now asks those glued before an ASCII digit together).
// 2. Markers of ASCII digits, "(1)", "1)", "1.", and fullwidth ones, "１．" (phone.ts
//    readAfterMarkers, beforeMarker, wideMarkerBefore): the matcher read a marker's digits as the
//    number's, or a ". " after a marker as a sentence's end.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { expectRedactsTo } from './redacted.js';

/** A row: its locale, its text, and the text redact must write. */
type Row = readonly [locale: string, text: string, expected: string];

const FIXED: readonly Row[] = [
  ['pl-PL', 'tel. ①601 234 567 ②602345678', 'tel. ①[PHONE] ②[PHONE]'],
  ['fr-FR', 'tél. ①06 12 34 56 78 ②01 23 45 67 89', 'tél. ①[PHONE] ②[PHONE]'],
  ['en-GB', 'phone ①07911 123456 ②020 7946 0018', 'phone ①[PHONE] ②[PHONE]'],
  ['pl-PL', 'tel. (1) 601 234 567 (2) 602 345 678', 'tel. (1) [PHONE] (2) [PHONE]'],
  ['de-DE', 'Tel. 1) 030 12345678 2) 0151 23456789', 'Tel. 1) [PHONE] 2) [PHONE]'],
  ['fr-FR', 'tél. 1) 06 12 34 56 78 2) 01 23 45 67 89', 'tél. 1) [PHONE] 2) [PHONE]'],
  ['en-GB', '1) 07911 123456 2) 020 7946 0018', '1) [PHONE] 2) [PHONE]'],
  ['pl-PL', 'tel. 1. 601 234 567 2. 602 345 678', 'tel. 1. [PHONE] 2. [PHONE]'],
  ['pl-PL', 'tel. １．601 234 567', 'tel. １．[PHONE]'],
  ['pl-PL', 'tel. １．601234567 ２．602345678', 'tel. １．[PHONE] ２．[PHONE]'],
  ['pl-PL', 'tel. １． 601 234 567 ２． 602 345 678', 'tel. １． [PHONE] ２． [PHONE]'],
  ['pt-BR', '1) (11) 98765-4321 2) (21) 98765-4321', '1) [PHONE] 2) [PHONE]'],
];

const KEPT: readonly Row[] = [
  // Markers that read so already: spaced circled ones, letters, one number, and glued circled
  // ones where each number alone reads as none with the next marker's digit.
  ['pl-PL', 'tel. ①601234567 ②602345678 ③512345678', 'tel. ①[PHONE] ②[PHONE] ③[PHONE]'],
  ['de-DE', 'Tel. ①030 12345678 ②0151 23456789', 'Tel. ①[PHONE] ②[PHONE]'],
  ['pl-PL', 'tel. ① 601 234 567 ② 602 345 678', 'tel. ① [PHONE] ② [PHONE]'],
  ['pl-PL', 'tel. 1) 601234567 2) 602345678', 'tel. 1) [PHONE] 2) [PHONE]'],
  ['pl-PL', 'tel. a) 601234567 b) 602345678', 'tel. a) [PHONE] b) [PHONE]'],
  ['pl-PL', 'tel. ①601 234 567', 'tel. ①[PHONE]'],
  ['de-DE', '①DE89370400440532013000 ②DE89 3704 0044 0532 0130 00', '①[IBAN] ②[IBAN]'],
  // An area's code in brackets is no marker; nor is a trunk's "(0)".
  ['pt-BR', '(11) 98765-4321', '[PHONE]'],
  ['es-CL', '(2) 2123 4567', '[PHONE]'],
  ['en-GB', 'Call (0) 20 7946 0018', 'Call [PHONE]'],
  // A list of order numbers stays; a number's last group before a full stop stays with it.
  ['en-US', '1) 4471 2) 4472', '1) 4471 2) 4472'],
  ['de-DE', 'Tel. 030 123 45 67. 0151 23456789', 'Tel. [PHONE]. [PHONE]'],
  ['pl-PL', '①4471 zamówienie, tel. ②601234567', '①4471 zamówienie, tel. ②[PHONE]'],
  // An ASCII "1." glued to digits is a decimal's (context.ts gluedToCode), as before.
  ['pl-PL', 'tel. 1.601 234 567', 'tel. 1.601 234 567'],
];

describe.each([
  ['a phone after a list marker', FIXED],
  ['neighbours that stay as they were', KEPT],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
});

// Polish mobiles, each checked valid below.
const POLISH = ['601 234 567', '602 345 678', '512 345 678', '723 456 789', '888 123 456'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨';
const WIDE = '１２３４５６７８９';

/** The marker of the `n`th item (from 0) in `style`. */
function marker(style: number, n: number): string {
  const k = n + 1;
  switch (style) {
    case 0:
      return CIRCLED.charAt(n);
    case 1:
      return `(${k}) `;
    case 2:
      return `${k}) `;
    case 3:
      return `${k}. `;
    case 4:
      return `${WIDE.charAt(n)}．`;
    default:
      return `${CIRCLED.charAt(n)} `;
  }
}

// The oracle: a list of valid numbers, each after its marker, one style a list, each number
// printed spaced or bare, is the same list with each number replaced and each marker kept.
describe('a list of phones after markers', () => {
  test.prop([
    fc.integer({ min: 0, max: 5 }),
    fc.array(fc.tuple(fc.constantFrom(...POLISH), fc.boolean()), { minLength: 1, maxLength: 5 }),
  ])('keeps every marker and replaces every phone', (style, items) => {
    const text = `tel. ${items.map(([p, bare], n) => marker(style, n) + (bare ? p.replace(/ /g, '') : p)).join(' ')}`;
    const expected = `tel. ${items.map((_, n) => `${marker(style, n)}[PHONE]`).join(' ')}`;
    expect(redact(text, { locale: 'pl-PL' }).text).toBe(expected);
  });

  it.each(POLISH)('PL %s is a valid phone', (phone) => {
    expect(isValidPhoneNumber(phone, 'PL')).toBe(true);
  });
});

// T59a (issue #14): a list numbered in brackets from "(1)" where "(1)" and the number after it
// read together as one US number, "+1" in brackets ("(1) 212 555 0123"): the first marker went
// with its phone and the others stayed ("[PHONE] (2) [PHONE]"). libphonenumber-js's findNumbers
// reads "(1) 212 555 0123 (2) 646 555 0199" as one number, "(1) 212 555 0123", and the rest as
// none; alone "(2) 646 555 0199" is none. Both are a list's markers: a calling code is written
// after a "+" (E.123), and a "(2)" after it numbers the next item. Written before the fix; each
// row of this block failed on the code before it but the bare one, kept as it was.
const NUMBERED: readonly Row[] = [
  ['en-US', '(1) 212 555 0123 (2) 646 555 0199', '(1) [PHONE] (2) [PHONE]'],
  ['en-US', 'phone (1) 212 555 0123 (2) 646 555 0199', 'phone (1) [PHONE] (2) [PHONE]'],
  ['en-US', '(1) (212) 555-0123 (2) (646) 555-0199', '(1) [PHONE] (2) [PHONE]'],
  ['en-US', '(1) 212-555-0123, (2) 646-555-0199', '(1) [PHONE], (2) [PHONE]'],
  // One item a line: the next line's marker numbers the list.
  ['en-US', '(1) 212 555 0123\n(2) 646 555 0199', '(1) [PHONE]\n(2) [PHONE]'],
  // Too long to read whole (48 characters), a list that starts with a marker is read a number at
  // a time without a label too: every number stayed.
  [
    'en-US',
    '(1) 212 555 0123 (2) 646 555 0199 (3) 718 555 0100',
    '(1) [PHONE] (2) [PHONE] (3) [PHONE]',
  ],
  [
    'en-US',
    'tel (1) 212 555 0123 (2) 646 555 0199 (3) 718 555 0100 (4) 917 555 0111',
    'tel (1) [PHONE] (2) [PHONE] (3) [PHONE] (4) [PHONE]',
  ],
  [
    'pl-PL',
    '(1) 601 234 567 (2) 602 345 678 (3) 512 345 678 (4) 723 456 789',
    '(1) [PHONE] (2) [PHONE] (3) [PHONE] (4) [PHONE]',
  ],
  ['en-US', 'tel (1) 2125550123 (2) 6465550199', 'tel (1) [PHONE] (2) [PHONE]'],
];

const NUMBERED_KEPT: readonly Row[] = [
  // The other markers read so already.
  ['en-US', '1) 212 555 0123 2) 646 555 0199', '1) [PHONE] 2) [PHONE]'],
  ['en-US', '1. 212 555 0123 2. 646 555 0199', '1. [PHONE] 2. [PHONE]'],
  ['en-US', '(a) 212 555 0123 (b) 646 555 0199', '(a) [PHONE] (b) [PHONE]'],
  // A calling code in brackets alone, or with no "(2)" after it, is the number's.
  ['en-US', '(1) 212 555 0123', '[PHONE]'],
  ['en-US', '(1) 212 555 0123 (3) 646 555 0199', '[PHONE] (3) [PHONE]'],
  // A bare run after a marker needs a phone's label (accept): the first goes whole as before.
  ['en-US', '(1) 2125550123 (2) 6465550199', '[PHONE] (2) 6465550199'],
  // Areas' codes in brackets, one after the other, are the numbers' own.
  ['pt-BR', '(11) 98765-4321 (12) 98765-4321', '[PHONE] [PHONE]'],
  ['pt-BR', '(1) (11) 98765-4321 (2) (21) 98765-4321', '(1) [PHONE] (2) [PHONE]'],
  // Order numbers in a list stay.
  [
    'en-US',
    '(1) 4471 (2) 4472 (3) 4473 (4) 4474 (5) 4475 (6) 4476 (7) 4477',
    '(1) 4471 (2) 4472 (3) 4473 (4) 4474 (5) 4475 (6) 4476 (7) 4477',
  ],
];

describe.each([
  ['a list numbered from "(1)", the first read as a calling code', NUMBERED],
  ['neighbours of the numbered list', NUMBERED_KEPT],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
});

// US numbers, each checked valid below, and valid with "1" before them as a calling code.
const US = ['212 555 0123', '646 555 0199', '718 555 0100', '917 555 0111', '(212) 555-0187'];
const BETWEEN = [' ', ', ', '\n', '; '];

// The oracle: a list numbered "(1)", "(2)"… of valid US numbers, each printed in its groups, is
// the same list with each number replaced and each marker kept, whatever stands between the items
// and whether a phone's label stands before the list.
describe('a US list numbered in brackets', () => {
  test.prop([
    fc.array(fc.constantFrom(...US), { minLength: 2, maxLength: 6 }),
    fc.constantFrom(...BETWEEN),
    fc.constantFrom('', 'phone ', 'Call '),
  ])('keeps every marker and replaces every phone', (items, between, label) => {
    const text = label + items.map((p, n) => `(${n + 1}) ${p}`).join(between);
    const expected = label + items.map((_, n) => `(${n + 1}) [PHONE]`).join(between);
    expect(redact(text, { locale: 'en-US' }).text).toBe(expected);
  });

  it.each(US)('US %s is a valid phone, with "1" before it too', (phone) => {
    expect(isValidPhoneNumber(phone, 'US')).toBe(true);
    expect(isValidPhoneNumber(`(1) ${phone}`, 'US')).toBe(true);
  });
});

describe('the values are what the rows say', () => {
  it.each([
    ['PL', '601 234 567'],
    ['DE', '030 12345678'],
    ['DE', '0151 23456789'],
    ['DE', '030 123 45 67'],
    ['FR', '06 12 34 56 78'],
    ['FR', '01 23 45 67 89'],
    ['GB', '07911 123456'],
    ['GB', '020 7946 0018'],
    ['BR', '(11) 98765-4321'],
    ['BR', '(21) 98765-4321'],
    ['CL', '(2) 2123 4567'],
  ] as const)('%s %s is a valid phone', (country: CountryCode, phone) => {
    expect(isValidPhoneNumber(phone, country)).toBe(true);
  });
  it('an order number is no phone', () => {
    expect(isValidPhoneNumber('4471', 'US')).toBe(false);
  });
});
