// V63d's audit (2026-12-07, issue #14): label words with suffixes and stems. Each row is the whole
// output, written by hand before the fix; rows marked "base:" went so on main at 5771f828, each
// group with look-alikes that stay as they were (the same on base).
// - Turkish writes "my" onto the noun: "Kargom 0501 234 56 78" (my parcel) is a sentence's, as
//   "Mein Paket 0151 23456789" is, and the trunk-led phone after it no parcel's number
//   (sentenceLine.ts, ownedNoun.ts: the first person's possessive suffixes and the case suffixes
//   after them, on the Turkish reference stems). The phone words with suffixes ("telefonum",
//   "telefonumu", "numaramdan", "cep telefonum") read already (STILL_READ).
// - A label word that is the start of longer ordinary words ended with its listed endings
//   (labelWordEnds.ts): Greek "τηλ" in "τηλεόραση" (a television), "τηλεπικοινωνίες", "κινητό" in
//   "κινητοποίηση" (mobilisation); Persian "همراه" in "همراهی" (company); Hindi "कॉल" (call) in
//   "कॉलेज" (college), and at a word's end in "प्रोटोकॉल" (protocol); Russian "мобильн" in
//   "мобильность" (mobility), and the order's word "заказ" in "заказчик" (a customer), whose phone
//   was kept as an order's number.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

type Row = readonly [locale: string, text: string, out: string];

const TURKISH_OWNED: readonly Row[] = [
  // Moved from auditSession61SentenceLine's LEFT (V61b). base: unchanged
  ['tr-TR', 'Kargom 0501 234 56 78', 'Kargom [PHONE]'],
  // base: unchanged (my order)
  ['tr-TR', 'Siparişim 0532 418 27 90', 'Siparişim [PHONE]'],
  // base: unchanged (my package)
  ['tr-TR', 'Paketim 0532 418 27 90', 'Paketim [PHONE]'],
  // base: unchanged (our parcel)
  ['tr-TR', 'kargomuz 0501 234 56 78', 'kargomuz [PHONE]'],
  // base: unchanged (my invoice)
  ['tr-TR', 'Faturam 0532 418 27 90', 'Faturam [PHONE]'],
  // base: unchanged (our invoice, a landline)
  ['tr-TR', 'Faturamız 0212 123 45 67', 'Faturamız [PHONE]'],
  // base: unchanged (my order, the accusative)
  ['tr-TR', 'Siparişimi 0532 418 27 90', 'Siparişimi [PHONE]'],
  // base: unchanged
  ['tr-TR', 'Kargom 05324182790', 'Kargom [PHONE]'],
  // Moved from this file's LEFT on the merge with V63a (a colon after a sentence's order word,
  // "Merci pour votre commande: 06 …", read for the owned noun too). base: unchanged
  ['tr-TR', 'Kargom: 0532 418 27 90', 'Kargom: [PHONE]'],
];

const WORD_RUNS_ON: readonly Row[] = [
  // Moved from auditSession62WordStarts' LEFT (V62d). base: 'τηλεπικοινωνίες [PHONE]'
  ['el-GR', 'τηλεπικοινωνίες 2121860353', 'τηλεπικοινωνίες 2121860353'],
  // base: 'τηλεόραση [PHONE]' (a television)
  ['el-GR', 'τηλεόραση 2121860353', 'τηλεόραση 2121860353'],
  // base: 'Τηλεχειριστήριο [PHONE]' (a remote control)
  ['el-GR', 'Τηλεχειριστήριο 2121860353', 'Τηλεχειριστήριο 2121860353'],
  // base: 'τηλεργασία [PHONE]' (telework)
  ['el-GR', 'τηλεργασία 2121860353', 'τηλεργασία 2121860353'],
  // base: 'Τηλέμαχος [PHONE]' (a name: as after any other name, "Γιώργος 6912345678", ten digits
  // run together with no label are no phone; "Τηλέμαχος 691 234 5678", printed, still goes)
  ['el-GR', 'Τηλέμαχος 6912345678', 'Τηλέμαχος 6912345678'],
  // base: 'κινητοποίηση [PHONE]' (mobilisation)
  ['el-GR', 'κινητοποίηση 6912345678', 'κινητοποίηση 6912345678'],
  // base: 'κινητότητα [PHONE]' (mobility)
  ['el-GR', 'κινητότητα 6912345678', 'κινητότητα 6912345678'],
  // Moved from auditSession62WordStarts' LEFT (V62d). base: 'همراهی [PHONE]' (company)
  ['fa-IR', 'همراهی 459 597 113', 'همراهی 459 597 113'],
  // base: 'همراهی [PHONE]'
  ['fa-IR', 'همراهی 9123456789', 'همراهی 9123456789'],
  // base: 'همراهان [PHONE]' (companions)
  ['fa-IR', 'همراهان 9123456789', 'همراهان 9123456789'],
  // base: 'कॉलेज [PHONE]' (college)
  ['hi-IN', 'कॉलेज 9876543210', 'कॉलेज 9876543210'],
  // base: 'कॉलोनी [PHONE]' (colony)
  ['hi-IN', 'कॉलोनी 9876543210', 'कॉलोनी 9876543210'],
  // base: 'कॉलम [PHONE]' (column)
  ['hi-IN', 'कॉलम 9876543210', 'कॉलम 9876543210'],
  // base: 'कॉलर [PHONE]' (a collar)
  ['hi-IN', 'कॉलर 9876543210', 'कॉलर 9876543210'],
  // base: 'प्रोटोकॉल [PHONE]' (protocol: "कॉल" ends it)
  ['hi-IN', 'प्रोटोकॉल 9876543210', 'प्रोटोकॉल 9876543210'],
  // base: 'мобильность [PHONE]' (mobility)
  ['ru-RU', 'мобильность 9161234567', 'мобильность 9161234567'],
  // base: unchanged (a customer's phone, kept as an order's number)
  ['ru-RU', 'Заказчик 8 916 123-45-67', 'Заказчик [PHONE]'],
  // base: unchanged
  ['ru-RU', 'заказчика 8 916 123-45-67', 'заказчика [PHONE]'],
  // base: unchanged (I ordered: no order's label, as English "ordered")
  ['ru-RU', 'Я заказал 8 916 123-45-67', 'Я заказал [PHONE]'],
];

// The same words beside an order's number, a date, an amount, a count or a year, and the
// shop's own labels: the same on base.
const LOOKALIKES: readonly Row[] = [
  ['tr-TR', 'Kargo 0501 234 56 78', 'Kargo 0501 234 56 78'],
  ['tr-TR', 'Kargom 4711 2023', 'Kargom 4711 2023'],
  ['tr-TR', 'Siparişim 12345678', 'Siparişim 12345678'],
  ['tr-TR', 'Siparişiniz 0532 418 27 90', 'Siparişiniz 0532 418 27 90'],
  ['tr-TR', 'Kargonuz 0532 418 27 90', 'Kargonuz 0532 418 27 90'],
  ['tr-TR', 'Kargolar 0532 418 27 90', 'Kargolar 0532 418 27 90'],
  ['tr-TR', 'Siparişim 2 adet 149,90 TL', 'Siparişim 2 adet 149,90 TL'],
  ['tr-TR', 'Kargom 03.12.2026 tarihinde geldi', 'Kargom 03.12.2026 tarihinde geldi'],
  ['tr-TR', 'Faturam 1.249,00 TL', 'Faturam 1.249,00 TL'],
  ['el-GR', 'τηλεόραση 55 ίντσες 499 €', 'τηλεόραση 55 ίντσες 499 €'],
  ['el-GR', 'τηλεπικοινωνίες 2024', 'τηλεπικοινωνίες 2024'],
  ['el-GR', 'κινητοποίηση 12.12.2026', 'κινητοποίηση 12.12.2026'],
  ['el-GR', 'τηλεόραση παραγγελία 4711 2023', 'τηλεόραση παραγγελία 4711 2023'],
  ['el-GR', 'κινητό 2 τεμ. 2024', 'κινητό 2 τεμ. 2024'],
  ['fa-IR', 'همراهی ۳ نفر', 'همراهی ۳ نفر'],
  ['fa-IR', 'همراهان 1403/09/17', 'همراهان 1403/09/17'],
  ['fa-IR', 'همراهی 150,000 تومان', 'همراهی 150,000 تومان'],
  ['hi-IN', 'कॉलेज 2024', 'कॉलेज 2024'],
  ['hi-IN', 'कॉलोनी 12 ब्लॉक 3', 'कॉलोनी 12 ब्लॉक 3'],
  ['hi-IN', 'कॉलम 5 पंक्ति 12', 'कॉलम 5 पंक्ति 12'],
  ['hi-IN', 'कॉलेज फीस ₹45,000', 'कॉलेज फीस ₹45,000'],
  ['hi-IN', 'ऑर्डर 4711 कॉलेज', 'ऑर्डर 4711 कॉलेज'],
  ['ru-RU', 'Заказ 8 916 123-45-67', 'Заказ 8 916 123-45-67'],
  ['ru-RU', 'заказа 8 916 123-45-67', 'заказа 8 916 123-45-67'],
  ['ru-RU', 'заказное 8 916 123-45-67', 'заказное 8 916 123-45-67'],
  ['ru-RU', 'Заказчик ООО Ромашка, заказ 4711', 'Заказчик ООО Ромашка, заказ 4711'],
  ['ru-RU', 'заказчика 2 шт.', 'заказчика 2 шт.'],
  ['ru-RU', 'мобильность 2024', 'мобильность 2024'],
];

// The labels still read (the same on base): the telephone's Greek forms, a fax, the Persian
// mobile with its possessives, Hindi's call, the Russian adjective and noun, Turkish phone words
// with their suffixes.
const STILL_READ: readonly Row[] = [
  ['el-GR', 'τηλέφωνο 2121860353', 'τηλέφωνο [PHONE]'],
  ['el-GR', 'τηλεφώνου 2121860353', 'τηλεφώνου [PHONE]'],
  ['el-GR', 'τηλεφωνήστε 2121860353', 'τηλεφωνήστε [PHONE]'],
  ['el-GR', 'ΤΗΛ. 2121860353', 'ΤΗΛ. [PHONE]'],
  ['el-GR', 'τηλ: 2121860353', 'τηλ: [PHONE]'],
  ['el-GR', 'τηλ/νο 2121860353', 'τηλ/νο [PHONE]'],
  ['el-GR', 'τηλεομοιοτυπία 2121860353', 'τηλεομοιοτυπία [PHONE]'],
  ['el-GR', 'κινητού 6912345678', 'κινητού [PHONE]'],
  ['el-GR', 'ΚΙΝΗΤΟΣ 6912345678', 'ΚΙΝΗΤΟΣ [PHONE]'],
  ['fa-IR', 'همراه 9123456789', 'همراه [PHONE]'],
  ['fa-IR', 'همراهم 9123456789', 'همراهم [PHONE]'],
  ['fa-IR', 'شماره همراه 9123456789', 'شماره همراه [PHONE]'],
  ['fa-IR', 'همراه\u200cام 9123456789', 'همراه\u200cام [PHONE]'],
  ['hi-IN', 'कॉल 9876543210', 'कॉल [PHONE]'],
  ['hi-IN', 'मिस्ड कॉल 9876543210', 'मिस्ड कॉल [PHONE]'],
  ['hi-IN', 'कॉलिंग 9876543210', 'कॉलिंग [PHONE]'],
  ['ru-RU', 'Мобильный: 9161234567', 'Мобильный: [PHONE]'],
  ['ru-RU', 'мобильнику 9161234567', 'мобильнику [PHONE]'],
  ['tr-TR', 'telefonumu 532 418 27 90', 'telefonumu [PHONE]'],
  ['tr-TR', 'numaramdan 532 418 27 90', 'numaramdan [PHONE]'],
  ['tr-TR', 'cep telefonum 532 418 27 90', 'cep telefonum [PHONE]'],
];

// Left by V63d (each stays as shown; the fix is the row's `want`). Its two rows ("kargocu", the
// courier, and Persian "همراه با", along with) now read (V64d: auditSession64CallMePhrases.test.ts).
// (A colon after the owned noun, "Kargom: 0532 418 27 90": fixed where V63a's reading of a colon
// after a sentence's order word met this file's owned noun on the merge; now in TURKISH_OWNED.)
const LEFT: readonly (readonly [string, string, string, string])[] = [];

describe('session 63: label words with suffixes and stems (issue #14)', () => {
  for (const [name, rows] of [
    ['a Turkish noun with "my" written onto it is a sentence\'s', TURKISH_OWNED],
    ['a label word that starts a longer word names nothing', WORD_RUNS_ON],
    ['look-alikes', LOOKALIKES],
    ['labels still read', STILL_READ],
  ] as const)
    describe(name, () => {
      it.each(rows)('%s: %j', (locale, text, out) => {
        expect(redact(text, { locale }).text).toBe(out);
      });
    });

  describe.runIf(LEFT.length > 0)('left by V63d (pinned)', () => {
    for (const [locale, text, want, why] of LEFT)
      it.fails(`${locale}: ${JSON.stringify(text)} (${why})`, () => {
        expect(redact(text, { locale }).text).toBe(want);
      });
  });
});
