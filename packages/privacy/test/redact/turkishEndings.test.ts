import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { redact } from '../../src/redact/redact.js';

// Turkish writes its case endings and its copula onto a number, in chats often without the
// apostrophe the rules ask for ("numaram 0532 418 27 90dan arayın"): the letters glued the phone to
// a code, and it stayed in the text (the eighth audit, 2026-12-03).
const tr = (text: string) => redact(text, { locale: 'tr-TR' }).text;

const ENDINGS = [
  'dan',
  'den',
  'tan',
  'ten',
  'da',
  'de',
  'ta',
  'te',
  'a',
  'e',
  'ya',
  'ye',
  'ı',
  'i',
  'u',
  'ü',
  'yı',
  'yi',
  'yu',
  'yü',
  'ın',
  'in',
  'un',
  'ün',
  'nın',
  'nin',
  'nun',
  'nün',
  'la',
  'le',
  'yla',
  'yle',
  'dır',
  'dir',
  'dur',
  'dür',
  'tır',
  'tir',
  'tur',
  'tür',
];
// Valid Turkish mobiles and a landline, as customers write them.
const PHONES = [
  '0532 418 27 90',
  '05324182790',
  '0 (532) 418 27 90',
  '+90 212 555 01 87',
  '0212 555 01 87',
];

describe('a Turkish case ending written onto a phone', () => {
  test.each([
    ['numaram 0532 418 27 90dan arayın', 'numaram [PHONE]dan arayın'],
    ["numaram 0532 418 27 90'dan arayın", "numaram [PHONE]'dan arayın"],
    ['beni 0532 418 27 90da bulabilirsiniz', 'beni [PHONE]da bulabilirsiniz'],
    ['telefonum 05324182790dır', 'telefonum [PHONE]dır'],
    // More letters after the ending make a code again, as a letter a code's part.
    ['telefon 05324182790dırx', 'telefon 05324182790dırx'],
    ['telefon 0532 418 27 90ab', 'telefon 0532 418 27 90ab'],
    // An order's number stays whatever its ending.
    ['sipariş 0532 418 27 90dan', 'sipariş 0532 418 27 90dan'],
  ])('%s', (text, expected) => {
    expect(tr(text)).toBe(expected);
  });

  test('only for a Turkish customer: elsewhere the letters are a code', () => {
    expect(
      redact('numaram 0532 418 27 90dan arayın', { locale: 'en-US', country: 'TR' }).text,
    ).toBe('numaram 0532 418 27 90dan arayın');
  });

  test.prop([fc.constantFrom(...PHONES), fc.constantFrom(...ENDINGS)])(
    'goes after a phone word with any ending, and a letter after the ending keeps it',
    (phone, ending) => {
      expect(tr(`telefonum ${phone}${ending} arayın`)).toBe(`telefonum [PHONE]${ending} arayın`);
      expect(tr(`telefonum ${phone}${ending}q arayın`)).toBe(`telefonum ${phone}${ending}q arayın`);
    },
  );
});

// The same endings on an IP address (the ninth audit, T31b): "IP adresim 203.0.113.58dir" stayed,
// read as an address glued to a code's letters, and its hex letters ("58d…", "58e") were read on
// as a part of the address's token.
const IPS = ['203.0.113.58', '192.168.1.1', '10.0.0.254', '198.51.100.7'];

describe('a Turkish case ending written onto an IP address', () => {
  test.each([
    ['IP adresim 203.0.113.58dir', 'IP adresim [IP]dir'],
    ['IP adresim 203.0.113.58den geliyor', 'IP adresim [IP]den geliyor'],
    ['sunucu 192.168.1.1e bağlanamıyor', 'sunucu [IP]e bağlanamıyor'],
    ["IP adresim 203.0.113.58'dir", "IP adresim [IP]'dir"],
    // More letters after the ending make a code again.
    ['IP 203.0.113.58abc', 'IP 203.0.113.58abc'],
    ['IP 203.0.113.58dirx', 'IP 203.0.113.58dirx'],
  ])('%s', (text, expected) => {
    expect(tr(text)).toBe(expected);
  });

  test('only for a Turkish customer: elsewhere the letters are a code', () => {
    expect(redact('IP adresim 203.0.113.58dir', { locale: 'en-US' }).text).toBe(
      'IP adresim 203.0.113.58dir',
    );
  });

  test.prop([fc.constantFrom(...IPS), fc.constantFrom(...ENDINGS)])(
    'goes with any ending, and a letter after the ending keeps it',
    (ip, ending) => {
      expect(tr(`IP adresim ${ip}${ending} tamam`)).toBe(`IP adresim [IP]${ending} tamam`);
      expect(tr(`IP adresim ${ip}${ending}q tamam`)).toBe(`IP adresim ${ip}${ending}q tamam`);
    },
  );
});

// Turkish puts the verb last: "… numarasından arayın" (call from the number …) names a phone after
// it, and outranks an order word before it ("Siparişim hakkında beni 0532 418 27 90 numarasından
// arayın", about my order call me from …, stayed as the order's number).
describe('a phone word after the number, where the verb comes last', () => {
  test.each([
    [
      'Siparişim hakkında beni 0532 418 27 90 numarasından arayın',
      'Siparişim hakkında beni [PHONE] numarasından arayın',
    ],
    ["Sipariş için 0532 418 27 90'dan arayın", "Sipariş için [PHONE]'dan arayın"],
    ['Siparişim 0532 418 27 90dan arayın', 'Siparişim [PHONE]dan arayın'],
    ['Kargo firması 0212 356 48 20 numarasından aradı', 'Kargo firması [PHONE] numarasından aradı'],
    // An order number with no phone word after it stays.
    ['Sipariş no: 0532 418 27 90 kargoda', 'Sipariş no: 0532 418 27 90 kargoda'],
    // (Since V63d a Turkish order's word with "my" written onto it is a sentence's before a
    // trunk-led value, as "Meine Bestellung 0151 23456789 ist noch nicht da" is since V61b: the
    // value goes; an order's number with no trunk "0" stays, the row after.)
    ['Siparişim 0532 418 27 90 hâlâ gelmedi', 'Siparişim [PHONE] hâlâ gelmedi'],
    ['Siparişim 4711 2023 hâlâ gelmedi', 'Siparişim 4711 2023 hâlâ gelmedi'],
  ])('%s', (text, redacted) => {
    expect(tr(text)).toBe(redacted);
  });

  test.prop([
    fc.constantFrom('Sipariş ', 'Siparişim hakkında ', 'Kargo ', 'Fatura '),
    fc.constantFrom('0532 418 27 90', '0212 356 48 20', '0505 123 45 67'),
    fc.constantFrom(' numarasından arayın', "'dan arayın", 'dan arar mısınız', ' numaradan aradım'),
  ])('goes after any order word, whatever the phone word', (before, phone, after) => {
    expect(tr(before + phone + after)).toBe(`${before}[PHONE]${after}`);
  });
});
