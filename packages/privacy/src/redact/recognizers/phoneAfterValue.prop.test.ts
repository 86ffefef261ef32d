// phoneAfterValue (V61a, issue #14): a phone right after the value an order's, an invoice's or a
// shipment's label names, in one span of phone characters
// ("Bestellung 4711 0151 23456789", "Order #4711 (212) 555-0187", "Commande 4711 / 06 12 34 56
// 78"), goes, and the value stays; a value in groups of one width stays whole. The recognizer
// finds what its oracle (test/redact/phoneOracle.ts valueThenPhone, written apart) finds on the
// same shapes. And a list's next value is printed as its first only where a count of one or two
// digits at most follows the first's print (phoneLookalikes.ts listHeadBefore): "Bestellung 4711,
// 0151 23456789" kept the mobile as the list's next value.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { luhnValid } from '../checks/luhn.js';
import type { RecognizerContext } from '../types.js';

type Desk = readonly [locale: string, country: RecognizerContext['country'], labels: string[]];

// A desk's order, invoice and shipment labels, and its phones as customers write them at home.
const DESKS: readonly (readonly [Desk, readonly string[]])[] = [
  [
    ['de-DE', 'DE', ['Bestellung', 'Bestellnr.', 'Rechnung', 'Sendung', 'Auftrag']],
    [
      '0151 23456789',
      '030 1234567',
      '01512 3456789',
      '0151-23456789',
      '(030) 1234567',
      // (A mobile in fours, the value's width where it has four digits, V64i.)
      '0151 2345 6789',
    ],
  ],
  [
    ['en-US', 'US', ['Order', 'Invoice', 'Tracking']],
    ['(212) 555-0187', '212-555-0187', '212.555.0187', '212 555 0187', '(201) 555-0123'],
  ],
  [
    ['fr-FR', 'FR', ['Commande', 'Facture', 'Colis']],
    ['06 12 34 56 78', '01 42 68 53 00', '06.12.34.56.78', '06-12-34-56-78'],
  ],
  [
    ['es-ES', 'ES', ['Pedido', 'Factura', 'Envío']],
    // (A mobile in threes, no trunk, as often as libphonenumber's print, V64i.)
    ['612 34 56 78', '911 23 45 67', '612-345-678', '612 345 678'],
  ],
  [
    ['pl-PL', 'PL', ['Zamówienie', 'Faktura', 'Przesyłka']],
    ['512-345-678', '22 123 45 67'],
  ],
  [
    ['en-GB', 'GB', ['Order', 'Invoice']],
    ['07400 123456', '020 7946 0018', '(020) 7946 0018'],
  ],
  [
    ['sv-SE', 'SE', ['Order', 'Faktura']],
    ['070-123 45 67', '08-123 456 78'],
  ],
  [
    ['pt-BR', 'BR', ['Pedido']],
    ['(11) 96123-4567', '(21) 2345-6789'],
  ],
];

const desk = fc.constantFrom(...DESKS).chain(([[locale, country, labels], phones]) =>
  fc.record({
    locale: fc.constant(locale),
    country: fc.constant(country),
    label: fc.constantFrom(...labels, ''),
    sign: fc.constantFrom(' ', ' #', ' Nr. ', ': '),
    value: fc.oneof(
      fc.stringMatching(/^[1-9][0-9]{3,7}$/),
      fc.stringMatching(/^[1-9][0-9]{2}-[0-9]{4,7}$/),
      // (A list of values, " / " between two: "4711 / 4712", V63b.)
      fc
        .array(fc.stringMatching(/^[1-9][0-9]{3,5}$/), { minLength: 2, maxLength: 3 })
        .map((values) => values.join(' / ')),
    ),
    apart: fc.constantFrom(' ', ' - ', ' / '),
    phone: fc.constantFrom(...phones),
  }),
);

/** The digits of `text`, ASCII. */
function digitsOf(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

/** Whether groups of `value` from one group's start, 12 to 19 digits, pass Luhn (a card's). */
function cardInside(value: string): boolean {
  const groups = value.split(' ');
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j <= groups.length; j++) {
      const digits = groups.slice(i, j).join('');
      if (digits.length >= 12 && digits.length <= 19 && luhnValid(digits)) return true;
    }
  return false;
}

describe('a phone after an order’s value (phoneAfterValue, V61a)', () => {
  test.prop([desk])('the recognizer finds what its oracle finds', (d) => {
    const text = `${d.label}${d.label === '' ? '' : d.sign}${d.value}${d.apart}${d.phone}`;
    const [found, oracle] = phoneAndOracle(contextOf(text, d.locale, d.country));
    expect(found).toEqual(oracle);
  });

  // (No card reading in the way: where the value's and the phone's digits pass Luhn together,
  // the card reading may hold them whole, as it does on main.)
  test.prop([desk.filter((d) => d.label !== '')])(
    'after an order’s label, the phone goes and the value stays',
    (d) => {
      // (Nor with a list's last value alone: "Bestellung 1000 / 25446 0151 23456789".)
      const last = d.value.slice(d.value.lastIndexOf(' ') + 1);
      fc.pre(
        !luhnValid(digitsOf(`${d.value}${d.phone}`)) && !luhnValid(digitsOf(`${last}${d.phone}`)),
      );
      const head = `${d.label}${d.sign}${d.value}${d.apart}`;
      expect(redact(`${head}${d.phone}`, { locale: d.locale }).text).toBe(`${head}[PHONE]`);
    },
  );

  // A shipment's number printed in groups of one width: no phone after it, whatever its digits.
  test.prop([
    fc.constantFrom(...DESKS),
    fc
      .integer({ min: 3, max: 4 })
      .chain((w) =>
        fc.tuple(
          fc.array(fc.stringMatching(new RegExp(`^[0-9]{${w}}$`)), { minLength: 3, maxLength: 5 }),
          fc.stringMatching(new RegExp(`^[0-9]{1,${w}}$`)),
        ),
      ),
  ])('a value in groups of one width after its label stays whole', ([[locale, , labels]], g) => {
    const value = [...g[0], g[1]].join(' ');
    // (Nor a trunk "0" first in the second group where the first has none: a mobile may start
    // there, V64i; the oracle's property below holds that shape.)
    const second = value.charAt((g[0][0] as string).length + 1);
    fc.pre(
      !cardInside(value) && !value.startsWith('00') && (value.startsWith('0') || second !== '0'),
    );
    const text = `${labels[0]} ${value}`;
    expect(redact(text, { locale }).text).toBe(text);
  });

  // A value in one width, then a trunk-led rest in the same width, a mobile or not: the recognizer
  // cuts (or not) where its oracle does (V64i: "Bestellung 4711 0151 2345 6789").
  test.prop([
    fc.constantFrom(...DESKS),
    fc
      .integer({ min: 3, max: 4 })
      .chain((w) =>
        fc.tuple(
          fc.stringMatching(new RegExp(`^[0-9]{${w}}$`)),
          fc.constantFrom('0', '01', '015', '07', '06', '6', '5'),
          fc.stringMatching(/^[0-9]{6,10}$/),
          fc.constant(w),
        ),
      ),
  ])(
    'a value in one width then a rest in its groups: the recognizer agrees with its oracle',
    ([[locale, country, labels]], [first, head, tail, w]) => {
      const digits = `${head}${tail}`;
      const groups: string[] = [];
      for (let k = 0; k < digits.length; k += w) groups.push(digits.slice(k, k + w));
      const text = `${labels[0]} ${first} ${groups.join(' ')}`;
      const [found, oracle] = phoneAndOracle(contextOf(text, locale, country));
      expect(found).toEqual(oracle);
    },
  );

  // A list's next value: a count of one or two digits after the first's print, no wider group.
  test.prop([
    fc.stringMatching(/^[1-9][0-9]{3}$/),
    fc.constantFrom('0151 23456789', '0171 2345678', '0152 12345678'),
  ])('after an order’s value and a comma, a German mobile goes', (value, phone) => {
    fc.pre(!luhnValid(digitsOf(`${value}${phone}`)));
    const text = `Bestellung ${value}, ${phone}`;
    expect(redact(text, { locale: 'de-DE' }).text).toBe(`Bestellung ${value}, [PHONE]`);
  });
});
