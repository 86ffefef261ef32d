// V60i (issue #14): a token that starts a run of digits (an amount with its decimals, a date, a
// time, a version: tokenAfter.ts), a space, then a card. "am 2026-12-06 4111 1111 1111 1111" was
// one run of 24 digits and left the card in clear: card.ts leadToken reads the groups after the
// token as a run of their own. Stated as the law: a Luhn-valid card with an issuer's first digit,
// printed as cards are, always goes after any token of eight locales, and the token stays as
// written; no Luhn-valid 13-19 digit run is left (redact.prop.test.ts's reading of a run).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cardPrint, luhnRuns } from '../../../test/redact/cardPrints.js';
import { redact } from '../redact.js';

// Cards of each network at the lengths it issues, printed in fours (spaces or dashes), as Amex
// prints its 4-6-5, or whole.
const card = cardPrint([
  ['4', 16],
  ['4', 13],
  ['4', 19],
  ['51', 16],
  ['2221', 16],
  ['6011', 16],
  ['35', 16],
  ['62', 19],
  ['37', 15],
  ['36', 14],
]);

const LOCALES = ['de-DE', 'fr-FR', 'it-IT', 'es-ES', 'en-US', 'en-GB', 'pt-BR', 'pl-PL'];
const two = (n: number) => String(n).padStart(2, '0');

/** A token as `locale` writes it, no unit after it: an amount, a date, a time or a version. */
const token = (locale: string) => {
  const point = ['en-US', 'en-GB'].includes(locale);
  const dec = point ? '.' : ',';
  const thousands = point ? ',' : '.';
  return fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }))
      .map(([w, c]) => `${w}${dec}${two(c)}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(([a, b, c]) => `${a}${thousands}${String(b).padStart(3, '0')}${dec}${two(c)}`),
    fc
      .tuple(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('-', '/', '.'),
      )
      .map(([y, m, d, s]) => `${y}${s}${two(m)}${s}${two(d)}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1900, max: 2099 }),
        fc.constantFrom('.', '/', '-'),
        fc.boolean(),
      )
      .map(([d, m, y, s, short]) => `${two(d)}${s}${two(m)}${s}${short ? two(y % 100) : y}`),
    fc
      .tuple(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(':', 'h', '.', ':00:'),
      )
      .map(([h, m, s]) =>
        s === '.'
          ? `${two(h)}.${two(m)} Uhr`
          : s === ':00:'
            ? `${two(h)}:00:${two(m)}`
            : `${two(h)}${s}${two(m)}`,
      ),
    fc
      .tuple(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 19 }),
        fc.constantFrom('', 'v'),
      )
      .map(([a, b, c, v]) => `${v}${a}.${b}.${c}`),
  );
};

const text = fc
  .tuple(fc.constantFrom(...LOCALES), fc.constantFrom('', 'am ', 'on ', 'le ', 'Datum: '))
  .chain(([locale, lead]) =>
    fc.tuple(token(locale), card).map(([t, c]) => [locale, lead, t, c] as const),
  );

describe('a token that starts a run, then a card (V60i)', () => {
  test.prop([text], { numRuns: 400 })(
    'the card goes, the token stays, and no Luhn-valid run is left',
    ([locale, lead, t, c]) => {
      const out = redact(`${lead}${t} ${c}`, { locale }).text;
      expect(luhnRuns(out)).toEqual([]);
      // The card goes: its placeholder ends the text. The token stays as written, unless a
      // phone's reading takes the token's last digits and the card's first ("1,002.06 4111 …"
      // read from "002": auditSession60CardAfterToken's LEFT), and the union goes with them.
      expect(out.endsWith(']'), out).toBe(true);
      if (!out.startsWith(`${lead}${t} [`)) expect(out.split('[').length, out).toBe(2);
    },
  );
});
