// A phone after a list of an order's values, and one whose first group a number found before it
// ends with (V63b, issue #14). A list's next value after an order's, a "," or a joining word
// between, then a phone, in which nothing was found ("Faktura 4711, 4712 512 345 678"), kept the
// phone: the order's label names the list (phone.ts listedUnderOrder), and the span is cut as a
// value then a phone (phoneAfterValue.ts). And a value, then
// a phone, in one span with no order's label read at it ("Bestellung 4711, 4712 0151 23456789",
// the list's next value; "Kunde 4711 0151 23456789"), read "4712 0151" as a German number of any
// length, and "23456789" of the mobile stayed in clear. The span is cut as a value then a phone
// where the phone starts inside the number found (phone.ts phoneInsideFound): the recognizer finds
// what its oracle (test/redact/phoneOracle.ts, written apart) finds, and no digit of the phone is
// left beside the mark where one went.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { luhnValid } from '../checks/luhn.js';
import type { RecognizerContext } from '../types.js';

type Desk = readonly [locale: string, country: RecognizerContext['country'], heads: string[]];

// What stands before the value (no label, a phone's, a list's after an order's, a customer's),
// and the desk's phones as written at home.
const DESKS: readonly (readonly [Desk, readonly string[]])[] = [
  [
    ['de-DE', 'DE', ['', 'Kunde ', 'tel ', 'Bestellung 4711, ', 'Rechnung 12 und ', 'ID ']],
    ['0151 23456789', '030 1234567', '01512 3456789', '0171 2345678', '089 12345678'],
  ],
  [
    ['en-US', 'US', ['', 'Order 4711, ', 'call me ', 'ID ']],
    ['(212) 555-0187', '212-555-0187', '212 555 0187'],
  ],
  [
    ['fr-FR', 'FR', ['', 'Commande 4711, ', 'tel ', 'Client ']],
    ['06 12 34 56 78', '01 42 68 53 00'],
  ],
  [
    ['pl-PL', 'PL', ['', 'Zamówienie 4711, ', 'tel ']],
    ['512 345 678', '22 123 45 67'],
  ],
  [
    ['it-IT', 'IT', ['', 'Ordine 4711, ', 'tel ']],
    ['06 1234 5678', '333 123 4567'],
  ],
  [
    ['en-IN', 'IN', ['', 'Order 4711, ', 'tel ']],
    ['98765 43210', '022 2345 6789'],
  ],
  [
    ['de-AT', 'AT', ['', 'Menge ', 'Bestellung 4711, ']],
    ['0664 1234567', '01 2345678'],
  ],
  // (Since V64a: a mobile in threes, no print of Spain's at home, and a US number spaced.)
  [
    ['es-ES', 'ES', ['', 'Tel.: ', 'Pedido 4711, ', 'Cliente ']],
    ['612 345 678', '912 345 678', '612 34 56 78'],
  ],
];

const shape = fc.constantFrom(...DESKS).chain(([[locale, country, heads], phones]) =>
  fc.record({
    locale: fc.constant(locale),
    country: fc.constant(country),
    head: fc.constantFrom(...heads),
    value: fc.stringMatching(/^[1-9][0-9]{0,6}$/),
    phone: fc.constantFrom(...phones),
    tail: fc.constantFrom('', ', danke', ' 12', ' 2024', ' 7'),
  }),
);

/** The digits of `text`, ASCII. */
function digitsOf(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

// A desk's order labels, and its phones as printed at home (spaced, a trunk "0" or a mark).
const ORDERS: readonly (readonly [Desk, readonly string[]])[] = [
  [
    ['de-DE', 'DE', ['Bestellung', 'Rechnung', 'Sendung']],
    ['0151 23456789', '(030) 1234567'],
  ],
  [
    ['en-US', 'US', ['Order', 'Invoice']],
    ['(212) 555-0187', '212-555-0187', '212 555 0187'],
  ],
  [
    ['fr-FR', 'FR', ['Commande', 'Facture']],
    ['06 12 34 56 78', '01 42 68 53 00'],
  ],
  [
    ['pl-PL', 'PL', ['Zamówienie', 'Faktura']],
    ['512-345-678', '22 123 45 67'],
  ],
  [
    ['en-GB', 'GB', ['Order', 'Invoice']],
    ['07400 123456', '020 7946 0018'],
  ],
  [
    ['nl-NL', 'NL', ['Bestelling', 'Factuur']],
    ['06 12345678', '020 123 4567'],
  ],
  [
    ['sv-SE', 'SE', ['Order', 'Faktura']],
    ['070-123 45 67', '08-123 456 78'],
  ],
  [
    ['it-IT', 'IT', ['Ordine', 'Fattura']],
    ['06 1234 5678', '333 123 4567'],
  ],
];

const listed = fc.constantFrom(...ORDERS).chain(([[locale, country, labels], phones]) =>
  fc.record({
    locale: fc.constant(locale),
    country: fc.constant(country),
    label: fc.constantFrom(...labels),
    values: fc.array(fc.stringMatching(/^[1-9][0-9]{2,6}$/), { minLength: 2, maxLength: 3 }),
    join: fc.constantFrom(', ', ', ', '; ', ' und ', ' et ', ' and '),
    phone: fc.constantFrom(...phones),
  }),
);

describe('a phone after a list of an order’s values (listedUnderOrder, V63b)', () => {
  test.prop([listed])('the recognizer finds what its oracle finds', (d) => {
    const text = `${d.label} ${d.values.join(d.join)} ${d.phone}`;
    const [found, oracle] = phoneAndOracle(contextOf(text, d.locale, d.country));
    expect(found).toEqual(oracle);
  });

  // (No card reading in the way: the last value's and the phone's digits may pass Luhn.)
  test.prop([listed])('the phone goes whole: the text ends with its mark', (d) => {
    fc.pre(!luhnValid(digitsOf(`${d.values.at(-1)}${d.phone}`)));
    const text = `${d.label} ${d.values.join(d.join)} ${d.phone}`;
    const out = redact(text, { locale: d.locale }).text;
    expect(out.endsWith('[PHONE]')).toBe(true);
  });
});

describe('a phone whose first group a number found ends with (phoneInsideFound, V63b)', () => {
  test.prop([shape])('the recognizer finds what its oracle finds', (d) => {
    const text = `${d.head}${d.value} ${d.phone}${d.tail}`;
    const [found, oracle] = phoneAndOracle(contextOf(text, d.locale, d.country));
    expect(found).toEqual(oracle);
  });

  // (No card reading in the way: the value's and the phone's digits may pass Luhn together.
  // Since V64a with a value of one to four digits after the phone too: "call me 8457 212 555
  // 0187 12" left "0187".)
  test.prop([shape])('where the phone’s digits go, none of them stays beside the mark', (d) => {
    fc.pre(!luhnValid(digitsOf(`${d.value}${d.phone}`)));
    fc.pre(!luhnValid(digitsOf(`${d.value}${d.phone}${d.tail}`)));
    // (Not a value and a phone all in groups of one width, "120 512 345 678 12": one value's
    // groups, left by V64a in auditSession64PartialLeaks2.)
    fc.pre(new Set(`${d.value} ${d.phone}`.split(' ').map((g) => g.length)).size > 1);
    const text = `${d.head}${d.value} ${d.phone}${d.tail}`;
    const out = redact(text, { locale: d.locale }).text;
    expect(out.slice(0, out.length - d.tail.length)).not.toMatch(/\[PHONE\][ -]?[0-9(]/);
  });
});
