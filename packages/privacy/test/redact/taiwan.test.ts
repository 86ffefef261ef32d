// Issue #14, T38d: Taiwan and Hong Kong write the Chinese labels in traditional characters, which
// the label fold does not map to the simplified ones T37a read ("号码", "订单号码"), and Taiwan's
// national id (身分證字號) stayed whole. Every id here is synthetic: A123456789 is the example
// every table of the check uses, F800000000 a resident's number of the 2021 form made to check.
import { redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';

describe('the traditional Chinese labels', () => {
  it.each([
    // "號碼" alone before a number written with its country code and no "+", which needs a label.
    ['zh-TW', '我的號碼是886912345678', '我的號碼是[PHONE]'],
    ['zh-TW', '號碼：886912345678', '號碼：[PHONE]'],
    ['zh-HK', '號碼 85291234567', '號碼 [PHONE]'],
  ])('%s %j names a phone', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });

  it.each([
    // The numbers named "號碼" that are no phone's, and the order's, waybill's and invoice's
    // words: the number after them is theirs, as after "订单号码" (T37a).
    ['zh-TW', '訂單號碼0912345678'],
    ['zh-TW', '運單號碼 0912345678'],
    ['zh-TW', '發票號碼 0912345678'],
    ['zh-TW', '快遞號碼0912345678'],
    ['zh-TW', '訂單 0912345678'],
    ['zh-HK', '訂單號碼 91234567'],
  ])('%s %j keeps a reference', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });

  it.each([
    // Read before T38d and still: "電話", "手機", and the words that end in "電話".
    ['zh-TW', '電話 0912345678', '電話 [PHONE]'],
    ['zh-TW', '手機0912345678', '手機[PHONE]'],
    ['zh-TW', '聯絡電話：0912-345-678', '聯絡電話：[PHONE]'],
    ['zh-TW', '行動電話 0912 345 678', '行動電話 [PHONE]'],
    ['zh-HK', '手提電話 91234567', '手提電話 [PHONE]'],
  ])('%s %j', (locale, text, expected) => {
    expect(redact(text, { locale }).text).toBe(expected);
  });
});

describe("Taiwan's national id", () => {
  it.each([
    ['zh-TW', '身分證字號 A123456789', '身分證字號 [TW_ID]'],
    ['zh-TW', '我的身分證字號是A123456789謝謝', '我的身分證字號是[TW_ID]謝謝'],
    ['zh-TW', '身份證：A123456789', '身份證：[TW_ID]'],
    ['zh-TW', '國民身分證統一編號 A123456789', '國民身分證統一編號 [TW_ID]'],
    // A foreign resident's number since 2021: 8 or 9 second.
    ['zh-TW', '統一證號 F800000000', '統一證號 [TW_ID]'],
    ['zh-TW', '居留證號碼F800000000', '居留證號碼[TW_ID]'],
    // Bare in Taiwan, in capitals as the card prints it.
    ['zh-TW', 'A123456789', '[TW_ID]'],
    ['zh-TW', '請幫我查 A123456789 的資料', '請幫我查 [TW_ID] 的資料'],
    // Elsewhere, and typed in lower case, after its label.
    ['en-US', 'my Taiwan ID is A123456789', 'my Taiwan ID is [TW_ID]'],
    // Its label ending in "號碼", a phone's label alone: at the tie its own label names it.
    ['en-US', '身分證號碼 A123456789', '身分證號碼 [TW_ID]'],
    ['en-US', '居留證號碼：F800000000', '居留證號碼：[TW_ID]'],
    ['en-US', '證件號碼 A123456789', '證件號碼 [TW_ID]'],
    ['zh-TW', '身分證字號 a123456789', '身分證字號 [TW_ID]'],
    // A combining mark after its last digit goes with it, as after a phone (marksAfterPhone).
    ['zh-TW', '身分證字號 A123456789\u0301', '身分證字號 [TW_ID]'],
  ])('%s %j', (locale, text, expected) => {
    const { text: out, findings } = redact(text, { locale });
    expect(out).toBe(expected);
    expect(findings.map((f) => f.type)).toEqual(['tw-id']);
  });

  it.each([
    // Its check fails, its second digit is no sex's, a code's letters or digits are glued to it.
    ['zh-TW', 'A123456788'],
    ['zh-TW', 'A323456789'],
    ['zh-TW', 'SKU-A123456789'],
    ['zh-TW', 'AA123456789'],
    ['zh-TW', 'A1234567890'],
    // After an order's word it is the order's.
    ['zh-TW', '訂單 A123456789'],
    ['zh-TW', 'order A123456789'],
    // Bare outside Taiwan, or in lower case without its label: one in 25 codes of the shape passes.
    ['en-US', 'A123456789'],
    ['zh-TW', 'a123456789'],
    // "統一編號" alone is a company's number (eight digits), no label of this.
    ['en-US', '統一編號 A123456789'],
  ])('%s %j stays', (locale, text) => {
    expect(redact(text, { locale }).text).toBe(text);
  });
});
