import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { isCommonHan, isCommonHangul } from './commonCjk.js';
import { latinField } from './latinField.js';
import { repairText } from './repairText.js';

// A short Latin field with one letter or sign broken through a double-byte page, read back on the
// field's own evidence (latinField.ts, T65d): the field audit kept these as they came (T64g).

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

describe('latinField: a Latin field with a letter or sign broken through a double-byte page', () => {
  it('reads back a rare character or two halfwidth katakana among ASCII (was kept: gain 2)', () => {
    for (const [broken, field, page, confidence] of [
      // GBK's additions (trail bytes below A1) for Latin-1's capitals and "à".
      ['Aarhus 脴', 'Aarhus Ø', 'gbk', 0.53],
      ['Kanelbullar 6 st 脿 80 g', 'Kanelbullar 6 st à 80 g', 'gbk', 0.53],
      // KS X 1001 lacks the syllables EUC-KR's cp949 extension gives C3 98 and C3 A0.
      ['Aarhus 횠', 'Aarhus Ø', 'euc-kr', 0.53],
      ['Kanelbullar 6 st 횪 80 g', 'Kanelbullar 6 st à 80 g', 'euc-kr', 0.53],
      // Shift-JIS: JIS X 0201's halfwidth katakana, one a byte, glued to an ASCII letter.
      ['ﾄｦal Qormi', 'Ħal Qormi', 'shift_jis', 0.53],
      // The engine reads these two itself since T65e made "ŷ" and "ə" letters (0.71).
      ['Tﾅｷ Newydd, Pen-y-bont ar Ogwr', 'Tŷ Newydd, Pen-y-bont ar Ogwr', 'shift_jis', 0.71],
      // Two letters of one stretch: "蓹" is a GBK addition, "艦" GB 2312's first level.
      ['艦蓹ki', 'Şəki', 'gbk', 0.71],
    ] as const) {
      expect(iconv.decode(Buffer.from(field, 'utf8'), page)).toBe(broken);
      const r = repairText(broken);
      expect(r.text).toBe(field);
      expect(r.repairs.map((x) => [x.chain, x.confidence, x.applied])).toEqual([
        [[page], confidence, true],
      ]);
    }
  });

  it('leaves a common character, whatever the pairs around it cost', () => {
    // GB 2312's first level, Big5's frequent hanzi, JIS X 0208's first level, KS X 1001 Hangul:
    // each the UTF-8 of a Latin letter or sign through its page, each a field's own.
    for (const t of [
      'Tea 100 g 路 organic', // GBK "·"
      'Ring size 陆', // GBK "½"
      'Storgatan 5, 1 tr 枚.g.', // GBK "ö"
      'T欧 Newydd', // GBK "ŷ"
      'Ring size 翻', // Big5 "½"
      'Storgatan 5, 1 tr 旦.g.', // EUC-JP "ö"
      'Storgatan 5, 1 tr 철.g.', // EUC-KR "ö"
      'Ring时size', // GBK "ʱ": a modifier letter besides
      'Coin 5 枚',
      'Size 大',
      'iPhone 手机壳',
      'A区3号',
    ])
      expect([t, latinField(t, encoders)]).toEqual([t, []]);
  });

  it("reads no common character at all: every one of the standards' frequent levels, four ways", () => {
    // commonCjk.ts: GB 2312 level 1, JIS X 0208 level 1, Big5's frequent hanzi, KS X 1001 Hangul.
    const read: string[] = [];
    for (let cp = 0x3040; cp <= 0xd7a3; cp++) {
      if (!(isCommonHan(cp) || isCommonHangul(cp) || (cp >= 0x3041 && cp <= 0x30fa))) continue;
      const c = String.fromCodePoint(cp);
      for (const t of [`Ring size ${c}`, `Ring${c}size`, `${c}al Qormi`, `T${c} Newydd`])
        if (latinField(t, encoders).length > 0) read.push(t);
    }
    expect(read).toEqual([]);
  });

  it('reads, of what each page makes of a two-byte UTF-8 sequence, its rare characters only', () => {
    // The price (latinField.ts's header): C2-DF 80-BF through each page, standing alone between
    // two words, and in any of four places (alone, glued inside, glued after, glued before).
    const count: Record<string, [number, number]> = {};
    for (const page of ['gbk', 'big5', 'euc-jp', 'euc-kr', 'shift_jis']) {
      let alone = 0;
      let any = 0;
      for (let b0 = 0xc2; b0 <= 0xdf; b0++)
        for (let b1 = 0x80; b1 <= 0xbf; b1++) {
          const c = iconv.decode(Buffer.from([b0, b1]), page);
          if (c.includes('\ufffd') || Array.from(c).some((x) => x < '\x80')) continue;
          const read = (t: string): boolean => latinField(t, encoders).length > 0;
          if (read(`Ring size ${c} ok`)) alone++;
          if ([`Ring size ${c} ok`, `Ring${c}size`, `Ring ${c}size`, `Ring${c} size`].some(read))
            any++;
        }
      count[page] = [alone, any];
    }
    expect(count).toEqual({
      gbk: [69, 236], // 67 before T65e made "Ə" and "ə" letters ("茝", "蓹")
      big5: [7, 71],
      'euc-jp': [0, 0],
      'euc-kr': [54, 97],
      shift_jis: [0, 254], // halfwidth pairs only glued to a letter
    });
  });

  it('leaves a pair of halfwidth katakana standing apart: a Japanese word as often as a letter', () => {
    // "ﾅｼ" (nashi, none) is C5 BC, "ż" in UTF-8; a legacy order system writes halfwidth kana.
    for (const t of [
      'Gift wrap ﾅｼ',
      'Storgatan 5, 1 tr ﾃｶ.g.',
      'Ring size ﾂｽ',
      'Tea 100 g ﾂｷ organic',
      'Cable 2 m ﾂｱ 5 %',
    ])
      expect([t, repairText(t).text, latinField(t, encoders)]).toEqual([t, t, []]);
  });

  it('leaves what is no Latin field, and stretches no page reads as Latin text', () => {
    for (const t of [
      '脴', // no ASCII letters: no Latin field
      '5 脴',
      'Aarhus 脴\nok', // two lines
      'Café 脴', // "é" written by no repair
      'Ring ﾃｽﾄ', // "ﾃｽﾄ": C3 BD C4, no UTF-8
      'Ring 袕 ok', // GBK "׳": a Hebrew sign
      `${'Aarhus '.repeat(6)}脴`, // past FIELD_MAX
    ])
      expect([t, latinField(t, encoders)]).toEqual([t, []]);
  });

  it('reads beside a repair through the same family only', () => {
    // Spans of the output that applied repairs wrote: [start, end, page index].
    const gbk = encoders.findIndex((e) => e.page === 'gbk');
    const big5 = encoders.findIndex((e) => e.page === 'big5');
    expect(latinField('Jürgen 脴', encoders, () => [1, 2, gbk])).toEqual([
      { at: 7, end: 8, after: 'Ø', page: gbk },
    ]);
    expect(latinField('Jürgen 脴', encoders, () => [1, 2, big5])).toEqual([]);
    expect(latinField('Jürgen 脴', encoders, () => [1, 2, -1])).toEqual([]);
  });

  it('asks nothing of a call that asks more than the least gain applied', () => {
    expect(repairText('Aarhus 脴', { minGain: 4 }).text).toBe('Aarhus 脴');
  });
});
