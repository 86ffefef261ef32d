// The later pass's gate reads again the labels of each phone window's value that holds part of a
// span, in the input and in the first pass's output (laterPass.ts, T68b). The output is made once,
// each value's offset in it read from one table (not summed over the spans before it), and the
// two texts' labels read one text after the other (a label look-up scans the text it reads when
// that text changes: context.ts readingText): a text of thousands of such windows, each read the
// same in both (3,200 in 160,000 characters here), costs its length. See linearTime.ts for the
// bound.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { withoutBlanking } from '../../src/redact/lines.js';
import { expectLinear } from './linearTime.js';

// An address, then a version's word and its number: the phone recognizer's window before each
// number holds the address, and the version's word decides it in the output as in the input.
const make = (n: number) => 'x@voorbeeld.nl Die App in Version 10.0.20165.3078. '.repeat(n / 50);

describe('phone windows over spans, read again by the gate, in linear time', () => {
  it('the shape asks the gate and runs no later pass that finds anything', () => {
    const text = make(2_000);
    expect(redact(text, { locale: 'de-DE' })).toEqual(
      withoutBlanking(() => redact(text, { locale: 'de-DE' })),
    );
  });

  it('"x@voorbeeld.nl … Version 10.0.20165.3078." over and over: 4× the input costs < 10× the time', {
    timeout: 60_000,
  }, () => {
    expectLinear(make, (s) => redact(s, { locale: 'de-DE' }));
  });
});

// A later pass reads the line below a placeholder's line where that line may read as a form's
// label (lines.ts blankQuietLines, T69a): here every other line, the value under each found on
// the later pass ("Tel: [PHONE]" labels it), and a label-like line over a long line of numbers.
// Every line below a placeholder's, read so, made "+44 7911\n123456 " over and over (linear.test.ts)
// cost more than 10× the time at 4× the input.
const labels = (n: number) => 'Tel: 51851-4281\n666123456\n'.repeat(n / 26);
const longBelow = (n: number) => `Tel: 51851-4281\n${'666123456 '.repeat(n / 10)}`;

describe('lines below a placeholder that labels them, read by the later pass, in linear time', () => {
  it('the shape finds the values below on the later pass, as the plain reading does', () => {
    const text = labels(2_600);
    const out = redact(text, { locale: 'de-DE' });
    expect(out.text).toBe('Tel: [PHONE]\n[PHONE]\n'.repeat(100));
    expect(out).toEqual(withoutBlanking(() => redact(text, { locale: 'de-DE' })));
  });

  it('"Tel: 51851-4281\\n666123456\\n" over and over: 4× the input costs < 10× the time', {
    timeout: 60_000,
  }, () => {
    expectLinear(labels, (s) => redact(s, { locale: 'de-DE' }));
  });

  it('a long line of numbers under "Tel: 51851-4281": 4× the input costs < 10× the time', {
    timeout: 60_000,
  }, () => {
    expectLinear(longBelow, (s) => redact(s, { locale: 'de-DE' }));
  });
});

// The lines a later pass reads around a placeholder's line since T70a (lines.ts blankQuietLines):
// the line two above it where it may be a form's label, and every row of a table whose header
// line holds a placeholder; and the gate's look for such a table below a line whose digits were
// all in spans (lines.ts mayHeadRows). Each shape over and over, and the adversarial ones: long
// lines over placeholders' lines (each read back over once more, for the line two above), a
// table of thousands of rows under one placeholder's header, and thousands of lines whose digits
// are all a phone's, each of which looks below it for a row (the look that found none ends where
// the next would, and is not made again).
const runsOn = (n: number) => 'Phone:\n51851-4281\n0 4111 1111 1111 1111\n'.repeat(n / 40);
const headsRows = (n: number) =>
  'Version PL61 1090 1014 0000 0712 1981 2874. Phone:\n10.0.20165.3078\nMpesa 10.0.20165.3078\n666123456, \n'.repeat(
    n / 104,
  );
const longAbove = (n: number) =>
  `${'a'.repeat(n / 4)}\n${'b'.repeat(n / 4)}\n${'Phone:\n51851-4281\n0 x@y.nl\n'.repeat(n / 56)}`;
const rowsUnder = (n: number) => `Tel: x@y.nl\n${'666123456, 1\n'.repeat(n / 13)}`;
const phoneLines = (n: number) => '+48 600 123 456\n'.repeat(n / 16);
// Without the look's end kept, this one cost 13.8× at 4× the input (the phone lines 7.1×).
const addressLines = (n: number) => 'anna@shop1.de\n'.repeat(n / 14);

describe('lines a label reads across, read by the later pass, in linear time', () => {
  it('the shapes redact as the plain reading does', () => {
    for (const [make, locale] of [
      [runsOn, 'en-US'],
      [headsRows, 'pl-PL'],
      [rowsUnder, 'ja-JP'],
    ] as const) {
      const text = make(4_000);
      expect(redact(text, { locale })).toEqual(withoutBlanking(() => redact(text, { locale })));
    }
    expect(redact(runsOn(40), { locale: 'en-US' }).text).toBe('Phone:\n[PHONE] [CARD]\n');
    expect(redact(headsRows(104), { locale: 'pl-PL' }).text).toBe(
      'Version [IBAN]. Phone:\n10.0.20165.3078\nMpesa 10.0.20165.3078\n[PHONE], \n',
    );
  });

  for (const [name, make, locale] of [
    ['"Phone:\\n51851-4281\\n0 4111 1111 1111 1111\\n"', runsOn, 'en-US'],
    ['"Version [IBAN]. Phone:" heading a row', headsRows, 'pl-PL'],
    ["long lines over placeholders' lines", longAbove, 'en-US'],
    ["rows under a placeholder's header", rowsUnder, 'ja-JP'],
    ["lines whose digits are all a phone's", phoneLines, 'pl-PL'],
    ["lines whose digits are all an address's", addressLines, 'de-DE'],
  ] as const) {
    it(`${name} over and over: 4× the input costs < 10× the time`, { timeout: 60_000 }, () => {
      expectLinear(make, (s) => redact(s, { locale }));
    });
  }
});

// Lines that their placeholders carry across lines.ts MAX_ROW (V52a): the gate reads each line that
// holds a span once (lines.ts crossedRows), and the later pass reads the lines below each crossed
// one down to an empty or over-long line (blankQuietLines). Rows of addresses made too long and
// rows of cards made short, each over a phone's row, over and over; one crossed row over thousands
// of rows (each kept, and read once); one line of cards 160,000 units long (8,000 spans on a line
// the gate reads once; no later pass). (One line of "x@y.nl " was the shape first chosen: with or
// without a header over it, it costs 11-16× at 4× the input on main ab1ed07f too, in the first
// pass, which V52a does not touch.)
const emails = Array.from({ length: 140 }, () => 'x@y.nl').join(' ');
const cards = '4111 1111 1111 1111 '.repeat(52);
const longRows = (n: number) => `Order;Note\n${`1;${emails}\n(212) 555-0187;x\n`.repeat(n / 1000)}`;
const shortRows = (n: number) => `Telefon;Note\n${`1;${cards}\n600123456;x\n`.repeat(n / 1057)}`;
const rowsBelow = (n: number) => `Order;Note\n1;${emails}\n${'(212) 555-0187;x\n'.repeat(n / 17)}`;
const cardLine = (n: number) => `Telefon;Note\n1;${'4111 1111 1111 1111 '.repeat(n / 20)}`;

describe('lines carried across the row bound, read by the later pass, in linear time', () => {
  it('the shapes redact as the plain reading does', () => {
    for (const [make, locale] of [
      [longRows, 'en-US'],
      [shortRows, 'pl-PL'],
      [rowsBelow, 'en-US'],
      [cardLine, 'pl-PL'],
    ] as const) {
      const text = make(6_000);
      expect(redact(text, { locale })).toEqual(withoutBlanking(() => redact(text, { locale })));
    }
    expect(redact(longRows(3_000), { locale: 'en-US' }).text).not.toMatch(/555-0187/);
    expect(redact(shortRows(3_000), { locale: 'pl-PL' }).text).not.toMatch(/600123456/);
  });

  for (const [name, make, locale] of [
    ['rows made too long over phone rows', longRows, 'en-US'],
    ['rows of cards made short over phone rows', shortRows, 'pl-PL'],
    ['thousands of rows under one crossed row', rowsBelow, 'en-US'],
    ['one line of cards', cardLine, 'pl-PL'],
  ] as const) {
    it(`${name}: 4× the input costs < 10× the time`, { timeout: 60_000 }, () => {
      expectLinear(make, (s) => redact(s, { locale }));
    });
  }
});
