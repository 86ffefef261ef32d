import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cjkField } from './cjkField.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { repairText } from './repairText.js';

// A short CJK field broken through another CJK page, read back on the field's own evidence
// (cjkField.ts, T61f): the field audit kept these as they came.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

describe('cjkField: a short CJK field through another CJK page', () => {
  it('reads back a city or a name broken whole ("鏉变含" → "東京", was kept: gain 2)', () => {
    for (const [broken, field, page] of [
      ['鏉变含', '東京', 'gbk'],
      ['涓婃捣', '上海', 'gbk'],
      ['娣卞湷', '深圳', 'gbk'],
      ['鑷哄寳', '臺北', 'gbk'],
      ['鞝滌＜', '제주', 'gbk'],
      ['蛹嶺ｺｬ', '北京', 'shift_jis'],
      ['譚ｱ莠ｬ', '東京', 'shift_jis'],
      ['螟ｧ髦ｪ', '大阪', 'shift_jis'],
      ['莠ｬ驛ｽ', '京都', 'shift_jis'],
      ['訝딀돈', '上海', 'euc-kr'],
    ] as const) {
      const r = repairText(broken);
      expect(r.text).toBe(field);
      expect(r.repairs.map((x) => [x.chain, x.confidence, x.applied])).toEqual([
        [[page], 0.53, true],
      ]);
    }
  });

  it('reads the rest of a field the engine began ("鳳梨酥 12蜈･" → "鳳梨酥 12入", was wrong)', () => {
    // "魑ｳ譴ｨ驟･" gained 3 through Shift-JIS and was read; "蜈･" alone gains 1 ("･" is a
    // halfwidth kana), and the repair beside it through the same page vouches for it.
    expect(repairText('魑ｳ譴ｨ驟･ 12蜈･').text).toBe('鳳梨酥 12入');
    expect(repairText('蜈･ 12').changed).toBe(false);
  });

  it('leaves clean fields, and fields whose reading costs as little as they do', () => {
    for (const t of [
      '东京',
      '毛宁',
      '张伟',
      '羅大佑',
      '서울',
      '채윤',
      'ﾔﾏﾀﾞ ﾀﾛｳ',
      'ﾃﾞｰﾀ',
      '担当',
      '（株）',
      // One standard's second level (a name may hold one), or a field of one standard.
      '晁涛',
      '瑜伽垫',
      '渡邊 さくら',
      '鄢陵',
      // Two of GB 2312's second level, read through Shift-JIS as "廝蓓": one standard's text.
      '蟒晁涛',
    ])
      expect(repairText(t).changed).toBe(false);
  });

  it('reads a field with one halfwidth kana between kanji ("譫怜ｿ礼軸" → "林志玲", was kept)', () => {
    // "ｿ" is the BF of "志" (E5 BF 97) through Shift-JIS: the field cost 1 (the halfwidth kana) and
    // JIS X 0208 writes it whole at 1 ("譫" second-level); one halfwidth katakana inside full-width
    // kanji is no Japanese word's, 1 more (T69e).
    for (const page of ['shift_jis', 'cp932'] as const) {
      const broken = iconv.decode(Buffer.from('林志玲', 'utf8'), page);
      expect(broken).toBe('譫怜ｿ礼軸');
      expect(repairText(broken).text).toBe('林志玲');
    }
    // A halfwidth word, or one beside a halfwidth sign, is no lone one.
    for (const t of ['ﾔﾏﾀﾞ ﾀﾛｳ', '東京ｽﾃｰｼｮﾝ', '第ｱ']) expect(repairText(t).changed).toBe(false);
  });

  it('reads a field no standard writes whose reading one does ("鑷轰腑" → "臺中", was kept)', () => {
    // As common as it to the cost model (gain 0; "陳美玲" through Shift-JIS gains 1, a halfwidth
    // kana), but "鑷" is a traditional form GB 2312 lacks and "轰" a simplified one only it has:
    // 2 in the standard that writes it best, where "臺中" is 0 in Big5 (cjkStandards.ts).
    for (const [broken, field, page] of [
      ['鑷轰腑', '臺中', 'gbk'],
      ['髯ｳ鄒守軸', '陳美玲', 'shift_jis'],
    ] as const) {
      const r = repairText(broken);
      expect(r.text).toBe(field);
      expect(r.repairs.map((x) => [x.chain, x.confidence, x.applied])).toEqual([
        [[page], 0.53, true],
      ]);
    }
    // Not beside a repair the engine applied: the standards read a field alone.
    const gbk = encoders.findIndex((e) => e.page === 'gbk');
    expect(cjkField('鑷轰腑', encoders)).toEqual([{ at: 0, end: 3, after: '臺中', page: gbk }]);
    expect(cjkField('鑷轰腑', encoders, () => [0, 3, gbk])).toEqual([]);
  });

  it('reads only a short field of one line, CJK past ASCII, through one reading', () => {
    expect(cjkField('鏉变含', encoders)).toEqual([
      { at: 0, end: 3, after: '東京', page: encoders.findIndex((e) => e.page === 'gbk') },
    ]);
    // Not a field: too long, two lines, a Latin word with accents, an emoji.
    expect(cjkField(`${'鏉变含'.repeat(14)}`, encoders)).toEqual([]);
    expect(cjkField('鏉变含\n涓婃捣', encoders)).toEqual([]);
    expect(cjkField('Café 鏉变含', encoders)).toEqual([]);
    expect(cjkField('鏉变含😊', encoders)).toEqual([]);
    // A repair applied through another family leaves the field.
    const big5 = encoders.findIndex((e) => e.page === 'big5');
    expect(cjkField('鳳梨酥 鏉变含', encoders, () => [0, 3, big5])).toEqual([]);
    // A call asking more than the least gain reads none; a call without double-byte pages too.
    expect(repairText('鏉变含', { minGain: 4 }).changed).toBe(false);
    expect(repairText('鏉变含', { pages: ['windows-1252'] }).changed).toBe(false);
  });
});
