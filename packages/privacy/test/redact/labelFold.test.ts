// Label words read with and without their accents, by one fold (context.ts lowerCodeAt): the text
// and the word lists are folded alike, unit by unit, so "Numer zgloszenia", "Siparis no", "Ma so
// thue", "Llameme", "KİMLİK" read as the words written with their letters. The rows marked "new"
// failed on the code before the fold (its lists held an unaccented twin for some words only); the
// others passed on it through those twins, now gone, and hold that the fold reads them still.
// The oracle below folds with the platform (NFD, the combining diacritical marks dropped, NFC)
// and shares nothing with the fold's table.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/redact/context.js';
import {
  ID_WORDS,
  NUMBER_WORDS,
  PHONE_NUMBER_WORDS_AFTER,
  PHONE_WORDS,
  PHONE_WORDS_AFTER,
  POSTAL_WORDS,
  REFERENCE_WORDS,
  VERSION_WORDS,
} from '../../src/redact/keywords.js';

/** A label as a customer types it without accents or the letters their keyboard lacks. */
function plain(word: string): string {
  return (
    word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .replace(/[łŁ]/g, 'l')
      .replace(/ı/g, 'i')
      .replace(/[đĐ]/g, 'd')
      // The Arabic keyboard's kaf and yeh, read as Persian's (a Persian label typed on it).
      .replace(/\u0643/g, '\u06a9')
      .replace(/\u064a/g, '\u06cc')
      // Greek's final sigma as its sigma: capitals lower "Σ" to "σ" at a word's end too.
      .replace(/ς/g, 'σ')
  );
}

describe('a reference word typed without its accents keeps the number after it', () => {
  it.each([
    // new: the words with no unaccented twin before the fold.
    ['pl-PL', 'Numer zgloszenia 600 123 456', '600 123 456'],
    ['pl-PL', 'Numer urzadzenia 600 123 456', '600 123 456'],
    ['vi-VN', 'Ma so thue: 0312345678', '0312345678'],
    ['vi-VN', 'MA SO THUE 0312345678', '0312345678'],
    ['vi-VN', 'So seri 0912 345 678', '0912 345 678'],
    ['de-DE', 'Geratenummer 2345-0151-4827', '2345-0151-4827'],
    ['cs-CZ', 'Seriove cislo 601 123 456', '601 123 456'],
    ['cs-CZ', 'Vyrobni cislo 601 123 456', '601 123 456'],
    ['tr-TR', 'Siparis no 0532 418 27 90', '0532 418 27 90'],
    ['tr-TR', 'SIPARIS NO: 0532 418 27 90', '0532 418 27 90'],
    // Through a twin before the fold (session 28 and earlier), read by the fold now.
    ['pl-PL', 'Nr zamowienia 600 123 456', '600 123 456'],
    ['pl-PL', 'Numer przesylki 600 123 456', '600 123 456'],
    ['es-ES', 'Envio 612 34 56 78', '612 34 56 78'],
    ['es-ES', 'Numero de cliente 612 34 56 78', '612 34 56 78'],
    ['es-ES', 'NUMERO CLIENTE 612 34 56 78', '612 34 56 78'],
    ['fr-FR', 'NUMERO CLIENT 06 12 34 56 78', '06 12 34 56 78'],
    ['fr-FR', 'Numero de serie 06 12 34 56 78', '06 12 34 56 78'],
    ['fr-FR', 'Ref 06 12 34 56 78', '06 12 34 56 78'],
    ['pt-PT', 'Codigo do cliente 912 345 678', '912 345 678'],
    ['ru-RU', 'Счет 8 912 345-67-89', '8 912 345-67-89'],
    ['ru-RU', 'СЧЁТ 8 912 345-67-89', '8 912 345-67-89'],
    ['cs-CZ', 'OBJEDNAVKA 601 123 456', '601 123 456'],
    ['cs-CZ', 'Zasilka 601 123 456', '601 123 456'],
    ['tr-TR', 'Urun kodu 0532 418 27 90', '0532 418 27 90'],
    ['tr-TR', 'Musteri no: 0532 418 27 90', '0532 418 27 90'],
    ['tr-TR', 'İADE KODU 0532 418 27 90', '0532 418 27 90'],
    ['tr-TR', 'IADE KODU 0532 418 27 90', '0532 418 27 90'],
    ['el-GR', 'ΤΙΜΟΛΟΓΙΟ 210 123 4567', '210 123 4567'],
    ['el-GR', 'Τιμολογιο 210 123 4567', '210 123 4567'],
    ['vi-VN', 'Don hang 0912 345 678', '0912 345 678'],
    ['vi-VN', 'HOA DON 0912 345 678', '0912 345 678'],
    ['vi-VN', 'VAN DON: 0912 345 678', '0912 345 678'],
    // A word that folds into another language's words ends there: "Möbel" is no "mob" (mobile),
    // "going" no "gọi" (call), "serious" no "số seri".
    ['de-DE', 'Bestellung Möbel 0301 234567', '0301 234567'],
    ['en-US', 'Order is going to 212-555-0187', '212-555-0187'],
  ])('%s: %s', (locale, text, kept) => {
    const out = redact(text, { locale });
    expect(out.findings).toEqual([]);
    expect(out.text).toContain(kept);
  });
});

describe('a phone or id word typed without its accents labels the value after it', () => {
  it.each([
    // new
    ['es-ES', 'Llameme al 612345678', 'Llameme al [PHONE]'],
    ['es-ES', 'Pedido: LLAMEME al 612 34 56 78', 'Pedido: LLAMEME al [PHONE]'],
    // "goi" (gọi, call) nearer than the order's words before it.
    ['vi-VN', 'Don hang chua toi goi 0912 345 678', 'Don hang chua toi goi [PHONE]'],
    ['vi-VN', 'Don hang, goi cho toi 0912 345 678', 'Don hang, goi cho toi [PHONE]'],
    // "KİMLİK" in capitals: its "İ" folds to "i" (its lower case has two units).
    ['en-US', 'KİMLİK NUMARAM 12345678950', 'KİMLİK NUMARAM [TR_TCKN]'],
    // "van don" (vận đơn, a waybill) no longer starts Dutch names: the mobile after one goes.
    [
      'nl-NL',
      'Graag terugbellen, mevrouw van Dongen, 06 12345678',
      'Graag terugbellen, mevrouw van Dongen, [PHONE]',
    ],
    ['nl-NL', 'Mevr. van Donk 0612345678', 'Mevr. van Donk [PHONE]'],
    // Through a twin before the fold.
    ['pl-PL', 'Zamowienie: MOJ NUMER 600 123 456', 'Zamowienie: MOJ NUMER [PHONE]'],
    ['pl-PL', 'Zamowienie: zadzwon 600 123 456', 'Zamowienie: zadzwon [PHONE]'],
    ['pl-PL', 'Zamowienie: komorka 600 123 456', 'Zamowienie: komorka [PHONE]'],
    ['es-ES', 'Pedido: mi numero 612 34 56 78', 'Pedido: mi numero [PHONE]'],
    ['es-ES', 'Pedido: movil 612 34 56 78', 'Pedido: movil [PHONE]'],
    ['es-ES', 'Pedido: telefono 612 34 56 78', 'Pedido: telefono [PHONE]'],
    ['es-ES', 'Pedido: marcame al 612 34 56 78', 'Pedido: marcame al [PHONE]'],
    ['es-ES', 'Pedido: llamenme al 612 34 56 78', 'Pedido: llamenme al [PHONE]'],
    ['fr-FR', 'Commande : telephone 06 12 34 56 78', 'Commande : telephone [PHONE]'],
    ['fr-FR', 'Facture. TÉL. 06 12 34 56 78', 'Facture. TÉL. [PHONE]'],
    ['fr-FR', 'Commande : mon numero 06 12 34 56 78', 'Commande : mon numero [PHONE]'],
    ['pt-BR', 'Pedido: meu numero 11 98765-4321', 'Pedido: meu numero [PHONE]'],
    ['el-GR', 'ΤΟ ΚΙΝΗΤΟ ΜΟΥ ΕΙΝΑΙ 6912345678', 'ΤΟ ΚΙΝΗΤΟ ΜΟΥ ΕΙΝΑΙ [PHONE]'],
    ['el-GR', 'ΠΑΡΑΓΓΕΛΙΑ ΚΙΝΗΤΟ 6912345678', 'ΠΑΡΑΓΓΕΛΙΑ ΚΙΝΗΤΟ [PHONE]'],
    ['de-DE', 'Bestellung, Mobil 0151 23456789', 'Bestellung, Mobil [PHONE]'],
    // Words the fold merges with a label word of other meaning, held apart (context.ts verbAt,
    // keywords.ts): French "résiliation" (folded, "resi…": Indonesian "resi", a receipt),
    // "commandé" (ordered), Spanish "envió" (sent), Vietnamese "nó" (it: no number word "no").
    ['fr-FR', 'Résiliation 06 12 34 56 78', 'Résiliation [PHONE]'],
    ['fr-FR', "J'ai commandé hier 06 12 34 56 78", "J'ai commandé hier [PHONE]"],
    ['es-ES', 'Juan me envió 612 34 56 78', 'Juan me envió [PHONE]'],
    ['vi-VN', 'Đơn hàng 4711 của nó 0912 345 678', 'Đơn hàng 4711 của nó [PHONE]'],
    ['vi-VN', 'Đơn hàng của nó. 0912 345 678', 'Đơn hàng của nó. [PHONE]'],
    // new: "resi" no longer starts "residence", "residencial" (their phones stayed).
    ['pt-BR', 'Telefone residencial: (11) 3456-7890', 'Telefone residencial: [PHONE]'],
    ['en-US', 'Residence: 212-555-0187', 'Residence: [PHONE]'],
  ])('%s: %s', (locale, text, redacted) => {
    expect(redact(text, { locale }).text).toBe(redacted);
  });
});

describe('a version word typed without its accents', () => {
  // new: "versão" read as "versao" ("versao 10.0.0.1" went as an IP address).
  it('keeps the version after it', () => {
    expect(redact('versao 10.0.0.1', { locale: 'pt-BR' }).text).toBe('versao 10.0.0.1');
  });
});

const LISTS: Readonly<Record<string, readonly string[]>> = {
  reference: REFERENCE_WORDS,
  phone: PHONE_WORDS,
  number: NUMBER_WORDS,
  version: VERSION_WORDS,
  // Read after a value, folded too since T34c (foldedEnd.ts).
  phoneAfter: PHONE_WORDS_AFTER,
  phoneNumberAfter: PHONE_NUMBER_WORDS_AFTER,
  postal: POSTAL_WORDS,
  ...ID_WORDS,
};
const WORDS = [...new Set(Object.values(LISTS).flat())];

describe('the fold of the label words', () => {
  it('is the platform fold: NFD, no combining diacritical marks, lower case, ł ı đ, ك ي, ς', () => {
    for (const word of WORDS)
      expect(foldWord(word), word).toBe(foldWord(plain(word).toLowerCase()));
    for (const word of WORDS) expect(foldWord(word), word).toBe(plain(word).toLowerCase());
  });

  it('reads a word in capitals as the word', () => {
    for (const word of WORDS) expect(foldWord(word.toUpperCase()), word).toBe(foldWord(word));
  });

  it('merges no reference word with a phone or id word', () => {
    const references = new Set(REFERENCE_WORDS.map(foldWord));
    const others = [...PHONE_WORDS, ...Object.values(ID_WORDS).flat()];
    expect(others.filter((w) => references.has(foldWord(w)))).toEqual([]);
  });

  it('leaves each list one spelling per folded word', () => {
    // The number words keep each spelling: the abbreviations before a "." read them unfolded.
    for (const [name, list] of Object.entries(LISTS)) {
      if (list === NUMBER_WORDS) continue;
      const folded = list.map(foldWord);
      expect(
        folded.filter((w, i) => folded.indexOf(w) !== i),
        name,
      ).toEqual([]);
    }
  });
});

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'nl-NL', 'pl-PL', 'tr-TR'];
const FIXED = ['612 34 56 78', '0912 345 678', '0532 418 27 90', '44051401458', '123.456.789-09'];
const value = fc.oneof(
  fc.constantFrom(...FIXED),
  fc
    .array(fc.stringMatching(/^[0-9]{2,4}$/), { minLength: 2, maxLength: 4 })
    .chain((groups) => fc.constantFrom(' ', '-', '').map((sep) => groups.join(sep))),
);

/** What a redaction did after the label: the rest of its text and the findings' types. */
function shape(label: string, v: string, locale: string) {
  const out = redact(`${label}: ${v}`, { locale });
  return { after: out.text.slice(label.length), types: out.findings.map((f) => f.type) };
}

// The words a customer may type otherwise: with accents or letters a keyboard may lack.
const ACCENTED = WORDS.filter((w) => plain(w) !== w);

describe('a label reads the same typed with or without its accents, in any case', () => {
  test.prop([fc.constantFrom(...ACCENTED), value, fc.constantFrom(...LOCALES)])(
    'redact("W: v") and redact(plain(W) + ": v") give the same placeholders',
    (word, v, locale) => {
      const expected = shape(word, v, locale);
      expect(shape(plain(word), v, locale)).toEqual(expected);
      expect(shape(plain(word).toUpperCase(), v, locale)).toEqual(expected);
    },
  );

  test.prop([fc.constantFrom(...WORDS), value, fc.constantFrom(...LOCALES)])(
    'redact("W: v") and redact(upper(W) + ": v") give the same placeholders',
    (word, v, locale) => {
      expect(shape(word.toUpperCase(), v, locale)).toEqual(shape(word, v, locale));
    },
  );
});
