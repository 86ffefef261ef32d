// V64a's audit (2026-12-07, issue #14): part of a customer's value left in clear beside its mark.
// Each row is the whole output, written by hand before the fix; rows marked "main:" went so on
// main at e8697d3d.
// - card.ts reads a year alone that leads a run as a token, the rest a run of its own (V63c), but
//   not a shipment's number in fours after its tracking word (cardCodes.ts shipmentInFours): "2026
//   4111 1111 1111 1111" after "tracking number" left the card whole. Since V64a it does where the
//   sixteen digits after the year pass Luhn and open with an issuer's digit (cardAfterYear): no
//   carrier's number of twenty digits opens with a year (of 4,000 generated with their check
//   digits, DHL's "00 34 0434 …", USPS's 22-digit "9400"/"9205"/"9361"/"9270"/"9407" and 20-digit
//   "7019"-"7022"/"0300"/"2301"/"2310": none changed; of 1,000 year-led ones, 44 held such a card
//   and go as "[CARD]" after the year).
// - phone.ts phoneInsideFound (V63b) cuts a span as a value then a phone where a number found at
//   its start ends inside the phone. It read a rest of digits and spaces only in the groups of
//   the national format, and only a rest that runs to the span's end: "Tel.: 722180 612 345 678"
//   (a Spanish mobile in threes) and "call me 8457 212 555 0187 12" (a count after the phone) left
//   "345 678" and "0187" beside the mark. Since V64a a rest in any groups, where the number found
//   is printed as none at home and led by no trunk "0", its last group three digits or more;
//   and, where the span whole holds none, the span without its last group of one to four digits.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const FIXED: readonly Row[] = [
  // main: the whole text (auditSession63TokensBeside2's LEFT row)
  ['en-US', 'tracking number 2026 4111 1111 1111 1111', 'tracking number 2026 [CARD]'],
  // main: the whole text
  ['en-US', 'tracking number 2026 4111-1111-1111-1111', 'tracking number 2026 [CARD]'],
  ['de-DE', 'Sendungsnummer: 2024 5500 0000 0000 0004', 'Sendungsnummer: 2024 [CARD]'],
  ['fr-FR', 'numéro de suivi 1999 4111 1111 1111 1111', 'numéro de suivi 1999 [CARD]'],
  ['en-GB', 'tracking number 2026 4111 1111 1111 1111 x2', 'tracking number 2026 [CARD] x2'],
  [
    'pt-BR',
    'código de rastreamento 2025 6011 0000 0000 0004',
    'código de rastreamento 2025 [CARD]',
  ],
  // main: 'call me [PHONE] 0187 12' (auditSession63AfterValueList's LEFT row)
  ['en-US', 'call me 8457 212 555 0187 12', 'call me 8457 [PHONE] 12'],
  // main: 'call me [PHONE] 0187 2024'
  ['en-US', 'call me 8457 212 555 0187 2024', 'call me 8457 [PHONE] 2024'],
  // main: 'Tel.: [PHONE] 345 678' (auditSession63AfterValueList's LEFT row)
  ['es-ES', 'Tel.: 722180 612 345 678', 'Tel.: 722180 [PHONE]'],
  // main: 'Tel.: [PHONE] 345 678'
  ['es-ES', 'Tel.: 722180 912 345 678', 'Tel.: 722180 [PHONE]'],
  // main: 'tel 6305 22 [PHONE]'
  ['pl-PL', 'tel 6305 22 123 45 67 37', 'tel 6305 [PHONE] 37'],
  // main: '[PHONE] 42 68 53 00 7'
  ['fr-FR', '1000000 01 42 68 53 00 7', '1000000 [PHONE] 7'],
];

// The same shapes beside orders' numbers, shipments', counts and years: the same on main.
const LOOKALIKES: readonly Row[] = [
  // Shipments' numbers with their check digits (GS1's mod 10): DHL's, USPS's.
  ['en-US', 'tracking number 0063 4043 4369 6618 7875', 'tracking number 0063 4043 4369 6618 7875'],
  ['de-DE', 'Sendungsnummer: 0033 4043 4715 2278 8140', 'Sendungsnummer: 0033 4043 4715 2278 8140'],
  ['fr-FR', 'numéro de suivi 0073 4043 4323 9844 8116', 'numéro de suivi 0073 4043 4323 9844 8116'],
  [
    'en-US',
    'tracking number 9407 0188 1454 0984 6109 91',
    'tracking number 9407 0188 1454 0984 6109 91',
  ],
  ['en-US', 'tracking number 0300 1398 8270 7403 7536', 'tracking number 0300 1398 8270 7403 7536'],
  [
    'en-US',
    'tracking number 9400 1000 0000 0000 0000 00',
    'tracking number 9400 1000 0000 0000 0000 00',
  ],
  // (Its first sixteen pass Luhn: V59i's shipment, no year first.)
  ['en-US', 'tracking number 5780 5335 7576 5198 6208', 'tracking number 5780 5335 7576 5198 6208'],
  // A year, then sixteen digits that pass no Luhn check, or open with no issuer's digit (those
  // pass Luhn: a shipment's as often).
  ['en-US', 'tracking number 2026 9111 1111 1111 1110', 'tracking number 2026 9111 1111 1111 1110'],
  ['en-US', 'tracking number 2024 7111 1111 1111 1114', 'tracking number 2024 7111 1111 1111 1114'],
  ['de-DE', 'Sendungsnummer: 2025 1034 5678 9012 3454', 'Sendungsnummer: 2025 1034 5678 9012 3454'],
  ['en-US', 'tracking number 2026 4111 1111 1111 1112', 'tracking number 2026 4111 1111 1111 1112'],
  ['en-US', 'tracking number 2026 9111 1111 1111 1111', 'tracking number 2026 9111 1111 1111 1111'],
  ['de-DE', 'Sendungsnummer: 2024 0815 4711 1234 5678', 'Sendungsnummer: 2024 0815 4711 1234 5678'],
  ['en-US', 'ref 2026 4711 2023 1234 5678', 'ref 2026 4711 2023 1234 5678'],
  ['de-DE', 'Rechnung 2024 4711 0815 1234 12', 'Rechnung 2024 4711 0815 1234 12'],
  // A phone and a value after it, a count, a value before a count.
  ['de-DE', 'tel 0151 23456789 4711', 'tel [PHONE] 4711'],
  ['de-DE', 'tel 0151 23456789 43 Stück', 'tel [PHONE] 43 Stück'],
  ['en-US', 'call me 8457 4711 2023 12', 'call me 8457 4711 2023 12'],
  ['en-US', 'call me 2024 12 items', 'call me 2024 12 items'],
  ['en-US', 'call me 212 555 0187 12', 'call me [PHONE]'],
  ['es-ES', 'Tel.: 722180 12 Stück', 'Tel.: 722180 12 Stück'],
  ['es-ES', 'Pedido 722180 612 345', 'Pedido 722180 612 345'],
  ['es-ES', 'Tel.: 612 345 678 2', 'Tel.: [PHONE]'],
  ['pl-PL', 'tel 120 512 345 678', 'tel 120 [PHONE]'],
  ['pl-PL', 'tel 120 512 345 2024', 'tel [PHONE] 2024'],
  ['en-US', 'Order 4711 2023 0815 12', 'Order 4711 2023 0815 12'],
];

// Found by V64a and left (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // Sixteen digits that pass Luhn, then a year: V59i's shipment in fours after its tracking word
  // (cardCodes.prop: its first sixteen pass Luhn one time in ten, its last group any four digits).
  // Left: a year last is a shipment's last group as often.
  [
    'en-US',
    'tracking number 4111 1111 1111 1111 2026',
    'tracking number [CARD] 2026',
    'a card, then a year, after a tracking word',
  ],
  // A year, a card and a count: the run holds 21 digits, and the year's lead is read only in 20
  // or fewer (V63c: "parcel 1976 4315 3203 0070 8944 73", 22 in fours, is a shipment's). On main.
  [
    'de-DE',
    'ref 1900 4111 1111 1111 1111 3 Stk.',
    'ref 1900 [CARD] 3 Stk.',
    'a year, a card and a count in one run',
  ],
  // An order's label: the gate drops the span, and valueThenPhoneAt reads a rest that runs to the
  // span's end (as V62a's "Bestellung 4711 0151 23456789 0815"). On main: the whole text.
  [
    'en-US',
    'Order 8457 212 555 0187 12',
    'Order 8457 [PHONE] 12',
    'a value, a phone and a count after an order’s label',
  ],
  // V64a's hunt (3,000 generated texts over ten locales, "label v phone w", "label v phone",
  // "label phone v", "(1) phone (2) phone n", cards after values: phones partly covered 55 on
  // main, 30 now). These stay partly in clear, each found there and not reached in the time:
  // - a number found that starts past the span's start (its last group alone, "23456789"), so
  //   phoneInsideFound, which reads one found at the start, is not asked;
  ['de-DE', 'tel 6 0151 23456789', 'tel 6 [PHONE]', 'a digit, then a mobile: "0151" stays'],
  ['de-DE', 'Tel.: 1248710 0171 2345678', 'Tel.: 1248710 [PHONE]', 'a value, then a mobile'],
  [
    'de-DE',
    'Handy (1) 0171 2345678 (2) 0151 23456789 2712',
    'Handy (1) [PHONE] (2) [PHONE] 2712',
    'a list of mobiles and a value after the last',
  ],
  // - a value and a mobile in threes, all of one width: read as one value's groups (tried:
  //   phoneWrappedLists.prop then met "tel 600 123 456\n600 …" lists read apart);
  ['pl-PL', 'tel 120 512 345 678 12', 'tel 120 [PHONE] 12', 'a value and a mobile in threes'],
  // - a count after a number that passes Luhn with it, read as a card from the area code on.
  ['en-GB', '020 7946 0018 81', '[PHONE] 81', 'a London number and a count: "020" stays'],
  ['pt-BR', 'tel 1 (11) 98765-4321 9624', 'tel 1 [PHONE] 9624', 'a count, a mobile, a value'],
  // No label and nothing found: a span is cut as a value then a phone only where its labels are
  // an order's or a number found ends inside the phone ("Kunde 4711 0151 23456789" stays, V61a).
  ['fr-FR', '1000000 01 42 68 53 00', '1000000 [PHONE]', 'a value, then a phone, no label'],
];

describe('session 64: partial leaks beside a phone, and a card after a tracking word (issue #14)', () => {
  for (const [name, rows] of [
    ['the card or the whole phone goes, the value stays', FIXED],
    ['look-alikes that stay as they were', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V64a (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
