// Numbers said digit by digit in the desk's other languages (T32e): Turkish, Arabic, Persian,
// Hindi, Vietnamese, Greek and Hebrew. A phone after the language's phone word goes as [PHONE], a
// card's 16 digits as [CARD]; an amount, or a sentence whose everyday words are also digits
// (Vietnamese "không" is "no", "năm" "year"), stays. Arabic, Persian and Hebrew transcripts are in
// logical order, with the bidi marks a right-to-left editor puts between words. Japanese and
// Korean are not here: their speech-to-text writes numerals, and their words are not separated
// by spaces.

import { fc, test } from '@fast-check/vitest';
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';

const said = (text: string, locale: string) =>
  redact(text, { locale, recognizers: spokenNumberRecognizers }).text;

const RLM = '\u200f';
const CARD = '4111111111111111';

// The digit words, written here from the reference pages (not the recognizer's tables): each
// digit's forms, the first the standard one.
const WORDS: Record<string, readonly (readonly string[])[]> = {
  tr: [
    ['sıfır'],
    ['bir'],
    ['iki'],
    ['üç'],
    ['dört'],
    ['beş'],
    ['altı'],
    ['yedi'],
    ['sekiz'],
    ['dokuz'],
  ],
  ar: [
    ['صفر'],
    ['واحد'],
    ['اثنان', 'اثنين'],
    ['ثلاثة'],
    ['أربعة', 'اربعة'],
    ['خمسة'],
    ['ستة'],
    ['سبعة'],
    ['ثمانية', 'ثمانيه'],
    ['تسعة'],
  ],
  fa: [['صفر'], ['یک', 'يك'], ['دو'], ['سه'], ['چهار'], ['پنج'], ['شش'], ['هفت'], ['هشت'], ['نه']],
  hi: [
    ['शून्य'],
    ['एक'],
    ['दो'],
    ['तीन'],
    ['चार'],
    ['पाँच', 'पांच'],
    ['छह', 'छः'],
    ['सात'],
    ['आठ'],
    ['नौ'],
  ],
  vi: [
    ['không'],
    ['một'],
    ['hai'],
    ['ba'],
    ['bốn'],
    ['năm'],
    ['sáu'],
    ['bảy', 'bẩy'],
    ['tám'],
    ['chín'],
  ],
  el: [
    ['μηδέν'],
    ['ένα'],
    ['δύο'],
    ['τρία'],
    ['τέσσερα'],
    ['πέντε'],
    ['έξι'],
    ['επτά', 'εφτά'],
    ['οκτώ', 'οχτώ'],
    ['εννέα', 'εννιά'],
  ],
  he: [
    ['אפס'],
    ['אחת', 'אחד'],
    ['שתיים', 'שניים'],
    ['שלוש', 'שלושה'],
    ['ארבע'],
    ['חמש', 'חמישה'],
    ['שש'],
    ['שבע'],
    ['שמונה'],
    ['תשע'],
  ],
};

const spell = (digits: string, lang: string, seps: readonly string[], pick = 0): string =>
  [...digits]
    .map((d, k) => {
      const forms = (WORDS[lang] as readonly (readonly string[])[])[Number(d)] as string[];
      const word = forms[(pick + k) % forms.length] as string;
      return (k === 0 ? '' : (seps[k % seps.length] as string)) + word;
    })
    .join('');

// Per language: locale, phone label, order label, a valid phone of the country, and how its
// mobiles start (prefix and length) for the property.
type Lang = {
  readonly locale: string;
  readonly label: string;
  readonly order: string;
  readonly phone: string;
  readonly starts: readonly string[];
  readonly length: number;
};
const LANGS: Record<string, Lang> = {
  tr: {
    locale: 'tr-TR',
    label: 'telefonum',
    order: 'sipariş',
    phone: '05321234567',
    starts: ['050', '053', '054', '055'],
    length: 11,
  },
  ar: {
    locale: 'ar-SA',
    label: 'جوالي',
    order: 'طلب',
    phone: '0501234567',
    starts: ['050', '053', '054', '055', '056'],
    length: 10,
  },
  fa: {
    locale: 'fa-IR',
    label: 'شماره من',
    order: 'سفارش',
    phone: '09121234567',
    starts: ['0912', '0935', '0919', '0990'],
    length: 11,
  },
  hi: {
    locale: 'hi-IN',
    label: 'मेरा नंबर',
    order: 'ऑर्डर',
    phone: '9876543210',
    starts: ['98', '97', '99', '70', '81'],
    length: 10,
  },
  vi: {
    locale: 'vi-VN',
    label: 'gọi cho tôi',
    order: 'đơn hàng',
    phone: '0912345678',
    starts: ['091', '098', '090', '038', '070'],
    length: 10,
  },
  el: {
    locale: 'el-GR',
    label: 'κινητό',
    order: 'παραγγελία',
    phone: '6912345678',
    starts: ['693', '694', '697', '698', '690'],
    length: 10,
  },
  he: {
    locale: 'he-IL',
    label: 'טלפון:',
    order: 'הזמנה',
    phone: '0502345678',
    starts: ['050', '052', '053', '054'],
    length: 10,
  },
};
const RTL = new Set(['ar', 'fa', 'he']);

describe("numbers said digit by digit in the desk's other languages", () => {
  it('the tests use valid phone numbers', () => {
    for (const { locale, phone } of Object.values(LANGS))
      expect(isValidPhoneNumber(phone, locale.slice(3) as 'TR')).toBe(true);
  });

  describe.each(Object.entries(LANGS))('%s', (lang, { locale, label, phone }) => {
    it('a phone said digit by digit goes after the phone word', () => {
      const words = spell(phone, lang, [' ']);
      expect(said(`${label} ${words}`, locale)).toBe(`${label} [PHONE]`);
    });
    it("a card's 16 digits go as [CARD]", () => {
      const words = spell(CARD, lang, [' ', ' ', ' ', ', ']);
      expect(said(`${words}.`, locale)).toBe('[CARD].');
    });
  });

  it.each([
    // Turkish: the letters of a keyboard without Turkish ones, and "artı" for the prefix (said
    // digit by digit: "artı doksan", the code said as ninety, is not read).
    ['tr-TR', 'numaram sifir bes uc iki bir iki uc dort bes alti yedi', 'numaram [PHONE]'],
    ['tr-TR', 'artı dokuz sıfır beş üç iki bir iki üç dört beş altı yedi', '[PHONE]'],
    // Arabic: bidi marks and the Arabic comma between the words, in logical order.
    [
      'ar-SA',
      `جوالي صفر${RLM} خمسة${RLM} صفر، واحد اثنين ثلاثة، أربعة خمسة ستة سبعة`,
      'جوالي [PHONE]',
    ],
    ['ar-SA', 'زائد تسعة ستة ستة خمسة صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة', '[PHONE]'],
    // Arabic-Indic digits and words mixed, as speech-to-text writes a number it half recognised.
    ['ar-SA', 'جوالي ٠٥٠ اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية', 'جوالي [PHONE]'],
    // Persian "یک" written with Arabic "ي" and "ك", as keyboards trained on Arabic text do.
    ['fa-IR', `شماره من صفر${RLM} نه يك دو يك دو سه چهار پنج شش هفت`, 'شماره من [PHONE]'],
    // Hindi "zero" said in English, and the verb after the number.
    ['hi-IN', 'मेरा नंबर नौ आठ सात छः पांच चार तीन दो एक ज़ीरो है', 'मेरा नंबर [PHONE] है'],
    ['hi-IN', 'मेरा नंबर नौ आठ सात छह पाँच चार तीन दो एक \u095bीरो है', 'मेरा नंबर [PHONE] है'],
    // Vietnamese with its tone marks decomposed (NFD), as some keyboards write them.
    [
      'vi-VN',
      'số điện thoại của tôi là không chín một hai ba bốn năm sáu bẩy tám'.normalize('NFD'),
      'số điện thoại của tôi là [PHONE]'.normalize('NFD'),
    ],
    ['vi-VN', 'cộng tám bốn chín một hai ba bốn năm sáu bảy tám', '[PHONE]'],
    // Greek in capitals lowers without accents.
    ['el-GR', 'ΤΗΛΕΦΩΝΟ ΕΞΙ ΕΝΝΕΑ ΕΝΑ ΔΥΟ ΤΡΙΑ ΤΕΣΣΕΡΑ ΠΕΝΤΕ ΕΞΙ ΕΠΤΑ ΟΚΤΩ', 'ΤΗΛΕΦΩΝΟ [PHONE]'],
    // Hebrew: the masculine forms too, with bidi marks.
    [
      'he-IL',
      `טלפון: אפס${RLM} חמישה${RLM} אפס שניים שלושה ארבעה חמישה שישה שבעה שמונה`,
      'טלפון: [PHONE]',
    ],
    ['he-IL', 'פלוס תשע שבע שתיים חמש אפס שתיים שלוש ארבע חמש שש שבע שמונה', '[PHONE]'],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale)).toBe(out);
  });

  it.each([
    // Vietnamese everyday words that are digits: "không" (no), "năm" (year, five), "một" (a).
    ['vi-VN', 'Tôi không nhận được hàng, đã chờ năm ngày rồi, gọi hai ba lần mà không ai nghe máy'],
    ['vi-VN', 'không một hai ba, không có gì xảy ra cả'],
    ['vi-VN', 'tổng cộng hai trăm năm mươi nghìn đồng, năm nay tôi ba mươi hai tuổi'],
    // Counting, amounts and sentences.
    ['tr-TR', 'bir iki üç dört beş altı yedi sekiz dokuz on diye saydım'],
    ['tr-TR', 'toplam iki yüz elli lira, bir de kargo ücreti'],
    ['ar-SA', 'اشتريت ثلاثة قمصان وأربعة سراويل بمئة وخمسين ريالا'],
    ['fa-IR', 'نه، ممنون. سه تا پیراهن و دو شلوار خریدم'],
    ['hi-IN', 'मैंने दो शर्ट और तीन पैंट खरीदी, कुल एक हज़ार पाँच सौ रुपये'],
    ['el-GR', 'πλήρωσα πενήντα ευρώ για δύο μπλουζάκια και τρία ζευγάρια κάλτσες'],
    ['he-IL', 'הזמנתי שלוש חולצות ושתי מכנסיים במאה וחמישים שקלים'],
    // An order's number said aloud stays after the order's word.
    ['he-IL', 'הזמנה אפס חמש אפס שתיים שלוש ארבע חמש שש שבע שמונה'],
    ['tr-TR', 'sipariş sıfır beş üç iki bir iki üç dört beş altı yedi'],
  ])('%s stays: %s', (locale, text) => {
    expect(said(text, locale)).toBe(text);
  });
});

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });

describe("any valid phone of the locale's country, said in its digit words", () => {
  test.prop([
    fc.constantFrom(...Object.keys(LANGS)).chain((lang) => {
      const { locale, starts, length } = LANGS[lang] as Lang;
      return fc
        .tuple(fc.constantFrom(...starts), digits(length))
        .map(([start, rest]) => start + rest.join('').slice(start.length))
        .filter((n) => isValidPhoneNumber(n, locale.slice(3) as 'TR'))
        .map((n) => [lang, n] as const);
    }),
    fc.array(fc.constantFrom(' ', ', ', ' - ', `${RLM} `, ` ${RLM}`, '، '), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.nat(3),
  ])(
    "goes after the phone word, and stays after the order's word",
    ([lang, number], seps, pick) => {
      const { locale, label, order } = LANGS[lang] as Lang;
      // Bidi marks and Arabic commas only where a right-to-left transcript writes them.
      const between = RTL.has(lang)
        ? seps
        : seps.map((s) => (s.includes(RLM) || s === '، ' ? ' ' : s));
      const words = spell(number, lang, between, pick);
      expect(said(`${label} ${words}`, locale)).toBe(`${label} [PHONE]`);
      const ordered = `${order} ${words}`;
      expect(said(ordered, locale)).toBe(ordered);
    },
  );
});
