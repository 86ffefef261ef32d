// Valid numbers in the forms each recognizer reads (phones, cards, IBANs), for the properties that
// put a combining mark or an invisible character after any digit of one (runs.prop.test.ts,
// marksInDigits.test.ts): each goes whole without one. And the mobiles' law of the properties that
// generate mobiles.
import { fc } from '@fast-check/vitest';
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export const VALID_NUMBERS: readonly (readonly [locale: string, text: string])[] = [
  ['de-DE', '+49 30 1234 5678'],
  ['de-DE', '030 12345678'],
  ['en-US', '(212) 555-0187'],
  ['en-US', '+1 212 555 0187'],
  ['fr-FR', '01 23 45 67 89'],
  ['en-GB', '07911 123456'],
  ['en-US', '4111 1111 1111 1111'],
  ['en-US', '4111111111111111'],
  ['en-US', '5500-0000-0000-0004'],
  ['de-DE', 'DE89 3704 0044 0532 0130 00'],
  ['de-DE', 'DE89370400440532013000'],
  ['en-GB', 'GB82 WEST 1234 5698 7654 32'],
];

/**
 * Whether "+`code` `national`" is valid and one of the mobiles of the locale's country by
 * libphonenumber-js's metadata (the law the generated mobiles of phoneBareCode.prop and
 * phoneThinLocales.prop are drawn under, independent of phone.ts).
 */
export function isMobileOf(locale: string, code: string, national: string): boolean {
  const number = parsePhoneNumberFromString(`+${code}${national}`);
  const type = number?.getType();
  return (
    number?.isValid() === true &&
    number.country === (locale.slice(3) as CountryCode) &&
    (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE')
  );
}

/** A market of generated mobiles: its locale, calling code, first digits and count of the rest. */
export type MobileMarket = readonly [
  locale: string,
  code: string,
  starts: readonly string[],
  rest: number,
];

/**
 * [locale, code, start, rest] drawn from `markets`: a first digits' group and that many random
 * digits after it (phoneBareCode.prop, phoneFreshLocales.prop; filter with isMobileOf).
 */
export const mobileParts = (markets: readonly MobileMarket[]) =>
  fc
    .constantFrom(...markets)
    .chain(([locale, code, starts, rest]) =>
      fc.tuple(
        fc.constant(locale),
        fc.constant(code),
        fc.constantFrom(...starts),
        fc.stringMatching(new RegExp(`^[0-9]{${rest}}$`)),
      ),
    );
