// Phones printed in kanji digits (T61a, issue #14): vertical text, formal prints and Japanese
// voice-to-text write a number's digits as kanji ("〇九〇-一二三四-五六七八", "〇三（一二三四）五六七八"),
// and they stayed whole with the built-in recognizers. The shadow (digits.ts shadowOf) reads a run
// of kanji digits as ASCII only in a phone's print: the trunk's "〇" first, a phone's dashes or
// brackets between its groups, the last of four, no kanji numeral beside it. Numerals in prose
// (a list, a year, a date, an amount, a chapter) have no such print and stay. The ASCII twin is
// the oracle: a kanji print goes exactly where the same print in ASCII digits goes.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { mobile } from './spokenOracle.js';

const KANJI = '〇一二三四五六七八九';
/** `text` with its ASCII digits written as kanji digits. */
const kanji = (text: string): string => text.replace(/[0-9]/g, (d) => KANJI[Number(d)] as string);
const spans = (text: string, locale: string) =>
  redact(text, { locale }).findings.map((f) => [f.type, f.start, f.end]);

describe('a phone printed in kanji digits', () => {
  it.each([
    ['〇九〇-一二三四-五六七八', 'ja-JP', '[PHONE]'],
    ['電話番号は〇三（一二三四）五六七八です', 'ja-JP', '電話番号は[PHONE]です'],
    ['（〇三）一二三四-五六七八', 'ja-JP', '[PHONE]'],
    // The katakana prolonged mark typed for the dash, and the full-width hyphen.
    ['電話：〇九〇ー一二三四ー五六七八', 'ja-JP', '電話：[PHONE]'],
    ['携帯 〇八〇－九八七六－五四三二 まで', 'ja-JP', '携帯 [PHONE] まで'],
    ['电话 〇一〇-一二三四-五六七八', 'zh-CN', '电话 [PHONE]'],
    // Spaces, ASCII or ideographic, and the middle dot between the groups (T64c: hanaricchi.com's
    // vertical prints, kanjiPhones.ts).
    ['〇九〇 一二三四 五六七八', 'ja-JP', '[PHONE]'],
    ['携帯：〇八〇\u3000九八七六\u3000五四三二', 'ja-JP', '携帯：[PHONE]'],
    ['〇三・一二三四・五六七八', 'ja-JP', '[PHONE]'],
  ])('%j (%s)', (text, locale, want) => {
    expect(redact(text, { locale }).text).toBe(want);
  });

  it.each([
    // Numerals in prose: a list, a year and a date, an amount, a chapter, a range.
    '一二三四五六七八九十',
    '二〇二六年十二月五日',
    '一二〇〇円のお支払いです',
    '第一二章と第一三章',
    '二〇二六-一二-〇五',
    '三〇〇-四〇〇人',
    // No phone's print: a kanji numeral beside the run, or no valid number. (A run without
    // separators is read since T63e where no prose can be meant: kanjiGluedPhones.test.ts.)
    '十〇九〇-一二三四-五六七八',
    '〇九〇-一二三四-五六七八九',
    '〇〇〇-〇〇〇〇-〇〇〇〇',
    // Spaced or dotted without a phone's print: a year first, a decimal, a mask, the ideographic
    // comma (a list's, in prose).
    '二〇二六 一二三四 五六七八',
    '〇・五パーセント',
    '〇〇〇 〇〇〇〇 〇〇〇〇',
    '一、二、三',
  ])('%j stays', (text) => {
    expect(redact(text, { locale: 'ja-JP' }).text).toBe(text);
    expect(redact(text, { locale: 'zh-CN' }).text).toBe(text);
  });

  // A number's prints (the trunk's group of two to four digits or more, the rest less the last four in
  // the middle), its own words before and after it; no numeral beside it (a kanji numeral there
  // makes another run than its ASCII twin's: the examples above).
  const prints = [
    (a: string, b: string, c: string) => `${a}-${b}-${c}`,
    (a: string, b: string, c: string) => `${a}（${b}）${c}`,
    (a: string, b: string, c: string) => `（${a}）${b}-${c}`,
    (a: string, b: string, c: string) => `${a}ー${b}ー${c}`,
    // Spaced, ASCII or ideographic (T64c).
    (a: string, b: string, c: string) => `${a} ${b} ${c}`,
    (a: string, b: string, c: string) => `${a}\u3000${b}\u3000${c}`,
    (a: string, b: string, c: string) => `（${a}）${b} ${c}`,
  ];
  test.prop([
    fc.oneof(mobile(['090', '080', '070'], [8], 'JP'), fc.stringMatching(/^0[0-9]{9,10}$/)),
    fc.integer({ min: 2, max: 4 }),
    fc.constantFrom(...prints),
    fc.constantFrom('', '電話番号は', '注文番号は', 'TEL', 'お問い合わせ：', '第'),
    fc.constantFrom('', 'です', '番', '円', 'まで', '年'),
  ])('a kanji print goes where its ASCII twin goes', (number, first, print, before, after) => {
    // A middle group of one to four digits, as Japan prints one.
    const rest = number.length - 4;
    const trunk = Math.max(first, rest - 4);
    const ascii = `${before}${print(number.slice(0, trunk), number.slice(trunk, rest), number.slice(rest))}${after}`;
    expect(spans(kanji(ascii), 'ja-JP')).toEqual(spans(ascii, 'ja-JP'));
  });

  // Prose of kanji numerals and the words around them, without a dash or a bracket, and no more
  // than nine kanji digits in a row (ten or more, glued, may be a phone: kanjiGluedPhones.test.ts):
  // nothing goes. Groups parted by spaces or "・" from a zero, the last of four, are a phone's
  // print since T64c (the examples above): such texts are left out, read by an expression of
  // that print alone.
  const DIGIT = fc.constantFrom(...'〇一二三四五六七八九');
  const OTHER = fc.constantFrom(...'十百千万年月日円第章、。・ は');
  const K = '[〇一二三四五六七八九]';
  const SPACED_PRINT = new RegExp(`〇${K}{1,4}[ ・]${K}{1,4}[ ・]${K}{4}(?!${K})`);
  test.prop([
    fc
      .array(fc.tuple(fc.array(DIGIT, { maxLength: 9 }), OTHER), { maxLength: 8 })
      .map((words) => words.map(([digits, other]) => digits.join('') + other).join(''))
      .filter((text) => !SPACED_PRINT.test(text)),
    fc.constantFrom('ja-JP', 'zh-CN', 'zh-TW'),
  ])('prose of kanji numerals stays', (text, locale) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});
