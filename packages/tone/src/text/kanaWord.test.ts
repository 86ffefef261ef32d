import { describe, expect, it } from 'vitest';
import { encoderFor } from './codePages.js';
import { isFullMark, isHalfKana, japaneseKanaRun, plausibleWord } from './kanaWord.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

const cps = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? 0);
/** japaneseKanaRun of a run of kana and the mark after it. */
const japanese = (s: string): boolean => {
  const c = cps(s);
  return japaneseKanaRun(c, 0, c.length - 1);
};

/**
 * The family of issue #11 (T67a): every halfwidth katakana word of three kana (a lead byte C2-DF,
 * a kana continuation byte A6-BF, a lead) before "（", "「" or "、", whose Shift-JIS bytes are
 * valid UTF-8 (the mark's first byte, 0x81, continues the last lead). Two or four kana leave the
 * 0x81 with no lead; five are a sample in kanaWord.prop.test.ts.
 */
function family(): string[] {
  const kana = (b: number): string => String.fromCharCode(0xff61 + b - 0xa1);
  const out: string[] = [];
  for (let a = 0xc2; a <= 0xdf; a++)
    for (let b = 0xa6; b <= 0xbf; b++)
      for (let c = 0xc2; c <= 0xdf; c++)
        for (const m of '（「、') out.push(kana(a) + kana(b) + kana(c) + m);
  return out;
}

describe('a halfwidth katakana word before a full-width mark (T67a, #11)', () => {
  it('leaves "ﾃｽﾄ（test）" as it is, alone, in a sentence and cut after the bracket', () => {
    for (const t of ['ﾃｽﾄ（test）', 'こんにちは ﾃｽﾄ（test）', 'ﾃｽﾄ（', 'ｶﾞｲﾄﾞ（ﾃｽﾄ）、ﾃｽﾄ「ok」'])
      expect(repairText(t)).toMatchObject({ text: t, changed: false });
  });

  it('still reads back Latin words whose Shift-JIS reading is kana glued to a mark', () => {
    // "ļā" is Latvian ("atļāva": "atﾄｼﾄ」a"); "«Á" opens a Spanish quotation; one kana is a name.
    for (const t of ['atļāva', 'ļāva mums', 'kaļām', '«Ángel»', 'Ávila', 'Łukasz'])
      expect(repairText(mojibake(t, 'shift_jis')).text).toBe(t);
  });

  it('damages none of the family but readings that are words of one language (310 on main)', () => {
    const all = family();
    expect(all.length).toBe(70_200);
    const damaged = all.filter((t) => repairText(t).changed);
    // Left: a capital or a sign that opens a word before "Á", "ā" or "Ł" ("«āi", "Ķāi", "ŽÁA"),
    // which Latvian, Polish, Czech or a quotation write as the kana's bytes read.
    expect(damaged.length).toBeLessThanOrEqual(60);
    const sjis = encoderFor('shift_jis');
    for (const t of damaged) {
      const c = cps(t);
      const mark = sjis.encode(c[3] as number) ?? [];
      const lead = (k: number): number => (c[k] as number) - 0xff61 + 0xa1;
      const read = [((lead(0) & 0x1f) << 6) | (lead(1) & 0x3f), ((lead(2) & 0x1f) << 6) | 1];
      expect(plausibleWord(read, mark[1])).toBe(true);
    }
  });

  it('judges a run by its UTF-8 reading', () => {
    expect(japanese('ﾃｽﾄ（')).toBe(true); // "ýā": Czech and Latvian letters in one word
    expect(japanese('ﾄｼﾄ」')).toBe(false); // "ļā": Latvian
    expect(japanese('ﾂｫﾃ］')).toBe(false); // "«Á"
    expect(japanese('ﾐｦﾐ（')).toBe(true); // "ЦЁ" glued to the "i" the bracket took
    expect(japanese('ﾃ」')).toBe(false); // one kana: "Á" ("Ávila")
    expect(japanese('ｱｲ（')).toBe(true); // "ｲ" (0xB2) leads no sequence
    expect(japanese('ﾃｽﾄ〜')).toBe(true); // "〜" has no Shift_JIS bytes
    expect(japanese('ｽﾄ（')).toBe(false); // "ｽ" left over: "ā" alone
  });

  it('calls no word plausible with a Latin letter no alphabet of letterFit writes ("ư", "ʲ")', () => {
    // "ﾆｰﾄ（test）" (ニート, NEET) is C6 B0 C4 81 69: "ưāi", which misfits (ß-ſ only) let by and
    // the word was rewritten; "ﾊｲ" (ハイ) before a mark reads "ʲ", a modifier letter.
    expect(plausibleWord(cps('ưā'))).toBe(false);
    expect(plausibleWord(cps('ʲā'))).toBe(false);
    expect(japanese('ﾆｰﾄ（')).toBe(true);
    expect(repairText('ﾆｰﾄ（test）')).toMatchObject({ text: 'ﾆｰﾄ（test）', changed: false });
    // Letters of one alphabet still read ("ļā", Latvian).
    expect(plausibleWord(cps('ļā'))).toBe(true);
  });

  it('names the kana and the marks', () => {
    expect(['ｦ', 'ﾃ', 'ﾟ', 'ｰ'].every((c) => isHalfKana(c.charCodeAt(0)))).toBe(true);
    expect(['｡', '｢', 'テ', 'a'].some((c) => isHalfKana(c.charCodeAt(0)))).toBe(false);
    expect(['（', '「', '、', '。', '〝', '・'].every((c) => isFullMark(c.charCodeAt(0)))).toBe(
      true,
    );
    expect(['Ａ', '１', '＋', '　', '｢'].some((c) => isFullMark(c.charCodeAt(0)))).toBe(false);
  });

  it('calls a word plausible in one script and one alphabet', () => {
    expect(plausibleWord(cps('ļā'))).toBe(true);
    expect(plausibleWord(cps('ýā'))).toBe(false);
    expect(plausibleWord(cps('«Á'))).toBe(true);
    expect(plausibleWord(cps('۵Ł'))).toBe(false);
    expect(plausibleWord(cps('ас'), 0x5d)).toBe(true);
    expect(plausibleWord(cps('ас'), 0x69)).toBe(false);
    expect(plausibleWord(cps('«'))).toBe(false);
  });
});
