// What the tests of numbers said aloud in each language share (spokenLanguages.test.ts: Spanish,
// Persian, German; spokenLanguages2.test.ts: Italian, Dutch, Greek): redact with the spoken
// recognizers, the digits a text says as they read them, a brute-force reader of a language's
// words for 0-999, a number said in groups, and valid mobiles of a country.
import { fc } from '@fast-check/vitest';
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { saidNumbers } from '../../src/redact/recognizers/spoken.js';

/** `text` redacted with the spoken recognizers. */
export const said = (text: string, locale: string): string =>
  redact(text, { locale, recognizers: spokenNumberRecognizers }).text;

/** The digits each run of a text says, as the recognizers read them (before any label or validity). */
export const read = (text: string, locale: string): string[] =>
  saidNumbers(text.toLowerCase(), locale).map((parts) => parts.map((p) => p.digits).join(''));

/** Brute force: the one number from 0 to 999 whose words (`words`) are the phrase. */
export const bruteRead = (words: (n: number) => string, phrase: string): number | undefined => {
  for (let n = 0; n < 1000; n++) if (words(n) === phrase) return n;
  return undefined;
};

/** A number's digits in groups of `sizes`, each said as a number (a leading zero said as a digit). */
export const inGroups = (
  number: string,
  sizes: readonly number[],
  words: (n: number) => string,
  zero: string,
): string => {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    const digits = number.slice(at, at + size);
    at += size;
    const lead = digits.length - String(Number(digits)).length;
    out.push([...Array(lead).fill(zero), words(Number(digits))].join(' '));
  }
  return out.join(', ');
};

/** Valid mobiles of `country`: one of `starts`, then as many digits as one of `rest`. */
export const mobile = (
  starts: readonly string[],
  rest: readonly number[],
  country: CountryCode,
): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...starts),
      fc
        .constantFrom(...rest)
        .chain((n) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })),
    )
    .map(([start, digits]) => start + digits.join(''))
    .filter((n) => isValidPhoneNumber(n, country));
