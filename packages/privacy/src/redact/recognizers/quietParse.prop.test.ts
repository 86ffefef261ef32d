// libphonenumber-js's reads run with V8's stack traces off (quietParse.ts, issue #14, V55d): the
// same numbers as the library's own reads with the caller's limit, and the caller's limit given
// back however the read ends.
import { fc, test } from '@fast-check/vitest';
import {
  type CountryCode,
  findNumbers,
  parsePhoneNumberFromString as parseLoud,
} from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { matcherNumbersIn } from './phoneMatcher.js';
import { parsePhoneNumberFromString, withoutStacks } from './quietParse.js';

const COUNTRIES: readonly (CountryCode | undefined)[] = ['DE', 'FR', 'PL', 'US', 'GB', undefined];
// Phone-ish text: digits in groups, a "+" or "00", brackets, the separators of a wrapped line.
const TEXT = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[0-9]{1,5}$/),
      fc.constantFrom(' ', ' ', '-', '.', '\n', '+', '00', '(', ')', 'x', 'tel '),
    ),
    { maxLength: 12 },
  )
  .map((p) => p.join(''));

/** What a parse says, as data. */
const seen = (n: ReturnType<typeof parseLoud>) =>
  n && [n.number, n.country, n.isValid(), n.isPossible(), n.getType(), n.formatNational()];

describe('quietParse', () => {
  test.prop([TEXT, fc.constantFrom(...COUNTRIES), fc.boolean()], { numRuns: 100 })(
    'parses as libphonenumber-js does, and gives the stack limit back',
    (text, country, extract) => {
      const limit = Error.stackTraceLimit;
      const options = { ...(country ? { defaultCountry: country } : {}), extract };
      expect(seen(parsePhoneNumberFromString(text, country))).toEqual(
        seen(parseLoud(text, country)),
      );
      expect(seen(parsePhoneNumberFromString(text, options))).toEqual(
        seen(parseLoud(text, options)),
      );
      expect(matcherNumbersIn(text, country).map((m) => [m.startsAt, m.endsAt])).toEqual(
        findNumbers(text, country ? { defaultCountry: country, v2: true } : { v2: true })
          .filter((f) => f.number.isValid())
          .map((f) => [f.startsAt, f.endsAt]),
      );
      expect(Error.stackTraceLimit).toBe(limit);
    },
  );

  it('reads with no stack and gives the limit back when the read throws', () => {
    const limit = Error.stackTraceLimit;
    expect(withoutStacks(() => Error.stackTraceLimit)).toBe(0);
    expect(withoutStacks(() => 'read')).toBe('read');
    expect(() =>
      withoutStacks(() => {
        throw new RangeError('thrown');
      }),
    ).toThrow('thrown');
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it.each([-1, 0, Number.NaN, Number.POSITIVE_INFINITY, 2.5])(
    "gives back the caller's limit %s as it was",
    (mine) => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = mine;
      try {
        expect(parsePhoneNumberFromString('x', 'DE')).toBeUndefined();
        withoutStacks(() => 'read');
        expect(Error.stackTraceLimit).toBe(mine);
      } finally {
        Error.stackTraceLimit = limit;
      }
    },
  );

  it('runs the read as it is where the limit cannot be set', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    Object.defineProperty(Error, 'stackTraceLimit', {
      value: 7,
      writable: false,
      configurable: true,
    });
    try {
      expect(withoutStacks(() => Error.stackTraceLimit)).toBe(7);
      expect(parsePhoneNumberFromString('030 1234567', 'DE')?.number).toBe('+49301234567');
    } finally {
      if (descriptor) Object.defineProperty(Error, 'stackTraceLimit', descriptor);
    }
  });
});
