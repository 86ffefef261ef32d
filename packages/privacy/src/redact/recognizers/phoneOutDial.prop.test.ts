// outDialCut (phoneOutDial.ts, V56a) says where readWindow cuts a window before a calling code
// dialled out with "00". Its oracle states the rule the slow way: every space tried in turn for a
// "00" or "(00" calling code after it, the first one asked; the last group before it read from
// the groups split apart; the rest's parts up to each space, every one, asked whole (no cap of
// fifteen digits, no matcher's reading of the rest first); the groups of one width read from a
// split. And end to end: after a value or a list's marker, a number dialled out with "00", or
// written with its code in brackets, goes wherever the same number written with "+" goes.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { luhnValid } from '../checks/luhn.js';
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
    if (read[k] === ' ' && /^\(?00[1-9][0-9]{0,2}\)?[ ./-]\(?[0-9]/.test(read.slice(k + 1))) {
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
  const right = read.slice(p + 1);
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
const VALUES = ['1', '1 /', '12 /', '3', '4711', '12345', '2024', '030', '0151', '0012', '4753'];
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

const windowShape = fc
  .tuple(
    fc.constantFrom(...VALUES),
    fc.boolean(),
    fc.constantFrom(...CODES),
    fc.constantFrom(...PARTS),
    fc.constantFrom(...TAILS),
    fc.constantFrom(...COUNTRIES),
  )
  .map(([value, bracket, code, part, tail, country]) => {
    const head = bracket ? `(00${code})` : `00${code}`;
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
      fc.constantFrom('1', '1 /', '12 /', 'Order 12345', 'Menge 3', 'réf 12', 'x'),
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
      for (const head of [`00${code}`, `(00${code})`, `(+${code})`]) {
        // (Older readings, no part of this one: a form that stays alone (none now: "(+33) 6 12 34
        // 56 78", a French mobile in pairs after a bracketed code, goes since session 56's
        // auditSession56Brackets); digits that pass Luhn, the value's with the number's, a card's
        // claim that takes the value into the placeholder, "1 0048 600 123 456" -> "[PHONE]" (it
        // went as "[CARD]"), or the number's with the next one's, a card's claim over both that
        // joins their placeholders, "(+33) 6 12 34 56 78 06 12 34 56 78" -> "[PHONE]".)
        if (redact(`${head} ${part}`, { locale }).text !== '[PHONE]') continue;
        const digits = `${value} ${head} ${part}`.replace(/[^0-9]/g, '');
        if (digits.length >= 13 && luhnValid(digits)) continue;
        const joined = `${part}${tail}`.replace(/[^0-9]/g, '');
        if (twice && joined.length >= 13 && joined.length <= 19 && luhnValid(joined)) continue;
        expect(redact(`${value} ${head} ${part}${tail}`, { locale }).text).toBe(plus);
      }
    },
  );
});
