import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { halfwidthSigns } from './halfwidthSign.js';
import { repairText } from './repairText.js';

// A Latin-1 sign broken through Shift-JIS or cp932 as two halfwidth katakana, read beside a number
// (halfwidthSign.ts, T69e): the field audit kept "Cable 2 m ﾂｱ 5 %" through both pages, where
// withLoneSigns read one character only (end = at + 1) and loneSign.ts no Shift-JIS page.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

describe('halfwidthSigns: a sign through Shift-JIS beside a number', () => {
  it('reads a pair beside a digit as its sign (was kept)', () => {
    for (const field of ['Cable 2 m ± 5 %', 'Oven 220 °', 'Ring 2 ½', 'Area 12 m 2 ³', '£ 12']) {
      for (const page of ['shift_jis', 'cp932'] as const) {
        const broken = iconv.decode(Buffer.from(field, 'utf8'), page);
        expect(broken).not.toBe(field);
        const r = repairText(broken);
        expect(r.text).toBe(field);
        expect(r.repairs.map((x) => [x.chain, x.applied])).toEqual([[['shift_jis'], true]]);
      }
    }
  });

  it('gives the span, sign and page of a pair', () => {
    const sjis = encoders.findIndex((e) => e.page === 'shift_jis');
    expect(halfwidthSigns('Cable 2 m ﾂｱ 5 %', encoders)).toEqual([
      { at: 10, end: 12, sign: '±', page: sjis },
    ]);
  });

  it('leaves a pair no number stands beside, one glued to a letter, or one among other kana', () => {
    for (const t of [
      'Ring size ﾂｽ', // no digit: "½" as a size is a word's as often
      'Tea 100 g ﾂｷ organic', // "·" is no sign of numbers
      'Gift wrap ﾅｼ', // nashi: not "ﾂ" and a sign
      'ﾃｽﾄ 2 ﾂｱ', // other kana in the text
      'ﾂｱｰ 2', // three halfwidth katakana: a word ("ツアー", tour)
      '12ﾂ｣', // "£" glued after a digit
      'ﾂｰ 5', // "°" before its number
      '東京 2 ﾂｱ', // CJK in the text
    ])
      expect([t, halfwidthSigns(t, encoders), repairText(t).text]).toEqual([t, [], t]);
  });

  it('leaves a pair glued to a letter to latinField.ts', () => {
    expect(halfwidthSigns('Cable 2 mﾂｱ 5', encoders)).toEqual([]);
  });

  it('asks nothing of a call without a Shift-JIS page', () => {
    const gbk = [encoderFor('gbk'), encoderFor('windows-1252')];
    expect(halfwidthSigns('Cable 2 m ﾂｱ 5 %', gbk)).toEqual([]);
  });
});
