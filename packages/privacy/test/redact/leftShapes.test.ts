// T54a (issue #14): four shapes that earlier audits found and left, each fail-open (a customer's
// value went to the vendor), each row written before the fix and failing on the code before it.
// 1. A JSON (or JavaScript) string's "\u0040" and "\u002B": the shadow reads them as "&#64;" and
//    "&#43;" are read (digits.ts shadowOf), only in a text holding a backslash.
// 2. An amount of one to three digits right after its currency, then a phone with a space between
//    ("R$ 50 11 98765-4321"): read as one candidate, no valid number; the amount's group is now
//    read apart (phone.ts readWindow, amountBeside.ts currencyBefore).
// 3. A superscript or subscript "+" before a run of its digits the fold reads ("⁺⁴⁸ ⁶⁰¹ ²³⁴ ⁵⁶⁷"):
//    read as "+"; alone ("Ca²⁺") it stays (astralDigits.ts signsRun).
// 4. A circled digit glued before a number in ASCII digits shorter than ten ("tel ①601234567"):
//    a list's marker where the value after it is found (redact.ts asciiDigitAt).
import { fc, test } from '@fast-check/vitest';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { foldAstral } from '../../src/redact/astralDigits.js';
import { expectRedactsTo } from './redacted.js';

/** A row: its locale, its text, and the text redact must write. */
type Row = readonly [locale: string, text: string, expected: string];

const ROWS: readonly (readonly [string, readonly Row[]])[] = [
  [
    'JSON escapes',
    [
      [
        'en-US',
        '{"email":"jane.roe\\u0040example.com","order":"7788990"}',
        '{"email":"[EMAIL]","order":"7788990"}',
      ],
      ['en-US', '{"contact":"JANE.ROE\\u0040EXAMPLE.COM"}', '{"contact":"[EMAIL]"}'],
      [
        'pl-PL',
        '{"phone":"\\u002B48 601 234 567","order":"PL-2026-44817"}',
        '{"phone":"[PHONE]","order":"PL-2026-44817"}',
      ],
      ['de-DE', '{"tel":"\\u002b4915123456789"}', '{"tel":"[PHONE]"}'],
      // A backslash elsewhere changes nothing: a path, an escaped quote, a "+" before no digit.
      [
        'en-US',
        '{"path":"C:\\\\orders\\\\7788990","note":"a \\u002Bb"}',
        '{"path":"C:\\\\orders\\\\7788990","note":"a \\u002Bb"}',
      ],
    ],
  ],
  [
    'an amount beside its currency, then a phone',
    [
      ['pt-BR', 'R$ 50 11 98765-4321', 'R$ 50 [PHONE]'],
      ['pt-BR', 'paguei R$50 11 98765-4321 ontem', 'paguei R$50 [PHONE] ontem'],
      ['pt-BR', 'US$ 20 (11) 98765-4321', 'US$ 20 [PHONE]'],
      ['pl-PL', '1 299,00 zł 601 234 567', '1 299,00 zł [PHONE]'],
      ['hi-IN', '₹500 98765 43210', '₹500 [PHONE]'],
      ['hi-IN', 'Rs 500 98765 43210', 'Rs 500 [PHONE]'],
      // No currency: the group is not known to be an amount, and the run is read as it was.
      // (Goes since V61a: a phone after an order's number, phoneAfterValue.ts.)
      ['hi-IN', 'order 500 98765 43210', 'order 500 [PHONE]'],
      // An amount alone stays.
      ['pt-BR', 'R$ 50 reais', 'R$ 50 reais'],
    ],
  ],
  [
    'superscript and subscript plus',
    [
      ['pl-PL', '⁺⁴⁸ ⁶⁰¹ ²³⁴ ⁵⁶⁷', '[PHONE]'],
      ['pl-PL', 'tel. ₊₄₈ ₆₀₁ ₂₃₄ ₅₆₇', 'tel. [PHONE]'],
      ['en-GB', 'tel ⁺⁴⁴ ⁷⁹¹¹ ¹²³⁴⁵⁶', 'tel [PHONE]'],
      ['en-GB', 'Ca²⁺ ions, 10⁺³ and ⁺4 left', 'Ca²⁺ ions, 10⁺³ and ⁺4 left'],
    ],
  ],
  [
    'a circled marker glued before fewer than ten ASCII digits',
    [
      ['pl-PL', 'tel ①601234567', 'tel ①[PHONE]'],
      ['pl-PL', 'tel. ①601 234 567', 'tel. ①[PHONE]'],
      // The marker before an order number stays, and so does the number.
      ['pl-PL', '①4471 zamówienie', '①4471 zamówienie'],
      ['pl-PL', 'tel ①4471 zamówienie', 'tel ①4471 zamówienie'],
      // A number in circled digits keeps asking for ten: a date without its first digit dials.
      ['it-IT', '②⓪②④-⓪②-②⓪', '②⓪②④-⓪②-②⓪'],
    ],
  ],
];

describe.each(ROWS)('%s', (_, rows) => {
  it.each(rows)('%s %j', (locale, text, expected) => expectRedactsTo(text, locale, expected));
});

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB = '₀₁₂₃₄₅₆₇₈₉';

// The oracle: a script's "+" is read as NFKC reads it ("+") exactly where two of that script's
// digits follow it (the run the fold reads, two or more together); elsewhere it is kept.
describe('the fold of a superscript or subscript plus', () => {
  test.prop([
    fc.array(fc.constantFrom(...SUP, ...SUB, '⁺', '₊', ' ', 'a', '1', '²'), { maxLength: 24 }),
  ])('is "+" exactly before two script digits, else the sign as written', (units) => {
    const text = units.join('');
    const fold = foldAstral(text);
    // Every unit here is one BMP unit: the fold is one for one.
    expect(fold.text.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (c !== '⁺' && c !== '₊') continue;
      const digits = (k: number) => /[⁰¹²³⁴-⁹₀-₉]/.test(text.charAt(k));
      const expected = digits(i + 1) && digits(i + 2) ? c.normalize('NFKC') : c;
      expect(fold.text.charAt(i)).toBe(expected);
    }
  });

  it('is "+" in NFKC', () => {
    expect('⁺₊'.normalize('NFKC')).toBe('++');
  });
});

describe('the values are valid', () => {
  // Every phone of the rows (the superscript and circled ones as NFKC reads them), with its
  // country, by libphonenumber-js/max; the addresses are example.com's (RFC 2606).
  const PHONES: readonly (readonly [CountryCode, string])[] = [
    ['PL', '+48 601 234 567'],
    ['PL', '601234567'],
    ['DE', '+4915123456789'],
    ['BR', '11 98765-4321'],
    ['BR', '(11) 98765-4321'],
    ['IN', '98765 43210'],
    ['GB', '+44 7911 123456'],
  ];
  it.each(PHONES)('%s %s', (country, phone) => {
    expect(isValidPhoneNumber(phone, country)).toBe(true);
  });
});
