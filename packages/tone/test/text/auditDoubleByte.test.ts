// The double-byte audit (issue #11, T57a): repairText on UTF-8 mis-decoded as Big5, cp950,
// EUC-KR (cp949), EUC-JP, Shift-JIS, cp932, GB18030 and GBK, in the shapes a desk meets, and on
// clean CJK that re-encodes as valid UTF-8 through another page (auditDoubleByte.ts). The texts and
// their expected forms were committed before repairText first ran on them. Figures are printed,
// by shape and by page; what the audit found and left is an `it.fails` with its reason (it turns
// red the day it is fixed: move it up then). Found on the first run: clean 63 / 66 untouched (three
// halfwidth katakana words read as Thaana marks through Shift-JIS, "ﾃﾞｰﾀ" → "ﾃްﾀ"), broken 62 / 82
// lossless rows restored (75.6%): a name or a file name broken inside a CJK field ("收件人：Se簽or
// Pe簽a，台中市") was left as a brand glued to Chinese text. Both fixed (patterns.ts, loneCjk.ts):
// clean 66 / 66, broken 75 / 82 (91.5%), under the 95%. T57d read the lone signs (five
// rows: "21 掳C 卤 0,5", "n掳12", loneSign.ts): broken 80 / 82 (97.6%). T59f read the two left, a
// name's first letter glued after CJK text ("是艁ukasz", "：ﾅ「kasz", gluedName.ts): 82 / 82.
import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/text/repairText.js';
import { DB_CLEAN, dbBroken } from './auditDoubleByte.js';

const rows = dbBroken();
const lossless = rows.filter((r) => r.lossless);

/** Lossless rows not restored exactly, each with its reason in an `it.fails` below. */
const LEFT = new Set<string>([]);

const restored = (original: string): boolean => {
  const row = lossless.find((r) => r.original === original);
  return row !== undefined && restoredAs(repairText(row.broken).text, row.original);
};

/** A repaired span is NFC (issue #11): the original or its NFC form counts as restored. */
const restoredAs = (out: string, original: string): boolean =>
  out === original || out === original.normalize('NFC');

const tally = (
  list: readonly (typeof rows)[number][],
  key: (r: (typeof rows)[number]) => string,
): string => {
  const t = new Map<string, [number, number]>();
  for (const r of list) {
    const hit = restoredAs(repairText(r.broken).text, r.original);
    const [a, b] = t.get(key(r)) ?? [0, 0];
    t.set(key(r), [a + (hit ? 1 : 0), b + 1]);
  }
  return [...t].map(([k, [a, b]]) => `  ${k}: ${a}/${b}`).join('\n');
};

describe('the double-byte audit: repairText', () => {
  it('holds at least 60 clean and 80 lossless broken texts through eight double-byte pages', () => {
    const pages = new Set(rows.flatMap((r) => r.chain));
    console.log(
      `double-byte audit: ${DB_CLEAN.length} clean, ${rows.length} broken (${lossless.length} lossless) through ${pages.size} pages`,
    );
    expect(DB_CLEAN.length).toBeGreaterThanOrEqual(60);
    expect(lossless.length).toBeGreaterThanOrEqual(80);
    expect(pages.size).toBe(8);
  });

  it('leaves every clean text untouched', () => {
    const changed = DB_CLEAN.filter((t) => repairText(t.text).changed).map((t) => t.text);
    console.log(`double-byte audit, clean: ${DB_CLEAN.length} texts; changed ${changed.length}`);
    expect(changed).toEqual([]);
  });

  it('restores at least 95% of the lossless rows exactly, all but the ones left', () => {
    const missed = lossless
      .filter((r) => !restoredAs(repairText(r.broken).text, r.original))
      .map((r) => r.original);
    const rate = (lossless.length - missed.length) / lossless.length;
    console.log(
      `double-byte audit, broken: ${rows.length} rows, ${lossless.length} lossless, restored ${lossless.length - missed.length} (${(100 * rate).toFixed(1)}%)\n` +
        `by shape:\n${tally(lossless, (r) => r.kind)}\nby page:\n${tally(lossless, (r) => r.chain.join('>'))}`,
    );
    // The issue asks 95%; none is left since T59f (97.6% after T57d).
    expect(rate).toBeGreaterThanOrEqual(0.95);
    expect(new Set(missed)).toEqual(LEFT);
  });

  it('gives back a lossy row no worse than it came', () => {
    // A page with no character for a pair wrote U+FFFD: what survived may be repaired, what was
    // lost stays lost; the text never grows.
    const lossy = rows.filter((r) => !r.lossless);
    const restored = lossy.filter((r) => restoredAs(repairText(r.broken).text, r.original));
    console.log(
      `double-byte audit, lossy (scored apart): ${lossy.length} rows, restored exactly ${restored.length}\n` +
        `by page:\n${tally(lossy, (r) => r.chain.join('>'))}`,
    );
    for (const r of lossy) {
      expect(repairText(r.broken).text.length).toBeLessThanOrEqual(r.broken.length);
    }
  });

  it('leaves halfwidth katakana with ｰ ﾞ ﾟ alone (was read as Thaana through Shift-JIS)', () => {
    // "ﾞ" (U+FF9E), "ﾟ" and "ｰ" are Script=Common: beside "ﾃ" they cost a script switch, and their
    // Shift-JIS bytes (DE B0) read as UTF-8 are Thaana's sukun, a mark that cost less. They are
    // kana now (patterns.ts); a Latin name broken through Shift-JIS is still repaired.
    for (const t of ['ﾃﾞｰﾀ', 'ﾃﾞｨｽｸ', 'ｶﾞｰﾃﾞﾝ', 'ﾃｼﾞｮﾝ', 'ﾊﾟｰﾄ ﾎﾟｲﾝﾄ', 'ｶ)ﾒﾘﾃﾞｨｱﾝ ﾌﾘｺﾐ']) {
      expect(repairText(t).changed).toBe(false);
    }
    expect(repairText('お客様名：Mﾃｼller 様').text).toBe('お客様名：Müller 様');
  });

  it('restores a name broken inside a CJK field ("收件人：Se簽or Pe簽a，台中市", was left)', () => {
    // The lone character's word ran through "：" and "，" to the Chinese around the field, and a
    // word holding clean CJK is a brand in a CJK clause ("这个App的bug"): a word now ends at a
    // segment's end (: ; | , ：；｜) and at the full-width marks that part a CJK sentence
    // (、。，！？（）「」『』【】), as the look past its spaces already did (loneCjk.ts).
    expect(restored('收件人：Señor Peña，台中市')).toBe(true);
    expect(restored('添付ファイル：Jürgen_Björk_Göteborg.xlsx')).toBe(true);
    expect(restored('主旨：Réclamation reçue（訂單 5521）')).toBe(true);
    expect(restored('回复：Ångström Ørsted 已确认')).toBe(true);
    expect(repairText('收件人:Jos茅 Mu帽oz').text).toBe('收件人:José Muñoz');
    // A brand glued to Chinese, or alone between a clause's marks with Chinese around, stays.
    for (const t of [
      '这个App毛bug还没修好',
      '收到，iPhone毛bug，还没修好',
      '型号：iPhone毛bug，还没修好',
      '「iPhone毛bug」还没修好',
    ]) {
      expect(repairText(t).changed).toBe(false);
    }
  });

  it('restores "n°12" in a file name ("n掳12", was left: "°" beside a digit ends no word)', () => {
    // loneCjk.ts leaves "掳" between "n" and "1" (a word ending in a sign); loneSign.ts reads it
    // back: no other CJK in its field, a digit beside it, and "Soci茅t茅" repaired there through
    // GBK, which writes "°" as "掳" (T57d).
    expect(restored('附件：Facture_n°12_Société.pdf')).toBe(true);
    // Without the field's own repair the Chinese of the line holds it as it is.
    expect(repairText('附件：Facture_n掳12.pdf').changed).toBe(false);
  });

  it('restores a name glued to Chinese with no separator ("是艁ukasz W贸jcik，", was left)', () => {
    // "艁" opened the name glued to "是": the run "…是艁" was read as one, the reading's switch from
    // Han to Latin ("是Ł") cost what the broken one's did ("艁u"), and "艁" gained 2, under the
    // least gain applied; "W贸jcik" alone, with Chinese after "，", was a brand in a CJK sentence.
    // Now the tail glued after CJK that the page of "贸" reads as a capital opening a name is read
    // back (gluedName.ts), and the two words pair across the Chinese they are glued to (loneCjk.ts).
    expect(restored('这个订单的收件人是Łukasz Wójcik，请尽快发货。')).toBe(true);
    expect(repairText('我的客户Jos茅 Mu帽oz已付款').text).toBe('我的客户José Muñoz已付款');
    expect(repairText('请联系艩imon Nov谩k先生').text).toBe('请联系Šimon Novák先生');
    // A name of one word has nothing beside it to vouch for it; brands glued to Chinese stay.
    for (const t of [
      '收件人是艁ukasz，请尽快发货。',
      '这个App毛bug还没修好',
      '这个 iPhone毛bug 和App毛bug还没修好',
      '这个App毛bug 和iPad毛bug还没修好',
    ]) {
      expect(repairText(t).changed).toBe(false);
    }
  });

  it('restores "Ł" through Shift-JIS when its second byte took the next letter ("ﾅ「kasz", was left)', () => {
    // C5 81 75: "ﾅ" (C5), then 81 75 is one double-byte character, "「", holding the "u". The
    // reading gained 1, under the least applied gain (3); "Wﾃｳjcik" beside it, repaired through
    // Shift-JIS, vouches for it now (gluedName.ts), at a tie's confidence.
    expect(restored('担当：Łukasz Wójcik（ポーランド支店）')).toBe(true);
    const r = repairText('担当：ﾅ「kasz Wﾃｳjcik（ポーランド支店）');
    expect(r.repairs.map((x) => [x.before, x.after, x.confidence])).toEqual([
      ['ﾅ「', 'Łu', 0.53],
      ['ﾃｳ', 'ó', 0.86],
    ]);
    // Halfwidth katakana glued to Latin letters with no repair beside them stay.
    expect(repairText('担当：ﾅ「kasz（ポーランド支店）').changed).toBe(false);
    expect(repairText('ｶ)ﾒﾘﾃﾞｨｱﾝ「test」').changed).toBe(false);
    for (const t of ['担当：ﾃｽﾄabc Wﾃｳjcik', '品名：ﾊﾟｰﾄmax Wﾃｳjcik']) {
      expect(repairText(t).text).toBe(t.replace('ﾃｳ', 'ó'));
    }
  });

  it('restores lone signs read as one common Han each ("21 掳C 卤 0,5", was below the least gain)', () => {
    // "°", "±", "£", "½", "©", "¥" and "×" through GBK, Big5 or EUC-JP are one common Han
    // character each between ASCII: each reading gains 1-2, under `minGain` 3. Read back when the
    // text holds no other CJK and a digit stands beside each (loneSign.ts, T57d).
    for (const t of [
      'Temperature: 21 °C ± 0,5 °C',
      'Price: 12 £ ± 0,5 ° ½',
      '© 2026 Meridian ¥980',
      '21 °C × 2 ± 1',
    ]) {
      expect(restored(t)).toBe(true);
    }
  });
});
