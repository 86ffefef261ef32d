// V61d (issue #14, keywords.ts PHONE_WORDS; phoneLookalikes.ts fourThenPairs): in the locales the
// desk read least, a mobile written as its market writes it, bare (no trunk "0" in Greece,
// Poland, Czechia, Turkey, China or India; Saudi Arabia's and Iran's typed after their calling
// code's place), goes after the words for "call me", "contact", "WhatsApp" and "SMS" there, and
// stays where an order's word stands between. Dutch "app me op" (WhatsApp me at) is a phone's
// label though "app " is a version's word. In Greece, whose plan has no trunk (EETT: ten digits, a
// mobile "69…"), a mobile printed four digits then three pairs goes with no label; elsewhere that
// print stays, a product's code (V60a). What makes a mobile is libphonenumber's reading alone. The
// recognizer finds what its oracle finds on every text.
import { fc, test } from '@fast-check/vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect } from 'vitest';
import { bothReadings } from '../../../test/redact/phoneOracle.js';
import { isMobileOf } from '../../../test/redact/validNumbers.js';
import { redact } from '../redact.js';

// By locale: its calling code, the first digits of its mobiles, how many follow, the words V61d
// reads before them (as customers write them: capitals, no accents), and an order's word.
const LOCALES: readonly (readonly [
  string,
  string,
  readonly string[],
  number,
  readonly string[],
  string,
])[] = [
  [
    'el-GR',
    '30',
    ['69'],
    8,
    [
      'Καλέστε με στο ',
      'ΚΑΛΕΣΤΕ ΜΑΣ ',
      'Κάλεσέ με: ',
      'Επικοινωνία: ',
      'επικοινωνήστε μαζί μου στο ',
      'Viber: ',
    ],
    'παραγγελία ',
  ],
  [
    'pl-PL',
    '48',
    ['50', '51', '60', '69', '78'],
    7,
    ['kom. ', 'Proszę dzwonić pod ', 'dzwońcie: ', 'Skontaktuj się ze mną pod numerem '],
    'zamówienie nr ',
  ],
  ['cs-CZ', '420', ['60', '72', '77'], 7, ['Zavolejte mi na ', 'zavolej mi: '], 'objednávka '],
  [
    'tr-TR',
    '90',
    ['53', '54', '55'],
    8,
    ['Beni arayın: ', 'beni ara ', 'İletişim: ', 'GSM: '],
    'sipariş no ',
  ],
  ['zh-CN', '86', ['13', '15', '18'], 9, ['请拨打 ', '如有问题请致电：', '发短信到 '], '订单 '],
  ['ar-SA', '966', ['50', '55', '56'], 7, ['واتس ', 'للتواصل: '], 'طلب '],
  ['fa-IR', '98', ['91', '93'], 8, ['واتساپ ', 'زنگ بزنید به ', 'پیامک: '], 'سفارش '],
  ['hi-IN', '91', ['98', '97', '81', '70'], 8, ['वॉट्सऐप ', 'व्हाट्सऐप: ', 'वाट्सएप '], 'ऑर्डर '],
];

const mobile = fc
  .constantFrom(...LOCALES)
  .chain(([locale, code, starts, rest, words, order]) =>
    fc.tuple(
      fc.constant(locale),
      fc.constant(code),
      fc.constantFrom(...starts),
      fc.stringMatching(new RegExp(`^[0-9]{${rest}}$`)),
      fc.constantFrom(...words),
      fc.constant(order),
    ),
  )
  .map(([locale, code, start, rest, word, order]) => ({
    locale,
    code,
    national: `${start}${rest}`,
    word,
    order,
  }))
  // (Only those libphonenumber reads as the country's mobiles.)
  .filter(({ locale, code, national }) => isMobileOf(locale, code, national));

const both = bothReadings;

/** "6912345678" printed "6912 34 56 78". */
function fourThenPairs(national: string): string {
  return national.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)$/, '$1 $2 $3 $4');
}

describe('call, contact and WhatsApp words of thinly covered locales (V61d)', () => {
  test.prop([mobile], { numRuns: 80 })(
    'a mobile written bare after them goes, and the recognizer finds what its oracle finds',
    ({ locale, national, word }) => {
      const text = `${word}${national}.`;
      expect(redact(text, { locale }).text).toBe(`${word}[PHONE].`);
      const [fast, plain] = both(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop([mobile], { numRuns: 60 })(
    "with an order's word between, the number stays, and the recognizer finds what its oracle finds",
    ({ locale, national, word, order }) => {
      const text = `${word}${order}${national}`;
      expect(redact(text, { locale }).text).toBe(text);
      const [fast, plain] = both(text, locale);
      expect(fast).toEqual(plain);
    },
  );

  test.prop(
    [
      fc
        .stringMatching(/^[1-9][0-9]{7}$/)
        .filter((rest) => parsePhoneNumberFromString(`+316${rest}`)?.isValid() === true),
      fc.constantFrom('app me op ', 'App mij op '),
    ],
    {
      numRuns: 30,
    },
  )('Dutch "app me op" labels a mobile written with "+31" or its trunk', (rest, word) => {
    const text = `${word}+31 6 ${rest} of 06 ${rest}`;
    expect(redact(text, { locale: 'nl-NL' }).text).toBe(`${word}[PHONE] of [PHONE]`);
    const [fast, plain] = both(text, 'nl-NL');
    expect(fast).toEqual(plain);
  });

  test.prop(
    [mobile.filter(({ locale }) => locale === 'el-GR'), fc.constantFrom('de-DE', 'en-US', 'fr-FR')],
    { numRuns: 40 },
  )(
    'a Greek mobile printed four-then-pairs goes in Greece with no label, and stays elsewhere',
    ({ national }, elsewhere) => {
      const printed = fourThenPairs(national);
      expect(redact(printed, { locale: 'el-GR' }).text).toBe('[PHONE]');
      expect(redact(printed, { locale: elsewhere }).text).toBe(printed);
      for (const locale of ['el-GR', elsewhere]) {
        const [fast, plain] = both(printed, locale);
        expect(fast).toEqual(plain);
      }
    },
  );
});
