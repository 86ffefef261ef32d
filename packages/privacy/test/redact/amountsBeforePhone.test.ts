// T56a (issue #14): an amount with no currency before a phone. Each row written before the fix;
// the first block failed on the code before it.
// 1. Decimals after a word that names an amount ("total 50,00 11 98765-4321"), or with nothing
//    before their amount ("50,00 11 98765-4321") where a valid number follows: the cents and the
//    phone made a Luhn-valid run and went as "total 50,[CARD]" (amountBeside.ts amountWordBefore,
//    bareDecimalsAt; card.ts; phone.ts readWindow). With a currency, a last lone digit after the
//    number took the cents' "00" as a call out ("R$ 50,00 12 3456 7890 1" -> "R$ 50,[PHONE]").
// 2. A short group before a number ("paguei 50 11 98765-4321"): read apart after a word that
//    names an amount, or where the rest is valid whole and its national print starts with its
//    first group, an area's code (phone.ts areaLed); read whole, the two made no number and the
//    phone stayed.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { luhnValid } from '../../src/redact/checks/luhn.js';
import { amountWordBefore, bareDecimalsAt } from '../../src/redact/recognizers/amountBeside.js';
import { expectRedactsTo } from './redacted.js';

/** A row: its locale, its text, and the text redact must write. */
type Row = readonly [locale: string, text: string, expected: string];

const FIXED: readonly Row[] = [
  ['pt-BR', 'valor 50,00 11 98765-4321', 'valor 50,00 [PHONE]'],
  ['pt-BR', 'valor: 50,00 11 98765-4321', 'valor: 50,00 [PHONE]'],
  ['pt-BR', 'paguei 50,00 11 98765-4321 ontem', 'paguei 50,00 [PHONE] ontem'],
  ['pt-BR', 'Total 1.234,56 11 98765-4321', 'Total 1.234,56 [PHONE]'],
  ['pt-BR', '50,00 11 98765-4321', '50,00 [PHONE]'],
  ['de-DE', 'Summe: 12,50 0151 23456789', 'Summe: 12,50 [PHONE]'],
  ['pl-PL', 'kwota 50,00 601 234 567', 'kwota 50,00 [PHONE]'],
  ['fr-FR', 'montant 50,00 06 12 34 56 78', 'montant 50,00 [PHONE]'],
  ['en-US', 'amount 50.00 212 555 0123', 'amount 50.00 [PHONE]'],
  ['es-ES', 'importe 50,00 612 34 56 78', 'importe 50,00 [PHONE]'],
  ['it-IT', 'totale 50,00 312 345 5556', 'totale 50,00 [PHONE]'],
  ['pt-BR', 'R$ 50,00 12 3456 7890 1', 'R$ 50,00 [PHONE] 1'],
  // A card after such decimals goes without them.
  ['pt-BR', 'total 50,00 4111 1111 1111 1111', 'total 50,00 [CARD]'],
  ['pt-BR', '50,00 4111 1111 1111 1111', '50,00 [CARD]'],
  // A short group before a number.
  ['pt-BR', 'paguei 50 11 98765-4321', 'paguei 50 [PHONE]'],
  ['pt-BR', '50 11 98765-4321', '50 [PHONE]'],
  ['de-DE', 'Betrag 50 030 12345678', 'Betrag 50 [PHONE]'],
  ['en-US', 'paid 50 212 555 0123', 'paid 50 [PHONE]'],
];

const KEPT: readonly Row[] = [
  // Amounts alone, or before an order's number, stay; so do a date and a time.
  ['pt-BR', 'total 50,00', 'total 50,00'],
  ['pt-BR', 'total 50,00 pedido 4471', 'total 50,00 pedido 4471'],
  ['pt-BR', 'R$ 50,00 pedido 4471', 'R$ 50,00 pedido 4471'],
  ['pt-BR', '50,00 12', '50,00 12'],
  ['de-DE', '05.12 11:30', '05.12 11:30'],
  // Numbers with a short first group go whole, as they did.
  ['pt-BR', '11 98765-4321', '[PHONE]'],
  ['pt-BR', '(11) 98765-4321', '[PHONE]'],
  ['fr-FR', '0 800 123 456', '[PHONE]'],
  ['it-IT', 'Cellulare: 312 345 5556', 'Cellulare: [PHONE]'],
  ['pt-BR', 'R$ 50,00 11 98765-4321', 'R$ 50,00 [PHONE]'],
  // A mobile printed with no area's code after a short group and an order's word stays.
  // (An Indian mobile printed at home after an order's number goes since V61a: phoneAfterValue.ts.)
  ['hi-IN', 'order 500 98765 43210', 'order 500 [PHONE]'],
];

describe.each([
  ['an amount with no currency, then a phone or card', FIXED],
  ['neighbours that stay as they were', KEPT],
] as const)('%s', (_, rows) => {
  it.each(rows)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
});

// Brazil's area codes (ANATEL's DDD plan): a sample, each number checked valid in the property.
const AREAS = ['11', '21', '31', '41', '51', '61', '71', '81', '85', '91'];
const WORDS = ['total', 'valor', 'paguei', ''];

// The property: an amount (a word naming it or none; one to three digits; decimals or none), a
// space, and a Brazilian mobile with its area code that libphonenumber reads alone as valid and
// with the amount as no number: the mobile goes whole, and the word stays. (The amount stays too
// but where the number read after it takes it along: "R$ 747 91 93859-2065" went as "R$ [PHONE]"
// before this round, fail closed, and does still.) A mobile whose subscriber number starts "90"
// is asked too since T59a (it left its area's code: "total 1 11 [PHONE]").
describe('an amount then a mobile with its area code', () => {
  test.prop([
    fc.constantFrom(...WORDS),
    fc.integer({ min: 1, max: 999 }),
    fc.boolean(),
    fc.constantFrom(...AREAS),
    fc.oneof(fc.stringMatching(/^9\d{4}-\d{4}$/), fc.stringMatching(/^90\d{3}-\d{4}$/)),
  ])('replaces the mobile', (word, whole, cents, area, rest) => {
    const phone = `${area} ${rest}`;
    fc.pre(isValidPhoneNumber(phone, 'BR'));
    const amount = cents ? `${whole},00` : `${whole}`;
    fc.pre(!isValidPhoneNumber(`${amount} ${phone}`, 'BR'));
    const head = word === '' ? amount : `${word} ${amount}`;
    const out = redact(`${head} ${phone}`, { locale: 'pt-BR' }).text;
    // With no word and no currency, a run of 13-19 digits that passes Luhn goes whole as a card
    // (the rule: no Luhn-valid run is left), the phone in it with it: fail closed.
    const run = `${amount} ${phone}`.replace(/\D/g, '');
    const card = word === '' && !cents && run.length >= 13 && luhnValid(run) ? ['[CARD]'] : [];
    expect([`${head} [PHONE]`, `${word} [PHONE]`.trimStart(), ...card]).toContain(out);
  });
});

// T59a: "total 1 11 90000-0000" went as "total 1 11 [PHONE]", the area's code "11" left beside
// the placeholder (found by the property above on seeds 4 and 5 once the card reading kept the
// amount; T58b pinned it as it.fails). libphonenumber reads "90000-0000" alone as a valid
// premium-rate number (0900), so something was found in the window and the amount's group was
// never read apart. Each row failed on the code before it but the last two, kept as they were.
describe('a mobile starting "90" after an amount goes with its area code', () => {
  it.each([
    ['pt-BR', 'total 1 11 90000-0000', 'total 1 [PHONE]'],
    ['pt-BR', 'R$ 50 61 90039-2145', 'R$ 50 [PHONE]'],
    ['pt-BR', 'paguei 50 11 90123-4567 ontem', 'paguei 50 [PHONE] ontem'],
    ['pt-BR', '1 11 90000-0000', '1 [PHONE]'],
    // (After an order's number, the mobile with its area code goes since V61a: phoneAfterValue.ts.)
    ['pt-BR', 'pedido 447 11 90000-0000', 'pedido 447 [PHONE]'],
    ['pt-BR', 'ligue 0900 123 4567', 'ligue [PHONE]'],
  ] as const)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
  it('"90000-0000" alone is a valid number, and with its area code a mobile', () => {
    expect(isValidPhoneNumber('90000-0000', 'BR')).toBe(true);
    expect(isValidPhoneNumber('11 90000-0000', 'BR')).toBe(true);
  });
});

describe('the readings', () => {
  it.each([
    ['total 50', 6, true],
    ['Total: 50', 7, true],
    ['PAGUEI 50', 7, true],
    ['subtotal 50', 9, false],
    ['totals 50', 7, false],
    ['total50', 5, false],
  ] as const)('a word naming an amount before %j at %i: %s', (text, at, expected) => {
    expect(amountWordBefore(text, at)).toBe(expected);
  });
  it.each([
    ['50,00 1', 3, true],
    ['x 5,00 1', 4, true],
    ['1234,00 1', 5, false],
    ['a50,00 1', 4, false],
    ['50.00 1', 3, false],
    ['50,000 1', 3, false],
  ] as const)('decimals with nothing before their amount in %j at %i: %s', (text, at, expected) => {
    expect(bareDecimalsAt(text, at)).toBe(expected);
  });
  it.each([
    ['BR', '11 98765-4321'],
    ['BR', '12 3456 7890'],
    ['DE', '0151 23456789'],
    ['DE', '030 12345678'],
    ['PL', '601 234 567'],
    ['FR', '06 12 34 56 78'],
    ['FR', '0 800 123 456'],
    ['US', '212 555 0123'],
    ['ES', '612 34 56 78'],
    ['IT', '312 345 5556'],
    ['IN', '98765 43210'],
  ] as const)('%s %s is a valid phone', (country: CountryCode, phone) => {
    expect(isValidPhoneNumber(phone, country)).toBe(true);
  });
  it('the amount and the number together are none', () => {
    expect(isValidPhoneNumber('50 11 98765-4321', 'BR')).toBe(false);
    expect(isValidPhoneNumber('12 3456 7890 1', 'BR')).toBe(false);
  });
});
