// Phones in kanji digits that T61a's print left whole (T63e, issue #14): a run without separators
// ("〇九〇一二三四五六七八", "一三八一二三四五六七八"), the zero written "零" or "○", the Chinese "幺"
// for 1, and a mainland mobile printed 3-4-4. Read as digits only where no prose can be meant
// (kanjiPhones.ts): ten to twelve digits from the trunk's zero or a mainland mobile's "1" and 3 to
// 9, no numeral beside them, no counter or unit after them, not after "第", not the digits
// counted in order. The ASCII twin is the oracle: such a run goes exactly where its digits in
// ASCII go.
import { fc, test } from '@fast-check/vitest';
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { mobile } from './spokenOracle.js';

const ZEROS = ['〇', '零', '○', '◯'];
const ONES = ['一', '幺'];
const KANJI = '〇一二三四五六七八九';
/** `text`'s ASCII digits as kanji, the zero and the one in the form `pick` chooses. */
const kanji = (text: string, pick: (k: number) => number = () => 0): string =>
  text.replace(/[0-9]/g, (d, k: number) =>
    d === '0'
      ? (ZEROS[pick(k) % ZEROS.length] as string)
      : d === '1'
        ? (ONES[pick(k) % ONES.length] as string)
        : (KANJI[Number(d)] as string),
  );
const spans = (text: string, locale: string) =>
  redact(text, { locale }).findings.map((f) => [f.type, f.start, f.end]);

describe('a phone in kanji digits without separators', () => {
  it.each([
    ['電話は〇九〇一二三四五六七八です', 'ja-JP', '電話は[PHONE]です'],
    ['携帯〇八〇九八七六五四三二まで', 'ja-JP', '携帯[PHONE]まで'],
    ['〇三一二三四五六七八に電話してください', 'ja-JP', '[PHONE]に電話してください'],
    // The zero as the formal numeral or the white circle an input method offers for "まる".
    ['電話：零九零一二三四五六七八', 'ja-JP', '電話：[PHONE]'],
    ['電話 ○九○-一二三四-五六七八', 'ja-JP', '電話 [PHONE]'],
    ['TEL ◯三-一二三四-五六七八', 'ja-JP', 'TEL [PHONE]'],
    // A mainland mobile, its 1 said "幺", its 0 "零" or "〇", glued or printed 3-4-4.
    ['我的手机是一三八一二三四五六七八', 'zh-CN', '我的手机是[PHONE]'],
    ['手机：幺三八幺二三四五六七八', 'zh-CN', '手机：[PHONE]'],
    ['电话 一三九零零一二三四五六，谢谢', 'zh-CN', '电话 [PHONE]，谢谢'],
    ['手机号 一三八-一二三四-五六七八', 'zh-CN', '手机号 [PHONE]'],
    ['手机 一三八 一二三四 五六七八', 'zh-CN', '手机 [PHONE]'],
    ['电话 零一零-一二三四-五六七八', 'zh-CN', '电话 [PHONE]'],
    ['我的手機是零九一二三四五六七八', 'zh-TW', '我的手機是[PHONE]'],
  ])('%j (%s)', (text, locale, want) => {
    expect(redact(text, { locale }).text).toBe(want);
  });

  it.each([
    // A year, a date (eight digits glued), an amount, a list counted in order.
    '二〇二六年',
    '二〇二六年十二月五日',
    '二〇二六一二〇五',
    '一九九八〇五一二',
    '一二〇〇円のお支払いです',
    '〇一二三四五六七八九',
    '〇九八七六五四三二一',
    // A mobile's digits as a quantity: a unit, a counter or a numbered item after them.
    '一三八〇〇〇〇〇〇〇〇元',
    '一三八一二三四五六七八元',
    '一三八一二三四五六七八人',
    '〇九〇一二三四五六七八号',
    '〇九〇一二三四五六七八円',
    // An ordinal, a numeral inside or beside the run, a run too long.
    '第一三八一二三四五六七八',
    '一三八十二三四五六七八',
    '十〇九〇一二三四五六七八',
    '〇九〇一二三四五六七八九〇',
    // No valid number: a mask, a zero run.
    '〇九〇○○○○○○○○',
    '〇〇〇〇〇〇〇〇〇〇〇',
    // After an order's word (in kanji and kana): the order's number.
    '注文番号〇九〇一二三四五六七八',
    'ちゅうもんばんごう〇九〇一二三四五六七八',
    '订单号码幺三八幺二三四五六七八',
    '訂單號碼零九一二三四五六七八',
  ])('%j stays', (text) => {
    expect(redact(text, { locale: 'ja-JP' }).text).toBe(text);
    expect(redact(text, { locale: 'zh-CN' }).text).toBe(text);
  });

  it('keeps a bare mainland mobile as its ASCII twin is kept (no phone word)', () => {
    expect(redact('一三八一二三四五六七八', { locale: 'zh-CN' }).text).toBe(
      '一三八一二三四五六七八',
    );
    expect(redact('13812345678', { locale: 'zh-CN' }).text).toBe('13812345678');
  });

  // A mobile of Japan or the mainland, glued or printed 3-4-4 in China's way, its zeros and ones
  // in any of their forms, with words around it that are no numeral, counter or unit.
  test.prop([
    fc.oneof(
      mobile(['090', '080', '070'], [8], 'JP'),
      mobile(['138', '139', '150', '186', '199'], [8], 'CN'),
      fc.stringMatching(/^0[0-9]{9,11}$/),
    ),
    fc.boolean(),
    fc.nat(),
    fc.constantFrom('', '電話は', '注文番号は', 'TEL', '我的手机是', '订单号码', '手机：', 'です '),
    fc.constantFrom('', 'です', 'まで', '谢谢', '。', ' に'),
    fc.constantFrom('ja-JP', 'zh-CN', 'zh-TW'),
  ])(
    'a kanji run goes where its ASCII twin goes',
    (number, printed, seed, before, after, locale) => {
      const print =
        printed && number.length === 11 && number.startsWith('1')
          ? `${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`
          : number;
      const counted = /^(?:0123456789|9876543210)/.test(number.slice(0, 10));
      const ascii = `${before}${print}${after}`;
      const got = spans(`${before}${kanji(print, (k) => seed >> k)}${after}`, locale);
      // The digits counted in order are a list in kanji (kept), whatever their twin.
      expect(got).toEqual(counted ? [] : spans(ascii, locale));
    },
  );
});
