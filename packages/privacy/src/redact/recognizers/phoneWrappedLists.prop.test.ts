// Session 51's wrapped readings (issue #14, phone.ts): numbers wrapped at a line's end one after
// another on shared lines, national heads too ("tel 0151\n23456789 0151\n23456789"), after ", " or
// "; ", calling codes in brackets, "00" heads after a value of their own, and the look-alikes
// beside them (columns of totals in fours, values of their own, order labels). Two properties on a
// generator of that shape: the recognizer finds what its oracle (test/redact/phoneOracle.ts, each
// reading written plainly) finds, with and without the earlier recognizers' claims; and end to end,
// a list of numbers wrapped after a phone's label leaves no digit of any of them where each goes
// whole alone (redact never read them worse together than apart).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { withoutClaims } from '../claims.js';
import { redact } from '../redact.js';
import type { RecognizerContext } from '../types.js';

// Numbers as people print them, by country: national (trunk-led, bracketed, without a trunk) and
// international ("+", "00", in brackets).
const NUMBERS: Readonly<Record<string, readonly string[]>> = {
  DE: ['0151 23456789', '030 1234567', '(0151) 23456789', '+49 151 23456789', '0049 30 1234567'],
  GB: [
    '07911 123456',
    '020 7946 0018',
    '+44 7911 123456',
    '(+44) 7911 123456',
    '(0044) 7911 123456',
  ],
  FR: ['06 12 34 56 78', '+33 6 12 34 56 78', '0033 6 12 34 56 78'],
  US: ['212 555-0187', '(212) 555-0187', '+1 212 555-0187', '(+1) 212 555-0187'],
  PL: ['600 123 456', '+48 600 123 456'],
};
const COUNTRIES = Object.keys(NUMBERS) as readonly RecognizerContext['country'][];
const LOCALES: Readonly<Record<string, string>> = {
  DE: 'de-DE',
  GB: 'en-GB',
  FR: 'fr-FR',
  US: 'en-US',
  PL: 'pl-PL',
};
// Look-alikes beside them: values of their own, columns of totals in fours, an amount; since
// session 52 counts and their words, a date, a product's number, a stray last key after a number.
const OTHERS = [
  '123457',
  '1200 0049 6700',
  '0000 0049 6700',
  '03',
  '12',
  '4711',
  '19,99',
  '12 Stück',
  '2 items',
  '12.05.2024',
  'Art.-Nr. 4711',
  '1',
];
const BREAKS = ['\n', '\r\n', '\n> ', ' \n'];
const SEPARATORS = [' ', ', ', '; ', ' / '];
const LABELS = ['tel ', 'Telefon: ', 'Bestellung ', 'x ', ''];

/** `value` with its `at`-th space (modulo their count) made `mark`; as it is with no space. */
function wrap(value: string, at: number, mark: string): string {
  const cuts = [...value.matchAll(/ /g)].map((m) => m.index as number);
  if (cuts.length === 0) return value;
  const cut = cuts[at % cuts.length] as number;
  return `${value.slice(0, cut)}${mark}${value.slice(cut + 1)}`;
}

// One item: a number of the country, or a look-alike, wrapped at one of its spaces or not.
const item = (country: string) =>
  fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(NUMBERS[country] as string[])) },
        { weight: 1, arbitrary: fc.constantFrom(...OTHERS) },
      ),
      fc.nat(),
      fc.constantFrom(...BREAKS),
      fc.boolean(),
    )
    .map(([value, at, mark, wrapped]) => (wrapped ? wrap(value, at, mark) : value));

const shape = fc.constantFrom(...(COUNTRIES as string[])).chain((country) =>
  fc.tuple(
    fc.constant(country),
    fc.constantFrom(...LABELS),
    fc.array(fc.tuple(item(country), fc.constantFrom(...SEPARATORS)), {
      minLength: 1,
      maxLength: 5,
    }),
  ),
);

/** Both readings of one context, after the earlier recognizers' claims as `collect` makes them. */
function both(t: string, country: RecognizerContext['country'], locale: string) {
  const context = contextOf(t, locale, country);
  return phoneAndOracle(context);
}

const textOf = ([, label, items]: [string, string, [string, string][]]) =>
  `${label}${items.map(([v, sep]) => v + sep).join('')}`.trimEnd();

describe('wrapped numbers on shared lines (session 51)', () => {
  test.prop([shape], { numRuns: 300 })(
    'the recognizer finds what its oracle finds, with claims',
    (drawn) => {
      const country = drawn[0] as RecognizerContext['country'];
      const [fast, plain] = both(textOf(drawn), country, LOCALES[drawn[0]] as string);
      expect(fast).toEqual(plain);
    },
  );

  // Session 52: numbers only, the first whole, the others wrapped after their first group, the
  // shape of U51a's report ("tel 06 12 34 56 78 06\n12 34 56 78 06\n12 34 56 78"): a lone last
  // group that heads the next number is read as its head, as the oracle reads it. (France, whose
  // numbers print in pairs, twice as often: its groups are the lone ones.)
  const heads = fc.constantFrom('FR', ...(COUNTRIES as string[])).chain((country) => {
    const number = fc.constantFrom(...(NUMBERS[country] as string[]));
    const wrapped = fc
      .tuple(number, fc.constantFrom('\n', '\r\n', '\n> '))
      .map(([value, mark]) => wrap(value, 0, mark));
    return fc.tuple(
      fc.constant(country),
      fc.constantFrom('tel ', 'Telefon: ', ''),
      fc
        .tuple(number, fc.array(wrapped, { minLength: 1, maxLength: 3 }))
        .map(([first, rest]) => [first, ...rest].map((v): [string, string] => [v, ' '])),
    );
  });
  test.prop([heads], { numRuns: 200 })(
    'numbers, the first whole, the others wrapped after their first group: as the oracle reads them',
    (drawn) => {
      const country = drawn[0] as RecognizerContext['country'];
      const [fast, plain] = both(textOf(drawn), country, LOCALES[drawn[0]] as string);
      expect(fast).toEqual(plain);
    },
  );

  test.prop([shape], { numRuns: 300 })('and without claims', (drawn) => {
    const country = drawn[0] as RecognizerContext['country'];
    const [fast, plain] = withoutClaims(() =>
      both(textOf(drawn), country, LOCALES[drawn[0]] as string),
    );
    expect(fast).toEqual(plain);
  });

  // End to end: numbers only, after a phone's label, each wrapped; each must go whole alone.
  const list = fc.constantFrom(...(COUNTRIES as string[])).chain((country) =>
    fc.tuple(
      fc.constant(country),
      fc.constantFrom('tel ', 'Telefon: '),
      fc.array(
        fc.tuple(
          fc.constantFrom(...(NUMBERS[country] as string[])),
          fc.nat(),
          // (Until session 52 each was wrapped: a number whole before wrapped ones on its line
          // was left, U51a's report: "tel 06 12 34 56 78 06\n12 34 56 78 06\n12 34 56 78". The
          // first may now be whole, below; whole numbers after it are one line's lists, which
          // this property does not state.)
          fc.constantFrom('\n', '\r\n', '\n> '),
        ),
        { minLength: 2, maxLength: 4 },
      ),
      fc.constantFrom(' ', ', ', '; '),
      fc.constantFrom('whole', 'wrapped'),
    ),
  );
  const digitLeft = (out: string) => /[0-9]/.test(out.replace(/\[[A-Z_]+\]/g, ''));

  test.prop([list], { numRuns: 300 })(
    'a list of numbers, wrapped or whole, after a phone label leaves no digit where each goes alone',
    ([country, label, numbers, sep, first]) => {
      const locale = LOCALES[country] as string;
      // (Until V53a an international number whole before a national one wrapped lost its code's
      // group, "tel +49 151 23456789 0151\n23456789" -> "tel +49 151 [PHONE] [PHONE]", and such
      // lists were not drawn: the head now goes with the number it makes valid.)
      const wrapped = numbers.map(([value, at, mark], k) =>
        k === 0 && first === 'whole' ? value : wrap(value, at, mark),
      );
      for (const w of wrapped) fc.pre(!digitLeft(redact(`${label}${w}`, { locale }).text));
      const out = redact(`${label}${wrapped.join(sep)}`, { locale }).text;
      expect(digitLeft(out)).toBe(false);
      // No bracket left alone: a calling code in brackets goes whole with its number.
      expect(out.split('(').length).toBe(out.split(')').length);
    },
  );

  // Session 52: a number wrapped before its last long group, then a value of its own on that line
  // (a count and its word, a date, a product's number, the next number): where on one line the
  // number goes and the value stays, wrapped it does too ("tel 0151\n23456789 12 Stück" went as
  // "tel 0151\n[PHONE] Stück", the count glued into a number read from the second line alone).
  const LONG_LAST = Object.entries(NUMBERS).flatMap(([country, numbers]) =>
    numbers.filter((n) => /[0-9]{5,}$/.test(n)).map((n) => [country, n] as const),
  );
  const VALUES = ['12 Stück', '2 items', '4711 Artikel', '12.05.2024', 'Art.-Nr. 4711', '3 x'];
  test.prop(
    [
      fc.constantFrom(...LONG_LAST),
      fc.constantFrom('tel ', 'Telefon: ', ''),
      fc.constantFrom('\n', '\r\n', '\n> '),
      fc.constantFrom(...VALUES),
    ],
    { numRuns: 200 },
  )(
    'a value after a number wrapped before its last long group stays as it does on one line',
    ([country, number], label, mark, value) => {
      const locale = LOCALES[country] as string;
      const one = redact(`${label}${number} ${value}`, { locale }).text;
      fc.pre(one.endsWith(`[PHONE] ${value}`) && !digitLeft(one.slice(0, -value.length)));
      const at = number.lastIndexOf(' ');
      const wrapped = `${number.slice(0, at)}${mark}${number.slice(at + 1)}`;
      const out = redact(`${label}${wrapped} ${value}`, { locale }).text;
      expect(out.endsWith(`[PHONE] ${value}`)).toBe(true);
      expect(digitLeft(out.slice(0, -value.length))).toBe(false);
    },
  );
});
