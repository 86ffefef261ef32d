// outDialCut (phoneOutDial.ts, V56a) says where readWindow cuts a window before a calling code
// dialled out with "00". Its oracle states the rule the slow way: every space tried in turn for a
// "00" or "(00" calling code after it, the first one asked; the last group before it read from
// the groups split apart; the rest's parts up to each space, every one, asked whole (no cap of
// fifteen digits, no matcher's reading of the rest first); the groups of one width read from a
// split. And end to end: after a value or a list's marker, a number dialled out with "00", or
// written with its code in brackets, goes wherever the same number written with "+" goes; since
// V57b wrapped at its line's end too, where the recognizer finds what its oracle
// (test/redact/phoneOracle.ts) finds, look-alikes (columns, invoices, times) beside it.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { luhnValid } from '../checks/luhn.js';
import type { RecognizerContext } from '../types.js';
import { type PhoneOptions, phoneOptionsFor } from './phone.js';
import { validNumbersIn } from './phoneMatcher.js';
import { outDialCut } from './phoneOutDial.js';

/** `text` read whole as one valid number, its "(" or "+" at most at `o + 1`. */
function validWhole(text: string, o: number, options: PhoneOptions): boolean {
  return validNumbersIn(text, options.defaultCountry).some(
    (n) => n.startsAt <= o + 1 && n.endsAt === text.length,
  );
}

/** outDialCut, written plainly. */
function plainCut(read: string, options: PhoneOptions): number {
  let p = -1;
  for (let k = 1; k < read.length; k++)
    if (read[k] === ' ' && /^\(?00 ?[1-9][0-9]{0,2}\)?[ ./-]\(?[0-9]/.test(read.slice(k + 1))) {
      p = k;
      break;
    }
  if (p < 0) return -1;
  const left = read.slice(0, p);
  if (!/[0-9]/.test(left)) return -1;
  // The last group before it, its separators after it dropped: led by a trunk "0" or not.
  const last =
    left
      .replace(/[ ./-]+$/, '')
      .split(/[ ./-]/)
      .pop() ?? '';
  if (/^\(?0[0-9]*\)?$/.test(last)) return -1;
  let right = read.slice(p + 1);
  // (Since V58d: "00" apart from its code, "00 44", but not after a pair, the last digits before
  // it two: "33 00 45 20" is a Norwegian number in pairs. Read on as with the two glued.)
  const apart = /^\(?00 /.test(right);
  if (apart && (left.split(/[^0-9]/).pop() ?? '').length === 2) return -1;
  if (apart) right = right.replace('00 ', '00');
  // One value in groups of one width, three digits or more, the last as wide or narrower.
  const groups = `${left.split(' ').pop()} ${right}`.split(' ');
  const width = groups[0]?.length ?? 0;
  if (
    width >= 3 &&
    groups.every((g) => /^[0-9]+$/.test(g)) &&
    groups.slice(0, -1).every((g) => g.length === width) &&
    (groups.at(-1)?.length ?? 0) <= width
  )
    return -1;
  const o = right.startsWith('(') ? 1 : 0;
  const dialled = `${right.slice(0, o)} +${right.slice(o + 2)}`;
  let starts = false;
  for (let k = o + 2; k <= dialled.length && !starts; k++)
    if (k === dialled.length || dialled[k] === ' ')
      starts = validWhole(dialled.slice(0, k), o, options);
  return starts ? p : -1;
}

const COUNTRIES = ['US', 'DE', 'GB', 'PL', 'FR'] as const;
// What stands before: a list's count or marker, an order's number, a year, a trunk-led group (a
// national number's start), groups of four (a shipment's).
const VALUES = [
  '1',
  '1 /',
  '12 /',
  '3',
  '4711',
  '12345',
  '2024',
  '030',
  '0151',
  '0012',
  '4753',
  '33',
  '06 12',
];
const CODES = ['44', '1', '49', '48', '33', '39'];
// National parts: valid after one of the codes or not, in groups of four too.
const PARTS = [
  '20 7946 0018',
  '2079 4600 18',
  '7911 123456',
  '646 555-0199',
  '151 23456789',
  '30 1234567',
  '512 345 678',
  '6 12 34 56 78',
  '347 123 4567',
  '1234',
  '7911 1234',
  '20 7946 00',
  '- 7038 - 0099',
  '50 76842',
];
const TAILS = ['', ' 0151 23456789', ' 212', ' 2024', ' 9229 30', ' 123456', ' 0044 20 7946 0018'];

// Numbers by locale (its calling code, a national part, a number of the country to follow),
// wrapped at one of their spaces (V57b).
const WRAPS: readonly (readonly [string, string, string, string])[] = [
  ['en-US', '44', '20 7946 0018', '212 555-0187'],
  ['en-US', '1', '646 555-0199', '212 555-0187'],
  ['en-GB', '44', '7911 123456', '020 7946 0018'],
  ['en-GB', '1', '646 555-0199', '07911 123456'],
  ['de-DE', '49', '151 23456789', '0151 23456789'],
  ['pl-PL', '48', '512 345 678', '600 123 456'],
  ['fr-FR', '33', '6 12 34 56 78', '06 12 34 56 78'],
];

const windowShape = fc
  .tuple(
    fc.constantFrom(...VALUES),
    fc.boolean(),
    fc.constantFrom(...CODES),
    fc.constantFrom(...PARTS),
    fc.constantFrom(...TAILS),
    fc.constantFrom(...COUNTRIES),
    fc.constantFrom('', ' '),
  )
  .map(([value, bracket, code, part, tail, country, gap]) => {
    // (Since V58d, "00" apart from its code too: "00 44".)
    const head = bracket ? `(00${gap}${code})` : `00${gap}${code}`;
    return [`${value} ${head} ${part}${tail}`, country] as const;
  });

describe('outDialCut (V56a)', () => {
  test.prop([windowShape], { numRuns: 100 })(
    'cuts where its plain reading cuts',
    ([read, country]) => {
      const options = phoneOptionsFor(country);
      expect(outDialCut(read, options)).toBe(plainCut(read, options));
    },
  );

  test.prop(
    [
      fc.constantFrom('1', '1 /', '12 /', 'Order 12345', 'Order 4711', 'Menge 3', 'réf 12', 'x'),
      fc.constantFrom(
        ['en-US', '44', '20 7946 0018', '212 555-0187'],
        ['en-GB', '44', '7911 123456', '020 7946 0018'],
        ['de-DE', '49', '151 23456789', '0151 23456789'],
        ['de-DE', '44', '7911 123456', '0151 23456789'],
        ['fr-FR', '33', '6 12 34 56 78', '06 12 34 56 78'],
        ['pl-PL', '48', '600 123 456', '512 345 678'],
        ['it-IT', '39', '347 123 4567', '06 1234 5678'],
      ),
      fc.boolean(),
    ],
    { numRuns: 60 },
  )(
    'after a value, a number dialled out with "00" or bracketed goes where its "+" form goes',
    (value, [locale, code, part, next], twice) => {
      // (With a number of the customer's country after it, or not.)
      const tail = twice ? ` ${next}` : '';
      const plus = redact(`${value} +${code} ${part}${tail}`, { locale }).text;
      fc.pre(plus === `${value} [PHONE]${twice ? ' [PHONE]' : ''}`);
      // (Since V58d "00" apart from its code too, but not after a value of two digits: a pair.)
      const apart = /(?:^|[^0-9])[0-9]{2}$/.test(value) ? [] : [`00 ${code}`, `(00 ${code})`];
      for (const head of [`00${code}`, `(00${code})`, `(+${code})`, ...apart]) {
        // (Older readings, no part of this one: a form that stays alone (none now: "(+33) 6 12 34
        // 56 78", a French mobile in pairs after a bracketed code, goes since session 56's
        // auditSession56Brackets); digits that pass Luhn, the value's with the number's, a card's
        // claim that takes the value into the placeholder, "1 0048 600 123 456" -> "[PHONE]" (it
        // went as "[CARD]"), or the number's with the next one's, a card's claim over both that
        // joins their placeholders, "(+33) 6 12 34 56 78 06 12 34 56 78" -> "[PHONE]".)
        // (Since V59g none of the first kind: "(00 33) 6 12 34 56 78" goes, its "33)" no list's
        // marker; and a value's digits with the number's, Luhn-valid, are no card's claim after a
        // bracketed code, nor before one after a value of up to eight digits.)
        expect(redact(`${head} ${part}`, { locale }).text).toBe('[PHONE]');
        const joined = `${part}${tail}`.replace(/[^0-9]/g, '');
        if (twice && joined.length >= 13 && joined.length <= 19 && luhnValid(joined)) continue;
        expect(redact(`${value} ${head} ${part}${tail}`, { locale }).text).toBe(plus);
      }
    },
  );

  test.prop(
    [
      fc.constantFrom('1', '1 /', '12 /', 'Order 4711', 'Order 12345', 'Menge 3', 'tel 1', 'x'),
      fc.constantFrom(...WRAPS),
      fc.nat(),
      fc.boolean(),
    ],
    { numRuns: 60 },
  )(
    'after a value, a number dialled out with "00" or bracketed and wrapped at its line\'s end goes where its "+" form goes (V57b)',
    (value, [locale, code, part, next], at, twice) => {
      const tail = twice ? ` ${next}` : '';
      const text = (head: string) => `${value} ${wrapAt(`${head} ${part}`, at)}${tail}`;
      const plus = redact(text(`+${code}`), { locale }).text;
      fc.pre(plus === `${value} [PHONE]${twice ? ' [PHONE]' : ''}`);
      for (const head of [`00${code}`, `(00${code})`, `(+${code})`]) {
        // (As above: a form that stays alone, and digits that pass Luhn as one run, are other
        // readings'.)
        if (redact(wrapAt(`${head} ${part}`, at), { locale }).text !== '[PHONE]') continue;
        // (The value's digits with the number's first line, Luhn-valid, no card's claim since
        // V59g: "Order 12345 0044 7911\n123456" went as "Order [PHONE]".)
        const joined = `${part}${tail}`.replace(/[^0-9]/g, '');
        if (twice && joined.length >= 13 && joined.length <= 19 && luhnValid(joined)) continue;
        expect(redact(text(head), { locale }).text).toBe(plus);
      }
    },
  );

  test.prop(
    [
      fc.constantFrom('1', '1 /', '12 /', 'Order 4711', 'Rechnung 2024', 'totals:\n1200', 'tel 1'),
      fc.constantFrom(...WRAPS),
      // (Since V58d "00" apart from its code too: "00 44".)
      fc.constantFrom('00', '(00', '+', '00 '),
      fc.nat(),
      fc.constantFrom('', ' 12', ' 2024', ' items', '\n12:00', ' 0151\n23456789'),
    ],
    { numRuns: 80 },
  )(
    'a wrapped number after a value is read as its oracle reads it, and so are look-alikes (V57b)',
    (value, [locale, code, part], lead, at, after) => {
      const head = lead === '(00' ? `(00${code})` : `${lead}${code}`;
      const country = (locale as string).slice(3);
      for (const text of [
        `${value} ${wrapAt(`${head} ${part}`, at)}${after}`,
        // A column's next value or an invoice's, the code's group alone or cut short.
        `${value} ${head}\n${part.slice(0, 4)}${after}`,
        `${value} ${head} ${part.split(' ')[0]}\n${after.trim() || '03'}`,
      ]) {
        const context = contextOf(text, locale, country as RecognizerContext['country']);
        const [fast, plain] = phoneAndOracle(context);
        expect(fast).toEqual(plain);
      }
    },
  );
});

/** `text` with its `at`-th space (modulo their count) made a line break. */
function wrapAt(text: string, at: number): string {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index as number);
  const k = spaces[at % spaces.length] as number;
  return `${text.slice(0, k)}\n${text.slice(k + 1)}`;
}
