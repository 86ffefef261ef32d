// T59a (issue #14): a bare mobile right after a word that names a person's part in a sale or a
// parcel ("kupujący: 601234567", the buyer's phone in an Allegro export) stayed, where the same
// number in groups went ("kupujący: 601 234 567"): a bare run needed a phone's label or a trunk
// "0". Allegro's order API gives a buyer's id, e-mail, login, names, PESEL and phone number, and
// a new account's login is "Client:" and digits (keywords.ts PERSON_ROLE_WORDS, with sources): a
// valid mobile right after the word is the party's phone. Each row of the first block was
// written before the fix and failed on the code before it.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import {
  type CountryCode,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { PERSON_ROLE_WORDS } from '../../src/redact/keywords.js';
import { roleBefore } from '../../src/redact/recognizers/phone.js';
import { expectRedactsTo } from './redacted.js';

/** A row: its locale, its text, and the text redact must write. */
type Row = readonly [locale: string, text: string, expected: string];

const FIXED: readonly Row[] = [
  ['pl-PL', 'kupujący: 601234567', 'kupujący: [PHONE]'],
  ['pl-PL', 'Kupujący: 601234567', 'Kupujący: [PHONE]'],
  ['pl-PL', 'KUPUJACY 601234567', 'KUPUJACY [PHONE]'],
  ['pl-PL', 'sprzedawca: 601234567', 'sprzedawca: [PHONE]'],
  ['pl-PL', 'odbiorca: 512345678', 'odbiorca: [PHONE]'],
  ['pl-PL', 'nadawca: 723456789', 'nadawca: [PHONE]'],
  [
    'pl-PL',
    'Allegro: zamówienie 3f2b8c1e-9d4a-4e7b-a6c5-2d1f0e9b8a7c z 04.12.2026 18:22, kupujący: 512345678',
    'Allegro: zamówienie 3f2b8c1e-9d4a-4e7b-a6c5-2d1f0e9b8a7c z 04.12.2026 18:22, kupujący: [PHONE]',
  ],
  // The role word stands nearer the number than an order's word before it.
  ['pl-PL', 'Zamówienie 4471 kupujący: 601234567', 'Zamówienie 4471 kupujący: [PHONE]'],
  ['en-US', 'buyer: 2125550187', 'buyer: [PHONE]'],
  ['en-US', 'Order 4471 buyer: 2125550187', 'Order 4471 buyer: [PHONE]'],
  ['de-DE', 'Käufer: 15123456789', 'Käufer: [PHONE]'],
  ['es-ES', 'comprador: 612345678', 'comprador: [PHONE]'],
  ['fr-FR', 'vendeur: 612345678', 'vendeur: [PHONE]'],
  ['it-IT', 'mittente: 3123456789', 'mittente: [PHONE]'],
  ['pt-BR', 'remetente: 11987654321', 'remetente: [PHONE]'],
  ['nl-NL', 'koper: 612345678', 'koper: [PHONE]'],
];

const KEPT: readonly Row[] = [
  // An order's or a login's word between the role word and the number keeps it, as it does alone.
  ['pl-PL', 'zamówienie 601234567', 'zamówienie 601234567'],
  ['pl-PL', 'kupujący: zamówienie 601234567', 'kupujący: zamówienie 601234567'],
  ['pl-PL', 'kupujący: login 601234567', 'kupujący: login 601234567'],
  // A new account's login keeps its "Client:"; an id that is no mobile, a landline, stay.
  ['pl-PL', 'kupujący: Client:601234567', 'kupujący: Client:601234567'],
  ['pl-PL', 'kupujący: 45123456', 'kupujący: 45123456'],
  ['pl-PL', 'kupujący: 221234567', 'kupujący: 221234567'],
  ['en-US', 'Buyer ID: 2125550187', 'Buyer ID: 2125550187'],
  // A word that ends with a role word is another word.
  ['pl-PL', 'współkupujący: 601234567', 'współkupujący: 601234567'],
  // In groups it went already.
  ['pl-PL', 'kupujący: 601 234 567, ul. Długa 5', 'kupujący: [PHONE], ul. Długa 5'],
];

describe.each([
  ['a bare mobile after a person role word', FIXED],
  ['neighbours that stay as they were', KEPT],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
});

// Polish mobiles and landlines, each checked below.
const MOBILES = ['601234567', '512345678', '723456789', '888123456', '698765432'];
const LANDLINES = ['221234567', '126543210', '587654321'];
const POLISH_ROLES = ['kupujący', 'sprzedawca', 'odbiorca', 'nadawca'];

// The oracle: after a Polish role word (any case, a ":" or not), a bare valid mobile goes and a
// bare landline stays; with an order's word between, both stay.
describe('a Polish role word before a bare number', () => {
  test.prop([
    fc.constantFrom(...POLISH_ROLES),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom(...MOBILES, ...LANDLINES),
    fc.boolean(),
  ])('replaces a mobile only', (word, upper, colon, number, order) => {
    const role = (upper ? word.toUpperCase() : word) + (colon ? ': ' : ' ');
    const head = order ? `${role}zamówienie ` : role;
    const goes = MOBILES.includes(number) && !order;
    expect(redact(`${head}${number}`, { locale: 'pl-PL' }).text).toBe(
      goes ? `${head}[PHONE]` : `${head}${number}`,
    );
  });

  it.each(MOBILES)('PL %s is a mobile', (n) => {
    expect(parsePhoneNumberFromString(n, 'PL')?.getType()).toBe('MOBILE');
  });
  it.each(LANDLINES)('PL %s is a landline', (n) => {
    expect(parsePhoneNumberFromString(n, 'PL')?.getType()).toBe('FIXED_LINE');
  });
  it.each([
    ['US', '2125550187'],
    ['DE', '15123456789'],
    ['ES', '612345678'],
    ['FR', '612345678'],
    ['IT', '3123456789'],
    ['BR', '11987654321'],
    ['NL', '612345678'],
  ] as const)('%s %s is a valid phone', (country: CountryCode, phone) => {
    expect(isValidPhoneNumber(phone, country)).toBe(true);
  });
  it('an 8-digit id is no Polish number', () => {
    expect(isValidPhoneNumber('45123456', 'PL')).toBe(false);
  });
});

describe('roleBefore', () => {
  it.each(PERSON_ROLE_WORDS)('reads %j before a value', (word) => {
    const text = `${word}: 601234567`;
    expect(roleBefore(text, text.length - 9)).toBe(true);
    expect(roleBefore(`x${text}`, text.length - 8)).toBe(false);
  });
  it.each([
    ['buyer 601234567', 6, true],
    ['BUYER:601234567', 6, true],
    ['buyers 601234567', 7, false],
    ['buyer id 601234567', 9, false],
    ['601234567', 0, false],
  ] as const)('%j at %i: %s', (text, at, expected) => {
    expect(roleBefore(text, at)).toBe(expected);
  });
});
