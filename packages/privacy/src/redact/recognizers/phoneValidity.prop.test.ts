// The compiled reading of phoneValidity.ts against libphonenumber-js itself: the same verdict
// (parse with a default country, isPossible, isValid) on numbers of every country, with their
// trunk prefix, their calling code with "+", "00" or none, one digit changed, cut or lengthened;
// and validNumbersIn (which uses it for bare slices) against a fresh findNumbers.
import { fc, test } from '@fast-check/vitest';
import {
  type CountryCode,
  findNumbers,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { validNumbersIn } from './phoneMatcher.js';
import { canValidate, validBareNumber } from './phoneValidity.js';

const COUNTRIES = getCountries();
const EXAMPLES = examples as unknown as Record<string, string>;

function plain(number: string, country: CountryCode | undefined): boolean {
  const options = country ? { defaultCountry: country } : {};
  const parsed = parsePhoneNumberFromString(number, options);
  return parsed?.isPossible() === true && parsed.isValid();
}

const country = fc.constantFrom(...COUNTRIES);
const maybeCountry = fc.option(country, { nil: undefined });

/** A number as people type it: a country's example, prefixed one way or another, maybe altered. */
const number = fc
  .tuple(
    country,
    fc.constantFrom('national', 'trunk', 'plus', 'idd', 'cc'),
    fc.option(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 9 })), { nil: undefined }),
    fc.constantFrom('same', 'cut', 'longer'),
  )
  .map(([c, form, change, length]) => {
    let n = EXAMPLES[c] ?? '2015550123';
    if (change) {
      const at = change[0] % n.length;
      n = `${n.slice(0, at)}${change[1]}${n.slice(at + 1)}`;
    }
    if (length === 'cut') n = n.slice(0, -1);
    if (length === 'longer') n = `${n}7`;
    const cc = getCountryCallingCode(c);
    if (form === 'trunk') return `0${n}`;
    if (form === 'plus') return `+${cc}${n}`;
    if (form === 'idd') return `00${cc}${n}`;
    if (form === 'cc') return `${cc}${n}`;
    return n;
  });

const digits = fc.stringMatching(/^\+?[0-9]{2,18}$/);

describe('validBareNumber reads a number as libphonenumber-js does', () => {
  it('can read this version of the metadata', () => {
    expect(canValidate()).toBe(true);
  });

  test.prop([fc.oneof(number, digits), maybeCountry], { numRuns: 1000 })(
    'same verdict as parse + isPossible + isValid',
    (n, c) => {
      // Past 22 characters there is no such number, and no answer: the caller asks the matcher.
      expect(validBareNumber(n, c)).toBe(n.length > 22 ? undefined : plain(n, c));
    },
    60_000,
  );

  it('every country example is valid at home, with its trunk prefix and with +', () => {
    let valid = 0;
    for (const c of COUNTRIES) {
      const n = EXAMPLES[c];
      if (!n) continue;
      for (const form of [n, `+${getCountryCallingCode(c)}${n}`]) {
        expect(validBareNumber(form, c), `${c} ${form}`).toBe(plain(form, c));
        if (plain(form, c)) valid++;
      }
    }
    expect(valid).toBeGreaterThan(400);
  });
});

/** A bare slice: a number split in groups by spaces, dots or dashes, maybe two numbers. */
const bareSlice = fc
  .tuple(
    fc.array(number, { minLength: 1, maxLength: 2 }),
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
    fc.constantFrom(' ', '.', '-'),
    fc.boolean(),
    fc.option(fc.tuple(fc.nat(6), fc.constantFrom('', ' ', '.', '-')), { nil: undefined }),
  )
  .map(([numbers, cuts, sep, outDial, paren]) => {
    const parts: string[] = [];
    for (const n of numbers) {
      let k = n.startsWith('+') ? 1 : 0;
      let i = 0;
      const out: string[] = [];
      while (k < n.length) {
        const size = cuts[i++ % cuts.length] as number;
        out.push(n.slice(k, k + size));
        k += size;
      }
      let joined = out.join(sep);
      if (paren && paren[0] < out.length) {
        // One group in parentheses, with its own separator after it: "(11) 96123", "(0)20".
        const g = paren[0];
        const before = out.slice(0, g).join(sep);
        const after = out.slice(g + 1).join(sep);
        joined = `${before}${before ? sep : ''}(${out[g]})${after ? paren[1] : ''}${after}`;
      }
      parts.push((n.startsWith('+') ? '+' : '') + joined);
    }
    const slice = parts.join(' ');
    return outDial && slice.startsWith('+') ? ` ${slice}` : slice;
  });

describe('validNumbersIn reads a bare slice as findNumbers does', () => {
  test.prop([bareSlice, maybeCountry], { numRuns: 800 })(
    'same numbers, same offsets',
    (s, c) => {
      const options = c ? { defaultCountry: c, v2: true as const } : { v2: true as const };
      const expected = findNumbers(s, options)
        .filter((m) => m.number.isValid())
        .map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt }));
      expect(validNumbersIn(s, c)).toEqual(expected);
    },
    60_000,
  );
});
