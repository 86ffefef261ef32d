import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { Proposal } from './engine.js';
import { withGluedNames } from './gluedName.js';
import { repairText } from './repairText.js';

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const cpsOf = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? 0);
/** An applied repair of `text`'s `before` (its first occurrence) through `page`. */
const repair = (text: string, before: string, after: string, page: string): Proposal => {
  const start = [...text.slice(0, text.indexOf(before))].length;
  return {
    start,
    end: start + [...before].length,
    after,
    chain: [page],
    gain: 6,
    applied: true,
    tie: undefined,
    seqs: undefined,
  };
};
const tails = (text: string, ps: Proposal[]) =>
  withGluedNames(cpsOf(text), ps, encoders, 3)
    .filter((p) => !ps.includes(p))
    .map((p) => [p.start, p.end, p.after, p.chain.join('>'), p.gain, p.tie]);

describe('withGluedNames', () => {
  it('reads the first letter of a name glued after CJK text through the page of its field', () => {
    const gbk = '收件人是艁ukasz W贸jcik，请尽快发货。';
    expect(tails(gbk, [repair(gbk, '贸', 'ó', 'gbk')])).toEqual([[4, 5, 'Ł', 'gbk', 3, true]]);
    const sjis = '担当：ﾅ「kasz Wﾃｳjcik（支店）';
    expect(tails(sjis, [repair(sjis, 'ﾃｳ', 'ó', 'shift_jis')])).toEqual([
      [3, 5, 'Łu', 'shift_jis', 3, true],
    ]);
  });

  it('asks for a repair through a double-byte page, in another word of the same segment', () => {
    const t = '收件人是艁ukasz W贸jcik';
    // Not applied, through another page, or a chain of two: nothing vouches.
    expect(tails(t, [{ ...repair(t, '贸', 'ó', 'gbk'), applied: false }])).toEqual([]);
    expect(tails(t, [repair(t, '贸', 'ó', 'big5')])).toEqual([]);
    expect(tails(t, [{ ...repair(t, '贸', 'ó', 'gbk'), chain: ['gbk', 'windows-1252'] }])).toEqual(
      [],
    );
    // A field's end between them, or no space (one word).
    const field = '收件人是艁ukasz: W贸jcik';
    expect(tails(field, [repair(field, '贸', 'ó', 'gbk')])).toEqual([]);
    const one = '收件人是艁ukaszW贸jcik';
    expect(tails(one, [repair(one, '贸', 'ó', 'gbk')])).toEqual([]);
  });

  it('leaves common CJK, small letters and tails not glued to CJK', () => {
    // "贸" (common) would read "ó", a small letter: neither opens a name.
    const common = '我们贸app W贸jcik';
    expect(tails(common, [repair(common, 'W贸', 'Wó', 'gbk')])).toEqual([]);
    // After a space the engine reads the run whole itself; after ASCII it is no glued tail.
    const spaced = '收件人 艁ukasz W贸jcik';
    expect(tails(spaced, [repair(spaced, '贸', 'ó', 'gbk')])).toEqual([]);
    // Before a capital or a digit: no name goes on so.
    const capital = '收件人是艁Ukasz W贸jcik';
    expect(tails(capital, [repair(capital, '贸', 'ó', 'gbk')])).toEqual([]);
  });

  it('repairs the audit rows and leaves clean halfwidth katakana and brands', () => {
    expect(repairText('这个订单的收件人是艁ukasz W贸jcik，请尽快发货。').text).toBe(
      '这个订单的收件人是Łukasz Wójcik，请尽快发货。',
    );
    expect(repairText('担当：ﾅ「kasz Wﾃｳjcik（ポーランド支店）').text).toBe(
      '担当：Łukasz Wójcik（ポーランド支店）',
    );
    for (const t of [
      '担当：ﾃｽﾄabc',
      'ｶ)ﾒﾘﾃﾞｨｱﾝ ﾌﾘｺﾐ',
      '这个App毛bug还没修好',
      '收件人是艁ukasz，请尽快发货。',
    ])
      expect(repairText(t).changed).toBe(false);
  });
});
