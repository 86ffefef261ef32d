// V53a's audit (2026-12-06, issue #14): the leaks V52g left pinned (auditSession52Gaps, LEFT), and
// their family. Each row is the whole output, written by hand before the fix; rows marked "main:"
// went so on main at 90fd5d03, each group with look-alikes that stay as they were.
// - An international head before a number the matcher found alone: "+49 151 23456789 0151" and
//   "+49 151 23456789 1" read whole are no number, and the matcher read "23456789" alone, a German
//   national number (German and Austrian numbers have many lengths), leaving "+49 151" beside the
//   placeholder; with no label the whole number stayed. A head of a calling code and one group
//   right before a number found, that makes one valid number with it, now goes with it
//   (readWindow's internationalHead). A head that makes none with it stays as before.
// - An international number, then a national number's head wrapped at the line's end, with no
//   phone's label: read whole with the head, the line was no number, and both stayed. An
//   international number needs no label: the line is cut before the head, as after a phone's
//   label (splitTrailingGroup). After an order's label, the wrapped number read the label as the
//   one that named the number before it; an order's label names one value, and on one line each
//   goes ("Bestellung +44 7911 123456 0151 23456789"): the next reads its own labels now.
// - A count after an international number that the matcher reads nowhere in ("x +33 6 12345678
//   1 items" in Germany, "tel (+49) 151 23456789 1 items" in Italy): the number stayed whole, or
//   took the count. The count's reading (V52g) now holds for a "+" with no label and for "(+".
// - An order's number wrapped after each code ("Bestellnummer 0151\n23456789 0151\n23456789"):
//   on one line all of it stays (the label stands before the span that holds it); wrapped, the
//   label reached the first line only, and the rest went. The label now goes on with the value
//   into the next line's first groups, and on to the line after (referenceGoesOn).
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const HEAD_BEFORE_FOUND: readonly Row[] = [
  // main: 'tel +49 151 [PHONE] [PHONE]' (pinned by V52g)
  ['de-DE', 'tel +49 151 23456789 0151\n23456789', 'tel [PHONE] [PHONE]'],
  // main: 'tel +49 151 [PHONE] 1 items' (pinned by V52g)
  ['de-DE', 'tel +49 151 23456789 1 items', 'tel [PHONE] 1 items'],
  // main: unchanged
  ['de-DE', '+49 151 23456789 1 items', '[PHONE] 1 items'],
  // main: 'tel 0049 151 [PHONE] 1 items'
  ['de-DE', 'tel 0049 151 23456789 1 items', 'tel [PHONE] 1 items'],
  // main: 'tel (+49) 151 [PHONE] [PHONE]'
  ['de-DE', 'tel (+49) 151 23456789 0151\n23456789', 'tel [PHONE] [PHONE]'],
  // main: 'tel (0049) 151 [PHONE] 1 items'
  ['de-DE', 'tel (0049) 151 23456789 1 items', 'tel [PHONE] 1 items'],
  // main: 'tel +49 (0)151 [PHONE] 1 items'
  ['de-DE', 'tel +49 (0)151 23456789 1 items', 'tel [PHONE] 1 items'],
  // main: 'tel +39 312 [PHONE] 1 Stück'
  ['de-DE', 'tel +39 312 3456789 1 Stück', 'tel [PHONE] 1 Stück'],
  // main: 'tel 0039 312 [PHONE] 1 Stück'
  ['de-DE', 'tel 0039 312 3456789 1 Stück', 'tel [PHONE] 1 Stück'],
  // main: 'tel +1 212 [PHONE] 1 items'
  ['de-DE', 'tel +1 212 555-0187 1 items', 'tel [PHONE] 1 items'],
  // main: 'tel +31 6 [PHONE] 12 Stück'
  ['de-AT', 'tel +31 6 12345678 12 Stück', 'tel [PHONE] 12 Stück'],
  // main: 'Handy +49 151 [PHONE] 1 items'
  ['de-DE', 'Handy +49 151 23456789 1 items', 'Handy [PHONE] 1 items'],
  // As before: heads the number reads whole ("+33", "+44", "+48" in Germany), a count the
  // number takes (a Berlin number has any length), a head that makes no valid number with the
  // number after it (a British number has ten digits) stays.
  ['de-DE', 'tel +33 1 23 45 67 89 1 Stück', 'tel [PHONE] 1 Stück'],
  ['de-DE', 'tel +44 20 7946 0018 1 Stück', 'tel [PHONE] 1 Stück'],
  ['de-DE', 'tel +48 22 123 45 67 1 Stück', 'tel [PHONE] 1 Stück'],
  ['de-DE', 'tel +49 30 12345678 1 items', 'tel [PHONE] items'],
  ['de-DE', 'tel +44 151 23456789 1 items', 'tel +44 151 [PHONE] 1 items'],
];

const INTERNATIONAL_THEN_WRAPPED: readonly Row[] = [
  // main: unchanged
  ['en-GB', '+44 7911 123456 07911\n123456', '[PHONE] [PHONE]'],
  // main: unchanged
  ['fr-FR', '+33 6 12 34 56 78 06\n12 34 56 78', '[PHONE] [PHONE]'],
  // main: unchanged
  ['de-DE', '+49 151 23456789 0151\n23456789', '[PHONE] [PHONE]'],
  // main: unchanged
  ['de-DE', 'x +44 7911 123456 0151\n23456789', 'x [PHONE] [PHONE]'],
  // main: unchanged
  ['en-GB', 'Order +44 7911 123456 07911\n123456', 'Order [PHONE] [PHONE]'],
  // main: unchanged
  ['de-DE', 'Bestellung 0044 7911 123456 0151\n23456789', 'Bestellung [PHONE] [PHONE]'],
  // main: 'Bestellung +1 212 [PHONE] [PHONE]'
  ['de-DE', 'Bestellung +1 212 555-0187 0151\n23456789', 'Bestellung [PHONE] [PHONE]'],
  // main: 'Bestellung [PHONE], 0151\n23456789'
  ['de-DE', 'Bestellung +44 7911 123456, 0151\n23456789', 'Bestellung [PHONE], [PHONE]'],
  // As before: on one line; a column of totals in fours; a phone's label.
  ['de-DE', 'Bestellung +44 7911 123456 0151 23456789', 'Bestellung [PHONE] [PHONE]'],
  [
    'de-DE',
    'totals:\n0000 0049 6701\n03 0000 0049 6701\n03',
    'totals:\n0000 0049 6701\n03 0000 0049 6701\n03',
  ],
  ['de-DE', 'tel +44 7911 123456 0151\n23456789', 'tel [PHONE] [PHONE]'],
];

const COUNT_AFTER_INTERNATIONAL: readonly Row[] = [
  // main: unchanged
  ['de-DE', 'x +33 6 12345678 1 items', 'x [PHONE] 1 items'],
  // main: 'tel [PHONE] items'
  ['it-IT', 'tel (+49) 151 23456789 1 items', 'tel [PHONE] 1 items'],
  // main: 'tel [PHONE] items'
  ['en-GB', 'tel (+44) 7911 123456 2 items', 'tel [PHONE] 2 items'],
  // As before: a stray last key with no word after it goes with the number (fail closed).
  ['en-GB', 'tel +44 7911 123456 2', 'tel [PHONE]'],
];

const LABEL_ACROSS_WRAP: readonly Row[] = [
  // main: 'Bestellnummer 0151\n[PHONE] [PHONE]' (pinned by V52g)
  [
    'de-DE',
    'Bestellnummer 0151\n23456789 0151\n23456789',
    'Bestellnummer 0151\n23456789 0151\n23456789',
  ],
  // main: 'Bestellnummer 0151\n[PHONE] [PHONE]'
  [
    'de-DE',
    'Bestellnummer 0151\n23456789 0151\n2345 6789',
    'Bestellnummer 0151\n23456789 0151\n2345 6789',
  ],
  // main: 'Bestellnummer 0151\n[PHONE] [PHONE] [PHONE]'
  [
    'de-DE',
    'Bestellnummer 0151\n23456789 0151\n23456789 0151\n23456789',
    'Bestellnummer 0151\n23456789 0151\n23456789 0151\n23456789',
  ],
  // main: 'Bestellnummer 0151\n23456789 [PHONE]'
  [
    'de-DE',
    'Bestellnummer 0151\n23456789 0151 23456789',
    'Bestellnummer 0151\n23456789 0151 23456789',
  ],
  // main: 'Bestellnummer 030\n1234567 0151\n[PHONE] [PHONE]' ("030 1234567 0151" is a valid
  // Berlin number: the value went on whole into the second line, and the third went alone)
  [
    'de-DE',
    'Bestellnummer 030\n1234567 0151\n23456789 0151\n23456789',
    'Bestellnummer 030\n1234567 0151\n23456789 0151\n23456789',
  ],
  // As before (main: unchanged): so wrapped once.
  [
    'de-DE',
    'Bestellnummer 030\n1234567 0151\n23456789',
    'Bestellnummer 030\n1234567 0151\n23456789',
  ],
  // Look-alikes, as before: a phone after its own label, an international number, a value
  // after " / " (T30c), the order's number whole on the next line (a number of its own).
  [
    'de-DE',
    'Bestellnummer 0151\n23456789 tel 0151\n23456789',
    'Bestellnummer 0151\n23456789 tel [PHONE]',
  ],
  [
    'de-DE',
    'Bestellnummer 0151\n23456789 +49 151 23456789',
    'Bestellnummer 0151\n23456789 [PHONE]',
  ],
  ['de-DE', 'Bestellung 0151\n2345 6789 / 0151 23451013', 'Bestellung 0151\n2345 6789 / [PHONE]'],
  ['de-DE', 'Bestellung 4711\n0151 23451013', 'Bestellung 4711\n[PHONE]'],
  ['en-GB', 'Order 07911\n123456 07911\n123456', 'Order 07911\n123456 07911\n123456'],
  ['en-US', 'Order 212\n555-0187 212\n555-0187', 'Order 212\n555-0187 212\n555-0187'],
];

// Left by V53a (each stays as shown; the fix is the row's `want`). V54a fixed the wrapped head
// after an international number, the split after a value of its own and the count after "(0)":
// their rows pass in auditSession54Gaps.
const LEFT: readonly (readonly [string, string, string, string])[] = [
  // The brief's optional row, not attempted by V53a: an address's reading swallows the table's
  // "|" ("555-0187|x@y.nl"), and the second row's number under "Order" stays, where the plain
  // per-line reading gives "[PHONE]|x". V52a: a fix needs the row gate to read span contents on
  // every message; a cheaper way is still to find.
  [
    'en-US',
    'Order|Note\n(212) 555-0187|x@y.nl\n(212) 555-0187|x',
    'Order|Note\n(212) [EMAIL]\n[PHONE]|x',
    'an address\'s reading swallows a table\'s "|"',
  ],
];

describe('session 53: heads before found numbers, labels across a wrap (issue #14)', () => {
  for (const [name, rows] of [
    ['an international head before a number found alone', HEAD_BEFORE_FOUND],
    ['an international number, then a head wrapped', INTERNATIONAL_THEN_WRAPPED],
    ['a count after an international number', COUNT_AFTER_INTERNATIONAL],
    ["an order's label across a wrap", LABEL_ACROSS_WRAP],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe('left by V53a (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
