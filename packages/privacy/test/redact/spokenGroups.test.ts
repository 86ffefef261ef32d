// Numbers said aloud as people say them on a call (T33c): Turkish "numaram" (my number) before a
// mobile said without its trunk "0", Turkish in capitals (its "İ" and "I"), the Hebrew and Arabic
// "and" written onto a number's last digit, and numbers said in groups where a language's
// speakers say a phone so: Turkish in hundreds and tens ("beş yüz otuz iki, yüz yirmi üç, kırk
// beş, altmış yedi" is 532 123 45 67), English an area code or a toll-free prefix ("two twelve",
// "one, eight hundred"). Amounts, quantities and years said the same way stay.

import { fc, test } from '@fast-check/vitest';
import { redact, spokenNumberRecognizers } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';

const said = (text: string, locale: string) =>
  redact(text, { locale, recognizers: spokenNumberRecognizers }).text;

describe('Turkish "numaram" (my number) before a mobile said without its trunk', () => {
  it.each([
    // Digit by digit, as "numaram 532 123 45 67" written out goes.
    ['numaram beş üç iki bir iki üç dört beş altı yedi', 'numaram [PHONE]'],
    ['benim numaram beş üç iki bir iki üç dört beş altı yedi', 'benim numaram [PHONE]'],
    ['cep numaram: beş üç iki bir iki üç dört beş altı yedi', 'cep numaram: [PHONE]'],
  ])('%s', (text, out) => {
    expect(said(text, 'tr-TR')).toBe(out);
  });

  it.each([
    // A noun before it names another number: my order number, my account number.
    'sipariş numaram beş üç iki bir iki üç dört beş altı yedi',
    'hesap numaram beş üç iki bir iki üç dört beş altı yedi',
    'takip numaram beş üç iki bir iki üç dört beş altı yedi',
  ])('stays: %s', (text) => {
    expect(said(text, 'tr-TR')).toBe(text);
  });
});

describe('Turkish and Greek in capitals', () => {
  it.each([
    // "İ" stays as written in redact's lower-case copy (it lowers to two units), "I" lowers to "i".
    ['tr-TR', 'NUMARAM BEŞ ÜÇ İKİ BİR İKİ ÜÇ DÖRT BEŞ ALTI YEDİ', 'NUMARAM [PHONE]'],
    ['tr-TR', 'TELEFONUM SIFIR BEŞ ÜÇ İKİ BİR İKİ ÜÇ DÖRT BEŞ ALTI YEDİ', 'TELEFONUM [PHONE]'],
    // Typed without Turkish letters.
    ['tr-TR', 'telefonum sifir bes uc iki bir iki uc dort bes alti yedi', 'telefonum [PHONE]'],
    // Greek in capitals is written without its accents: "ΜΗΔΕΝ", "ΕΦΤΑ", "ΟΧΤΩ", "ΕΝΝΙΑ".
    ['el-GR', 'ΚΙΝΗΤΟ ΕΞΙ ΕΝΝΙΑ ΜΗΔΕΝ ΔΥΟ ΤΡΙΑ ΤΕΣΣΕΡΑ ΠΕΝΤΕ ΕΞΙ ΕΦΤΑ ΟΧΤΩ', 'ΚΙΝΗΤΟ [PHONE]'],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale)).toBe(out);
  });
});

describe('Hebrew and Arabic "and" written onto the last digit', () => {
  it.each([
    ['he-IL', 'המספר שלי אפס חמש שתיים שלוש ארבע חמש שש שבע שמונה ותשע', 'המספר שלי [PHONE]'],
    ['ar-SA', 'رقمي صفر خمسة خمسة واحد اثنان ثلاثة أربعة خمسة ستة وسبعة', 'رقمي [PHONE]'],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale)).toBe(out);
  });

  it.each([
    // "And nine" alone is no number, nor the start of one.
    ['he-IL', 'ותשע'],
    ['he-IL', 'טלפון: ותשע חמש שתיים שלוש ארבע חמש שש'],
    ['ar-SA', 'اشتريت ثلاثة قمصان وأربعة سراويل'],
  ])('%s stays: %s', (locale, text) => {
    expect(said(text, locale)).toBe(text);
  });
});

describe('numbers said in groups', () => {
  it.each([
    // Turkish: 532 123 45 67, as a Turk gives a mobile (without the trunk "0"), and with it.
    ['tr-TR', 'numaram beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi', 'numaram [PHONE]'],
    [
      'tr-TR',
      'telefonum sıfır beş yüz otuz iki yüz yirmi üç kırk beş altmış yedi',
      'telefonum [PHONE]',
    ],
    ['tr-TR', 'NUMARAM BEŞ YÜZ OTUZ İKİ, YÜZ YİRMİ ÜÇ, KIRK BEŞ, ALTMIŞ YEDİ', 'NUMARAM [PHONE]'],
    // "Çift sıfır" (double zero), "on beş" (15), and a hundred with a unit only ("yüz üç", 103).
    [
      'tr-TR',
      'numaram beş yüz otuz iki, sekiz yüz kırk beş, çift sıfır, on beş',
      'numaram [PHONE]',
    ],
    ['tr-TR', 'numaram beş yüz otuz iki, yüz üç, kırk beş, altmış yedi', 'numaram [PHONE]'],
    // A comma ends a group: "yüz, kırk beş" is 100 then 45.
    ['tr-TR', 'numaram beş yüz otuz iki, yüz, kırk beş, altmış yedi', 'numaram [PHONE]'],
    // English: an area code said as a number, a toll-free prefix as "eight hundred".
    [
      'en-US',
      'my number is two twelve, five five five, oh one eight seven',
      'my number is [PHONE]',
    ],
    [
      'en-US',
      'call me at one, eight hundred, five five five, one two one two',
      'call me at [PHONE]',
    ],
    [
      'en-US',
      'my number is two one two, five five five, oh one eighty-seven',
      'my number is [PHONE]',
    ],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale)).toBe(out);
  });

  it.each([
    // Amounts, quantities, years, counting.
    ['tr-TR', 'numaram beş yüz otuz iki lira'],
    ['tr-TR', 'toplam beş yüz otuz iki lira, yüz yirmi üç lira kargo, kırk beş lira vergi'],
    ['tr-TR', 'numaram iki bin on iki yılında değişti'],
    ['tr-TR', 'numaram on iki, on üç, on dört, on beş, on altı'],
    ['tr-TR', 'beş yüz otuz iki adet ürün aldım, yüz yirmi üç tanesi kırık'],
    // An order's number said in groups stays after the order's word.
    ['tr-TR', 'sipariş numaram beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi'],
    ['en-US', 'in two thousand twelve I bought five five five apples'],
    ['en-US', 'order number two twelve, five five five, oh one eight seven'],
    ['en-US', 'call me, it cost twenty five ninety nine and twelve fifty'],
    ['en-US', 'I counted one two three four five six seven eight nine ten'],
  ])('%s stays: %s', (locale, text) => {
    expect(said(text, locale)).toBe(text);
  });
});

// Turkish numerals from 0 to 999, written here from the grammar (turkish.cafe/turkish-numerals),
// not from the recognizer's tables.
const UNITS = ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TENS = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
const below100 = (n: number): string[] =>
  n < 10
    ? [UNITS[n] as string]
    : [TENS[Math.floor(n / 10)] as string, ...(n % 10 ? [UNITS[n % 10] as string] : [])];
const turkish = (n: number): string => {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words =
    hundreds === 0
      ? below100(rest)
      : [
          ...(hundreds > 1 ? [UNITS[hundreds] as string] : []),
          'yüz',
          ...(rest > 0 ? below100(rest) : []),
        ];
  return words.join(' ');
};
// A group of two or three said as a number: a leading zero is said as a digit ("sıfır beş"), a
// "00" as "çift sıfır".
const group = (digits: string): string =>
  digits === '00'
    ? 'çift sıfır'
    : digits.startsWith('0')
      ? [...digits].map((d) => UNITS[Number(d)]).join(' ')
      : turkish(Number(digits));

const turkishMobile = fc
  .tuple(
    fc.constantFrom('50', '53', '54', '55'),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
  )
  .map(([start, rest]) => start + rest.join(''))
  .filter((n) => isValidPhoneNumber(n, 'TR'));

describe('any valid Turkish mobile said in its groups (3 3 2 2)', () => {
  it('the grammar above says 532, 123, 45, 67 as a Turk does', () => {
    expect(['532', '123', '45', '67'].map(group).join(', ')).toBe(
      'beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi',
    );
  });

  test.prop([
    turkishMobile,
    // A pause between the groups, as speech-to-text writes it. With spaces only the groups can
    // run together as a listener would hear them ("beş yüz kırk, beş yüz yirmi üç" is 540 523;
    // "beş yüz kırk beş yüz yirmi üç" reads 545 123).
    fc.constantFrom(', ', ' , ', ',  '),
    fc.boolean(),
    fc.constantFrom('numaram', 'telefonum', 'cep numaram', 'benim numaram:'),
  ])(
    "goes after a phone label, with or without its trunk, and stays after an order's word",
    (number, pause, trunk, label) => {
      const groups = [number.slice(0, 3), number.slice(3, 6), number.slice(6, 8), number.slice(8)];
      const words = (trunk ? 'sıfır ' : '') + groups.map(group).join(pause);
      const r = redact(`${label} ${words}`, {
        locale: 'tr-TR',
        recognizers: spokenNumberRecognizers,
      });
      expect(r.text).toBe(`${label} [PHONE]`);
      expect(r.findings.map((f) => f.end)).toEqual([label.length + 1 + words.length]);
      const order = `sipariş numaram ${words}`;
      expect(said(order, 'tr-TR')).toBe(order);
    },
  );
});
