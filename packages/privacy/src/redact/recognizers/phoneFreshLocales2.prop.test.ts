// V64c (issue #14, keywords.ts PHONE_WORDS, phone.ts TEN_PAIRS): a Russian mobile written bare,
// with its trunk "8" or without it, goes after a call verb ("перезвоните", "звоните", "наберите");
// it stays where an order's word stands between. Ten digits in five pairs, a Mexican or an Indian
// number as it is dictated, go after a phone's label and stay without one. What makes a mobile is
// libphonenumber's reading alone. The recognizer finds what its oracle finds on every text.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bothReadings } from '../../../test/redact/phoneOracle.js';
import { isMobileOf, mobileParts } from '../../../test/redact/validNumbers.js';
import { redact } from '../redact.js';

// By locale: its calling code, the first digits of its mobiles, how many follow.
const MARKETS: readonly (readonly [string, string, readonly string[], number])[] = [
  ['ru-RU', '7', ['903', '916', '926', '999'], 7],
  ['es-MX', '52', ['55', '33', '81'], 8],
  ['en-IN', '91', ['98', '97', '88', '70'], 8],
];

const mobileOf = (locales: readonly string[]) =>
  mobileParts(MARKETS.filter(([locale]) => locales.includes(locale)))
    .map(([locale, code, start, rest]) => ({ locale, code, national: `${start}${rest}` }))
    // (Only those libphonenumber reads as the country's mobiles.)
    .filter(({ locale, code, national }) => isMobileOf(locale, code, national));

const VERBS = [
  'Перезвоните на ',
  'перезвоните мне пожалуйста на ',
  'звоните ',
  'ЗВОНИТЕ: ',
  'Наберите меня: ',
  'набери ',
];
const LABELS = ['Tel: ', 'Tel. ', 'mi número es el ', 'Mi número: ', 'mi cel es ', 'WhatsApp: '];
const pairs = (ten: string): string => ten.replace(/(\d\d)(?=\d)/g, '$1 ');

describe("the second fresh audit's readings (V64c)", () => {
  test.prop([mobileOf(['ru-RU']), fc.constantFrom(...VERBS), fc.constantFrom('8', '')], {
    numRuns: 60,
  })(
    'a Russian mobile written bare after a call verb goes, and the recognizer finds what its oracle finds',
    ({ locale, national }, verb, trunk) => {
      const text = `${verb}${trunk}${national}.`;
      expect(redact(text, { locale }).text).toBe(`${verb}[PHONE].`);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop([mobileOf(['ru-RU']), fc.constantFrom(...VERBS)], { numRuns: 40 })(
    "with an order's word between, it stays, and the recognizer finds what its oracle finds",
    ({ locale, national }, verb) => {
      const text = `${verb}заказ 8${national}`;
      expect(redact(text, { locale }).text).toBe(text);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop([mobileOf(['es-MX', 'en-IN']), fc.constantFrom(...LABELS)], { numRuns: 60 })(
    "ten digits in five pairs after a phone's label go, and the recognizer finds what its oracle finds",
    ({ locale, national }, label) => {
      const text = `${label}${pairs(national)}`;
      expect(redact(text, { locale }).text).toBe(`${label}[PHONE]`);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop(
    [
      mobileOf(['es-MX', 'en-IN']),
      fc.constantFrom('', 'Pedido ', 'Tallas ', 'mi número de pedido es '),
    ],
    {
      numRuns: 40,
    },
  )(
    "without one, or after an order's word, they stay, and the recognizer finds what its oracle finds",
    ({ locale, national }, before) => {
      const text = `${before}${pairs(national)}`;
      expect(redact(text, { locale }).text).toBe(text);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );
});
