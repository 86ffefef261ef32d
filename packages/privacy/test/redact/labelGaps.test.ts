// The label gaps the twelfth audit left (T37a, issue #14): Chinese "号码" (number) alone before a
// mobile, the Russian "тел" without its stop, the English "ID number" of a Thai customer at home,
// the Chinese id after "身份证号码" and "证件号码", the first generation's fifteen-digit Chinese id
// and a foreigner's permanent residence id card. Each row that goes kept its value before; each
// trap beside it must stay: an order's, a waybill's or an invoice's number named "号码", "тел"
// ending "хотел", a shop's "Order ID number". Every value is synthetic; GB 11643's sample
// 11010519491231002X and the Thai 1103702071811 are the checks' own.
import { fc, test } from '@fast-check/vitest';
import { type Finding, redact } from '@meridian-cx/privacy';
import { describe, expect, it } from 'vitest';
import { cnRicCheck } from '../../src/redact/checks/nationalIds2.js';
import { cnRic15Valid, cnRicForeignValid } from '../../src/redact/recognizers/nationalIds2.js';

const typesIn = (findings: readonly Finding[]) => findings.map((f) => f.type);

describe('a value after the new labels goes as its type', () => {
  it.each([
    // Chinese "号码" alone: "my number is", the bare label, "call this number", "dial".
    ['zh-CN', '我的号码是13812345678', '我的号码是[PHONE]', 'phone'],
    ['zh-CN', '号码：13812345678', '号码：[PHONE]', 'phone'],
    ['zh-CN', '有事打这个号码 13712345678', '有事打这个号码 [PHONE]', 'phone'],
    ['zh-CN', '订单已付款。我的号码15912345678', '订单已付款。我的号码[PHONE]', 'phone'],
    // Russian "тел" with no stop after it, after a space.
    ['ru-RU', 'Иван, тел 89161234567', 'Иван, тел [PHONE]', 'phone'],
    ['ru-RU', 'Заказ 123456, тел 89161234567', 'Заказ 123456, тел [PHONE]', 'phone'],
    // A Thai customer's English labels of the national id, and its Thai taxpayer number.
    ['th-TH', 'ID number 1103702071811', 'ID number [TH_ID]', 'th-id'],
    ['th-TH', 'My ID no. 1103702071811', 'My ID no. [TH_ID]', 'th-id'],
    ['th-TH', 'national ID: 1103702071811', 'national ID: [TH_ID]', 'th-id'],
    ['th-TH', 'ID card 1103702071811', 'ID card [TH_ID]', 'th-id'],
    ['th-TH', 'เลขประจำตัวผู้เสียภาษี 1103702071811', 'เลขประจำตัวผู้เสียภาษี [TH_ID]', 'th-id'],
    // The Chinese id after "证件号码" outside China, spaced after it and "ID number" at home.
    ['en-US', '证件号码 11010519491231002X', '证件号码 [CN_RIC]', 'cn-ric'],
    ['en-US', '证件号：440524198001010013', '证件号：[CN_RIC]', 'cn-ric'],
    ['zh-CN', '证件号码 110105 19491231 002X', '证件号码 [CN_RIC]', 'cn-ric'],
    ['zh-CN', 'ID number 110105 19491231 002X', 'ID number [CN_RIC]', 'cn-ric'],
    // The first generation's fifteen digits (YYMMDD at 7-12), after its label only.
    ['zh-CN', '身份证 110105491231002', '身份证 [CN_RIC]', 'cn-ric'],
    ['en-US', '旧身份证号码：110105491231002', '旧身份证号码：[CN_RIC]', 'cn-ric'],
    // A foreigner's permanent residence id: "9", MOD 11-2, after its label only.
    ['zh-CN', '永居证 911011199001010012', '永居证 [CN_RIC]', 'cn-ric'],
    [
      'zh-CN',
      '外国人永久居留身份证号码 911011199001010039',
      '外国人永久居留身份证号码 [CN_RIC]',
      'cn-ric',
    ],
  ])('%s %j', (locale, text, want, type) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(want);
    expect(typesIn(out.findings)).toEqual([type]);
  });
});

describe('what went before goes as it went', () => {
  it.each([
    // The Chinese id after "身份证号码": "号码", a phone's label now, ends after "身份证"; the id's
    // own label ends there too and wins (not a phone's reading, which would keep it elsewhere).
    ['en-US', '身份证号码 11010519491231002X', '身份证号码 [CN_RIC]'],
    ['zh-CN', '身份证号码：440524198001010013', '身份证号码：[CN_RIC]'],
    ['zh-CN', '手机号码 13812345678', '手机号码 [PHONE]'],
    ['zh-CN', '联系号码13812345678', '联系号码[PHONE]'],
    ['ru-RU', 'тел: 8 916 123-45-67', 'тел: [PHONE]'],
    ['uk-UA', 'Олена, тел 0671234567', 'Олена, тел [PHONE]'],
  ])('%s %j -> %j', (locale, text, want) => {
    expect(redact(text, { locale }).text).toBe(want);
  });
});

describe('the traps stay', () => {
  it.each([
    // The numbers named "号码" that are no phone's: an order's, a waybill's, a parcel's, an
    // invoice's (a reference word ends where "号码" ends: the reference wins the tie).
    ['zh-CN', '订单号码13812345678'],
    ['zh-CN', '快递单号码 13812345678'],
    ['zh-CN', '运单号码：13812345678'],
    ['zh-CN', '物流单号码 13812345678'],
    ['zh-CN', '邮政快递号码13812345678'],
    ['zh-CN', '发票号码 13812345678'],
    // A local number of eight digits is no valid phone, after "号码" as after "电话".
    ['zh-CN', '号码 65529988'],
    // A bare mobile with no label stays, as before (labelGapsRates.test.ts: why).
    ['zh-CN', '我 13812345678'],
    // "тел" ending a word. (As a line's first word it labels since T38d: cyrillicWordStart.test.ts.)
    ['ru-RU', 'я хотел 89161234567'],
    ['ru-RU', 'Я захотел 380671234567'],
    // A shop's id, "ID" alone, and "ID number" outside the country.
    ['th-TH', 'Order ID number 1103702071811'],
    ['th-TH', 'Customer ID no. 1103702071811'],
    ['th-TH', 'Member ID number: 1103702071811'],
    ['th-TH', 'ID: 1103702071811'],
    ['en-US', 'ID number 1103702071811'],
    ['th-TH', 'คำสั่งซื้อ 1103702071811'],
    // The weaker rules without their label, with a wrong date or check, after an order's word.
    ['zh-CN', '110105491231002'],
    ['zh-CN', '订单号 110105491231002'],
    ['zh-CN', '身份证 110105491331002'],
    ['zh-CN', '911011199001010012'],
    ['zh-CN', '订单号码 911011199001010012'],
    ['zh-CN', '身份证 911011199001010013'],
  ])('%s %j', (locale, text) => {
    const out = redact(text, { locale });
    expect(out.text).toBe(text);
    expect(out.findings).toEqual([]);
  });
});

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

describe('the weaker rules against their definitions', () => {
  // A day of the 1900s, as the rule reads it: brute force over the calendar's days.
  const days = new Set<string>();
  for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2000, 0, 1); t += 86_400_000)
    days.add(new Date(t).toISOString().slice(2, 10).replace(/-/g, ''));

  test.prop([digits(15)])('a fifteen-digit id: a first digit 1–8 and a day at 7–12', (d) => {
    const first = Number(d[0]);
    expect(cnRic15Valid(d)).toBe(first >= 1 && first <= 8 && days.has(d.slice(6, 12)));
  });

  test.prop([digits(16), fc.constantFrom(...'0123456789X')])(
    "a foreigner's id: a 9 and GB 11643's check",
    (rest, check) => {
      const d = `9${rest}${check}`;
      expect(cnRicForeignValid(d)).toBe(cnRicCheck(d.slice(0, 17)) === check);
    },
  );

  test.prop([digits(16)])("a foreigner's id goes after its label, stays bare", (rest) => {
    const d = `9${rest}${cnRicCheck(`9${rest}`)}`;
    expect(redact(`永居证号码 ${d}`, { locale: 'zh-CN' }).text).toBe('永居证号码 [CN_RIC]');
    expect(typesIn(redact(d, { locale: 'zh-CN' }).findings)).not.toContain('cn-ric');
  });
});
