// Labels of East and South Asian text that T61a's round left out (T63e, issue #14): the Japanese
// reference words written in kana ("ごちゅうもんばんごう", "チュウモンバンゴウ") and "お問合せ番号",
// Tamil and Bengali order, invoice and tracking words and their "number" ("ஆர்டர் எண்", "অর্ডার
// নম্বর"), and their "my number" and "contact number" before a mobile written bare, in their own
// digits too (keywords.ts, each with its source).
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { type CountryCode, isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { mobile } from './spokenOracle.js';

const said = (text: string, locale: string): string => redact(text, { locale }).text;
/** `text`'s ASCII digits in the digits of the block that starts at `zero`. */
const inScript = (text: string, zero: number): string =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
const TAMIL = 0x0be6;
const BENGALI = 0x09e6;
const DEVANAGARI = 0x0966;

describe('Japanese reference words in kana', () => {
  it.each([
    'ごちゅうもんばんごう 09012345678',
    'ちゅうもんばんごう：09012345678',
    'チュウモンバンゴウ 09012345678',
    'チュウモン バンゴウ 0312345678',
    'でんぴょうばんごう 09012345678',
    'デンピョウ番号 09012345678',
    'ついせきばんごう 09012345678',
    'うけつけばんごう 0312345678',
    'おといあわせばんごう 09012345678',
    'お問合せ番号 09012345678',
    '荷物のお問合せ番号：0312345678',
  ])('%j keeps the number', (text) => {
    expect(said(text, 'ja-JP')).toBe(text);
  });

  it.each([
    // The words a phone stands after: a contact form ("おといあわせ" alone), a reception desk
    // ("うけつけ" alone), the phone's own number, and "ちゅうもん" as a verb (I ordered).
    ['おといあわせ 09012345678', 'おといあわせ [PHONE]'],
    ['うけつけ 0312345678', 'うけつけ [PHONE]'],
    ['でんわばんごう 09012345678', 'でんわばんごう [PHONE]'],
    ['ちゅうもんしました。でんわは09012345678です', 'ちゅうもんしました。でんわは[PHONE]です'],
  ])('%j goes', (text, want) => {
    expect(said(text, 'ja-JP')).toBe(want);
  });

  test.prop([
    mobile(['090', '080', '070'], [8], 'JP'),
    fc.constantFrom(
      'ちゅうもんばんごう',
      'チュウモンバンゴウ',
      'でんぴょうばんごう',
      'おといあわせばんごう',
    ),
    fc.constantFrom('', ' ', '：', 'は'),
  ])('any mobile after a kana order word is the order number', (number, word, between) => {
    const text = `${word}${between}${number}`;
    expect(said(text, 'ja-JP')).toBe(text);
    // The same mobile after the phone's word goes (the word, not the number, keeps it).
    expect(said(`でんわ${between}${number}`, 'ja-JP')).toBe(`でんわ${between}[PHONE]`);
  });
});

describe('Tamil and Bengali labels, in their own digits too', () => {
  it.each([
    ['ta-IN', 'என் எண் 9876543210', 'என் எண் [PHONE]'],
    ['ta-IN', 'எனது எண்: ௯௮௭௬௫௪௩௨௧௦', 'எனது எண்: [PHONE]'],
    ['ta-IN', 'தொடர்பு எண் - 9047371328', 'தொடர்பு எண் - [PHONE]'],
    ['bn-IN', 'আমার নম্বর ৯১২৩৪৫৬৭৮৯', 'আমার নম্বর [PHONE]'],
    ['bn-IN', 'যোগাযোগ নম্বর: ৯১২৩৪৫৬৭৮৯', 'যোগাযোগ নম্বর: [PHONE]'],
    ['hi-IN', 'मेरा नंबर ९८७६५४३२१० है', 'मेरा नंबर [PHONE] है'],
  ])('%s %j', (locale, text, want) => {
    expect(said(text, locale)).toBe(want);
  });

  it.each([
    ['bn-BD', 'অর্ডার নম্বর ০১৭১২৩৪৫৬৭৮'],
    ['bn-BD', 'অর্ডার নম্বর: 01712345678'],
    ['bn-BD', 'ইনভয়েস নম্বর 01712345678'],
    ['bn-BD', 'ট্র্যাকিং নম্বর 01712345678'],
    ['ta-LK', 'ஆர்டர் எண் 0771234567'],
    ['ta-LK', 'ஆர்டர் எண்: ௦௭௭௧௨௩௪௫௬௭'],
    ['ta-IN', 'விலைப்பட்டியல் எண் 9876543210'],
    ['hi-IN', 'ऑर्डर नंबर ९८७६५४३२१०'],
    // "எண்" and "নম্বর" (number) right before the value give it back to the order's word that a
    // date parted from it, as "nr" does in "Zamówienie z 30.11.2024 nr 600 123 456".
    ['ta-LK', 'ஆர்டர் 05.12.2026, எண் 0771234567'],
    ['ta-LK', 'ஆர்டர் 05.12.2026 எண் ௦௭௭௧௨௩௪௫௬௭'],
    ['bn-BD', 'অর্ডার ০৫.১২.২০২৬ নম্বর ০১৭১২৩৪৫৬৭৮'],
    // "என் எண்ணத்தை" is my thought (எண்ணம்), no label of the number after it; nor is an Indian
    // mobile written bare without a label a phone.
    ['ta-IN', 'என் எண்ணத்தை மாற்றினேன் 9876543210'],
  ])('%s %j stays', (locale, text) => {
    expect(said(text, locale)).toBe(text);
  });

  const MARKETS: {
    locale: string;
    country: CountryCode;
    zero: number;
    phone: string;
    order: string;
    starts: string[];
    rest: number;
  }[] = [
    {
      locale: 'ta-LK',
      country: 'LK',
      zero: TAMIL,
      phone: 'தொடர்பு எண் ',
      order: 'ஆர்டர் எண் ',
      starts: ['077', '071'],
      rest: 7,
    },
    {
      locale: 'ta-IN',
      country: 'IN',
      zero: TAMIL,
      phone: 'என் எண் ',
      order: 'விலைப்பட்டியல் எண் ',
      starts: ['98', '70'],
      rest: 8,
    },
    {
      locale: 'bn-BD',
      country: 'BD',
      zero: BENGALI,
      phone: 'আমার নম্বর ',
      order: 'অর্ডার নম্বর ',
      starts: ['017', '019'],
      rest: 8,
    },
    {
      locale: 'hi-IN',
      country: 'IN',
      zero: DEVANAGARI,
      phone: 'मेरा नंबर ',
      order: 'ऑर्डर नंबर ',
      starts: ['98', '70'],
      rest: 8,
    },
  ];
  for (const m of MARKETS) {
    test.prop([mobile(m.starts, [m.rest], m.country), fc.boolean()])(
      `${m.locale}: a valid mobile goes after "${m.phone.trim()}" and stays after "${m.order.trim()}"`,
      (number, own) => {
        fc.pre(isValidPhoneNumber(number, m.country));
        const digits = own ? inScript(number, m.zero) : number;
        expect(said(`${m.order}${digits}`, m.locale)).toBe(`${m.order}${digits}`);
        expect(said(`${m.phone}${digits}`, m.locale)).toBe(`${m.phone}[PHONE]`);
      },
    );
  }
});
