// What phoneValidity.ts keeps between numbers (each calling code's verdict, a code of no country's
// missing sharers, the last plan countryFor chose by its number types) must not change a verdict:
// numbers asked one after another, in one order and in the reverse, get libphonenumber's own
// verdict each time, every calling code of one to three digits among them.
import { fc, test } from '@fast-check/vitest';
import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { validBareNumber } from './phoneValidity.js';

const COUNTRIES = getCountries();
const EXAMPLES = examples as unknown as Record<string, string>;

function plain(number: string, country: CountryCode | undefined): boolean {
  const parsed = parsePhoneNumberFromString(number, country ? { defaultCountry: country } : {});
  return parsed?.isPossible() === true && parsed.isValid();
}

// A country's example with "+" and its code, or national, maybe one digit changed: countries that
// share a code (+1, +44, +7, +39…) put their main country's plan and a sharer's one after another.
const asked = fc
  .tuple(
    fc.constantFrom(...COUNTRIES),
    fc.boolean(),
    fc.option(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 9 })), { nil: undefined }),
    fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
  )
  .map(([c, plus, change, dc]) => {
    let n = EXAMPLES[c] ?? '2015550123';
    if (change) {
      const at = change[0] % n.length;
      n = `${n.slice(0, at)}${change[1]}${n.slice(at + 1)}`;
    }
    return { n: plus ? `+${getCountryCallingCode(c)}${n}` : n, c: dc ?? c };
  });

describe('what phoneValidity.ts keeps changes no verdict', () => {
  test.prop([fc.array(asked, { minLength: 2, maxLength: 12 })], { numRuns: 300 })(
    'numbers in a row, then in the reverse row, read as libphonenumber-js reads them',
    (row) => {
      for (const { n, c } of [...row, ...row.reverse()])
        expect(validBareNumber(n, c), `${c} ${n}`).toBe(plain(n, c));
    },
    60_000,
  );

  it('every calling code of one to three digits, asked twice, with and without a country', () => {
    for (const round of [0, 1])
      for (let length = 1; length <= 3; length++)
        for (let code = 0; code < 10 ** length; code++) {
          const n = `+${String(code).padStart(length, '0')}2345678${round}`;
          for (const c of [undefined, 'US'] as const)
            expect(validBareNumber(n, c), `${c} ${n}`).toBe(plain(n, c));
        }
  }, 60_000);
});
