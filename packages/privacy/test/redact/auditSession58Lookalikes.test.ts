// V58c's audit (2026-12-07, issue #14): look-alikes that must stay (order, invoice and article
// numbers, amounts, counts, versions), hunted with a seeded generator of the desk's shapes in
// fifteen locales (order labels with "," ";" "/" and "und" lists, amounts in local formats before
// a count, dates and times beside a SKU, postcodes and their city, "3 x" quantities, version
// strings, each wrapped at a space one time in seven): 241 of 4,000 changed on main, 27 after
// this, most of the rest a label wrapped to the line above (LEFT). Each row is the whole output;
// rows marked "main:" went so on main at 8d9e0cbb, each group with look-alikes that stay as they
// were (leaks beside the same shapes among them).
// - A list's next value printed as its first after an order's label ("Bestellnummer 4711 0815,
//   4711 0816 2 Stück"): the label names the first value only (a digit ends its reach), and the
//   next, read unlabelled, went as a German number of any length. A value printed as the list's
//   first, a count after it or not, joined by "," ";" "&" "/" or a word ("und", "and", "och",
//   "と"…), reads the first one's labels (phoneLookalikes.ts listHeadBefore).
// - A "/" in a national number follows the area's code with its trunk "0" in more countries than
//   Germany and Austria (Sweden, Finland, France, the Netherlands, Belgium, Egypt, Iran, Saudi
//   Arabia, India, Japan), and parts no number where there are no areas' codes (Denmark, Norway);
//   a number found right after a lone value and a "/" ("1/1200 2 Stück", "70/5306 0989") is that
//   value's fraction or list, in every country (phoneSlash.ts).
// - A quantity's "3 x" before a value with no trunk "0", and a "v" alone before a dotted version
//   of four groups or more (phoneLookalikes.ts quantityBefore, versionMarkBefore).
// - An amount's last group of three ("₹1,24,999 98765 43210"): read with the mobile after it, it
//   passed Luhn and went as a card, the amount split; the amount now stays whole and the mobile is
//   read past it (amountBeside.ts amountTailAt, card.ts, phone.ts readWindow).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

// Look-alikes changed on main (each failed there) that now stay; an amount's mobile that now goes.
const FIXED: readonly Row[] = [
  // main: 'Bestellnummer 4711 0815, [PHONE] Stück' (LEFT in auditSession57Lists)
  [
    'de-DE',
    'Bestellnummer 4711 0815, 4711 0816 2 Stück',
    'Bestellnummer 4711 0815, 4711 0816 2 Stück',
  ],
  // main: 'Bestellnummer 4711 0815 und [PHONE] Stück'
  [
    'de-DE',
    'Bestellnummer 4711 0815 und 4711 0816 2 Stück',
    'Bestellnummer 4711 0815 und 4711 0816 2 Stück',
  ],
  // main: 'Bestellnummern 4711 0815, [PHONE], [PHONE] Stück'
  [
    'de-DE',
    'Bestellnummern 4711 0815, 4711 0816, 4711 0817 2 Stück',
    'Bestellnummern 4711 0815, 4711 0816, 4711 0817 2 Stück',
  ],
  // main: 'Rechnung 4711 0815; [PHONE]'
  ['de-DE', 'Rechnung 4711 0815; 4711 0816', 'Rechnung 4711 0815; 4711 0816'],
  // main: 'Bestellnummer 9408 6263,\n[PHONE] Stk.' (a list wrapped after its ",")
  [
    'de-DE',
    'Bestellnummer 9408 6263,\n8215 2495 6 Stk.',
    'Bestellnummer 9408 6263,\n8215 2495 6 Stk.',
  ],
  // main: 'Order no. 2024-307255\nand [PHONE] 3 pcs'
  [
    'en-IN',
    'Order no. 2024-307255\nand 1872-497558 3 pcs',
    'Order no. 2024-307255\nand 1872-497558 3 pcs',
  ],
  // main: '請求書番号 2024-140339 と [PHONE] 6 点'
  [
    'ja-JP',
    '請求書番号 2024-140339 と 2022-996537 6 点',
    '請求書番号 2024-140339 と 2022-996537 6 点',
  ],
  // main: 'Faktura 464 585 694 och\n[PHONE] och [PHONE]'
  [
    'sv-SE',
    'Faktura 464 585 694 och\n501 550 913 och 977 496 101',
    'Faktura 464 585 694 och\n501 550 913 och 977 496 101',
  ],
  // main: 'Factura 3497 4533 y [PHONE] uds.'
  ['es-ES', 'Factura 3497 4533 y 6140 1951 7 uds.', 'Factura 3497 4533 y 6140 1951 7 uds.'],
  // main: '4711/[PHONE]' (LEFT in auditSession57SlashAndDash)
  ['da-DK', '4711/4712/4713', '4711/4712/4713'],
  // main: '[PHONE]'
  ['da-DK', '4711/4712', '4711/4712'],
  // main: '4711/[PHONE]' (LEFT in auditSession57SlashAndDash)
  ['sv-SE', '4711/4712/4713', '4711/4712/4713'],
  // main: '4711/[PHONE]'
  ['nb-NO', '4711/4712/4713', '4711/4712/4713'],
  // main: '4711/[PHONE]'
  ['fi-FI', '4711/4712/4713', '4711/4712/4713'],
  // main: '1/[PHONE] Stück' (LEFT in auditSession57SlashAndDash)
  ['de-AT', '1/1200 2 Stück', '1/1200 2 Stück'],
  // main: '70/[PHONE] sztuki'
  ['pl-PL', '70/5306 0989 2 sztuki', '70/5306 0989 2 sztuki'],
  // main: '9/[PHONE] units'
  ['en-IN', '9/135 430 165 4 units', '9/135 430 165 4 units'],
  // main: '[PHONE] pièces'
  ['fr-FR', '517/4086 12 pièces', '517/4086 12 pièces'],
  // main: '[PHONE] stuks'
  ['nl-NL', '517/4086 12 stuks', '517/4086 12 stuks'],
  // main: '[PHONE] 2 قطع'
  ['ar-EG', '376/32579 2 قطع', '376/32579 2 قطع'],
  // main: '3 x [PHONE] Stück'
  ['de-DE', '3 x 494-2821035 1 Stück', '3 x 494-2821035 1 Stück'],
  // main: '8 × [PHONE] 3 点'
  ['ja-JP', '8 × 2024-305287 3 点', '8 × 2024-305287 3 点'],
  // main: '4 x\n[PHONE] unidades'
  ['pt-BR', '4 x\n982 518 232 5 unidades', '4 x\n982 518 232 5 unidades'],
  // main: 'v [PHONE], Bestellung 211-7471008'
  ['de-DE', 'v 4.79.7366.3883, Bestellung 211-7471008', 'v 4.79.7366.3883, Bestellung 211-7471008'],
  // main: '₹1,24,[CARD]' (LEFT in auditSession57Fresh)
  ['en-IN', '₹1,24,999 98765 43210', '₹1,24,999 [PHONE]'],
  // main: 'Rs. 1,24,[CARD]'
  ['en-IN', 'Rs. 1,24,999 98765 43210', 'Rs. 1,24,999 [PHONE]'],
  // main: '₹1,24,999 98765 43211' (no card: the mobile stayed, read with the amount's group)
  ['en-IN', '₹1,24,999 98765 43211', '₹1,24,999 [PHONE]'],
];

// As before (each the same on main): phones listed after a phone's label or printed otherwise
// than an order's first value, a "/" after a trunk-led code or between phones, Italy's "347/…",
// amounts before a mobile or a card, a Czech "v" before a time, quantities and versions.
const LOOKALIKES: readonly Row[] = [
  ['de-DE', 'Tel 030 1234567, 030 2345678 2 Stück', 'Tel [PHONE], [PHONE] Stück'],
  ['de-DE', 'Bestellnummer 4711 0815, 030 2345678', 'Bestellnummer 4711 0815, [PHONE]'],
  ['de-DE', 'Bestellnummer 4711 0815, Tel 030 2345678', 'Bestellnummer 4711 0815, Tel [PHONE]'],
  [
    'de-DE',
    'Bestellnummer 4711 0815, Rückruf 0151 23456789',
    'Bestellnummer 4711 0815, Rückruf [PHONE]',
  ],
  ['en-US', 'Order 12345, 212 555 0187', 'Order 12345, [PHONE]'],
  ['en-US', 'Order 4711 and 212 555 0187', 'Order 4711 and [PHONE]'],
  ['en-IN', 'Invoice 4711 0815 and 98765 43210', 'Invoice 4711 0815 and [PHONE]'],
  [
    'de-DE',
    'Bestellung 1234 5678, 1234 5678 9012 3456',
    'Bestellung 1234 5678, 1234 5678 9012 3456',
  ],
  [
    'fr-FR',
    'Commande n° 663 598 331 / 858 118 526 / 612 559 157',
    'Commande n° 663 598 331 / 858 118 526 / 612 559 157',
  ],
  ['en-US', '212 555 0187/212 555 0188', '[PHONE]/[PHONE]'],
  ['en-US', '1/212 555 0187', '[PHONE]'],
  ['de-DE', '030/1234567', '[PHONE]'],
  ['de-AT', '0664/1234567', '[PHONE]'],
  ['sv-SE', '08/123 45 67', '[PHONE]'],
  ['it-IT', 'cell. 347/1234567', 'cell. [PHONE]'],
  ['it-IT', '347/1234567', '[PHONE]'],
  ['fr-FR', 'tel 06 12 34 56 78 / 06 98 76 54 32', 'tel [PHONE] / [PHONE]'],
  ['nl-NL', 'bel 06-12345678 / 020-1234567', 'bel [PHONE] / [PHONE]'],
  ['de-DE', 'Seite 12/13, Bestellung 4711 0815', 'Seite 12/13, Bestellung 4711 0815'],
  ['en-IN', '₹999 98765 43210', '₹999 [PHONE]'],
  ['pt-BR', 'R$ 50,00 11 98765-4321', 'R$ 50,00 [PHONE]'],
  ['en-US', '$1,999 4111 1111 1111 1111', '$1,999 [CARD]'],
  ['cs-CZ', 'volejte v 9.30 na 602 123 456', 'volejte v 9.30 na [PHONE]'],
  ['de-DE', 'Menge 3 x 12 Stück', 'Menge 3 x 12 Stück'],
  ['de-DE', '3 x 4711 à 12,99 €', '3 x 4711 à 12,99 €'],
  ['de-DE', '3x 0151 23456789 angerufen', '3x [PHONE] angerufen'],
  ['de-DE', 'Version 4.79.7366.3883', 'Version 4.79.7366.3883'],
  // A quantity before a number printed as the country's own phones are (no trunk "0" leads them
  // there): still a phone (the lead's review of V58c: its first quantity rule kept these).
  ['en-US', '2 x 212 555 0187', '2 x [PHONE]'],
  ['en-US', 'qty 2 x 212-555-0187', 'qty 2 x [PHONE]'],
  ['pl-PL', '2 x 602 345 678', '2 x [PHONE]'],
  ['it-IT', '2 x 347 123 4567', '2 x [PHONE]'],
  ['es-ES', '2 x 612 34 56 78', '2 x [PHONE]'],
];

// Left by V58c (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // (V59f fixed the labels wrapped to the line above, the list wrapped inside a value, the "/"
  // lists in Spain, Poland, Brazil and Italy, and the number inside a "/" list's value:
  // auditSession59Lookalikes.test.ts FIXED.)
  // (An Indian amount in lakhs with its decimals before a mobile, "₹1,24,999.00 98765 43210":
  // fixed by V60b, the window read past the amount's last group and decimals, in
  // auditSession60Leaks.test.ts FIXED.)
];

describe('session 58: look-alikes of order, article and amount shapes (issue #14)', () => {
  for (const [name, rows] of [
    ['look-alikes fixed', FIXED],
    ['as before', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V58c (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
