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
  Metadata,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { bareNumbersIn } from './phoneBare.js';
import { validNumbersIn } from './phoneMatcher.js';
import { bareAtHome, canValidate, printOf, validBareNumber } from './phoneValidity.js';

const COUNTRIES = getCountries();
const EXAMPLES = examples as unknown as Record<string, string>;

function plain(number: string, country: CountryCode | undefined): boolean {
  const options = country ? { defaultCountry: country } : {};
  const parsed = parsePhoneNumberFromString(number, options);
  return parsed?.isPossible() === true && parsed.isValid();
}

const country = fc.constantFrom(...COUNTRIES);
const maybeCountry = fc.option(country, { nil: undefined });

/** A number as people type it, and its country: an example, prefixed one way or another, maybe altered. */
const numberOf = fc
  .tuple(
    country,
    fc.constantFrom('national', 'trunk', 'plus', 'idd', 'cc'),
    fc.option(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 9 })), { nil: undefined, freq: 2 }),
    fc.oneof(
      { weight: 4, arbitrary: fc.constant('same') },
      { weight: 1, arbitrary: fc.constantFrom('cut', 'longer') },
    ),
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
    const typed =
      form === 'trunk'
        ? `0${n}`
        : form === 'plus'
          ? `+${cc}${n}`
          : form === 'idd'
            ? `00${cc}${n}`
            : form === 'cc'
              ? `${cc}${n}`
              : n;
    return { n: typed, c };
  });

const number = numberOf.map(({ n }) => n);

/** A number written as people write it: the digits of `numberOf` in groups, a "+" kept first. */
const written = fc
  .tuple(numberOf, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }))
  .chain(([{ n, c }, cuts]) =>
    fc.tuple(
      fc.constant(n),
      fc.constant(c),
      fc.constantFrom(' ', '-', '.', '\n'),
      fc.constant(cuts),
    ),
  )
  .map(([n, c, sep, cuts]) => {
    const plus = n.startsWith('+') ? '+' : '';
    const groups: string[] = [];
    for (let k = plus.length, i = 0; k < n.length; i++) {
      const size = cuts[i % cuts.length] as number;
      groups.push(n.slice(k, k + size));
      k += size;
    }
    return { text: plus + groups.join(sep === '\n' ? ' ' : sep), c };
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

// (V63a) phone.ts reads a sentence before a value no trunk leads only where bareAtHome says the
// country may print a number with its digits alone: where it says not, no national print of a
// number read at home shows its national number's digits alone in two groups or more (a format
// adds its trunk; with no format chosen, the print is one group), so no value is printed so.
describe('bareAtHome: where it says no, no print at home shows the digits alone in groups', () => {
  /** Whether `number`'s national print shows its national number's digits alone, in groups. */
  const alone = (text: string, c: CountryCode): boolean => {
    const parsed = parsePhoneNumberFromString(text, c);
    if (parsed === undefined) return false;
    const runs = parsed.formatNational().match(/[0-9]+/g) ?? [];
    return runs.length > 1 && runs.join('') === parsed.nationalNumber;
  };

  test.prop([numberOf], { numRuns: 1000 })(
    'a number printed alone in groups at home is of a country bareAtHome names',
    ({ n, c }) => {
      if (alone(n, c)) expect(bareAtHome(c), `${c} ${n}`).toBe(true);
    },
    60_000,
  );

  it('every country example: printed alone where bareAtHome says so only, both kinds many', () => {
    const [bare, trunked] = [[] as string[], [] as string[]];
    for (const c of COUNTRIES) {
      if (alone(EXAMPLES[c] ?? '', c)) expect(bareAtHome(c), c).toBe(true);
      (bareAtHome(c) ? bare : trunked).push(c);
    }
    expect(bareAtHome(undefined)).toBe(false);
    expect(trunked).toEqual(expect.arrayContaining(['DE', 'FR', 'GB', 'NL', 'JP']));
    expect(bare).toEqual(expect.arrayContaining(['US', 'CA', 'ES', 'PL', 'IT', 'BR', 'SG']));
    expect(Math.min(bare.length, trunked.length)).toBeGreaterThan(50);
  });
});

describe('printOf prints a number as libphonenumber-js does', () => {
  const print = (text: string, c: CountryCode | undefined, international: boolean): string => {
    const parsed = parsePhoneNumberFromString(text.trimStart(), c);
    return (international ? parsed?.formatInternational() : parsed?.formatNational()) ?? '';
  };

  test.prop([written, maybeCountry, fc.boolean()], { numRuns: 1000 })(
    'same print as parse + formatInternational or formatNational, with or without a default country',
    ({ text, c }, other, international) => {
      for (const country of [c, other])
        expect(printOf(text, country, international)).toBe(print(text, country, international));
    },
    60_000,
  );

  it('every country that shares a calling code prints as the code’s main country', () => {
    // printOf does not set the country parse finds: the print reads only the formats, and these
    // are the main country's for all of them in this metadata.
    type Format = Record<
      | 'pattern'
      | 'format'
      | 'internationalFormat'
      | 'nationalPrefixFormattingRule'
      | 'leadingDigitsPatterns'
      | 'nationalPrefixIsOptionalWhenFormattingInNationalFormat',
      () => unknown
    >;
    // The library's runtime accessors, as phoneValidity.ts reads them.
    const m = new Metadata() as unknown as {
      selectNumberingPlan(country: string): void;
      numberingPlan?: { formats(): Format[] };
      getCountryCodesForCallingCode(code: string): string[] | undefined;
    };
    const formats = (country: string): string => {
      m.selectNumberingPlan(country);
      return JSON.stringify(
        m.numberingPlan
          ?.formats()
          .map((f) => [
            f.pattern(),
            f.format(),
            f.internationalFormat(),
            f.nationalPrefixFormattingRule(),
            f.leadingDigitsPatterns(),
            f.nationalPrefixIsOptionalWhenFormattingInNationalFormat(),
          ]),
      );
    };
    let sharers = 0;
    for (const code of new Set(COUNTRIES.map((c) => getCountryCallingCode(c)))) {
      const [main, ...others] = m.getCountryCodesForCallingCode(code) ?? [];
      for (const c of others) {
        expect(formats(c), `${c} (+${code})`).toBe(formats(main as string));
        sharers++;
      }
    }
    expect(sharers).toBeGreaterThan(30);
  });

  it('prints the numbers of every country, and of the countries that share a calling code', () => {
    let read = 0;
    for (const c of COUNTRIES) {
      const n = EXAMPLES[c];
      if (!n) continue;
      for (const text of [
        n,
        `0${n}`,
        `+${getCountryCallingCode(c)} ${n}`,
        `00${getCountryCallingCode(c)}${n}`,
      ])
        for (const international of [true, false]) {
          expect(printOf(text, c, international), `${c} ${text}`).toBe(
            print(text, c, international),
          );
          if (validBareNumber(text.replace(' ', ''), c)) read++;
        }
    }
    // Not vacuous: most of them are read by phoneValidity.ts, not by libphonenumber's parse.
    expect(read).toBeGreaterThan(800);
  });

  it.each([
    ['+44 7400 123797', undefined, true, '+44 7400 123797'],
    ['07400 121349', 'GB', false, '07400 121349'],
    ['+44 7797 123456', undefined, true, '+44 7797 123456'],
    ['0151 23451013', 'DE', false, '01512 3451013'],
    ['+39 06 1234 5678', undefined, true, '+39 06 1234 5678'],
    ['(201) 555-0187', 'US', false, '(201) 555-0187'],
    ['( +44 20 7946 0018', 'GB', true, '+44 20 7946 0018'],
    ['12', 'DE', false, '12'],
  ] as const)('%s (%s, international %s): %s', (text, c, international, printed) => {
    expect(printOf(text, c, international)).toBe(printed);
    expect(print(text, c, international)).toBe(printed);
  });
});

/**
 * A bare slice and a default country (often the first number's own): up to three numbers, each
 * split in groups by spaces, dots, dashes or " - ", one group maybe in parentheses, joined by a
 * space or by " - " (as people type a list: "600 123 456 - 601 234 567").
 */
const bareSlice = fc
  .tuple(
    fc.array(numberOf, { minLength: 1, maxLength: 3 }),
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
    fc.constantFrom(' ', '.', '-', ' - '),
    fc.boolean(),
    fc.option(fc.tuple(fc.nat(6), fc.constantFrom('', ' ', '.', '-', ' - ')), { nil: undefined }),
    fc.boolean(),
    maybeCountry,
    fc.constantFrom(' ', ' ', ' - '),
  )
  .map(
    ([numbers, cuts, sep, outDial, paren, own, other, join]): [string, CountryCode | undefined] => {
      const parts: string[] = [];
      for (const { n } of numbers) {
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
      const slice = parts.join(join);
      const country = own ? numbers[0]?.c : other;
      return [outDial && slice.startsWith('+') ? ` ${slice}` : slice, country];
    },
  );

describe('validNumbersIn reads a bare slice as findNumbers does', () => {
  it('the generated slices hold numbers found whole and found in parts (not vacuous)', () => {
    let whole = 0;
    let parts = 0;
    for (const [s, c] of fc.sample(bareSlice, { numRuns: 600, seed: 5 })) {
      const found = bareNumbersIn(s, c);
      if (found === undefined || found.length === 0) continue;
      const first = found[0] as { startsAt: number; endsAt: number };
      if (found.length === 1 && first.endsAt === s.length && first.startsAt <= 1) whole++;
      else parts++;
    }
    console.log(`bare slices: ${whole} read whole, ${parts} in parts`);
    expect({ whole: whole > 50, parts: parts > 10 }).toEqual({ whole: true, parts: true });
  });

  // No number has fewer than four digits: validNumbersIn gives such a slice, which the bare walk
  // cannot read ("(201)", a wrapped number's head), no matcher.
  test.prop(
    [
      fc.stringMatching(/^[0-9 ()+.-]{0,8}$/).filter((s) => s.replace(/\D/g, '').length < 4),
      maybeCountry,
    ],
    { numRuns: 1000 },
  )('a slice of fewer than four digits holds no number', (s, c) => {
    const options = c ? { defaultCountry: c, v2: true as const } : { v2: true as const };
    expect(findNumbers(s, options).filter((m) => m.number.isValid())).toEqual([]);
    expect(validNumbersIn(s, c)).toEqual([]);
  });

  it.each([
    ['600.123.456 600.123.457', 'PL'],
    ['020.7946.0018 020.7946.0019', 'GB'],
    ['+48 600 123 456 600 123 457', 'PL'],
    ['06.12.34.56.78 1', 'FR'],
    ['2720 6406 0072 2100', 'PL'],
    // " - " between groups: the hyphen's parts first, then each group ("-" too) after a space.
    ['5191 - 0091 - 5140 - 3697', 'ES'],
    ['312 - 345 - 4676', 'IT'],
    ['06 - 12342855', 'NL'],
    ['946.492.260 - 58', 'BR'],
    ['600 123 456 - 601 234 567', 'PL'],
    ['+48 600 - 123 - 456 600.123.457', 'PL'],
    ['07400 - 121619 - 07400 - 121620', 'GB'],
  ] as const)('%s (%s): the parts findNumbers takes', (s, c) => {
    const expected = findNumbers(s, { defaultCountry: c, v2: true })
      .filter((m) => m.number.isValid())
      .map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt }));
    expect(bareNumbersIn(s, c)).toEqual(expected);
  });

  // 1,000 runs since " - " joined the separators (a quarter of the slices each, not a third).
  test.prop([bareSlice], { numRuns: 1000 })(
    'same numbers, same offsets',
    ([s, c]) => {
      const options = c ? { defaultCountry: c, v2: true as const } : { v2: true as const };
      const expected = findNumbers(s, options)
        .filter((m) => m.number.isValid())
        .map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt }));
      expect(validNumbersIn(s, c)).toEqual(expected);
    },
    60_000,
  );
});
