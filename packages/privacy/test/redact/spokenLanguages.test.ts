// Numbers said aloud in more of the desk's languages (T34b): German, Spanish and Persian said in
// groups ("null eins fünf eins, zweiundzwanzig…", "seiscientos doce, treinta y cuatro…",
// "صفر نهصد و دوازده، سیصد و چهل و پنج…"), a Turkish call verb before the digits ("beni ara…"),
// the Arabic "و" (and) written apart inside a number, and Turkish typed decomposed (NFD) read
// with one fold. Amounts and years said in words stay.

import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { bruteRead, inGroups, mobile, read, said } from './spokenOracle.js';

// Each language's numbers from 0 to 999, written here from the grammar of the reference pages
// (not from the recognizer's tables). Spanish: speleotrove.com/spanish/numbers.html ("cien" alone,
// "ciento" before more, "y" between a ten and its unit only).
const ES_UNITS = 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(' ');
const ES_BELOW_30 = [
  ...ES_UNITS,
  ...'diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve'.split(' '),
  ...'veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'.split(
    ' ',
  ),
];
const ES_TENS = '- - - treinta cuarenta cincuenta sesenta setenta ochenta noventa'.split(' ');
const ES_HUNDREDS =
  '- ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos'.split(
    ' ',
  );
const esBelow100 = (n: number): string =>
  n < 30
    ? (ES_BELOW_30[n] as string)
    : (ES_TENS[Math.floor(n / 10)] as string) + (n % 10 ? ` y ${ES_UNITS[n % 10]}` : '');
const spanish = (n: number): string =>
  n === 100
    ? 'cien'
    : n < 100
      ? esBelow100(n)
      : (ES_HUNDREDS[Math.floor(n / 100)] as string) + (n % 100 ? ` ${esBelow100(n % 100)}` : '');

// Persian: omniglot.com/language/numbers/persian.htm (units, teens, tens, "و" between each part),
// wordadaypersian.wordpress.com (the hundreds).
const FA_UNITS = 'صفر یک دو سه چهار پنج شش هفت هشت نه'.split(' ');
const FA_TEENS = 'ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده'.split(' ');
const FA_TENS = '- - بیست سی چهل پنجاه شصت هفتاد هشتاد نود'.split(' ');
const FA_HUNDREDS = '- صد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد'.split(' ');
const persian = (n: number): string => {
  const parts: string[] = [];
  if (n >= 100) parts.push(FA_HUNDREDS[Math.floor(n / 100)] as string);
  const rest = n % 100;
  if (rest >= 10 && rest < 20) parts.push(FA_TEENS[rest - 10] as string);
  else {
    if (rest >= 20) parts.push(FA_TENS[Math.floor(rest / 10)] as string);
    if (rest % 10 || n === 0) parts.push(FA_UNITS[rest % 10] as string);
  }
  return parts.join(' و ');
};

// German: one word, the unit before its ten with "und" ("einundzwanzig": "ein", not "eins"), a
// unit after a hundred whole ("hunderteins").
const DE_UNITS = 'null eins zwei drei vier fünf sechs sieben acht neun'.split(' ');
const DE_TEENS =
  'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(' ');
const DE_TENS = '- - zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' ');
const deBelow100 = (n: number): string =>
  n < 10
    ? (DE_UNITS[n] as string)
    : n < 20
      ? (DE_TEENS[n - 10] as string)
      : (n % 10 ? `${n % 10 === 1 ? 'ein' : DE_UNITS[n % 10]}und` : '') +
        (DE_TENS[Math.floor(n / 10)] as string);
const german = (n: number): string =>
  n < 100
    ? deBelow100(n)
    : `${n >= 200 ? DE_UNITS[Math.floor(n / 100)] : ''}hundert${n % 100 ? deBelow100(n % 100) : ''}`;

const LANGUAGES = [
  { locale: 'es-ES', words: spanish, zero: 'cero' },
  { locale: 'fa-IR', words: persian, zero: 'صفر' },
  { locale: 'de-DE', words: german, zero: 'null' },
] as const;

describe('the group reader against a brute-force oracle', () => {
  it('the grammar above says the numbers as the reference pages do', () => {
    expect([612, 34, 100, 105, 29].map(spanish)).toEqual([
      'seiscientos doce',
      'treinta y cuatro',
      'cien',
      'ciento cinco',
      'veintinueve',
    ]);
    expect([312, 345, 98].map(persian)).toEqual(['سیصد و دوازده', 'سیصد و چهل و پنج', 'نود و هشت']);
    expect([22, 862, 101, 21].map(german)).toEqual([
      'zweiundzwanzig',
      'achthundertzweiundsechzig',
      'hunderteins',
      'einundzwanzig',
    ]);
  });

  test.prop([
    fc.constantFrom(...LANGUAGES),
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 }),
  ])('reads back each group said after seven zeros, a comma between groups', (lang, numbers) => {
    const phrases = numbers.map(lang.words);
    // The oracle reads each phrase back to its number.
    expect(phrases.map((p) => bruteRead(lang.words, p))).toEqual(numbers);
    const text = `${Array(7).fill(lang.zero).join(' ')}, ${phrases.join(', ')}`;
    expect(read(text, lang.locale)).toEqual([`0000000${numbers.join('')}`]);
  });

  it('reads every number from 0 to 999 in each language', () => {
    for (const lang of LANGUAGES) {
      for (let n = 0; n < 1000; n++) {
        const text = `${Array(7).fill(lang.zero).join(' ')} ${lang.words(n)}`;
        expect(read(text, lang.locale), `${lang.locale} ${n}`).toEqual([`0000000${n}`]);
      }
    }
  });
});

describe('any valid mobile said in its groups', () => {
  test.prop([mobile(['6', '7'], [8], 'ES'), fc.constantFrom([3, 3, 3], [3, 2, 2, 2])])(
    'Spanish: after "mi número es", and stays after "número de pedido"',
    (number, sizes) => {
      const words = inGroups(number, sizes, spanish, 'cero');
      expect(said(`mi número es ${words}`, 'es-ES')).toBe('mi número es [PHONE]');
      const order = `número de pedido ${words}`;
      expect(said(order, 'es-ES')).toBe(order);
    },
  );

  test.prop([mobile(['0912', '0935', '0919'], [7], 'IR')])(
    'Persian: "0912 345 67 89" after "شماره من", and stays after "سفارش"',
    (number) => {
      const words = inGroups(number, [4, 3, 2, 2], persian, 'صفر');
      expect(said(`شماره من ${words}`, 'fa-IR')).toBe('شماره من [PHONE]');
      const order = `سفارش ${words}`;
      expect(said(order, 'fa-IR')).toBe(order);
    },
  );

  test.prop([mobile(['0151', '0160', '0170', '0176'], [7, 8], 'DE')])(
    'German: the prefix digit by digit, then pairs, after "meine Nummer ist"',
    (number) => {
      const rest = number.slice(4);
      const sizes = rest.length === 8 ? [2, 2, 2, 2] : [3, 2, 2];
      const words = `${[...number.slice(0, 4)].map((d) => DE_UNITS[Number(d)]).join(' ')}, ${inGroups(rest, sizes, german, 'null')}`;
      expect(said(`meine Nummer ist ${words}`, 'de-DE')).toBe('meine Nummer ist [PHONE]');
      const order = `Bestellnummer ${words}`;
      expect(said(order, 'de-DE')).toBe(order);
    },
  );
});

describe('German', () => {
  it.each([
    [
      'meine Nummer ist null eins fünf eins, zweiundzwanzig, dreiunddreißig, vierundvierzig, fünfundfünfzig',
      'meine Nummer ist [PHONE]',
    ],
    // Swiss: the area code and a hundred said as numbers, then pairs (blogwiese.ch/archives/315).
    [
      'meine Nummer ist null vierundvierzig, achthundertzweiundsechzig, vierundfünfzig, zweiundachtzig',
      'meine Nummer ist [PHONE]',
    ],
    [
      'Handynummer null eins sieben null eins zwo drei vier fünf sechs sieben',
      'Handynummer [PHONE]',
    ],
  ])('%s', (text, out) => {
    expect(said(text, 'de-DE')).toBe(out);
  });

  it('a 0151 number needs eight digits after its prefix: the one with seven is no number', () => {
    // "null eins fünf eins zwei drei vier fünf sechs sieben acht" is 0151 2345678: libphonenumber
    // knows 0151 numbers of 12 digits only, so it stays, as the same digits written out do.
    expect(isValidPhoneNumber('01512345678', 'DE')).toBe(false);
    const short = 'meine Nummer ist null eins fünf eins zwei drei vier fünf sechs sieben acht';
    expect(said(short, 'de-DE')).toBe(short);
    expect(redact('meine Nummer ist 01512345678', { locale: 'de-DE' }).text).toBe(
      'meine Nummer ist 01512345678',
    );
    expect(said(`${short} neun`, 'de-DE')).toBe('meine Nummer ist [PHONE]');
  });

  it.each([
    // Amounts, years, counting.
    'meine Nummer kostet zweiundzwanzig Euro neunundneunzig',
    'ruf mich an, ich habe zweitausendvierundzwanzig dreihundertzwölf Euro bezahlt',
    'neunzehnhundertneunundneunzig habe ich angerufen, zwölf dreizehn vierzehn fünfzehn sechzehn',
    'Bestellnummer null eins fünf eins, zweiundzwanzig, dreiunddreißig, vierundvierzig, fünfundfünfzig',
  ])('stays: %s', (text) => {
    expect(said(text, 'de-DE')).toBe(text);
  });
});

describe('Spanish and Persian', () => {
  it.each([
    [
      'es-ES',
      'mi número es seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho',
      'mi número es [PHONE]',
    ],
    [
      'es-ES',
      'llámame al seiscientos doce, trescientos cuarenta y cinco, seiscientos setenta y ocho',
      'llámame al [PHONE]',
    ],
    // Without the accents speech-to-text may drop.
    [
      'es-ES',
      'mi número es seiscientos dieciseis, veintidos, veintitres, veintiseis',
      'mi número es [PHONE]',
    ],
    [
      'fa-IR',
      'شماره من صفر نهصد و دوازده، سیصد و چهل و پنج، شصت و هفت، هشتاد و نه',
      'شماره من [PHONE]',
    ],
    // With the Arabic "ي" and "ك" an Arabic keyboard writes ("دويست", "يك").
    [
      'fa-IR',
      'شماره من صفر نهصد و دوازده، دويست و چهل و پنج، شصت و هفت، هشتاد و نه',
      'شماره من [PHONE]',
    ],
    ['fa-IR', 'شماره من صفر نهصد و دوازده، صد و يك، شصت و هفت، هشتاد و نه', 'شماره من [PHONE]'],
    // The country code said as a number (00 98).
    [
      'fa-IR',
      'شماره من صفر صفر نود و هشت، نهصد و دوازده، سیصد و چهل و پنج، شصت و هفت، هشتاد و نه',
      'شماره من [PHONE]',
    ],
  ])('%s: %s', (locale, text, out) => {
    expect(said(text, locale)).toBe(out);
  });

  it.each([
    // Amounts and years said in words.
    ['es-ES', 'mi número de cuenta no, pagué mil doscientos euros'],
    ['es-ES', 'llámame, en dos mil veinticuatro pagué seiscientos doce euros y treinta y cuatro'],
    ['es-ES', 'seiscientos doce, treinta y cuatro, cincuenta y seis, setenta y ocho euros'],
    ['fa-IR', 'شماره من سیصد و دوازده هزار تومان'],
    ['fa-IR', 'سال هزار و سیصد و نود و هشت، نهصد و دوازده، سیصد و چهل و پنج تومان'],
  ])('%s stays: %s', (locale, text) => {
    expect(said(text, locale)).toBe(text);
  });
});

describe('Turkish call verbs', () => {
  it.each([
    ['beni ara beş üç iki bir iki üç dört beş altı yedi', 'beni ara [PHONE]'],
    ['beni arayın beş üç iki bir iki üç dört beş altı yedi', 'beni arayın [PHONE]'],
    [
      'lütfen arayınız beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi',
      'lütfen arayınız [PHONE]',
    ],
    ['beni arar mısınız beş üç iki bir iki üç dört beş altı yedi', 'beni arar mısınız [PHONE]'],
    ['BENİ ARAYIN BEŞ ÜÇ İKİ BİR İKİ ÜÇ DÖRT BEŞ ALTI YEDİ', 'BENİ ARAYIN [PHONE]'],
  ])('%s', (text, out) => {
    expect(said(text, 'tr-TR')).toBe(out);
  });

  it.each([
    // Whole words only: "araba" (car), "arada" (in between).
    'araba beş üç iki bir iki üç dört beş altı yedi',
    'arada beş üç iki bir iki üç dört beş altı yedi',
    // The order's number stays after its word.
    'beni arayın, sipariş numaram beş üç iki bir iki üç dört beş altı yedi',
  ])('stays: %s', (text) => {
    expect(said(text, 'tr-TR')).toBe(text);
  });

  it('labels nothing outside a Turkish locale', () => {
    const text = 'ara five three two one two three four five six seven';
    expect(said(text, 'en-US')).toBe(text);
  });
});

describe('the Arabic "و" (and) written apart', () => {
  it.each([
    ['رقمي خمسة و خمسة صفر واحد اثنان ثلاثة أربعة خمسة ستة', 'رقمي [PHONE]'],
    ['رقمي صفر خمسة و خمسة صفر واحد اثنان ثلاثة أربعة خمسة ستة', 'رقمي [PHONE]'],
  ])('%s', (text, out) => {
    expect(said(text, 'ar-SA')).toBe(out);
  });

  it.each([
    // Nothing before it, or a word after it: no number goes on.
    'و خمسة',
    'اشتريت ثلاثة و أربعة قمصان',
    'رقمي خمسة و قميص صفر واحد اثنان ثلاثة أربعة خمسة ستة',
  ])('stays: %s', (text) => {
    expect(said(text, 'ar-SA')).toBe(text);
  });
});

describe('Turkish typed decomposed (NFD) reads as typed composed', () => {
  it.each([
    ['İLETİŞİM NUMARAM BEŞ ÜÇ İKİ BİR İKİ ÜÇ DÖRT BEŞ ALTI YEDİ', 'İLETİŞİM NUMARAM [PHONE]'],
    ['numaram beş üç İKİ bir iki üç dört beş altı yedi', 'numaram [PHONE]'],
    ['NUMARAM BEŞ YÜZ OTUZ İKİ, YÜZ YİRMİ ÜÇ, KIRK BEŞ, ALTMIŞ YEDİ', 'NUMARAM [PHONE]'],
    // My order number stays: the noun before "numaram" is read whole, marks and all.
    [
      'SİPARİŞ NUMARAM BEŞ ÜÇ İKİ BİR İKİ ÜÇ DÖRT BEŞ ALTI YEDİ',
      'SİPARİŞ NUMARAM BEŞ ÜÇ İKİ BİR İKİ ÜÇ DÖRT BEŞ ALTI YEDİ',
    ],
  ])('%s', (text, out) => {
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(text);
    expect(said(nfd, 'tr-TR').normalize('NFC')).toBe(out);
    expect(said(text, 'tr-TR')).toBe(out);
  });

  const TR = ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
  test.prop([
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
    fc.constantFrom('numaram', 'iletişim numaram', 'sipariş numaramı', 'beni arayın', 'İade kodu'),
    fc.boolean(),
  ])('composed or decomposed, lower or upper case, the same', (digits, label, upper) => {
    const composed = `${label} ${digits.map((d) => TR[d]).join(' ')}`;
    const text = upper ? composed.toLocaleUpperCase('tr') : composed;
    expect(said(text.normalize('NFD'), 'tr-TR').normalize('NFC')).toBe(said(text, 'tr-TR'));
  });
});
