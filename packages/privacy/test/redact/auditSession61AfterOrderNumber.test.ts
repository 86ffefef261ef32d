// V61a's audit (2026-12-07, issue #14): a phone right after the value an order's, an invoice's
// or a shipment's label names, in one span of phone characters ("Bestellung 4711 0151 23456789",
// "Order #4711 (212) 555-0187"), or after a value with no label. Each row is the whole output,
// written by hand before the fix; rows marked "main:" went so on main at fae8891a, each group with
// look-alikes that stay as they were.
// - The order's label names its value, the first number after it (context.ts: a digit after the
//   label ends its reach), but the span held the value and the phone as one, its labels read at
//   its start were the order's, and the gate (phone.ts mayAccept) dropped both: "Order #4711,
//   212-555-0187" went, "Order #4711 212-555-0187" stayed. The span is now cut before a rest
//   printed as a phone and valid whole (phoneAfterValue.ts), which reads its own labels.
// - With no label, the matcher reads the value and the phone's head as one number ("Kunde 4711
//   0151 23456789" keeps "23456789"): left (LEFT below), the cut costs too much asked of every span.
// - A list's next value is printed as its first with at most a count of one or two digits after
//   it (phoneLookalikes.ts listHeadBefore): the print's length was read, and any last group of up
//   to nine digits passed as a count ("Bestellung 4711, 0151 23456789": "4 8" for "4").
// Hunted with a seeded generator (an order's, invoice's, shipment's or customer's label in eleven
// locales, a value of 3-20 digits in the desks' groups, "#", "Nr.", "n°", ":" or nothing, then " ",
// ", ", " - ", " / " or "; " and a phone of libphonenumber-js's examples, seventeen countries,
// national and international): 357 of 1,500 texts went wrong on main, 105 after, none a phone
// left whole but the LEFT rows below; the rest a value taken by the card reading with the phone
// (Luhn over both, as on main).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const AFTER_ORDER_VALUE: readonly Row[] = [
  // main: each row whole
  ['de-DE', 'Bestellung 4711 0151 23456789', 'Bestellung 4711 [PHONE]'],
  ['en-US', 'Order 4711 (212) 555-0187', 'Order 4711 [PHONE]'],
  ['en-US', 'Order #4711 212-555-0187', 'Order #4711 [PHONE]'],
  ['en-US', 'Order 4711 212 555 0187', 'Order 4711 [PHONE]'],
  ['fr-FR', 'Commande 4711 06 12 34 56 78', 'Commande 4711 [PHONE]'],
  ['es-ES', 'Pedido 4711 612 34 56 78', 'Pedido 4711 [PHONE]'],
  // (A value of one or two digits, the span whole no number: nine digits of phone, ten in all.)
  ['es-ES', 'Pedido 7 612 34 56 78', 'Pedido 7 [PHONE]'],
  ['es-ES', 'Pedido 47 612 34 56 78', 'Pedido 47 [PHONE]'],
  ['pl-PL', 'Zamówienie 4711 600 123 456', 'Zamówienie 4711 [PHONE]'],
  ['nl-NL', 'Bestelling 4711 06 12345678', 'Bestelling 4711 [PHONE]'],
  ['sv-SE', 'Order 4711 070-123 45 67', 'Order 4711 [PHONE]'],
  ['pt-BR', 'Pedido 4711 (11) 96123-4567', 'Pedido 4711 [PHONE]'],
  ['en-GB', 'Order 4711 07400 123456', 'Order 4711 [PHONE]'],
  ['de-DE', 'Bestellung 4711 0151/23456789', 'Bestellung 4711 [PHONE]'],
  ['de-DE', 'Bestellung 4711 0151 23456789 Danke', 'Bestellung 4711 [PHONE] Danke'],
  ['en-US', 'Order 4711 (212) 555-0187 ext. 12', 'Order 4711 [PHONE] ext. 12'],
  // main: whole; a value with dashes, a customer's number
  ['de-DE', 'Kundennummer 106-2200672 0151 23456789', 'Kundennummer 106-2200672 [PHONE]'],
  // main: whole ("1 / (201) 555-0123" is a valid US number too: a rest with a " / " in it is a
  // value's list, not a phone)
  [
    'en-US',
    'Customer number #106 362 115 1 / (201) 555-0123',
    'Customer number #106 362 115 1 / [PHONE]',
  ],
  // main: whole (a shipment's groups then a phone; with no label, as after a UPS number, the row
  // stays in auditSession60ProductCodes' LEFT)
  ['de-DE', 'Sendung 0000 0000 0151 23456789', 'Sendung 0000 0000 [PHONE]'],
];

const APART_FROM_VALUE: readonly Row[] = [
  // main: each row whole (a " - " or " / " between the value and the phone)
  ['en-US', 'Invoice 4711 - (212) 555-0187', 'Invoice 4711 - [PHONE]'],
  ['de-DE', 'Rechnung 4711 / 0151 23456789', 'Rechnung 4711 / [PHONE]'],
  ['fr-FR', 'Facture n° 4711 / 06 12 34 56 78', 'Facture n° 4711 / [PHONE]'],
  ['it-IT', 'Ordine 4711 - 312 345 6789', 'Ordine 4711 - [PHONE]'],
  ['de-DE', 'Auftrag 298 404 893 - 030 1234567', 'Auftrag 298 404 893 - [PHONE]'],
];

const LIST_COUNT: readonly Row[] = [
  // main: whole (the mobile read as the list's next value after "4711")
  ['de-DE', 'Bestellung 4711, 0151 23456789', 'Bestellung 4711, [PHONE]'],
];

// As before: an order's value in groups, of one width or not, a year, a date, a count, an amount,
// a list of values; a rest of spaces only in fewer than nine digits, or none a trunk leads or the
// country prints so at home; a number cut short of its area code.
const LOOKALIKES: readonly Row[] = [
  ['de-DE', 'Bestellung 4711 2023 0815', 'Bestellung 4711 2023 0815'],
  ['en-US', 'Order 4711 2023', 'Order 4711 2023'],
  ['de-DE', 'Sendung 0034 0434 1234 5678 90', 'Sendung 0034 0434 1234 5678 90'],
  [
    'de-DE',
    'Sendung 0034 0434 1234 5678 90 - 2 Pakete',
    'Sendung 0034 0434 1234 5678 90 - 2 Pakete',
  ],
  ['de-DE', 'Auftrag 298 404 893', 'Auftrag 298 404 893'],
  ['de-DE', 'Bestellung 12345 0815 4711', 'Bestellung 12345 0815 4711'],
  ['de-DE', 'Bestellung 4711 0815 4711', 'Bestellung 4711 0815 4711'],
  ['de-DE', 'Bestellung 4711 0815 / 4712 0816', 'Bestellung 4711 0815 / 4712 0816'],
  [
    'de-DE',
    'Bestellnummer 4711 0815, 4711 0816 2 Stück',
    'Bestellnummer 4711 0815, 4711 0816 2 Stück',
  ],
  ['de-DE', 'Bestellung 4711, 4712 und 4713', 'Bestellung 4711, 4712 und 4713'],
  ['en-US', 'Order 4711 2023-12-05', 'Order 4711 2023-12-05'],
  ['en-US', 'Tracking 1234 5678 9012 3456 78', 'Tracking 1234 5678 9012 3456 78'],
  ['pl-PL', 'Zamówienie 123 456 789 012', 'Zamówienie 123 456 789 012'],
  ['pl-PL', 'Zamówienie 4711 123 456', 'Zamówienie 4711 123 456'],
  ['fr-FR', 'Commande 4711 12 articles', 'Commande 4711 12 articles'],
  ['fr-FR', 'Commande 4711 du 05/12/2026', 'Commande 4711 du 05/12/2026'],
  ['fr-FR', 'Commande 4711 / 4712 / 4713', 'Commande 4711 / 4712 / 4713'],
  ['de-DE', 'Rechnung 2024 0012 3456', 'Rechnung 2024 0012 3456'],
  ['de-DE', 'Rechnung 4711 0815-12', 'Rechnung 4711 0815-12'],
  ['de-DE', 'Bestellung 4711 3 Stück 49,90 €', 'Bestellung 4711 3 Stück 49,90 €'],
  ['en-US', 'Order 4711 2 items 19.99', 'Order 4711 2 items 19.99'],
  ['en-US', 'Order 4711 - 4712', 'Order 4711 - 4712'],
  ['en-US', 'Invoice 4711 / 2024', 'Invoice 4711 / 2024'],
  ['en-US', 'Invoice 4711-2023-0815', 'Invoice 4711-2023-0815'],
  ['en-US', 'Order 4711 555-0187', 'Order 4711 555-0187'],
  ['es-ES', 'Pedido 4711 12 34 56', 'Pedido 4711 12 34 56'],
  ['es-ES', 'Pedido 4711 / 12 unidades', 'Pedido 4711 / 12 unidades'],
  ['it-IT', 'Ordine 4711 1234 567', 'Ordine 4711 1234 567'],
  ['it-IT', 'Ordine 4711 - 2024', 'Ordine 4711 - 2024'],
  ['de-DE', 'Sendung 1234 5678 9012', 'Sendung 1234 5678 9012'],
  ['de-DE', 'Auftrag 123-4567 2024', 'Auftrag 123-4567 2024'],
  ['de-DE', 'Auftrag 4711 0815 12', 'Auftrag 4711 0815 12'],
  ['de-DE', 'Bestellnr. 4711 0151 2345', 'Bestellnr. 4711 0151 2345'],
  ['en-GB', 'Invoice 2024 0001 2345', 'Invoice 2024 0001 2345'],
  ['en-GB', 'Order 4711 0800', 'Order 4711 0800'],
  ['nl-NL', 'Bestelling 4711 2024 12', 'Bestelling 4711 2024 12'],
  // A phone alone, or one a country's calling code leads without its "+", goes whole as before.
  ['en-US', '1 212 555 0187', '[PHONE]'],
  ['de-DE', '2050 030 1234567', '[PHONE]'],
  ['de-DE', 'Bestellung 4711\n0151 23456789', 'Bestellung 4711\n[PHONE]'],
];

// Left by V61a (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  [
    'el-GR',
    'Παραγγελία 4711 6912345678',
    'Παραγγελία 4711 [PHONE]',
    // A bare run of ten digits with no label stays in every locale (mayAccept: a bare run needs a
    // phone's label or a trunk "0"); Greece has no trunk. Not the order's label: "6912345678"
    // alone stays too.
    'a Greek mobile written bare after an order’s value',
  ],
  [
    'es-ES',
    'Pedido 4711 91 123 45 67',
    'Pedido 4711 [PHONE]',
    // Madrid's landlines are written "91 123 45 67" as often as libphonenumber's "911 23 45 67";
    // Spain has no trunk, and a rest of spaces only is read as a phone only in its national print
    // (a spaced rest in another print is as often a value’s groups).
    'a Spanish landline in a print libphonenumber does not set',
  ],
  [
    'pl-PL',
    'Przesyłka 235 512 345 678',
    'Przesyłka 235 [PHONE]',
    // A value of three digits, then a Polish mobile in threes: groups of one width, one value's
    // (as "Zamówienie 123 456 789 012" is).
    'a three-digit value before a mobile in threes',
  ],
  [
    'el-GR',
    'Παραγγελία n° 314443403 691 234 5678',
    'Παραγγελία n° 314443403 [PHONE]',
    // The value's and the phone's digits pass Luhn together: the card reading holds them whole
    // (as on main; the phone goes, the value with it). A card reading's, not a phone's.
    'a card read over an order’s value and a phone',
  ],
  // With no label the span is not cut (V61a, second round): asked of every spaced span, the
  // cut's look-up, regexes and libphonenumber's validity per space cost 36% more of the redact
  // pass (hotPass OUTSIDE 748M against 551M). A cheap gate first is the way back.
  // ('Kunde 4711 0151 23456789' fixed by V63b: auditSession63AfterValueList.)
  [
    'fr-FR',
    'Client 106-2200672 06 12 34 56 78',
    'Client 106-2200672 [PHONE]',
    'no label ("Client" labels nothing): the span read whole, no number',
  ],
  [
    'de-DE',
    '4902 0151 23456789',
    '4902 [PHONE]',
    'no label: read whole as "+49 020151 23456789", which accept drops',
  ],
];

describe('session 61: a phone after an order’s number (issue #14)', () => {
  for (const [name, rows] of [
    ['a phone right after the value an order’s label names', AFTER_ORDER_VALUE],
    ['a " - " or " / " between the value and the phone', APART_FROM_VALUE],
    ['a comma between the value and a mobile of its first group’s width', LIST_COUNT],
    ['look-alikes as before', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V61a (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
