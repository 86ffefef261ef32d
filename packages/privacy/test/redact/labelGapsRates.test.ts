// How many random digit runs the labels of T37a take (issue #14: order numbers must stay), as
// moreIds2Rates.test.ts counts T36a's: 20,000 runs of a fixed seed, bare and after each label, in
// the label's locale (and in en-US where a label counts at home only).
//
// Chinese mobiles: eleven digits led by 13–19. libphonenumber-js/max holds 14,999 of 20,000 such
// runs valid Chinese mobiles (all of 13x and 18x; 14x the least, 542 of 2,837): validity cannot
// tell a mobile from another eleven-digit number there. So a bare one with no label still stays
// (redact's rule for a mobile without a trunk prefix, as India's: an order number looks the
// same), and after "号码" every valid one goes, except after the numbers named "号码" that are no
// phone's ("订单号码", "运单号码"…: reference words), where none goes.
//
// Thai id: one thirteen-digit run in twelve passes its check; after "ID number" a Thai customer's
// goes (as after its Thai label: 1,637), no one's after a shop's "Order ID number", and none
// outside Thailand. The first Chinese id of fifteen digits: a first digit 1–8 and a day of the
// 1900s, three runs in a hundred (590), after its label only. Russian "тел": after a space, every
// trunk-8 mobile goes (19,998: two fail its rules); after "хотел" (I wanted) none.
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { random, taken } from './rates.js';

const RUNS = 20_000;

/** 20,000 runs: `head` (a function of the stream, for a first digit) and `length` digits in all. */
function runs(length: number, head: (next: () => number) => string = () => ''): string[] {
  const next = random(20261204);
  const out: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    let d = head(next);
    while (d.length < length) d += Math.floor(next() * 10);
    out.push(d);
  }
  return out;
}

const chineseMobiles = () => runs(11, (next) => `1${3 + Math.floor(next() * 7)}`);

describe('random digit runs the new labels take, of 20,000', () => {
  it('Chinese mobiles: bare, after "号码", after "订单号码"', () => {
    const bare = chineseMobiles();
    expect(bare.filter((d) => isValidPhoneNumber(d, 'CN')).length).toBe(14_999);
    expect([
      taken('phone', bare, 'zh-CN'),
      taken(
        'phone',
        bare.map((d) => `我的号码是${d}`),
        'zh-CN',
      ),
      taken(
        'phone',
        bare.map((d) => `号码：${d}`),
        'zh-CN',
      ),
      taken(
        'phone',
        bare.map((d) => `订单号码${d}`),
        'zh-CN',
      ),
      taken(
        'phone',
        bare.map((d) => `运单号码 ${d}`),
        'zh-CN',
      ),
    ]).toEqual([0, 14_999, 14_999, 0, 0]);
  }, 120_000);

  it('Thai id: after "ID number" at home, after "Order ID number", in en-US', () => {
    const bare = runs(13);
    expect([
      taken(
        'th-id',
        bare.map((d) => `ID number ${d}`),
        'th-TH',
      ),
      taken(
        'th-id',
        bare.map((d) => `Order ID number ${d}`),
        'th-TH',
      ),
      taken(
        'th-id',
        bare.map((d) => `ID number ${d}`),
        'en-US',
      ),
    ]).toEqual([1637, 0, 0]);
  }, 120_000);

  it('Chinese id of fifteen digits: bare, after "身份证", after "订单号"', () => {
    const bare = runs(15);
    expect([
      taken('cn-ric', bare, 'zh-CN'),
      taken(
        'cn-ric',
        bare.map((d) => `身份证 ${d}`),
        'zh-CN',
      ),
      taken(
        'cn-ric',
        bare.map((d) => `订单号 ${d}`),
        'zh-CN',
      ),
    ]).toEqual([0, 590, 0]);
  }, 120_000);

  it('Russian "тел": after a space, after "хотел"', () => {
    const bare = runs(11, () => '89');
    expect([
      taken(
        'phone',
        bare.map((d) => `Иван, тел ${d}`),
        'ru-RU',
      ),
      taken(
        'phone',
        bare.map((d) => `я хотел ${d}`),
        'ru-RU',
      ),
    ]).toEqual([19_998, 0]);
  }, 120_000);
});
