// A card printed in fours across line breaks is the card: with an issuer's first digit (2 to 6)
// it goes whole, the breaks inside its placeholder, whatever breaks and spaces part its groups;
// lines of numbers without an issuer's first digit are read line by line (T23b audit); a quoted
// reply's "> " and an HTML "<br>" break lines too, and a last digit may stand alone (T24b).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { luhnOk, withLuhn } from '../../../test/redact/corpus/checks.js';
import { redact } from '../redact.js';
import { issuedAt } from './cardLengths.js';

const body = (first: string) =>
  fc
    .tuple(
      fc.integer({ min: 13, max: 19 }),
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 18, maxLength: 18 }),
    )
    .map(([length, rest]) => withLuhn(first + rest.slice(0, length - 2)));
// Line breaks as typed, as a quoted reply marks them and as an HTML body writes them (T24b).
const BREAKS = ['\n', ' \n', '\n ', '\r\n', '\n> ', '\n> > ', '<br>', '<br />\n'];

/**
 * The number in fours, each gap a space or (at least the first) a line break. A last group of one
 * digit may stand alone on its line (a lone digit is no run, runs.ts: read apart, T24b).
 */
const printed = (digits: string, breaks: readonly boolean[], kind: string) =>
  (digits.match(/.{1,4}/g) as string[])
    .map((g, k) => (k === 0 ? g : (breaks[k % breaks.length] || k === 1 ? kind : ' ') + g))
    .join('');

describe('a card printed across line breaks', () => {
  test.prop([
    fc.constantFrom(...'23456').chain(body),
    fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(...BREAKS),
  ])('goes whole with an issuer’s first digit', (digits, breaks, kind) => {
    // A length its network does not issue may end at a line break before its last group, where
    // the lines before it are a card it issues (cardLengths.prop.test.ts holds those, T66a).
    fc.pre(issuedAt(digits, digits.length) !== false);
    const card = printed(digits, breaks, kind);
    expect(redact(`card:\n${card}\nthanks`, { locale: 'en-GB' }).text).toBe(
      'card:\n[CARD]\nthanks',
    );
  });

  // Not from "00" and a country code: a first line "0045" is how a number dialled out starts, and
  // with a next line that completes it ("0045\n3234 6808", "+45 3234 6808") it is the wrapped
  // number the issue asks to go whole (#14, T28b: "> 0048\n> 600 123 456", wrapped.test.ts). A
  // "00" group further down, under a line of digits, is a column's row and stays (T29b).
  test.prop([
    fc
      .constantFrom(...'01789')
      .chain(body)
      .filter((digits) => !/^00[1-9]/.test(digits)),
    fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(...BREAKS),
  ])('without one, adds nothing to what its lines hold read apart', (digits, breaks, kind) => {
    const lines = `totals:\n${printed(digits, breaks, kind)}\nthanks`;
    const apart = lines
      .split('\n')
      .map((line) => redact(line, { locale: 'en-GB' }).text)
      .join('\n');
    expect(redact(lines, { locale: 'en-GB' }).text).toBe(apart);
  });
});

// A Luhn-valid run of 13 to 19 digits never stays (#14), whatever its first digit: an IMEI (15
// digits, "35…", "86…", "99…") or a card beside a model's or a quantity's number, glued to
// "IMEI1", after an order's number or listed with another stayed until the eighth audit (T30b).
describe('a Luhn-valid group of its own beside other numbers', () => {
  const value = fc.constantFrom(...'0123456789').chain(body);
  const short = fc.integer({ min: 0, max: 999 }).map(String);
  test.prop([
    value,
    fc.oneof(
      short.map((n) => [`Pixel ${n} `, ''] as const),
      short.map((n) => [`IMEI${n} `, ''] as const),
      short.map((n) => ['IMEI ', ` ${n}`] as const),
      fc.integer({ min: 10000, max: 9999999 }).map((n) => [`Order ${n} `, ''] as const),
    ),
  ])(
    'goes, and the other number stays unless the two pass Luhn as one run',
    (digits, [before, after]) => {
      const out = redact(`${before}${digits}${after} ok`, { locale: 'en-GB' }).text;
      // Where the short number and the value, read as one run of 13 to 19 digits, pass Luhn, the
      // run goes whole by the same rule ("Galaxy S24 867542039182731" → "Galaxy S[CARD]").
      const joined = `${before}${digits}${after}`.replace(/\D/g, '');
      const whole = joined.length <= 19 && luhnOk(joined);
      expect(out).toBe(whole ? out : `${before}[CARD]${after} ok`);
      expect(out).not.toContain(digits);
      expect(out).toMatch(/\[CARD\]/);
    },
  );

  test.prop([value, value])('listed with a space, each goes', (a, b) => {
    const out = redact(`IMEIs ${a} ${b}`, { locale: 'en-GB' }).text;
    expect(out).not.toMatch(/\d/);
  });
});
