// V60c's audit (2026-12-07, issue #14): a card's or a phone's reading that ended inside the next
// token, an amount with its decimals, a date, a time or a version written after the number, one
// space or a line break between: the token's first group went with the number and the rest of it
// stayed after the placeholder ("HZG-[CARD],45 €", "codice articolo [CARD]-12-06", "[PHONE],02
// €"). Found by a seeded generator (cards with issuers' prefixes, phones of eleven locales, ids;
// then amounts, percentages, dates, times and versions as each locale writes them): 770 of 20,000
// texts on main at 37074c3d, 46 since (all of them the row LEFT below). Each row is the whole
// output, written by hand before the fix; rows marked "main:" went so on main at 37074c3d.
// - card.ts reads a run's groups before such a token (tokenAfter.ts tokenEndAt) and its groups
//   after it as runs of their own; where neither holds a card, the reading of the run whole is
//   kept clear of the token, or, where the digits left in clear would make a Luhn-valid run of
//   13 to 19 (the token's first group and the groups a space or a dash joins to it), cut before
//   it at SHORT_HEAD, typed by a phone's reading where one reads it.
// - A card's block across lines does not take an amount, a date or a time on the next line.
// - phone.ts ends a span before an amount that ends it (tokenAfter.ts beforeAmount): its
//   decimals after a comma past the span, or after a point in it with a currency's sign, "%" or
//   three capitals after it ("+49 30 1234567 14.60 Uhr" is one Berlin number, as before).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const FIXED: readonly Row[] = [
  // main: 'HZG-[CARD],45 €' (the brief's: "8409-1773-9131 63" passes Luhn, and goes without the
  // amount's "63": fail closed, the twelve digits before it at SHORT_HEAD)
  ['de-DE', 'HZG-8409-1773-9131 63,45 €', 'HZG-[CARD] 63,45 €'],
  // main: 'codice articolo [CARD]-12-06' (V59i's LEFT row: twenty digits with the date, no run to
  // leave; "5293 5906 5871" alone is no card)
  [
    'it-IT',
    'codice articolo 5293 5906 5871 2026-12-06',
    'codice articolo 5293 5906 5871 2026-12-06',
  ],
  // main: 'tarjeta [CARD],68 €' (a Berlin number read over the card's end and the amount)
  ['de-DE', 'tarjeta 6545 2747 2096 9559 137,68 €', 'tarjeta [CARD] 137,68 €'],
  // main: 'carta [CARD],45 €'
  ['de-DE', 'carta 6269 2668 2131 2947 719 1.252,45 €', 'carta [CARD] 1.252,45 €'],
  // main: 'carte [CARD].7%'
  ['en-GB', 'carte 5170-8329-0154-5557 851.7%', 'carte [CARD] 851.7%'],
  // main: 'carte [CARD].7' (the text's end one digit past the mark)
  ['en-GB', 'carte 5170-8329-0154-5557 851.7', 'carte [CARD] 851.7'],
  // main: 'Karte [CARD]/06/06'
  ['hi-IN', 'Karte 4033355638690 2022/06/06', 'Karte [CARD] 2022/06/06'],
  // main: 'cartão [CARD].11.2027'
  ['es-ES', 'cartão 3421 1341 8586 655 26.11.2027', 'cartão [CARD] 26.11.2027'],
  // main: '[CARD]:18:06'
  ['hi-IN', '6284 2028 8910 5918 00:18:06', '[CARD] 00:18:06'],
  // main: 'tarjeta [CARD].2.4'
  ['fr-FR', 'tarjeta 3735 5434 7513 256 4.2.4', 'tarjeta [CARD] 4.2.4'],
  // main: 'ref [CARD]h12' (no card: "5665 4105 7956 00" passes Luhn, the twelve digits go)
  ['en-US', 'ref 5665 4105 7956 00h12', 'ref [CARD] 00h12'],
  // main: 'Bestellung [CARD].57 Uhr'
  ['it-IT', 'Bestellung 7539 3661 3321 68 04.57 Uhr', 'Bestellung [CARD] 04.57 Uhr'],
  // main: 'codice articolo [CARD]/12/2022'
  ['en-GB', 'codice articolo 7496-2589-2334 04/12/2022', 'codice articolo [CARD] 04/12/2022'],
  // main: 'card [CARD]/03/2020' (the day's "26" read as an 18-digit Discover's last group)
  ['fr-FR', 'card 6011 9523 1300 0396\n26/03/2020', 'card [CARD]\n26/03/2020'],
  // main: 'Bestellung [CARD],63€' (the lines read as one card; "3094-0773-3334" alone is none)
  ['pt-BR', 'Bestellung 3094-0773-3334\n689,63€', 'Bestellung 3094-0773-3334\n689,63€'],
  // main: the whole line (a real card after a date in one run: twenty-four digits, no edge
  // window's four left over; the groups after the date are read as a run of their own now)
  ['de-DE', 'Bestellung 4711 2026-12-06 4111 1111 1111 1111', 'Bestellung 4711 2026-12-06 [CARD]'],
  // main: '[PHONE],02 €'
  ['es-ES', '+34 612 660 510 845,02 €', '[PHONE] 845,02 €'],
  // main: 'Tel. [PHONE],630.48 USD'
  ['en-US', 'Tel. (212) 555-0271 2,630.48 USD', 'Tel. [PHONE] 2,630.48 USD'],
  // main: 'phone 91 [PHONE],97 €' (a mobile's nine digits read from the amount's "15")
  ['es-ES', 'phone 91 619 35 31 15,97 €', 'phone [PHONE] 15,97 €'],
  // main: 'phone [PHONE],5 %'
  ['pl-PL', 'phone +48 600 400 516 10,5 %', 'phone [PHONE] 10,5 %'],
  // main: '[PHONE],50 €'
  ['de-DE', '+49 151 23456789 12,50 €', '[PHONE] 12,50 €'],
  // main: '[PHONE],1 %'
  ['de-DE', '0171 0945815 341,1 %', '[PHONE] 341,1 %'],
  // main: 'Tel. [PHONE].52€'
  ['hi-IN', 'Tel. 9800333237 414.52€', 'Tel. [PHONE] 414.52€'],
  // main: 'tel [CARD].40 USD' (the number and the amount's "844" passed Luhn)
  ['en-US', 'tel 212-555-0188 844.40 USD', 'tel [PHONE] 844.40 USD'],
  // main: 'Tel. [CARD],27 €'
  ['it-IT', 'Tel. 347 745 1818 949,27 €', 'Tel. [PHONE] 949,27 €'],
  // main: 'call [PHONE]/09/11'
  ['en-GB', 'call +44 7911 107612 2026/09/11', 'call [PHONE] 2026/09/11'],
];

// As before: a card in fours before an amount (the brief's) or a version, numbers and amounts,
// dates and times that no reading touches, a phone before a time, a date, a count, a German time
// with "Uhr" (and a Berlin number read over "14.60", no time), a card's expiry and code, an IBAN
// before an amount, an amount before a phone, a card's first 16 digits before a year, a shipment's
// number in fours before an amount.
const LOOKALIKES: readonly Row[] = [
  ['de-DE', 'Karte 4111 1111 1111 1111 63,45 €', 'Karte [CARD] 63,45 €'],
  ['de-DE', '4111 1111 1111 1111 1.0.2', '[CARD] 1.0.2'],
  ['de-DE', 'Bestellung 4711 63,45 €', 'Bestellung 4711 63,45 €'],
  ['de-DE', 'Rechnung 2026-12-06 63,45 €', 'Rechnung 2026-12-06 63,45 €'],
  ['de-DE', 'Summe 1.234,56 € am 06.12.2026 um 12:30', 'Summe 1.234,56 € am 06.12.2026 um 12:30'],
  ['en-US', 'v2.14.3 2024-05-01', 'v2.14.3 2024-05-01'],
  ['de-DE', 'Menge 3 12,50 €', 'Menge 3 12,50 €'],
  ['en-US', 'Order 12345 2026-12-06 12:30', 'Order 12345 2026-12-06 12:30'],
  ['en-US', 'Invoice 558812 2,630.48 USD', 'Invoice 558812 2,630.48 USD'],
  ['es-ES', 'pedido 4711 2026-12-06', 'pedido 4711 2026-12-06'],
  ['fr-FR', 'Commande 12 345 678 12,50 €', 'Commande 12 345 678 12,50 €'],
  ['pl-PL', 'Zamówienie 1234 5678 9012 10,5 %', 'Zamówienie 1234 5678 9012 10,5 %'],
  ['de-DE', '+49 30 1234567 14.30 Uhr', '[PHONE] 14.30 Uhr'],
  ['de-DE', '+49 30 1234567 14.60 Uhr', '[PHONE] Uhr'],
  ['de-DE', '0151 23456789 12:30', '[PHONE] 12:30'],
  ['de-DE', 'tel 0151 23456789 43 Stück', 'tel [PHONE] 43 Stück'],
  ['fr-FR', '+33 6 12 34 56 78 01.05.2024', '[PHONE] 01.05.2024'],
  ['en-GB', '020 7946 0018 2026/09/11', '[PHONE] 2026/09/11'],
  ['en-US', 'card 4111 1111 1111 1111 12/27 123', 'card [CARD] 12/27 [CARD_CODE]'],
  ['de-DE', 'IBAN DE89 3704 0044 0532 0130 00 63,45 €', 'IBAN [IBAN] 63,45 €'],
  ['pt-BR', 'R$ 50,00 11 98765-4321', 'R$ 50,00 [PHONE]'],
  ['hi-IN', '₹1,24,999 98765 43210', '₹1,24,999 [PHONE]'],
  ['it-IT', 'codice articolo 5293 5906 5871 2026', 'codice articolo [CARD]'],
  [
    'en-US',
    'Tracking 4753 0044 2079 4600 18 12.50 USD',
    'Tracking 4753 0044 2079 4600 18 12.50 USD',
  ],
];

// Found by V60c and left (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // An American Express card, then a date with its year first and slashes ("2020/03/16", as
  // Japan and China write one): its year read as the card's four-digit code and "03/16" as its
  // expiry (cardData.ts AFTER_CARD takes "/" between a code and its expiry, "… 1234/03/27").
  // Left: a code that reads as a year is a code one time in 1,250, and the code is sensitive
  // authentication data (PCI DSS 3.3.1); which reading wins is the lead's call. All 46 texts
  // of the generator's 20,000 that still end inside a token are this one (a space, ", " or a
  // line break between).
  [
    'pt-BR',
    'cartão 3400 802002 53988 2020/03/16',
    'cartão [CARD] 2020/03/16',
    "an Amex's code read from a date's year",
  ],
  // (A real card after a date that starts its run, "am 2026-12-06 4111 1111 1111 1111", is read
  // since V60i: auditSession60CardAfterToken.)
  // (A labelled Dutch "mobile" before a time, "Tel. +31 6 73589344 08:38", goes whole since V61c,
  // typed as a card: the number is no valid one, auditSession61CardEdges.)
  // (Also left, in their files, the brief's rows that end in no token's tail: "0151 23456789
  // 4711 12:30" (auditSession57Beside: nothing goes, V56g's reading), "+1 212 555-0187 2125\n
  // 550187" (auditSession58RowsAndMarkers: one placeholder for both, a card's union), "(+44)
  // 2079460018 4714" (auditSession59OutDialAndRows: nothing goes).)
];

describe('session 60: a reading that ended inside the next token (issue #14)', () => {
  for (const [name, rows] of [
    ['an amount, a date, a time or a version read whole or not at all', FIXED],
    ['look-alikes that stay as they were', LOOKALIKES],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V60c (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
