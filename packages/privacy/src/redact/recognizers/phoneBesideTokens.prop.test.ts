// V62c (issue #14): a mobile beside a token, one space between: a fraction or a month and a
// two-digit year after it ("+49 1511 7787950 1/3", "+61 412 854 868 06/90"; "/" is a phone's
// mark), a version after a "v" or an amount after its currency's sign before it ("v4.6.7 06 12
// 23 05 79", "$1573.49 0412 257 343"), a year alone before it ("tel 2015 512 228 090"), or a
// date's or a month's year before it, which went with it as a card ("28.11.[CARD]"). Stated as
// the law: after a phone's label the mobile goes and the token stays as written (where the mobile
// and the token read as one valid number, the token may go with it: nothing is left that reads
// as the mobile), no Luhn-valid run is left, and the phone reading agrees with its oracle
// (test/redact/phoneOracle.ts: datedWordAt, withoutLeadToken, parts' year, each its own reading).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { luhnRuns } from '../../../test/redact/cardPrints.js';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { isMobileOf } from '../../../test/redact/validNumbers.js';
import { redact } from '../redact.js';

// By country: its locale, its calling code, its mobiles' first digits, how many follow, and how
// its people print the national number (its trunk "0" first where it has one).
const MOBILES: readonly (readonly [
  string,
  string,
  readonly string[],
  number,
  (n: string) => string,
])[] = [
  ['de-DE', '49', ['151', '160', '176'], 8, (n) => `0${n.slice(0, 3)} ${n.slice(3)}`],
  ['fr-FR', '33', ['6', '7'], 8, (n) => `0${n}`.replace(/(\d\d)(?=\d)/g, '$1 ')],
  ['en-AU', '61', ['412', '423'], 6, (n) => `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`],
  ['pl-PL', '48', ['51', '60', '69'], 7, (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`],
  ['en-GB', '44', ['7400', '7911'], 6, (n) => `0${n.slice(0, 4)} ${n.slice(4)}`],
  ['es-ES', '34', ['612', '678'], 6, (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`],
  ['nl-NL', '31', ['61', '62'], 7, (n) => `0${n.slice(0, 1)} ${n.slice(1)}`],
  [
    'en-US',
    '1',
    ['212555', '646555'],
    4,
    (n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
  ],
  ['it-IT', '39', ['347', '333'], 7, (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`],
  ['pt-BR', '55', ['119', '219'], 8, (n) => `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`],
];

// A valid mobile of its country, national or international: [locale, print].
const mobile = fc
  .constantFrom(...MOBILES)
  .chain(([locale, code, starts, rest, print]) =>
    fc.tuple(
      fc.constant(locale),
      fc.constant(code),
      fc.constantFrom(...starts),
      fc.stringMatching(new RegExp(`^[0-9]{${rest}}$`)),
      fc.constant(print),
      fc.boolean(),
    ),
  )
  .filter(([locale, code, start, rest]) => isMobileOf(locale, code, `${start}${rest}`))
  .map(([locale, code, start, rest, print, plus]) => {
    const national = `${start}${rest}`;
    return [locale, plus ? `+${code} ${national}` : print(national)] as const;
  });

const two = (n: number) => String(n).padStart(2, '0');
const int = (min: number, max: number) => fc.integer({ min, max });

// Tokens after the mobile: a fraction, a month and a two-digit year; since V63c an amount of four
// to six digits, its cents after a point, no unit ("1849.71").
const after = fc.oneof(
  fc.tuple(int(1, 9), int(2, 10)).map(([a, b]) => `${a}/${b}`),
  fc.tuple(int(1, 12), int(0, 99)).map(([m, y]) => `${two(m)}/${two(y)}`),
  fc.tuple(int(1000, 999999), int(0, 99)).map(([w, c]) => `${w}.${two(c)}`),
);
// Tokens before it: a version after "v" or "V", an amount after "$", "€" or "£" (a space between
// or not), a year alone, a date, a month and a year; since V63c an amount without its sign, its
// cents after a point ("43.33").
const before = fc.oneof(
  fc
    .tuple(fc.constantFrom('v', 'V'), int(0, 12), int(0, 19), int(0, 19))
    .map(([v, a, b, c]) => `${v}${a}.${b}.${c}`),
  fc.tuple(int(1, 999), int(0, 99)).map(([w, c]) => `${w}.${two(c)}`),
  fc
    .tuple(fc.constantFrom('$', '€', '£', '$ '), int(1, 9999), int(0, 99))
    .map(([s, w, c]) => `${s}${w}.${two(c)}`),
  int(1950, 2035).map(String),
  fc
    .tuple(int(1, 28), int(1, 12), int(1950, 2035), fc.constantFrom('.', '/'))
    .map(([d, m, y, s]) => `${two(d)}${s}${two(m)}${s}${y}`),
  fc.tuple(int(1, 12), int(1950, 2035)).map(([m, y]) => `${two(m)}.${y}`),
);

const text = fc
  .tuple(mobile, fc.boolean())
  .chain(([[locale, number], isAfter]) =>
    (isAfter ? after : before).map((t) => [locale, number, t, isAfter] as const),
  );

describe('a mobile beside a fraction, a version, an amount or a year (V62c)', () => {
  test.prop([text], { numRuns: 300 })(
    'after "tel" the mobile goes, the token stays (or goes with it), no Luhn-valid run is left',
    ([locale, number, t, isAfter]) => {
      const s = isAfter ? `tel ${number} ${t}` : `tel ${t} ${number}`;
      const out = redact(s, { locale }).text;
      expect(luhnRuns(out), s).toEqual([]);
      expect(out, s).not.toContain(number);
      // The token as written beside the placeholder, or nothing of it left in clear.
      const kept = isAfter ? out.endsWith(`] ${t}`) : out.includes(`${t} [`);
      expect(kept || !/\d/.test(out), `${s} -> ${out}`).toBe(true);
    },
  );

  test.prop([text, fc.constantFrom('', 'tel ', 'Order ')], { numRuns: 300 })(
    'the phone reading agrees with its oracle',
    ([locale, number, t, isAfter], lead) => {
      const s = isAfter ? `${lead}${number} ${t}` : `${lead}${t} ${number}`;
      const [found, oracle] = phoneAndOracle(contextOf(s, locale, locale.slice(3) as never));
      expect(found, s).toEqual(oracle);
    },
  );

  // Neither vacuous nor of one side: both readings take the mobile alone.
  it.each([
    ['de-DE', 'tel +49 1511 7787950 1/3', [4, 20]],
    ['en-AU', 'phone $1573.49 0412 257 343', [15, 27]],
    ['fr-FR', 'v4.6.7 06 12 23 05 79', [7, 21]],
    ['pl-PL', 'tel 2015 512 228 090', [9, 20]],
    // (V63c: an amount without its sign, cut off where the span whole is no number, and a
    // number whole whose first group reads so: both readings ask the span whole first.)
    ['de-DE', 'Summe 43.33 0151 23456789', [12, 25]],
    ['fr-FR', '06.12 34 56 78', [0, 14]],
    ['en-US', 'tel 212 555 0187 1849.71', [4, 16]],
  ] as const)('%s %j: both read the mobile alone', (locale, s, [start, end]) => {
    const [found, oracle] = phoneAndOracle(contextOf(s, locale, locale.slice(3) as never));
    expect(found.map((m) => [m.start, m.end])).toEqual([[start, end]]);
    expect(oracle).toEqual(found);
  });
});
