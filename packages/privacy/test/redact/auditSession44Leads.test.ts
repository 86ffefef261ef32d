// T64c's audit (2026-12-05, issue #14): the leads session 44 left, written by hand before the
// fixes, each beside look-alikes that must stay.
// - A Japanese phone in kanji digits with spaces (ASCII or ideographic) or the middle dot "・"
//   between its groups ("〇九〇 一二三四 五六七八", "〇三・一二三四・五六七八": hanaricchi.com's
//   vertical prints, see kanjiPhones.ts), where the same groups in ASCII digits went; beside a
//   year, a list, amounts, a decimal "〇・五", a mask, an order's number.
// - Bengali: an order's word, its date and a number word before a mobile-shaped order number
//   ("অর্ডার 05.12.2026, নম্বর 01712345678": the order's, as "Zamówienie z 30.11.2024 nr 600 123
//   456" is): with the comma the order's word stood 25 units back, past the reference window, and
//   the walk back from the date stopped at its vowel sign "া" (a combining mark, not a letter), so
//   the number went as a phone; Tamil the same with "தேதி" (date) between. The precomposed "য়"
//   (U+09DF), which NFC never composes, in "ইনভয়েস" (invoice), and Hindi's "फ़" (U+095E) in "फ़ोन"
//   (phone): a label typed so was not read. Beside them a phone's own word after the date, which
//   still takes the number.
// - Argentina: the DNI after its label ("DNI 12.345.678"), which went out whole; beside an order's
//   number, an amount in pesos, a date, a phone, Spain's DNI with its letter and the CUIT.
//
// On main at d4cca8f (before any fix): see the scores' comment below.
import { redact } from '@meridian-cx/privacy';
import { expect, it } from 'vitest';
import { type Case, describeAudit, describeAuditScores, type Go } from './audit.js';

const P = (value: string): Go => ['phone', value];
const DNI = (value: string): Go => ['ar-dni', value];

const KANJI: readonly Case[] = [
  ['ja-JP', '〇九〇 一二三四 五六七八', [P('〇九〇 一二三四 五六七八')], []],
  [
    'ja-JP',
    '電話は〇九〇 一二三四 五六七八です',
    [P('〇九〇 一二三四 五六七八')],
    ['電話は', 'です'],
  ],
  ['ja-JP', '携帯：〇八〇　九八七六　五四三二', [P('〇八〇　九八七六　五四三二')], ['携帯：']],
  [
    'ja-JP',
    'TEL 〇三 一二三四 五六七八（平日のみ）',
    [P('〇三 一二三四 五六七八')],
    ['（平日のみ）'],
  ],
  ['ja-JP', '〇三・一二三四・五六七八', [P('〇三・一二三四・五六七八')], []],
  ['ja-JP', '連絡先 〇九〇・一二三四・五六七八 まで', [P('〇九〇・一二三四・五六七八')], ['まで']],
  ['ja-JP', '（〇三）一二三四 五六七八', [P('一二三四 五六七八')], []],
  ['zh-CN', '电话 〇一〇 一二三四 五六七八', [P('〇一〇 一二三四 五六七八')], ['电话']],
  // Look-alikes: a year and its date spaced, a list, amounts, a decimal written with the middle
  // dot, a mask, an order's number in the phone's print, groups that dial nowhere.
  ['ja-JP', '二〇二六 一二三四 五六七八', [], ['二〇二六 一二三四 五六七八']],
  ['ja-JP', '二〇二六年 一二月 五日', [], ['二〇二六年 一二月 五日']],
  ['ja-JP', '一、二、三のどれか', [], ['一、二、三']],
  ['ja-JP', '一二〇〇円 三〇〇円', [], ['一二〇〇円 三〇〇円']],
  ['ja-JP', '金利は〇・五パーセント', [], ['〇・五']],
  ['ja-JP', '〇〇〇 〇〇〇〇 〇〇〇〇', [], ['〇〇〇 〇〇〇〇 〇〇〇〇']],
  ['ja-JP', '注文番号 〇九〇 一二三四 五六七八', [], ['〇九〇 一二三四 五六七八']],
  ['ja-JP', '〇一 二三 四五六七', [], ['〇一 二三 四五六七']],
];

const BENGALI: readonly Case[] = [
  ['bn-BD', 'অর্ডার 05.12.2026, নম্বর 01712345678', [], ['01712345678']],
  ['bn-BD', 'অর্ডার ০৫.১২.২০২৬, নম্বর ০১৭১২৩৪৫৬৭৮', [], ['০১৭১২৩৪৫৬৭৮']],
  ['bn-BD', 'অর্ডার তারিখ 05.12.2026, নম্বর 01712345678', [], ['01712345678']],
  ['ta-LK', 'ஆர்டர் தேதி 05.12.2026, எண் 0771234567', [], ['0771234567']],
  ['bn-BD', 'ইনভ\u09dfেস নম্বর 01712345678', [], ['01712345678']],
  ['bn-BD', 'ইনভ\u09dfেস 01712345678', [], ['01712345678']],
  ['hi-IN', '\u095eोन 9876543210', [P('9876543210')], []],
  ['hi-IN', 'मेरा \u095eोन 9876543210 है', [P('9876543210')], ['है']],
  // Beside them: a phone's own word after the order's date takes the number; the label spelt as
  // NFC writes it reads as before.
  ['bn-BD', 'অর্ডার 05.12.2026, ফোন 01712345678', [P('01712345678')], ['05.12.2026']],
  ['bn-BD', 'অর্ডার 05.12.2026, আমার নম্বর 01712345678', [P('01712345678')], ['05.12.2026']],
  ['bn-BD', 'অর্ডার তারিখ 05.12.2026, মোবাইল 01712345678', [P('01712345678')], ['05.12.2026']],
  ['bn-BD', 'ইনভয়েস নম্বর 01712345678', [], ['01712345678']],
  ['hi-IN', 'फ़ोन 9876543210', [P('9876543210')], []],
];

const ARGENTINA: readonly Case[] = [
  ['es-AR', 'DNI 12.345.678', [DNI('12.345.678')], ['DNI']],
  ['es-AR', 'Mi DNI es 30123456', [DNI('30123456')], ['Mi DNI es']],
  ['es-AR', 'DNI: 4.123.456', [DNI('4.123.456')], []],
  ['es-AR', 'documento nacional de identidad 23.456.789', [DNI('23.456.789')], []],
  [
    'es-AR',
    'Nombre: Ana Pérez, DNI 27.654.321, tel. 11 2345-6789',
    [DNI('27.654.321'), P('11 2345-6789')],
    ['Ana Pérez'],
  ],
  ['en-US', 'DNI argentino 12.345.678', [DNI('12.345.678')], []],
  ['es-AR', 'DNI 30123456, pedido 87654321', [DNI('30123456')], ['87654321']],
  // Look-alikes: an order's number, amounts in pesos, a date, a phone's local print, an invoice,
  // Spain's DNI with its letter (es-dni's), the CUIT (ar-cuit's), "DNI" in Spain.
  ['es-AR', 'Pedido 12.345.678', [], ['12.345.678']],
  ['es-AR', 'Pagué $ 12.345.678 con DNI', [], ['12.345.678']],
  ['es-AR', 'DNI y pagué $12.345.678', [], ['12.345.678']],
  ['es-AR', 'DNI vence 05.12.2026', [], ['05.12.2026']],
  ['es-AR', 'Factura 0001-00012345', [], ['0001-00012345']],
  ['es-AR', 'DNI 12345678Z', [['es-dni', '12345678Z']], []],
  ['es-AR', 'CUIT 20-12345678-6', [['ar-cuit', '20-12345678-6']], []],
  ['es-ES', 'DNI 12.345.678', [], ['12.345.678']],
];

const ALL: readonly (readonly [string, readonly Case[]])[] = [
  ['kanji phones spaced or dotted', KANJI],
  ['Bengali, Tamil and Hindi labels', BENGALI],
  ['Argentina', ARGENTINA],
];

// On main at d4cca8f (before any fix), 44 rows, 23 of them failing (26 tests with the scores):
// kanji 8 of 16 rows, recall 0.000 (0/8: every spaced or dotted phone stayed), none of 14
// look-alikes touched; Bengali, Tamil and Hindi 8 of 13 rows, recall 0.667 (4/6: the two Hindi
// phones after "\u095eोन" stayed), precision 0.400 (4/10), 6 of 11 look-alikes touched (the four
// order numbers after a date and a number word, the two after the precomposed "ইনভ\u09dfেস", went
// as phones); Argentina 7 of 15 rows, recall 0.300 (3/10: every DNI stayed), none of 10 touched.
// After: 44 of 44, recall and precision 1.000, none of 35 look-alikes touched.
describeAuditScores('session 44 leads audit', ALL);

describeAudit(ALL);

// A redact call so an unused import never hides a broken harness.
it('redact reads the audit', () => {
  expect(redact('DNI', { locale: 'es-AR' }).text).toBe('DNI');
});
