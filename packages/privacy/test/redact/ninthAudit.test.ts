// What the ninth audit (2026-12-03, T31b) found and the eighth left: a model's number glued to an
// IMEI, Vietnam's "MST", device and serial number words, a MEID beside its IMEI, and the Korean
// chat typo 햇 for 했. Every value is synthetic: IMEIs pass Luhn, phones libphonenumber-js.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { withLuhn } from './corpus/checks.js';

const imei = fc
  .stringMatching(/^[0-9]{14}$/)
  .map((body) => withLuhn(body))
  // An IMEI's TAC starts with its reporting body's two digits: never 0 first.
  .filter((value) => value[0] !== '0');

describe("a model's number glued to its letters, then an IMEI", () => {
  it('the IMEI goes and the model stays, where the whole run passes Luhn (it went as "Galaxy S[CARD]")', () => {
    // "24 867542039182731" passes Luhn as a whole, as one such run in ten does.
    for (const locale of ['en-US', 'de-DE']) {
      const out = redact('Galaxy S24 867542039182731', { locale });
      expect(out.text).toBe('Galaxy S24 [CARD]');
      expect(out.findings.map((f) => f.type)).toEqual(['card']);
    }
    expect(redact('iPhone15 867542039182731', { locale: 'en-US' }).text).toBe('iPhone15 [CARD]');
  });

  it('a run whose rest is no card goes whole: nothing Luhn-valid is left', () => {
    // "4111 1111 1111" (12 digits) is no card; the run with its glued "4111" is one.
    expect(redact('x4111 1111 1111 1111', { locale: 'en-US' }).text).toBe('x[CARD]');
  });

  test.prop([
    fc.constantFrom('Galaxy S', 'Galaxy A', 'iPhone', 'Pixel', 'Redmi Note', 'Moto G', 'P'),
    fc.stringMatching(/^[1-9][0-9]{0,3}$/),
    imei,
  ])('the model and its number stay, the IMEI goes, whatever Luhn says of both', (name, n, id) => {
    const text = `Phone: ${name}${n} ${id}, thanks`;
    const out = redact(text, { locale: 'en-US' }).text;
    expect(out).toBe(`Phone: ${name}${n} [CARD], thanks`);
  });
});

describe('Vietnamese "MST" (mã số thuế, the tax code)', () => {
  it.each([
    ['vi-VN', 'MST: 0312345678', 'MST: 0312345678'],
    ['vi-VN', 'MST 0312345678', 'MST 0312345678'],
    ['vi-VN', 'Công ty ABC, MST: 0312345678-001', 'Công ty ABC, MST: 0312345678-001'],
    ['vi', 'MST:0312345678', 'MST:0312345678'],
    // A phone after its own label, or after a word that only starts with "mst", still goes.
    ['vi-VN', 'MST: 0312345678, SĐT: 0912 345 678', 'MST: 0312345678, SĐT: [PHONE]'],
    // In English "MST" is a time zone, and the phone after it goes.
    ['en-US', '3pm MST: 212-555-0187', '3pm MST: [PHONE]'],
    ['en-US', 'call after 9am MST 212-555-0187', 'call after 9am MST [PHONE]'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});

describe('device and serial number words keep the number after them', () => {
  it.each([
    ['de-DE', 'Gerätenummer 2345-0151-4827', '2345-0151-4827'],
    ['de-DE', 'Geräte-Nr. 2345 0151 4827', '2345 0151 4827'],
    ['de-DE', 'Gerätenr.: 0151 23456789', '0151 23456789'],
    ['en-US', 'Device number: 212-555-0187', '212-555-0187'],
    ['en-GB', 'Device ID 020 7946 0321', '020 7946 0321'],
    ['fr-FR', 'Numéro de série : 06 48 27 71 63', '06 48 27 71 63'],
    ['fr-FR', 'N° de série 06 48 27 71 63', '06 48 27 71 63'],
    ['es-ES', 'Número de serie 648 27 71 63', '648 27 71 63'],
    ['pt-BR', 'Número de série: (11) 3456-7890', '(11) 3456-7890'],
    ['it-IT', 'Numero di serie 347 123 4567', '347 123 4567'],
    ['nl-NL', 'Apparaatnummer 020-4827716', '020-4827716'],
    ['pl-PL', 'Numer seryjny 600 482 771', '600 482 771'],
    ['pl-PL', 'Nr urządzenia: 600 482 771', '600 482 771'],
    ['cs-CZ', 'Sériové číslo 601 123 456', '601 123 456'],
    ['tr-TR', 'Seri no: 0532 418 27 90', '0532 418 27 90'],
    ['id-ID', 'Nomor seri 0812 3456 7890', '0812 3456 7890'],
    ['vi-VN', 'Số seri 0912 345 678', '0912 345 678'],
    ['ru-RU', 'Серийный номер 8 912 345-67-89', '8 912 345-67-89'],
    ['uk-UA', 'Серійний номер 067 123 4567', '067 123 4567'],
    ['el-GR', 'Σειριακός αριθμός 691 234 5678', '691 234 5678'],
    ['he-IL', 'מספר סידורי 050-123-4567', '050-123-4567'],
    ['ar-SA', 'الرقم التسلسلي 050 123 4567', '050 123 4567'],
    ['fa-IR', 'شماره سریال 0912 345 6789', '0912 345 6789'],
    ['hi-IN', 'सीरियल नंबर 98765 43210', '98765 43210'],
    ['th-TH', 'หมายเลขซีเรียล 081 234 5678', '081 234 5678'],
    ['ja-JP', '製造番号 090-1234-5678', '090-1234-5678'],
    ['ja-JP', 'シリアル番号: 090-1234-5678', '090-1234-5678'],
    ['zh-CN', '序列号 138 0013 8000', '138 0013 8000'],
    ['zh-CN', '设备编号 138 0013 8000', '138 0013 8000'],
    ['ko-KR', '기기번호 010-1234-5678', '010-1234-5678'],
    ['ko-KR', '일련번호: 010-1234-5678', '010-1234-5678'],
  ])('%s: %s', (locale, text, kept) => {
    const out = redact(text, { locale });
    expect(out.findings).toEqual([]);
    expect(out.text).toContain(kept);
  });

  it('an IMEI after one still goes (a device word keeps no Luhn-valid run)', () => {
    expect(redact('Geräte-ID 867542039182731', { locale: 'de-DE' }).text).toBe('Geräte-ID [CARD]');
  });

  it('a phone after the device word and its own label still goes', () => {
    expect(
      redact('Gerätenummer 2345-0151-4827, Tel. 0151 23456789', { locale: 'de-DE' }).text,
    ).toBe('Gerätenummer 2345-0151-4827, Tel. [PHONE]');
    expect(redact('device not working, call 212-555-0187', { locale: 'en-US' }).text).toBe(
      'device not working, call [PHONE]',
    );
  });
});

describe('a MEID (3GPP2 S.R0048) goes as its IMEI does', () => {
  it.each([
    ['IMEI 867542039182731 MEID A0000012345678', 'IMEI [CARD] MEID [CARD]'],
    ['MEID: A10000009296F2', 'MEID: [CARD]'],
    // With its check digit, and in its decimal form (18 digits).
    ['MEID (hex): A10000009296F27 thanks', 'MEID (hex): [CARD] thanks'],
    ['MEID DEC: 270113177609606926', 'MEID DEC: [CARD]'],
    ['MEID no. 35209900176148.', 'MEID no. [CARD].'],
    // The IMEI's first 14 digits beside the IMEI, labelled or not.
    ['IMEI/MEID: 35 209900 176148 1 / 35209900176148', 'IMEI/MEID: [CARD] / [CARD]'],
    ['IMEI 352099001761481, MEID 35209900176148', 'IMEI [CARD], MEID [CARD]'],
    ['352099001761481 (35209900176148)', '[CARD] ([CARD])'],
  ])('%j', (text, expected) => {
    const out = redact(text, { locale: 'en-US' });
    expect(out.text).toBe(expected);
    expect(out.findings.every((f) => f.type === 'card')).toBe(true);
  });

  it.each([
    // No value right after the label, a word that only starts "meid", a hex word with no digit,
    // and 14 digits that are no IMEI's beside it.
    'MEID n/a, ref 12345678901234',
    'Herr Meidinger, Auftrag 12345678901234',
    'meid: deadbeefcafeba',
    'IMEI 352099001761481, order 35209900176149',
  ])('stays: %j', (text) => {
    expect(redact(text, { locale: 'en-US' }).text).toContain(
      text.includes('IMEI') ? '35209900176149' : text,
    );
  });

  test.prop([imei])('the IMEI and its first 14 digits go, wherever they stand', (id) => {
    const meid = id.slice(0, 14);
    expect(redact(`MEID ${meid} / IMEI ${id}`, { locale: 'en-US' }).text).toBe(
      'MEID [CARD] / IMEI [CARD]',
    );
    expect(redact(`IMEI ${id}, ${meid}`, { locale: 'en-US' }).text).toBe('IMEI [CARD], [CARD]');
  });

  test.prop([fc.stringMatching(/^[a-fA-F][0-9a-fA-F]{13}$/).filter((h) => /[0-9]/.test(h))])(
    'any hex MEID after its label goes',
    (hex) => {
      expect(redact(`Device MEID: ${hex} ok`, { locale: 'en-US' }).text).toBe(
        'Device MEID: [CARD] ok',
      );
    },
  );
});

describe('Korean 햇, 했 typed without its double final', () => {
  it.each([
    // An order word and 햇 as a past verb: "I ordered", no order's label (the phone stayed).
    ['주문햇는데 010-1234-5678로 연락주세요', '주문햇는데 [PHONE]로 연락주세요'],
    ['주문햇어요 010-1234-5678로 연락주세요', '주문햇어요 [PHONE]로 연락주세요'],
    ['주문햇습니다. 010-1234-5678', '주문햇습니다. [PHONE]'],
    ['주문했는데 010-1234-5678로 연락주세요', '주문했는데 [PHONE]로 연락주세요'],
    // 햇 starting a noun after the order word: the order's label still (햇반, 햇고구마).
    ['주문햇반 010-1234-5678', '주문햇반 010-1234-5678'],
    ['주문햇고구마 010-1234-5678', '주문햇고구마 010-1234-5678'],
  ])('%s', (text, expected) => {
    expect(redact(text, { locale: 'ko-KR' }).text).toBe(expected);
  });
});
