// V64b's audit (2026-12-07, issue #14): the properties' counterexamples on seeds 1 to 6 (CI runs
// seed 20261130 alone). Each row is the whole output, written by hand; rows marked "main:" went so
// on main at e8697d3d, each group with look-alikes that stay as they were.
// - cardData.prop's oracle read an amount after a card's code as V60c did (three digits or fewer
//   before ".50"), the recognizer as V61c does (four to six, no "0" first): "card 4000 0000 0000
//   0002 2000.50" keeps the amount and the card goes. The oracle was wrong; it reads V61c now.
// - cardBesideNumber.prop's wrong-Luhn half kept a card whose first four groups of four are
//   Luhn-valid ("6884 0442 4728 4009 01 10000"), which its other half (and card.ts) reads as a
//   card beside a number: its precondition now leaves such cards to that half.
// - phoneAfterValue cuts a span after an order's or a parcel's label inside groups of one width:
//   "Parcel 10000 2000 0300 0000 003" reads "0300 0000 003" as a UK number after the value "10000
//   2000". Left (the lead, at the merge): the rule V64b wrote kept a German mobile in fours after
//   a value in fours too ("Sendung 98765 4321 0151 2345 6789"), a leak for a false positive.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

// A value then a phone after an order's or a parcel's label, as main reads them: the phone goes,
// a value in one width whole stays. (V64b's rule "no phone cut from inside groups of one width"
// kept "Parcel 10000 2000 0300 0000 003" but kept a mobile in fours after a value in fours too,
// "Sendung 98765 4321 0151 2345 6789": a leak for a false positive, not merged; its rows are LEFT.)
const GROUPS_OF_ONE_WIDTH_AFTER_A_VALUE: readonly Row[] = [
  ['de-DE', 'Sendung 98765 4321 0151 2345 6789', 'Sendung 98765 4321 [PHONE]'],
  ['de-DE', 'Bestellung 12 4711 0151 2345 6789', 'Bestellung 12 4711 [PHONE]'],
  // As before: a value in one width whole, a parcel's number with a count or in groups of three,
  // a DHL number, a value then a short rest; a phone after a value of another width still goes.
  ['en-GB', 'Parcel 2000 0300 0000 003 arrived', 'Parcel 2000 0300 0000 003 arrived'],
  ['de-DE', 'Bestellung 10000 2000 0300 0000 003', 'Bestellung 10000 2000 0300 0000 003'],
  ['de-DE', 'Sendung 123 456 030 123 456', 'Sendung 123 456 030 123 456'],
  ['en-GB', 'Parcel 10000 2000 0300 0000, 3 items', 'Parcel 10000 2000 0300 0000, 3 items'],
  ['de-DE', 'Sendung 0034 0434 1234 5678 90', 'Sendung 0034 0434 1234 5678 90'],
  ['de-DE', 'Bestellung 12345 0815 4711', 'Bestellung 12345 0815 4711'],
  ['de-DE', 'Bestellung 4711 0151 23456789', 'Bestellung 4711 [PHONE]'],
  ['en-GB', 'Parcel 10000 0300 0000 003 arrived', 'Parcel 10000 [PHONE] arrived'],
];

// The recognizer was right where cardData.prop's oracle was not (seeds 1 to 3): an amount after a
// card's code or expiry stays, the card goes.
const AMOUNT_AFTER_A_CARD: readonly Row[] = [
  ['en-US', 'card 4000 0000 0000 0002 2000.50', 'card [CARD] 2000.50'],
  ['en-US', 'card 4000000000000002 0127 7000.50', 'card [CARD] 0127 7000.50'],
  ['en-US', 'card 4000000000000002 000 1028.50', 'card [CARD] 000 1028.50'],
  ['en-US', 'card 4000 0000 0000 0002 2000 50', 'card 4000 0000 0000 0002 2000 50'],
];

// Left by V64b (each stays as shown; the fix is the row's `want`).
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // A parcel's number in groups of one width after a value (cardBesideNumber.prop, seed 2): its
  // tail "0300 0000 003" reads as a UK number after the value "10000 2000". A rest in the width of
  // the value's last group told apart so (V64b) keeps a German mobile in fours after a value in
  // fours as well: fail closed, the false positive stays until a reading tells the two apart.
  [
    'en-GB',
    'Parcel 10000 2000 0300 0000 003 arrived',
    'Parcel 10000 2000 0300 0000 003 arrived',
    'groups of one width after a value (false positive)',
  ],
  ['en-GB', 'Order 12345 2000 0300 0000 003', 'Order 12345 2000 0300 0000 003', 'as above'],
  [
    'en-GB',
    'Tracking 10000 2000 0300 0000 003 arrived',
    'Tracking 10000 2000 0300 0000 003 arrived',
    'as above',
  ],
  // ('Bestellung 4711 0151 2345 6789', a mobile in fours after a value in fours, fixed by V64i:
  // auditSession64ValueThenMobileGroups.)
  [
    'en-GB',
    'Parcel 3860 9984 3507 55-10000000 arrived',
    'Parcel [CARD]-10000000 arrived',
    'cardBesideNumber.prop seed 1: the card, 14 digits in fours, takes the number a dash glues to its short last group (card.ts reads the run whole); with a space it stays',
  ],
  [
    'en-GB',
    'Parcel 2000 0200 0700 0 10000 arrived',
    'Parcel 2000 0200 0700 0 10000 arrived',
    'cardBesideNumber.prop seed 3: groups 2 to 5 of one run, 4-4-1-5 and "0" first, pass Luhn and go as a card (0.6); which of card.ts\'s windows reads them is not found yet',
  ],
  [
    'en-GB',
    'Parcel 2000 0000 0000 7408 100000 arrived',
    'Parcel 2000 0000 0000 7408 100000 arrived',
    'cardBesideNumber.prop seed 4: "7408 100000" is a UK mobile printed at home without its trunk after a value in fours; the rest\'s last group is wider, so no print in one width runs over the cut, and keeping it would keep "Order 4711 0815 7408 100000" too',
  ],
  [
    'de-DE',
    'Bestellung 300 004 304/210 201 100',
    'Bestellung 300 004 304/210 201 100',
    'phoneLabelWrapped.prop seed 1: a "/" list of values in threes with a "00" group in the first; "201 100" goes as a phone, the reading is in phone.ts\'s "/" lists, not found in time',
  ],
  [
    'sv-SE',
    '90/100 410 100 10 st',
    '90/100 410 100 10 st',
    'phoneLabelWrapped.prop seeds 4 and 5: a value "/" a value in threes and a count: "410 100 10" goes as a Swedish number, the count with it',
  ],
  ['sv-SE', '11000/100 270 100 10 st', '11000/100 270 100 10 st', 'as above (seed 5)'],
  [
    'pt-BR',
    'CPF 016.\n400.000-39',
    'CPF 016.\n400.000-39',
    "wraps.prop seeds 4 and 5: a CPF wrapped inside its groups, its check digit broken: the line after the wrap goes as a Brazilian number (4000-0039), the label's reach ending at the wrap",
  ],
];

describe("session 64: the properties' counterexamples on seeds 1 to 6 (issue #14)", () => {
  for (const [name, rows] of [
    [
      "a value then a phone after an order's label, as main reads them",
      GROUPS_OF_ONE_WIDTH_AFTER_A_VALUE,
    ],
    ["an amount after a card's code or expiry stays", AMOUNT_AFTER_A_CARD],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V64b (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
