// Written label words the lists lacked (T34a, issue #14): each case changed its outcome when its
// word was added to src/redact/keywords.ts (checked against the code before it). Romanian is no
// corpus locale (test/redact/corpus/languages.ts): these cases are its evidence.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('Turkish "numaram" (my number) before a mobile written without its trunk "0"', () => {
  it.each([
    ['numaram 5321234567', 'numaram [PHONE]'],
    ['cep numaram 5321234567', 'cep numaram [PHONE]'],
    ['Benim numaram: 5321234567', 'Benim numaram: [PHONE]'],
    ['Merhaba, numaram 5321234567', 'Merhaba, numaram [PHONE]'],
    // Upper case: "İ" folds to "i", so "İLETİŞİM" reads as "iletisim".
    ['İLETİŞİM NUMARAM 5321234567', 'İLETİŞİM NUMARAM [PHONE]'],
  ])('%s', (text, redacted) => {
    expect(redact(text, { locale: 'tr-TR' }).text).toBe(redacted);
  });

  // Another noun before it names its own number: an order's, an account's, a parcel's.
  it.each([
    'sipariş numaram 5321234567',
    'Siparis numaram 5321234567',
    'hesap numaram 5321234567',
    'Takip numaram 5321234567',
    'fatura numaram 5321234567',
  ])('%s stays', (text) => {
    expect(redact(text, { locale: 'tr-TR' }).findings).toEqual([]);
  });
});

describe('Vietnamese phone words', () => {
  it.each([
    // An order's word stood within reach and no phone word after it: the phone was the order's.
    ['Đơn hàng của tôi, SĐT 0912 345 678', 'Đơn hàng của tôi, SĐT [PHONE]'],
    ['Đơn hàng, sđt 0912 345 678', 'Đơn hàng, sđt [PHONE]'],
    ['Đơn hàng, số điện thoại 0912345678', 'Đơn hàng, số điện thoại [PHONE]'],
    ['Don hang, so dien thoai 0912345678', 'Don hang, so dien thoai [PHONE]'],
    ['Đơn hàng, điện thoại 0912 345 678', 'Đơn hàng, điện thoại [PHONE]'],
    ['Đơn hàng, di động 0912 345 678', 'Đơn hàng, di động [PHONE]'],
    ['Hóa đơn, liên hệ 0912345678', 'Hóa đơn, liên hệ [PHONE]'],
    // A mobile written without its trunk "0" goes after a phone word only.
    ['SĐT 912345678', 'SĐT [PHONE]'],
    ['Di động: 912345678', 'Di động: [PHONE]'],
  ])('%s', (text, redacted) => {
    expect(redact(text, { locale: 'vi-VN' }).text).toBe(redacted);
  });
});

describe('Romanian order words and phone words', () => {
  // A reference word keeps a number that reads as a phone, as "Bestellnummer 0151 2345678" does.
  it.each([
    'comandă 0721234567',
    'Număr comandă: 0721234567',
    'Numar comanda: 0721 234 567',
    'Nr. comenzii 0721234567',
    'Numărul comenzii mele este 0721234567.',
  ])('%s stays', (text) => {
    expect(redact(text, { locale: 'ro-RO' }).findings).toEqual([]);
  });

  it.each([
    // "comandat" (ordered) is a verb, no order's label.
    ['Am comandat ieri, nr 0721234567', 'Am comandat ieri, nr [PHONE]'],
    // A phone word after the order's word labels the number after it.
    ['Comanda, sunați-mă la 0721234567', 'Comanda, sunați-mă la [PHONE]'],
    ['Comanda, sună-mă 0721234567', 'Comanda, sună-mă [PHONE]'],
    ['Comanda, numărul meu 0721234567', 'Comanda, numărul meu [PHONE]'],
    ['Comanda, telefon 0721234567', 'Comanda, telefon [PHONE]'],
  ])('%s', (text, redacted) => {
    expect(redact(text, { locale: 'ro-RO' }).text).toBe(redacted);
  });
});
