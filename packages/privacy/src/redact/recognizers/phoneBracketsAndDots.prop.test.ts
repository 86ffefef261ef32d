// V59g's readings (issue #14), each held to a plainer form of the same text and to the phone
// oracle (test/redact/phoneOracle.ts), which reads the spans in its own slow way:
// - a calling code in brackets, "(+44)", "(0044)" or "(00 44)", then a number and a value after
//   it: the number goes ("(00 33) 6 12 34 56 78" stayed whole, its "33)" a marker; "(00 44) 20
//   7946 0018 10", no lone group read after "(00 "), and the value stays where it does after
//   "+44", whatever the digits' Luhn sum (a card's claim took it: cardBeside.ts codeBeforeRun);
// - a list with markers of two digits in brackets, "(10) … (11) …": read as the same list with
//   markers "10) … 11) …" is (phone.ts readAfterMarkers), the last marker with no count too;
// - a number, then dotted pairs that are no date ("01.05.24.78"): the number goes and the pairs
//   stay, unless the two read as one number (phoneBeside.ts dottedRunAfter).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect } from 'vitest';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import type { RecognizerContext } from '../types.js';

// Numbers by locale: a calling code, a national part after it, and a number as written at home.
const NUMBERS: readonly (readonly [string, string, string, string])[] = [
  ['en-US', '44', '20 7946 0018', '212 555 0123'],
  ['en-US', '1', '646 555 0199', '646 555 0199'],
  ['en-GB', '44', '7911 123456', '07911 123456'],
  ['de-DE', '49', '30 1234567', '030 1234567'],
  ['de-DE', '49', '151 23456789', '0151 23456789'],
  ['fr-FR', '33', '6 12 34 56 78', '06 12 34 56 78'],
  ['pl-PL', '48', '601 234 567', '601 234 567'],
  ['es-ES', '34', '612 34 56 78', '612 34 56 78'],
];

/** The phone recognizer and its oracle agree on `text`. */
function agree(text: string, locale: string): void {
  const country = locale.slice(3) as RecognizerContext['country'];
  const [fast, plain] = phoneAndOracle(contextOf(text, locale, country));
  expect(fast).toEqual(plain);
}

describe("V59g's brackets, markers and dotted pairs", () => {
  test.prop(
    [
      fc.constantFrom(...NUMBERS),
      fc.constantFrom('', '1 ', 'Order 4711 ', 'tel. '),
      fc.constantFrom('', ' 4711', ' 2024', ' 12', ' 1234 5678', ' x'),
      fc.integer({ min: 0, max: 9 }),
    ],
    { numRuns: 80 },
  )(
    'after a calling code in brackets, "(+", "(00" or "(00 ", the number goes, and what "+" keeps stays',
    ([locale, code, part], before, after, luhn) => {
      // (A last digit of the value chosen among ten, so one in ten passes Luhn with the number.)
      const value = after.replace(/[0-9]$/, String(luhn));
      const outs = ['(+', '(00', '(00 '].map((open) => {
        const text = `${before}${open}${code}) ${part}${value}`;
        agree(text, locale);
        return redact(text, { locale }).text;
      });
      // (Not each alike: "(+49) 151 23456789 10" and "(0049) …" take the group into the number, a
      // German number of any length, and "(00 49) …" keeps it, the matcher reading "( + 49)" as
      // no part of the longer number.)
      // Where "+44 … 4711" keeps the value, each keeps it; none keeps a digit of the number.
      const plus = redact(`${before}+${code} ${part}${value}`, { locale }).text;
      for (const out of outs) {
        if (plus === `${before}[PHONE]${value}`) expect(out).toBe(plus);
        expect(out.startsWith(`${before}[PHONE]`)).toBe(true);
      }
    },
  );

  test.prop(
    [
      fc.constantFrom(...NUMBERS),
      fc.constantFrom(...NUMBERS),
      fc.integer({ min: 10, max: 97 }),
      fc.constantFrom('', 'tel. ', 'Order: '),
    ],
    { numRuns: 80 },
  )(
    'a list with markers of two digits in brackets is read as with "n)" markers',
    ([locale, , , first], [other, , , second], n, label) => {
      fc.pre(other === locale);
      // (Two numbers: a list of three is longer than a window, read as a list, and the oracle
      // reads no list's markers so, on main too.)
      const items = [first, second];
      const list = (mark: (k: number) => string, phone: boolean) =>
        `${label}${items.map((x, k) => `${mark(n + k)} ${phone ? '[PHONE]' : x}`).join(' ')}`;
      // (Where the bare form reads its markers so: "27) 07911 123456 28) 07911 123456" takes the
      // "28" into the first number in Britain, on main too.)
      const bare = (k: number) => `${k})`;
      fc.pre(redact(list(bare, false), { locale }).text === list(bare, true));
      const bracketed = (k: number) => `(${k})`;
      const text = list(bracketed, false);
      expect(redact(text, { locale }).text).toBe(list(bracketed, true));
      agree(text, locale);
    },
  );

  test.prop(
    [
      fc.constantFrom(...NUMBERS),
      fc.boolean(),
      fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 3, maxLength: 5 }),
      fc.boolean(),
    ],
    { numRuns: 80 },
  )(
    'a number, then dotted pairs: the number goes and the pairs stay, or the two go as one',
    ([locale, code, part, home], international, pairs, padded) => {
      const number = international ? `+${code} ${part}` : home;
      fc.pre(redact(number, { locale }).text === '[PHONE]');
      const dots = pairs.map((p) => (padded ? String(p).padStart(2, '0') : String(p))).join('.');
      const text = `${number} ${dots}`;
      // (Four groups may be an address, "0.0.0.0", the IP reading's; ten digits a number in dots,
      // "01.00.00.00.00" in France.)
      expect(['[PHONE]', `[PHONE] ${dots}`, '[PHONE] [IP]', '[PHONE] [PHONE]']).toContain(
        redact(text, { locale }).text,
      );
      agree(text, locale);
    },
  );
});
