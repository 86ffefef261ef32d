// U51a's audit (2026-12-06, issue #14): the wrapped-number shapes session 50 left, and their family
// (a small generator over locales, numbers, separators, "\r\n" and "> " breaks, labels and brackets
// found the rest). Each row is the whole output, written by hand before the fix; each group has
// look-alikes that must stay as they are. On main at 4f9fe418 every row marked "main:" went so.
// - A national number wrapped after its area's or network's code, then another after it on the
//   same line ("tel 0151\n23456789 0151\n23456789"). The next line's stretch "23456789 0151" was
//   read whole, made no number with "0151", and the first stayed; the matcher read the middle
//   line alone as one German number ("23456789 0151"), leaving both ends. The stretch is now read
//   before a group that heads a number wrapped again (a line of digits after it), the span past a
//   wrapped number's end is read from there with that number's labels, and a trunk-led group
//   after a number found on the line is read as the next head.
// - A "00" head after a value of its own ("x 123457 0044 7911\n123456"): read since T70g only
//   right after a number found, for a column of totals ("totals:\n1200 0049 6700\n03"). It is
//   now read where its next line's part is one long group that ends the number as printed, or
//   where the number is written group for group as libphonenumber prints it, with four digits
//   or more on the next line, and not in fours.
// - A calling code in brackets ("(+44) 7911\n123456"): read from its "+" past the "(", the
//   placeholder took the ")" and left "([PHONE]". It is read from the "(" now.
// - A German number whose subscriber's part starts with "0" ("03 0000 0049 6701", "030
//   00000496701" to libphonenumber): no such number is given out, the "0" after an area's code
//   being the trunk prefix; unlabelled, it stays. (The brief's "totals:\n0000 0049 6700\n03 0000
//   0049 6700\n03" holds a Luhn-valid 14-digit line, "03 0000 0049 6700": it goes as a card, as it
//   does in every other locale, since redact never leaves a Luhn-valid 13-19 digit run.)
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const NATIONAL_HEADS: readonly Row[] = [
  // main: 'tel 0151\n[PHONE]\n23456789'
  ['de-DE', 'tel 0151\n23456789 0151\n23456789', 'tel [PHONE] [PHONE]'],
  // main: 'tel [PHONE] 0151\n23456789'
  ['de-DE', 'tel 0151 23456789 0151\n23456789', 'tel [PHONE] [PHONE]'],
  // main: 'tel [PHONE], 0151\n23456789'
  ['de-DE', 'tel 0151\n23456789, 0151\n23456789', 'tel [PHONE], [PHONE]'],
  ['de-DE', 'Telefon: 0151\r\n23456789; 030\r\n1234567', 'Telefon: [PHONE]; [PHONE]'],
  // main: 'tel [PHONE]\n1234567' ("030 1234567 030" is a valid Berlin number).
  ['de-DE', 'tel 030\n1234567 030\n1234567', 'tel [PHONE] [PHONE]'],
  ['de-DE', 'tel 0151\n23456789 (0151)\n23456789', 'tel [PHONE] [PHONE]'],
  ['de-DE', '> tel 0151\n> 23456789 0151\n> 23456789', '> tel [PHONE] [PHONE]'],
  ['de-DE', 'tel +49 151\n23456789 030\n1234567', 'tel [PHONE] [PHONE]'],
  ['de-DE', 'tel 0151\n23456789 0151\n23456789 0151\n23456789', 'tel [PHONE] [PHONE] [PHONE]'],
  ['fr-FR', 'tel 06 12 34\n56 78 06 12 34\n56 78', 'tel [PHONE] [PHONE]'],
  // The two numbers' first line passes Luhn: a card's reading holds it, the placeholder is one.
  ['fr-FR', 'tel 06 12 34 56 78 06 12 34\n56 78', 'tel [PHONE]'],
  ['en-US', 'tel 212\n555-0187 212\n555-0187', 'tel [PHONE] [PHONE]'],
  ['pl-PL', 'tel 600 123\n456 600 123\n456', 'tel [PHONE] [PHONE]'],
  // Look-alikes: more digits after the next line's part and no line after it, a value of its
  // own after a Polish head, an order's label (the list after it is an order's too), a quantity.
  ['pl-PL', 'tel 600 123\n456 789', 'tel 600 123\n456 789'],
  ['pl-PL', 'tel 600 123\n558812 is the order', 'tel 600 123\n558812 is the order'],
  ['pl-PL', 'Zamówienie 600 123\n456 600 123\n456', 'Zamówienie 600 123\n456 600 123\n456'],
  // (Session 52: the list's second number, a head led by the trunk "0" with no label of its own,
  // goes as it does on one line, "Bestellung 0151 23456789, [PHONE]"; the order's own stays.)
  ['de-DE', 'Bestellung 0151\n23456789, 0151\n23456789', 'Bestellung 0151\n23456789, [PHONE]'],
  ['de-DE', 'Bestellung 4711 0151\n2345, 0151\n2345', 'Bestellung 4711 0151\n2345, 0151\n2345'],
  ['de-DE', 'Menge 4711\n2345, 4711\n2345', 'Menge 4711\n2345, 4711\n2345'],
];

const OUT_DIALLED_ALONE: readonly Row[] = [
  // main: unchanged (nothing found)
  ['en-GB', 'x 123457 0044 7911\n123456', 'x 123457 [PHONE]'],
  ['en-GB', 'x 123457 0044 7911\r\n123456', 'x 123457 [PHONE]'],
  ['en-GB', '> x 123457 0044 7911\n> 123456', '> x 123457 [PHONE]'],
  ['fr-FR', 'x 123457 0033 6 12\n34 56 78', 'x 123457 [PHONE]'],
  ['en-US', 'x 123457 001 212\n555 0187', 'x 123457 [PHONE]'],
  // main: 'x [CARD]\n123456'. "123456 0044 7911" passes Luhn: the card's reading held it, and
  // the phone's, more confident, typed the union: every digit went. Since V59g the card's
  // reading yields after a value of up to eight digits, as the row above reads.
  ['en-GB', 'x 123456 0044 7911\n123456', 'x 123456 [PHONE]'],
  // Look-alikes: columns of totals in fours, wrapped after a few digits or in fours.
  ['de-DE', 'totals:\n1200 0049 6700\n03', 'totals:\n1200 0049 6700\n03'],
  ['de-DE', 'totals:\n1200 0049 6700\n0312', 'totals:\n1200 0049 6700\n0312'],
  ['de-DE', 'totals:\n1200 0049 6700\n0312 4567', 'totals:\n1200 0049 6700\n0312 4567'],
  ['de-DE', 'totals:\n0000 0049 6700\n03', 'totals:\n0000 0049 6700\n03'],
];

const BRACKETED_CODES: readonly Row[] = [
  // main: '([PHONE]'
  ['en-GB', '(+44) 7911\n123456', '[PHONE]'],
  ['en-GB', '(+44)\n7911 123456', '[PHONE]'],
  // main: unchanged
  ['en-GB', '(0044) 7911\n123456', '[PHONE]'],
  ['de-DE', '(+49) 151\n23456789', '[PHONE]'],
  ['en-US', '(+1) 212\n555-0187', '[PHONE]'],
  // main: 'x 123456 ([PHONE]'
  ['en-GB', 'x 123456 (+44) 7911\n123456', 'x 123456 [PHONE]'],
  ['en-GB', 'x 123457 (0044) 7911\n123456', 'x 123457 [PHONE]'],
  ['en-GB', 'x (+44) 7911\n123456 (+44) 7911\n123456', 'x [PHONE] [PHONE]'],
  ['en-GB', 'tel (+44) 7911\n123456 ok', 'tel [PHONE] ok'],
  // Look-alikes: a date, a postcode and its place under the head.
  ['de-DE', '(+49)\n12.05.2024 ok', '(+49)\n12.05.2024 ok'],
  ['de-DE', '(+49) 30\n10115 Berlin', '(+49) 30\n10115 Berlin'],
];

const ZERO_SUBSCRIBERS: readonly Row[] = [
  // main: 'totals:\n0000 0049 6701\n[PHONE]\n03'
  [
    'de-DE',
    'totals:\n0000 0049 6701\n03 0000 0049 6701\n03',
    'totals:\n0000 0049 6701\n03 0000 0049 6701\n03',
  ],
  ['de-DE', 'x 03 0000 0049 6701 y', 'x 03 0000 0049 6701 y'],
  // main: 'totals:\n0000 0049 6700\n[PHONE]\n03' (a Luhn-valid line: a card, as in every locale).
  [
    'de-DE',
    'totals:\n0000 0049 6700\n03 0000 0049 6700\n03',
    'totals:\n0000 0049 6700\n[CARD]\n03',
  ],
  [
    'en-GB',
    'totals:\n0000 0049 6700\n03 0000 0049 6700\n03',
    'totals:\n0000 0049 6700\n[CARD]\n03',
  ],
  // main: '… [PHONE] …' (a product's number, the record's one line that changed: "06649 01").
  ['de-DE', 'المنتج 066490-1 وصل تالفاً.', 'المنتج 066490-1 وصل تالفاً.'],
  ['de-DE', 'x 066490-1 y', 'x 066490-1 y'],
  // Numbers that go as before: after a phone's label, a subscriber's part led by 1-9, a mobile.
  ['de-DE', 'Tel 030 0123456', 'Tel [PHONE]'],
  ['de-DE', 'Ruf an: 030 1234567', 'Ruf an: [PHONE]'],
  ['de-DE', 'x 0151 0234567 y', 'x [PHONE] y'],
  ['de-DE', 'x 089 1234 0000 y', 'x [PHONE] y'],
];

describe('session 51: wrapped-number shapes session 50 left (issue #14)', () => {
  for (const [name, rows] of [
    ['national heads wrapped after a number', NATIONAL_HEADS],
    ['"00" heads after a value of their own', OUT_DIALLED_ALONE],
    ['calling codes in brackets', BRACKETED_CODES],
    ['German subscribers led by "0"', ZERO_SUBSCRIBERS],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });
});
