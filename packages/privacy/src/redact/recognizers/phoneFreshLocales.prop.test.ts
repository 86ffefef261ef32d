// V63h (issue #14, keywords.ts PHONE_WORDS, PHONE_WORDS_AFTER, REFERENCE_WORDS): a mobile written
// as its market writes it bare goes after India's "alternate number" (and its Hindi and Hinglish
// words) and Brazil's "cel/zap", and before a messenger named in closed brackets ("(WhatsApp)",
// "(Viber)", "（微信同号）"); it stays where an order's word, India's PNR or a consumer number
// stands before it. What makes a mobile is libphonenumber's reading alone. The recognizer finds
// what its oracle finds on every text.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bothReadings } from '../../../test/redact/phoneOracle.js';
import { isMobileOf, mobileParts } from '../../../test/redact/validNumbers.js';
import { redact } from '../redact.js';

// By locale: its calling code, the first digits of its mobiles, how many follow.
const MARKETS: readonly (readonly [string, string, readonly string[], number])[] = [
  ['hi-IN', '91', ['98', '97', '88', '70', '63'], 8],
  ['el-GR', '30', ['69'], 8],
  ['tr-TR', '90', ['53', '54', '55'], 8],
  ['pl-PL', '48', ['51', '60', '69', '79'], 7],
  ['zh-CN', '86', ['13', '15', '18'], 9],
  ['pt-BR', '55', ['119', '219', '419'], 8],
];

const mobileOf = (locales: readonly string[]) =>
  mobileParts(MARKETS.filter(([locale]) => locales.includes(locale)))
    .map(([locale, code, start, rest]) => ({ locale, code, national: `${start}${rest}` }))
    // (Only those libphonenumber reads as the country's mobiles.)
    .filter(({ locale, code, national }) => isMobileOf(locale, code, national));

const BEFORE = [
  'Alternate number ',
  'alternate no. ',
  'ALTERNATE NO: ',
  'alternative number: ',
  'वैकल्पिक नंबर ',
  'दूसरा नंबर ',
  'dusra number ',
  'doosra number ',
];
const AFTER = [' (WhatsApp)', ' (whatsapp only)', ' (Viber)', '（微信同号）', ' 微信同号'];
const REFERENCES = [
  'Order ',
  'PNR ',
  'Consumer no. ',
  'ऑर्डर ',
  '订单 ',
  'zamówienie ',
  'sipariş no ',
];

describe("fresh locales' words around a bare mobile (V63h)", () => {
  test.prop([mobileOf(['hi-IN']), fc.constantFrom(...BEFORE)], { numRuns: 60 })(
    'an Indian mobile written bare after "alternate number" goes, and the recognizer finds what its oracle finds',
    ({ locale, national }, word) => {
      const text = `${word}${national}.`;
      expect(redact(text, { locale }).text).toBe(`${word}[PHONE].`);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop([mobileOf(['hi-IN']), fc.constantFrom(...BEFORE)], { numRuns: 40 })(
    "with an order's word between, it stays, and the recognizer finds what its oracle finds",
    ({ locale, national }, word) => {
      const text = `${word}order ${national}`;
      expect(redact(text, { locale }).text).toBe(text);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop([mobileOf(['pt-BR']), fc.constantFrom('cel/zap ', 'Cel/Zap: ', 'me chama no zap ')], {
    numRuns: 30,
  })('a Brazilian mobile written bare after "cel/zap" goes', ({ locale, national }, word) => {
    const text = `${word}${national}`;
    expect(redact(text, { locale }).text).toBe(`${word}[PHONE]`);
    const [fast, plain] = bothReadings(text, locale);
    expect(fast).toEqual(plain);
  });

  test.prop([mobileOf(['hi-IN', 'el-GR', 'tr-TR', 'pl-PL', 'zh-CN']), fc.constantFrom(...AFTER)], {
    numRuns: 80,
  })(
    'a mobile written bare before a messenger named in closed brackets goes, and the recognizer finds what its oracle finds',
    ({ locale, national }, after) => {
      const text = `${national}${after}`;
      expect(redact(text, { locale }).text).toBe(`[PHONE]${after}`);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop(
    [
      mobileOf(['hi-IN', 'el-GR', 'tr-TR', 'pl-PL', 'zh-CN']),
      fc.constantFrom(...AFTER),
      fc.constantFrom(...REFERENCES),
    ],
    { numRuns: 60 },
  )(
    "after an order's word, a PNR or a consumer number it stays, and the recognizer finds what its oracle finds",
    ({ locale, national }, after, reference) => {
      const text = `${reference}${national}${after}`;
      expect(redact(text, { locale }).text).toBe(text);
      const [fast, plain] = bothReadings(text, locale);
      expect(fast).toEqual(plain);
    },
  );
});
