// V58b (issue #14): a phone wrapped after a head that is a valid number alone, or after a trunk-
// or "+"-led head and its own "-". Each held to its oracle (phoneOracle.ts longer() and its spans
// before a "-"), and to a plain statement of the rule.
// - After a phone's label (or from a "+"), a head valid alone ("06 1234", "030 123") and the next
//   line's first group, valid together, are one number: the whole goes, what follows the group
//   stays ("tel 030 123\n4567 2 Stück" keeps its count).
// - A head of two to five digits led by a trunk "0" or a "+" before its "-" and a break is read
//   with the next line, as a longer head is (V57d): "bel 06-\n12345678".
// - Counts, years, amounts, postcodes before their place and a trunk-led number of its own on the
//   next line stay as they are.
// - (V59e) The wrap is wraps.ts's one reading, the ids' too: a tab, a hanging indent, a reply's
//   quote marks in each client's way go; a blank line or a gap of more than 47 units is no wrap.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';

type Country = 'IT' | 'DE' | 'NL' | 'JP' | 'IR';

// Numbers cut where a head is valid alone (libphonenumber: "06 1234" in Rome, "030 123" in
// Berlin, "021 8812" in Tehran), the next line's first group after it.
const CUT: readonly (readonly [Country, string, string])[] = [
  ['IT', '06 1234', '5678'],
  ['IT', '02 1234', '5678'],
  ['DE', '030 123', '4567'],
  ['DE', '089 123', '45678'],
  ['IR', '021 8812', '3456'],
];

// Heads led by a trunk or a "+" before their "-", and the next line.
const DASHED: readonly (readonly [Country, string, string])[] = [
  ['NL', '06-', '12345678'],
  ['DE', '0151-', '23456789'],
  ['DE', '030-', '1234567'],
  ['DE', '+49 30-', '12345678'],
  ['JP', '090-', '1234-5678'],
];

// At the rule's bounds, for the oracle's property: a group of three digits, twelve digits with
// the group (stays), an international head and its group, a head with a calling code of thirteen
// digits with the group (goes) and fourteen (stays).
const EDGES: readonly (readonly [Country, string, string])[] = [
  ['DE', '030 1234', '567'],
  ['DE', '030 12345', '6789'],
  ['IT', '+39 06 1234', '5678'],
  ['DE', '+49 30 12345', '678'],
  ['DE', '+49 30 123456', '7890'],
  ['IT', '0039 06 1234', '5678'],
];

const LOCALE: Record<Country, string> = {
  IT: 'it-IT',
  DE: 'de-DE',
  NL: 'nl-NL',
  JP: 'ja-JP',
  IR: 'fa-IR',
};

const label = fc.constantFrom('tel ', 'Tel. ', 'Telefon: ', 'phone: ');
// A line's wraps, as wraps.ts reads them (V59e): a soft break's space, "\r\n", a reply's quote
// marks in each client's way, a tab, a hanging indent.
const WRAPS = [
  '\n',
  '\r\n',
  ' \n',
  '\n> ',
  '\n>> ',
  '\n> > ',
  '\t\n',
  '\n\t',
  '\n          ',
  // (At the reach: the break and 46 blanks, the group the 48th unit.)
  `\n${' '.repeat(46)}`,
];
const wrap = fc.constantFrom(...WRAPS);
// And what is no wrap: a blank line, a gap of more than 47 units.
const noWrap = fc.constantFrom(
  '\n\n',
  `\n${' '.repeat(47)}`,
  `\n${' '.repeat(48)}`,
  `${'\t'.repeat(30)}\n${' '.repeat(20)}`,
);
// (Not a word right after the group: "5678 grazie" reads as "4711 Stück" does, a count, and stays;
// pinned in auditSession58WrappedHeads.)
const after = fc.constantFrom('', ' 2 Stück', ', grazie', '.', '\nciao', ' 12,50 €');
// Or more of a value in groups after the group: the line is no number's rest, and stays.
const trailing = fc.oneof(after, fc.constantFrom(' 1111 2222', ' 12 34', ' 600 123'));
// What may stand on the next line in place of the rest: counts, years, amounts, a postcode and its
// place, a trunk-led number, a time.
const other = fc.constantFrom(
  '5 pezzi',
  '2024',
  '12,50 €',
  '10115 Berlin',
  '06 8765 4321',
  '14:30',
  '4711 Stück',
);

describe('a head valid alone, wrapped before its next group (V58b)', () => {
  test.prop([fc.constantFrom(...CUT), label, after, wrap], { numRuns: 60 })(
    'after a phone label the head and the next line go as one, what follows stays',
    ([country, head, rest], word, tail, br) => {
      const text = `${word}${head}${br}${rest}${tail}`;
      expect(redact(text, { locale: LOCALE[country] }).text).toBe(`${word}[PHONE]${tail}`);
    },
  );

  test.prop(
    [
      fc.constantFrom(...CUT, ...DASHED, ...EDGES),
      fc.constantFrom('tel ', 'Bestellung ', 'Kunde ', '', '> tel '),
      // (The rest half the time: fc.option gives its nil one time in six.)
      fc.option(other, { nil: null, freq: 2 }),
      trailing,
      fc.oneof(wrap, noWrap),
    ],
    { numRuns: 300 },
  )(
    'the recognizer finds what its oracle finds',
    ([country, head, rest], word, instead, tail, br) => {
      const text = `${word}${head}${br}${instead ?? rest}${tail}`;
      const [fast, plain] = phoneAndOracle(contextOf(text, LOCALE[country], country));
      expect(fast).toEqual(plain);
    },
  );

  test.prop([fc.constantFrom(...CUT), label, noWrap], { numRuns: 30 })(
    'past a blank line or a gap of more than 47 units the head goes alone (V59e)',
    ([country, head, rest], word, br) => {
      const text = `${word}${head}${br}${rest}`;
      expect(redact(text, { locale: LOCALE[country] }).text).toBe(`${word}[PHONE]${br}${rest}`);
    },
  );

  test.prop([fc.constantFrom(...CUT), label, other], { numRuns: 60 })(
    'a value on the next line is not taken into the head: the head goes alone',
    ([country, head], word, instead) => {
      const text = `${word}${head}\n${instead}`;
      const out = redact(text, { locale: LOCALE[country] }).text;
      // (The next line stays, or goes as a number of its own: "06 8765 4321".)
      expect([`${word}[PHONE]\n${instead}`, `${word}[PHONE]\n[PHONE]`]).toContain(out);
    },
  );
});

describe('a trunk- or "+"-led head before its "-" and a break (V58b)', () => {
  test.prop([fc.constantFrom(...DASHED), label], { numRuns: 40 })(
    'after a phone label it goes with the next line',
    ([country, head, rest], word) => {
      const text = `${word}${head}\n${rest}`;
      expect(redact(text, { locale: LOCALE[country] }).text).toBe(`${word}[PHONE]`);
    },
  );

  test.prop(
    [
      fc.integer({ min: 10, max: 9999 }).map(String),
      fc.integer({ min: 10, max: 9999 }).map(String),
      fc.constantFrom('', 'Bestellung ', 'Seite '),
    ],
    { numRuns: 60 },
  )('values with no trunk before a "-" and a break stay', (a, b, word) => {
    const text = `${word}${a}-\n${b}`;
    expect(redact(text, { locale: 'de-DE' }).text).toBe(text);
  });
});
