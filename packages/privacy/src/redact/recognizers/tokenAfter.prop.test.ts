// V60c (issue #14): a card, a phone or an id, a space, then an amount with its decimals, a date, a
// time or a version (tokenAfter.ts). Stated as the law: no placeholder is followed by a token's
// tail ("[CARD],45 €", "[PHONE],02 €", "[CARD]-12-06"): the token is read whole or not at all,
// and no Luhn-valid 13-19 digit run is left (redact.prop.test.ts's
// reading of a run: digits joined by single spaces or dashes). The phone reading agrees with its
// oracle (test/redact/phoneOracle.ts withoutAmount) on the same texts.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cardPrint, digitString, luhnRuns } from '../../../test/redact/cardPrints.js';
import { phoneAndOracle } from '../../../test/redact/phoneOracle.js';
import { contextOf } from '../../../test/redact/recognizerContext.js';
import { redact } from '../redact.js';

const digits = digitString;

// Cards with an issuer's first digits, 13 to 19 digits, printed in fours (spaces or dashes) or
// whole. (No Amex: its four-digit code before a slashed date, "3400 802002 53988 2020/03/16",
// is read as a code and an expiry, cardData.ts; left, auditSession60Edges.)
const card = cardPrint([
  ['4', 16],
  ['4', 13],
  ['4', 19],
  ['51', 16],
  ['55', 16],
  ['2221', 16],
  ['6011', 16],
  ['65', 16],
  ['35', 16],
  ['62', 19],
  ['36', 14],
]);

// Phones of each locale as its people print them, their last digits drawn: [locale, number].
const phone = fc.oneof(
  digits(8).map((d) => ['de-DE', `0151 ${d}`]),
  digits(7).map((d) => ['de-DE', `+49 30 ${d}`]),
  digits(8).map((d) => ['fr-FR', `06 ${d.replace(/(\d\d)(?=\d)/g, '$1 ')}`]),
  digits(7).map((d) => ['it-IT', `+39 347 ${d.slice(0, 3)} ${d.slice(3)}`]),
  digits(6).map((d) => ['es-ES', `+34 612 ${d.slice(0, 3)} ${d.slice(3)}`]),
  digits(3).map((d) => ['en-US', `(212) 555-0${d}`]),
  digits(6).map((d) => ['en-GB', `07911 ${d}`]),
  digits(8).map((d) => ['pt-BR', `(11) 9${d.slice(0, 4)}-${d.slice(4)}`]),
  digits(6).map((d) => ['pl-PL', `+48 600 ${d.slice(0, 3)} ${d.slice(3)}`]),
  digits(8).map((d) => ['nl-NL', `06 ${d}`]),
  digits(5).map((d) => ['hi-IN', `+91 98765 ${d}`]),
) as fc.Arbitrary<[string, string]>;

const id = fc.oneof(
  digits(12).map((d) => `HZG-${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`),
  digits(12).map((d) => `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`),
  digits(11).map((d) => `1${d}`),
);

const LOCALES = [
  'de-DE',
  'fr-FR',
  'it-IT',
  'es-ES',
  'en-US',
  'en-GB',
  'pt-BR',
  'pl-PL',
  'nl-NL',
  'hi-IN',
];
const two = (n: number) => String(n).padStart(2, '0');

/** A token as `locale` writes it: an amount, a percentage, a date, a time or a version. */
const token = (locale: string) => {
  const point = ['en-US', 'en-GB', 'hi-IN'].includes(locale);
  const dec = point ? '.' : ',';
  const thousands = point ? ',' : '.';
  const unit = fc.constantFrom('', ' €', '€', ' USD', ' zł', ' %', '%', ' euro');
  return fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), unit)
      .map(([w, c, u]) => `${w}${dec}${two(c)}${u}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
        unit,
      )
      .map(([a, b, c, u]) => `${a}${thousands}${String(b).padStart(3, '0')}${dec}${two(c)}${u}`),
    fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 }))
      .map(([w, c]) => `${w}${dec}${c} %`),
    fc
      .tuple(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('-', '/', '.'),
      )
      .map(([y, m, d, s]) => `${y}${s}${two(m)}${s}${two(d)}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2030 }),
        fc.constantFrom('.', '/'),
      )
      .map(([d, m, y, s]) => `${two(d)}${s}${two(m)}${s}${y}`),
    fc
      .tuple(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(':', 'h'),
      )
      .map(([h, m, s]) => `${two(h)}${s}${two(m)}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 19 }),
      )
      .map(([a, b, c]) => `${a}.${b}.${c}`),
  );
};

// A value and its locale: a card or an id in any locale, a phone in its own.
const value = fc.oneof(
  fc
    .tuple(fc.constantFrom(...LOCALES), card, fc.constantFrom('', 'Karte ', 'card ', 'carta '))
    .map(([l, c, w]) => [l, `${w}${c}`]),
  phone.map(([l, p]) => [l, `tel ${p}`]),
  fc
    .tuple(fc.constantFrom(...LOCALES), id, fc.constantFrom('', 'Bestellung ', 'codice articolo '))
    .map(([l, d, w]) => [l, `${w}${d}`]),
) as fc.Arbitrary<[string, string]>;

const text = value.chain(([locale, v]) => token(locale).map((t) => [locale, v, t] as const));

// A placeholder, then a token's tail: a mark and a digit, or a digit.
const TAIL = /\[[A-Z_]+\](?:[-.,:/h']\d|\d)/;

describe('a card, a phone or an id, then an amount, a date, a time or a version (V60c)', () => {
  test.prop([text], { numRuns: 400 })(
    'no placeholder ends inside the token, read whole or not at all, and no Luhn-valid run is left',
    ([locale, v, t]) => {
      const out = redact(`${v} ${t}`, { locale }).text;
      expect(out).not.toMatch(TAIL);
      // Read whole (no digit of it after the last placeholder) or not at all (as written).
      const whole = !/\d/.test(out.slice(out.lastIndexOf(']') + 1));
      expect(out.endsWith(` ${t}`) || whole, out).toBe(true);
      expect(luhnRuns(out)).toEqual([]);
    },
  );

  const phoneText = phone.chain(([locale, number]) =>
    token(locale).map((t) => [locale, number, t] as const),
  );
  test.prop([phoneText, fc.constantFrom('', 'tel ', 'Order 4711 ')], { numRuns: 300 })(
    'the phone reading agrees with its oracle beside an amount',
    ([locale, number, t], lead) => {
      const s = `${lead}${number} ${t}`;
      const [found, oracle] = phoneAndOracle(contextOf(s, locale, locale.slice(3) as never));
      expect(found, s).toEqual(oracle);
    },
  );

  // Neither vacuous nor of one side: both readings end the number before the amount.
  it.each([
    ['es-ES', '+34 612 660 510 845,02 €', [0, 15]],
    ['en-US', '(212) 555-0271 2,630.48 USD', [0, 14]],
    ['hi-IN', '+91 98765 43210 414.52 INR', [0, 15]],
    ['de-DE', 'Tel 030 8776823 1.021,42 €', [4, 15]],
  ] as const)('%s %j: both read the number alone', (locale, s, [start, end]) => {
    const [found, oracle] = phoneAndOracle(contextOf(s, locale, locale.slice(3) as never));
    expect(found.map((m) => [m.start, m.end])).toEqual([[start, end]]);
    expect(oracle).toEqual(found);
  });
});
