import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { repairText } from './repairText.js';
import { twiceField } from './twiceField.js';

// A short Latin field broken twice, a letter through a double-byte page then a single-byte one,
// read back through both (twiceField.ts, T69e): the field audit kept six such rows and read one
// wrong ("Tea 100 g ç¹š organic" came back "繚", Big5's "·", read one layer down).

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));

/** `field`'s UTF-8 read through `inner`, that text's UTF-8 read through `outer`. */
const twice = (field: string, inner: string, outer: string): string =>
  iconv.decode(Buffer.from(iconv.decode(Buffer.from(field, 'utf8'), inner), 'utf8'), outer);

describe('twiceField: a Latin field broken through a double-byte page, then a single-byte one', () => {
  it('reads the field audit rows back through both pages (were kept, one wrong)', () => {
    for (const [broken, field, inner] of [
      ['Bodé…¶', 'Bodø', 'gbk'],
      ['Bodç¹ª', 'Bodø', 'big5'],
      ['Umeç–‡', 'Umeå', 'big5'],
      ['Wrocè‰‚aw', 'Wrocław', 'gbk'],
      ['Xagè—¹ra', 'Xagħra', 'big5'],
      ['Mç“£kinen Vç“£inç¹¹', 'Mäkinen Väinö', 'big5'],
      ['Tea 100 g è·¯ organic', 'Tea 100 g · organic', 'gbk'],
      ['Tea 100 g ç¹š organic', 'Tea 100 g · organic', 'big5'],
    ] as const) {
      expect(twice(field, inner, 'windows-1252')).toBe(broken);
      const r = repairText(broken);
      expect(r.text).toBe(field);
      expect(r.repairs.every((x) => x.applied && x.chain.join() === `windows-1252,${inner}`)).toBe(
        true,
      );
    }
  });

  it('gives each stretch with both pages', () => {
    const gbk = encoders.findIndex((e) => e.page === 'gbk');
    const w1252 = encoders.findIndex((e) => e.page === 'windows-1252');
    expect(twiceField('Bodé…¶', encoders)).toEqual([
      { at: 3, end: 6, after: 'ø', outer: w1252, page: gbk },
    ]);
  });

  it('leaves a CJK character broken once where its twice reading is a letter apart', () => {
    // "毛" through Windows-1252 is "æ¯›"; through GBK then Windows-1252 it would be "ë" standing
    // alone, no word's: the engine's one-layer reading stands.
    expect(twiceField('iPhone æ¯› case', encoders)).toEqual([]);
    expect(repairText('iPhone æ¯› case').text).toBe('iPhone 毛 case');
    // A sign glued to a word is no sign apart, a letter apart no letter of a word.
    expect(twiceField('Teaè·¯organic', encoders)).toEqual([]);
  });

  it('asks nothing of a field with a stretch that is not two layers of UTF-8', () => {
    for (const t of ['Café', 'Bodø', 'Bodé…¶ Café', 'Ørsted', 'é…¶', 'Bodé…¶\nok']) {
      expect(twiceField(t, encoders)).toEqual([]);
    }
    // Longer than a field.
    expect(twiceField(`Bodé…¶ ${'x'.repeat(40)}`, encoders)).toEqual([]);
  });
});
