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
      // 67 before T65e made "Ə" and "ə" letters ("茝", "蓹"); 69 -> 68 since T69e charges a capital
      // horn letter alone in mid-sentence ("Ring size Ơ ok", C6 A0: cost.ts).
      gbk: [68, 236],
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
    ])
      expect([t, repairText(t).text, latinField(t, encoders)]).toEqual([t, t, []]);
    // Beside a number a pair is a sign's, read by halfwidthSign.ts (T69e), not here.
    expect(latinField('Cable 2 m ﾂｱ 5 %', encoders)).toEqual([]);
    expect(repairText('Cable 2 m ﾂｱ 5 %').text).toBe('Cable 2 m ± 5 %');
  });

  it('reads what Japanese spelling rules out: a small kana after no kana, a lone katakana with a sign (T66f)', () => {
    // Kept on main (the field gained 1: "竄" is Big5's frequent hanzi, "」" a common sign).
    for (const [broken, field] of [
      ['Gift card 50 竄ｬ', 'Gift card 50 €'], // E2 82 AC: "竄" E2 82, "ｬ" AC, a small ya after a kanji
      ['ﾃ」ila', 'Ávila'], // C3 81 76: "ﾃ" C3, "」" 81 76 (the "v" taken as its second byte)
      ['Baile ﾃ》ha Cliath', 'Baile Átha Cliath'], // C3 81 74: "》" 81 74
    ] as const)
      for (const page of ['shift_jis', 'cp932'] as const) {
        expect(iconv.decode(Buffer.from(field, 'utf8'), page)).toBe(broken);
        const r = repairText(broken);
        expect(r.text).toBe(field);
        expect(r.repairs.map((x) => [x.chain, x.confidence, x.applied])).toEqual([
          [['shift_jis'], 0.53, true],
        ]);
      }
  });

  it('leaves a small kana after a kana, and a halfwidth word before a full-width sign', () => {
    for (const t of [
      'ｷｬﾝｾﾙ', // "キャンセル", cancel: a small ya after "ｷ"
      'Order ｷｬﾝｾﾙ 済',
      'ﾃﾞｰﾀ「ok」',
      'Size ｬ', // C2-less: "ｬ" alone is no UTF-8
      'Note ｧ',
      'ｶ」abc', // "ｶ" is B6, no UTF-8 lead
      'Tokyo「駅」',
      'Gift wrap ﾅｼ',
    ])
      expect([t, repairText(t).text, latinField(t, encoders)]).toEqual([t, t, []]);
    // "テスト（test）": three katakana before the bracket, a word; this file never reads it (the
    // engine itself does, at gain 3, on main too: "ýāitest）", reported to the lead by T66f).
    expect(latinField('ﾃｽﾄ（test）', encoders)).toEqual([]);
  });

  it('reads the rest of a field the engine read in part as another alphabet, through its page (T66f)', () => {
    // "纬" is GB 2312's first level, "蟻" Big5's frequent hanzi: the engine read "Φέτα" and left
    // "纬蟻" (the row was wrong on main: "Φέτα 400 纬蟻.").
    for (const page of ['gbk', 'gb18030'] as const) {
      const broken = iconv.decode(Buffer.from('Φέτα 400 γρ.', 'utf8'), page);
      expect(broken).toBe('桅苇蟿伪 400 纬蟻.');
      const r = repairText(broken);
      expect(r.text).toBe('Φέτα 400 γρ.');
      expect(r.repairs.map((x) => [x.before, x.after, x.chain, x.applied])).toEqual([
        ['桅苇蟿伪', 'Φέτα', ['gbk'], true],
        ['纬蟻', 'γρ', ['gbk'], true],
      ]);
    }
    const gbk = encoders.findIndex((e) => e.page === 'gbk');
    const big5 = encoders.findIndex((e) => e.page === 'big5');
    const w1252 = encoders.findIndex((e) => e.page === 'windows-1252');
    const t = 'Φέτα 400 纬蟻.';
    expect(latinField(t, encoders, () => [0, 4, gbk])).toEqual([
      { at: 9, end: 11, after: 'γρ', page: gbk },
    ]);
    // Not through another page, a chain (-1), a single-byte page, or with no repair in the field.
    expect(latinField(t, encoders, () => [0, 4, big5])).toEqual([]);
    expect(latinField(t, encoders, () => [0, 4, -1])).toEqual([]);
    expect(latinField(t, encoders, () => [0, 4, w1252])).toEqual([]);
    expect(latinField(t, encoders)).toEqual([]);
    // Not as a Latin repair's rest, nor as Greek where the repair wrote Cyrillic.
    expect(latinField('Café 纬蟻', encoders, () => [0, 4, gbk])).toEqual([]);
    expect(latinField('Ниш 纬蟻', encoders, () => [0, 3, gbk])).toEqual([]);
    // A stretch that reads as no letters of the script stays, and the field with it.
    expect(latinField('Φέτα 东京', encoders, () => [0, 4, gbk])).toEqual([]);
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
