// T54b (issue #14, precision): the four look-alikes T53b's audit left (auditLookalikes.test.ts),
// each kept now, beside the neighbours that must still go: a real address, PESEL, CPF or phone
// after the same words where a customer would write one.
// - A version word, then at most two words (short ones besides: "de la", "of the"), then its
//   version: ip.ts versionWordsBefore; a comma, a digit or the word "IP" between ends its reach.
// - Kana's voicing marks typed apart (NFD, "ド" as "ト" and U+3099) are part of their letter as a
//   word's end is read (context.ts partOfLetter): "商品コード" is a reference word now.
// - Portuguese "anúncio" (a listing) and Polish "oferta nr" label a reference in their language
//   only (keywords.ts LANGUAGE_REFERENCE_WORDS): Spanish "anuncio" still stands before a phone.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

const nfd = (s: string) => s.normalize('NFD');
const out = (text: string, locale: string) => redact(text, { locale }).text;

describe('a version word a few words before its version', () => {
  it.each([
    ['ru-RU', 'Версия приложения 5.2.0.1'],
    ['ru-RU', 'Версия мобильного приложения 5.2.0.1'],
    ['uk-UA', 'Версія застосунку: 5.2.0.1'],
    ['el-GR', 'Έκδοση εφαρμογής 1.2.0.3'],
    ['es-ES', 'Versión de la aplicación 5.2.0.1'],
    ['fr-FR', "Version de l'application 5.2.0.1"],
    ['fr-FR', 'Version de l’application 5.2.0.1'],
    ['pl-PL', 'Wersja aplikacji mobilnej 5.2.0.1'],
    ['de-DE', 'Version der Anwendung 5.2.0.1'],
    ['en-US', 'Version of the application 5.2.0.1'],
  ])('%s: %s stays', (locale, text) => {
    expect(out(text, locale)).toBe(text);
  });

  it.each([
    ['ru-RU', 'Версия 5.2, мой IP 203.113.100.200', 'Версия 5.2, мой IP [IP]'],
    ['ru-RU', 'Версия приложения, мой IP 203.113.100.200', 'Версия приложения, мой IP [IP]'],
    ['el-GR', 'Έκδοση 1.2, η IP μου 203.0.113.5', 'Έκδοση 1.2, η IP μου [IP]'],
    ['en-US', 'Android phone IP 203.0.113.5', 'Android phone IP [IP]'],
    ['en-US', 'Version 5.2 and my IP 203.0.113.5', 'Version 5.2 and my IP [IP]'],
    [
      'de-DE',
      'Version der Anwendung ist neu, IP 203.0.113.5',
      'Version der Anwendung ist neu, IP [IP]',
    ],
    [
      'es-ES',
      'Versión de la aplicación móvil nueva 5.2.0.1',
      'Versión de la aplicación móvil nueva [IP]',
    ],
  ])('%s: %s goes', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
  });

  // Words between that name no version, long (more than three letters) and short.
  const long = ['приложения', 'застосунку', 'εφαρμογής', 'application', 'aplicación', 'klienta'];
  const short = ['of', 'the', 'de', 'la', 'der', 'du'];
  const versionWord = ['Версия', 'Версія', 'Έκδοση', 'Version', 'Versión', 'Wersja'];
  const quad = fc
    .tuple(
      fc.integer({ min: 1, max: 223 }),
      fc.nat(255),
      fc.nat(255),
      fc.integer({ min: 1, max: 254 }),
    )
    .map((parts) => parts.join('.'));

  // The oracle: at most two long words and four in all between, spaces alone between them.
  test.prop([
    fc.constantFrom(...versionWord),
    fc.array(fc.constantFrom(...long), { maxLength: 2 }),
    fc.array(fc.constantFrom(...short), { maxLength: 2 }),
    fc.boolean(),
    quad,
    fc.constantFrom('ru-RU', 'el-GR', 'es-ES', 'en-US', 'pl-PL'),
  ])('keeps the version past words that name none', (word, longs, shorts, colon, ip, locale) => {
    const gap = [...shorts, ...longs].join(' ');
    const text = `${word} ${gap}${gap === '' ? '' : ' '}${colon ? ': ' : ''}${ip}`.replace(
      ' : ',
      ': ',
    );
    expect(out(text, locale)).toBe(text);
  });

  // Past a comma, and past the 16 characters of the version word's own window, an address goes.
  test.prop([
    fc.constantFrom(...versionWord),
    fc.array(fc.constantFrom(...long), { minLength: 1, maxLength: 2 }),
    quad,
    fc.constantFrom('ru-RU', 'el-GR', 'es-ES', 'en-US', 'pl-PL'),
  ])('a comma ends its reach', (word, longs, ip, locale) => {
    const text = `${word} 5.2, ${longs.join(' ')} ${ip}`;
    expect(out(text, locale)).toBe(text.replace(ip, '[IP]'));
  });
});

describe('a voiced kana typed decomposed ends its word', () => {
  it.each([
    [
      'ja-JP',
      '商品コード 09012345678 の在庫はありますか？',
      '商品コード 09012345678 の在庫はありますか？',
    ],
    ['ja-JP', '商品コード: 090-1234-5678', '商品コード: 090-1234-5678'],
    // A full stop after the word ends its sentence, composed or not: the phone after it goes.
    // (Since V56f in Japan's groups, the subscriber's four last: "612 34 56 78", no trunk "0" and
    // a last group of two, is no Japanese number, and stays; auditSession56Misc.)
    ['ja-JP', '商品コード. 6 1234 5678', '商品コード. [PHONE]'],
    ['de-DE', '商品コード. 0151 23456789', '商品コード. [PHONE]'],
    ['de-DE', 'Bestellung バッグ. 0151 23456789', 'Bestellung バッグ. [PHONE]'],
    ['de-DE', 'Bestellung ペンギン. 0151 23456789', 'Bestellung ペンギン. [PHONE]'],
    ['ja-JP', '商品コードは ABC です。電話 09012345678', '商品コードは ABC です。電話 [PHONE]'],
  ])('%s: %s', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
    expect(out(nfd(text), locale).normalize('NFC')).toBe(expected);
  });

  // The oracle: the text composed (NFC), read as the decomposed one is.
  test.prop([
    fc.constantFrom('バッグ', 'コード', 'ダブ', 'ペン', 'ポイント', 'ゲーム', 'ぶどう', 'パン'),
    fc.constantFrom('Bestellung ', 'Order 4711 ', '商品コード ', ''),
    fc.constantFrom('0151 23456789', '612 34 56 78', '09012345678'),
    fc.constantFrom('de-DE', 'ja-JP', 'en-US', 'es-ES'),
  ])(
    'redact reads NFD as NFC after a word that ends in a voiced kana',
    (word, before, value, locale) => {
      const text = `${before}${word}. ${value}`;
      expect(out(nfd(text), locale).normalize('NFC')).toBe(out(text, locale));
    },
  );
});

describe('a listing in Portuguese, an offer in Polish', () => {
  it.each([
    ['pt-BR', 'Anúncio 12345678909 pausado', 'Anúncio 12345678909 pausado'],
    ['pt-BR', 'Anuncio 12345678909 pausado', 'Anuncio 12345678909 pausado'],
    ['pt-BR', 'Número do anúncio: 12345678909', 'Número do anúncio: 12345678909'],
    ['pt-PT', 'O anúncio 12345678909 foi removido', 'O anúncio 12345678909 foi removido'],
    ['pl-PL', 'Oferta numer 85041212344', 'Oferta numer 85041212344'],
    ['pl-PL', 'OFERTA NR 85041212344', 'OFERTA NR 85041212344'],
    ['pl-PL', 'Oferta nr. 85041212344 nieaktualna', 'Oferta nr. 85041212344 nieaktualna'],
  ])('%s: %s stays', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
    expect(out(nfd(text), locale).normalize('NFC')).toBe(expected);
  });

  it.each([
    ['pt-BR', 'Anúncio pausado. Meu CPF 12345678909', 'Anúncio pausado. Meu CPF [CPF]'],
    ['pt-BR', 'Anúncio pausado, meu CPF é 123.456.789-09', 'Anúncio pausado, meu CPF é [CPF]'],
    ['pt-BR', 'Vi o anúncio, meu celular (11) 98765-4321', 'Vi o anúncio, meu celular [PHONE]'],
    // Spanish "anuncio" (an advert) stands before the advertiser's phone.
    ['es-ES', 'Anuncio 612 345 678', 'Anuncio [PHONE]'],
    ['es-ES', 'Anuncio: 612 345 678', 'Anuncio: [PHONE]'],
    // "Oferta" alone is any offer.
    ['pl-PL', 'Oferta 85041212344', 'Oferta [PESEL]'],
    [
      'pl-PL',
      'Oferta ważna do 10.12, mój PESEL 85041212344',
      'Oferta ważna do 10.12, mój PESEL [PESEL]',
    ],
    [
      'pl-PL',
      'Oferta nr 13598247061, mój PESEL 85041212344',
      'Oferta nr 13598247061, mój PESEL [PESEL]',
    ],
    ['pl-PL', 'Oferta nr 1. Mój PESEL 85041212344', 'Oferta nr 1. Mój PESEL [PESEL]'],
    [
      'pl-PL',
      'Oferta ważna do 10.12. Zadzwoń 600 123 456',
      'Oferta ważna do 10.12. Zadzwoń [PHONE]',
    ],
  ])('%s: %s goes', (locale, text, expected) => {
    expect(out(text, locale)).toBe(expected);
  });
});
