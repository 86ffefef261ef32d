// T70a's audit (2026-12-06, issue #14): the gaps session 49 (T69a) found and left between the later
// pass, which reads only the lines near a placeholder (lines.ts blankQuietLines), and the plain
// reading, which reads every line on every pass (laterPassGate.prop.test.ts's oracle). Written by
// hand before the fix, each beside look-alikes that must stay.
// - A number on the line above a placeholder's that runs on into it, under a form's label two
//   lines above the placeholder ("Phone:\n51851-4281\n0 4111 1111 1111 1111", en-US: once the card
//   is "[CARD]", "51851-4281\n0" reads as a US number, 518-514-2810, under "Phone:"). The later pass
//   kept the line above the card's and blanked "Phone:". It now keeps every line above that ends
//   within a label window's reach (48 units) of the line above's start.
// - A number in a row of a table whose header line is one only once its values are placeholders
//   ("Version [IBAN]. Phone:\n10.0.20165.3078\nMpesa 10.0.20165.3078\n666123456, ", pl-PL: the
//   line has no digit once the IBAN is "[IBAN]", heads the lines below (lines.ts readTables),
//   and "666123456, ", a row of a cell and a ", ", reads "Phone:" as its column's label; in the
//   input the IBAN's digits made the line no header). Session 49 took it for a label window over
//   three lines: the phone reading drops a word found before a line break, and "666123456" with
//   no ", " after it stays on every reading. The later pass now reads the rows of a table whose
//   header line holds a placeholder, and the gate (laterPass.ts) runs it where a line whose
//   digits were all in spans stands over a row (lines.ts mayHeadRows): no label window of the
//   first pass read that header, which headed nothing then ("Tel: 123-45-6789\n…\n666123456, ").
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { type Case, describeAudit, describeAuditScores, type Go } from './audit.js';

const PHONE = (value: string): Go => ['phone', value];
const CARD = (value: string): Go => ['card', value];

const CARD_4111 = CARD('4111 1111 1111 1111');
const IBAN: Go = ['iban', 'PL61 1090 1014 0000 0712 1981 2874'];

const LABEL_TWO_ABOVE: readonly Case[] = [
  [
    'en-US',
    'Phone:\n51851-4281\n0 4111 1111 1111 1111',
    [PHONE('51851-4281\n0'), CARD_4111],
    ['Phone:'],
  ],
  ['en-KE', 'Phone:\n600 123\n0 4111 1111 1111 1111', [PHONE('600 123\n0'), CARD_4111], ['Phone:']],
  // Look-alikes: an order's label, a digit left on the label's line, a blank line between, no
  // digit before the card (the number alone is no US number), a quantity before it.
  ['en-US', 'Order:\n51851-4281\n0 4111 1111 1111 1111', [CARD_4111], ['51851-4281\n0 ']],
  ['en-US', 'Phone: 12\n51851-4281\n0 4111 1111 1111 1111', [CARD_4111], ['51851-4281\n0 ']],
  ['en-US', 'Phone:\n\n51851-4281\n0 4111 1111 1111 1111', [CARD_4111], ['51851-4281\n0 ']],
  ['en-US', 'Phone:\n51851-4281\n4111 1111 1111 1111', [CARD_4111], ['51851-4281']],
  ['en-US', 'Phone:\n51851-4281\n12 4111 1111 1111 1111', [CARD_4111], ['51851-4281\n12 ']],
];

// Session 49's shape and its kin: the row two or three lines under the header.
const WINDOW_OVER_LINES: readonly Case[] = [
  [
    'pl-PL',
    'Version PL61 1090 1014 0000 0712 1981 2874. Phone:\n10.0.20165.3078\nMpesa 10.0.20165.3078\n666123456, ',
    [IBAN, PHONE('666123456')],
    ['10.0.20165.3078\nMpesa 10.0.20165.3078\n'],
  ],
  [
    'de-DE',
    'Phone: 192.168.1.20\nDie App in Version 0, Phone:\n666123456, ',
    [['ip', '192.168.1.20'], PHONE('666123456')],
    ['Die App in Version 0, Phone:'],
  ],
  [
    'de-DE',
    'tel order@example.com - tel 51851-4281. order x@y.nl - Phone:\n666123456, ',
    [['email', 'order@example.com'], PHONE('51851-4281'), ['email', 'x@y.nl'], PHONE('666123456')],
    [],
  ],
  [
    'de-DE',
    'Tel: 51851-4281. Phone:\n10.0.20165.3078\n666123456, ',
    [PHONE('51851-4281'), PHONE('666123456')],
    ['10.0.20165.3078'],
  ],
  // Look-alike: an order's label there keeps the number (a reference's).
  [
    'pl-PL',
    'Version PL61 1090 1014 0000 0712 1981 2874. Order:\n10.0.20165.3078\nMpesa 10.0.20165.3078\n666123456, ',
    [IBAN],
    ['666123456'],
  ],
];

const HEADER_ONCE_PLACEHOLDERS: readonly Case[] = [
  ...WINDOW_OVER_LINES,
  [
    'ja-JP',
    'Tel: 123-45-6789\nxxxxxxx xxxxxxxxxxxxxxx - xxxx xxxxxxxx. SSN 4711\n666123456, ',
    [PHONE('123-45-6789'), PHONE('666123456')],
    ['SSN 4711'],
  ],
  [
    'de-DE',
    'Telefon: 0151 23456789\nWie gesagt, unsere Nummern stehen hier drunten: 4711\n666123456, ',
    [PHONE('0151 23456789'), PHONE('666123456')],
    ['4711'],
  ],
  [
    'en-KE',
    'Version PL61 1090 1014 0000 0712 1981 2874. Phone:\nDie App in Version 0, Phone:\n10.0.20165.3078\n666123456, ',
    [IBAN, PHONE('666123456')],
    ['10.0.20165.3078'],
  ],
  // Read so on main: a header line with no digit in the input already.
  [
    'de-DE',
    'Telefon: anna@example.com\nWie gesagt, unsere Nummern stehen hier drunten: 4711\n666123456, ',
    [['email', 'anna@example.com'], PHONE('666123456')],
    ['4711'],
  ],
  // Look-alikes: an order's header, a digit left on the header's line, a blank line between.
  [
    'de-DE',
    'Bestellung: anna@example.com\nWie gesagt, unsere Nummern stehen hier drunten: 4711\n666123456, ',
    [['email', 'anna@example.com']],
    ['666123456'],
  ],
  [
    'ja-JP',
    'Tel: 123-45-6789 5\nxxxxxxx xxxxxxxxxxxxxxx - xxxx xxxxxxxx. SSN 4711\n666123456, ',
    [PHONE('123-45-6789')],
    ['666123456'],
  ],
  [
    'de-DE',
    'Telefon: anna@example.com\nWie gesagt, unsere Nummern stehen hier drunten: 4711\n\n666123456, ',
    [['email', 'anna@example.com']],
    ['666123456'],
  ],
];

// "+20" before an 18-digit card (Luhn-valid) stays, as T69a's quantity before a card does: the
// card holds every digit after it, so nothing of the number leaks, and "+20" alone (Egypt's
// calling code, or a quantity written with its sign) names no one. Taken with the card it would
// be a calling code with a card glued to it, which no phone reading dials ("+20 4737 0103" alone
// is no Egyptian number either): the card's span is what the card recognizer read.
const CODE_BEFORE_CARD: readonly Case[] = [
  ['en-US', '+20 4737 0103 5749 2737 74', [CARD('4737 0103 5749 2737 74')], ['+20 ']],
  ['en-US', 'call +20 4737 0103 5749 2737 74', [CARD('4737 0103 5749 2737 74')], ['call +20 ']],
];

const ALL: readonly (readonly [string, readonly Case[]])[] = [
  ['a form label two lines above a placeholder', LABEL_TWO_ABOVE],
  ['a header line once its values are placeholders', HEADER_ONCE_PLACEHOLDERS],
  ['a calling code before a card', CODE_BEFORE_CARD],
];

// On main at c5d917ac, 21 rows, 9 of them failing (11 tests with the scores): the form label 2 of
// 7, recall 0.778 (7/9: both numbers under "Phone:" stayed); the header 7 of 12, recall 0.682
// (15/22); precision 1.000 and no look-alike touched in each; the calling code's 2 rows pass.
// After: 21 of 21, recall and precision 1.000, none of 20 look-alikes touched.
describeAuditScores('session 49 gaps audit', ALL);

describeAudit(ALL);

// T70f (issue #14): numbers wrapped at a line's end one after another, each next head on the line
// that ends the number before it ("+44 7911\n123456 +44 7911\n123456 "). The first pass read
// the second line's span, "123456 +44 7911", as a wrapped number's head from its start only, and
// skipped the rest of a span that ended a number wrapped from a short head ("+44\n7911 123456
// +44"): every number after the first stayed, and the later pass, which finds one more a pass,
// failed closed ("redaction did not settle") at eight. Each row's whole output is checked: the
// same number twice defeats the audit's "not in the output" test. On main at 7c543569 the 12
// shapes failed (each number after the first stayed; in "x 123456 …" its one); none of the 6
// look-alikes moved.
const REPEATED_WRAPS: readonly (readonly [locale: string, text: string, out: string])[] = [
  ['en-GB', '+44 7911\n123456 +44 7911\n123456 ', '[PHONE] [PHONE] '],
  ['en-US', '+44 7911\n123456 +44 7911\n123456 ', '[PHONE] [PHONE] '],
  ['de-DE', '+44 7911\n123456 +44 7911\n123456 ', '[PHONE] [PHONE] '],
  ['en-GB', '+44\n7911 123456 +44\n7911 123456', '[PHONE] [PHONE]'],
  ['en-GB', '+44 7911 123456 +44 7911\n123456', '[PHONE] [PHONE]'],
  ['en-GB', 'x 123456 +44 7911\n123456', 'x 123456 [PHONE]'],
  ['en-GB', `${'+44 7911\n123456 '.repeat(9)}`, '[PHONE] '.repeat(9)],
  ['de-DE', '+49 151\n23456789 +49 151\n23456789 ', '[PHONE] [PHONE] '],
  [
    'de-DE',
    'Tel +49 151\n23456789 +49 151\n23456789 +49 151\n23456789',
    'Tel [PHONE] [PHONE] [PHONE]',
  ],
  ['en-US', '+1 212\n555-0187 +1 212\n555-0187', '[PHONE] [PHONE]'],
  ['en-US', '> +1 212 555\n> 0187 +1 212 555\n> 0187', '> [PHONE] [PHONE]'],
  ['fr-FR', '+33 6 12\n34 56 78 +33 6 12\n34 56 78', '[PHONE] [PHONE]'],
  // Look-alikes, kept whole: a postcode and its place, a value of its own after a Polish head,
  // an amount's decimals, a date, a column of "00" rows after digits, an order's number.
  [
    'de-DE',
    '+49 30\n10115 Berlin +49 30\n10115 Berlin',
    '+49 30\n10115 Berlin +49 30\n10115 Berlin',
  ],
  [
    'pl-PL',
    '+48 600\n558812 +48 600\n558812 is the order',
    '+48 600\n558812 +48 600\n558812 is the order',
  ],
  ['pl-PL', 'Betrag 1 299 +1 299\n00,00 zł', 'Betrag 1 299 +1 299\n00,00 zł'],
  ['de-DE', '+49\n12.05.2024 ok +49\n12.05.2024 ok', '+49\n12.05.2024 ok +49\n12.05.2024 ok'],
  ['de-DE', 'totals:\n0000 0049 6700\n03', 'totals:\n0000 0049 6700\n03'],
  ['pl-PL', 'Order 4711 +48 600\n558812', 'Order 4711 +48 600\n558812'],
  // T70g: dialled out with "00". A "00" head after other digits on its line is read only right
  // after a number found, and the next line's stretch ends before it. A Luhn run across the
  // middle line ("123456 0044 7911", a card's reading) or the matcher's reading of it joins the
  // two into one span: every digit goes. On main at f5964a7c the first three kept
  // "0044 7911\n…123456" (en-GB), "0049 151" (de-DE) and all (fr-FR).
  // (V59g: the card's reading of "123456 0044 7911" yields to the second number, a value of six
  // digits before a "00" head wrapped at its line's end: two placeholders, as below.)
  ['en-GB', '0044 7911\n123456 0044 7911\n123456', '[PHONE] [PHONE]'],
  // (Session 51: the middle line is read past the first number's end, and the matcher no longer
  // joins the two: each goes as one alone does.)
  ['de-DE', '0049 151\n2345 6789 0049 151\n2345 6789', '[PHONE] [PHONE]'],
  ['fr-FR', '0033 6 12\n34 56 78 0033 6 12\n34 56 78', '[PHONE] [PHONE]'],
  // A look-alike: a "00" after a value of its own on its line, not a number's end.
  ['de-DE', 'totals:\n1200 0049 6700\n03', 'totals:\n1200 0049 6700\n03'],
];

describe('wrapped numbers repeated on shared lines (T70f)', () => {
  it.each(REPEATED_WRAPS)('%s: %j', (locale, text, out) => {
    expect(redact(text, { locale }).text).toBe(out);
  });

  // Bounded: a megabyte of the shape settles in one later pass at most, every number gone.
  it('a megabyte of "+44 7911\\n123456 " goes whole', { timeout: 120_000 }, () => {
    const n = 2 ** 20 / 16;
    expect(redact('+44 7911\n123456 '.repeat(n), { locale: 'en-GB' }).text).toBe(
      '[PHONE] '.repeat(n),
    );
  });
});

// A redact call so an unused import never hides a broken harness.
it('redact reads the audit', () => {
  expect(redact('Phone:\n12', { locale: 'en-US' }).text).toBe('Phone:\n12');
});
