import { describe, expect, it } from 'vitest';
import { levelIn, STANDARDS, standardFit } from './cjkStandards.js';

// The levels, by the bytes each standard's page writes, held to the standards' own counts (cjkStandards.ts
// cites the pages): GB 2312 3,755 first-level and 3,008 second-level hanzi, JIS X 0208 3,390
// second-level kanji (2,965 first-level, and "仝" among the symbols of row 1), KS X 1001 4,888
// hanja and 2,350 Hangul syllables, Big5 7,652 less frequent hanzi and the 7 of ETen's F9D6-F9DC.

/** Per standard, how many code points of the Han blocks (and compatibility ideographs) sit at each level. */
function hanLevels(s: number): [number, number] {
  const n: [number, number] = [0, 0];
  for (let cp = 0x3400; cp < 0x10000; cp++) {
    if (!((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff))) continue;
    const l = levelIn(cp, s);
    if (l === 0) n[0]++;
    else if (l === 1) n[1]++;
  }
  return n;
}

describe('cjkStandards: the national standard that writes a CJK text best', () => {
  it("holds each standard's levels as the standard counts them", () => {
    expect(STANDARDS).toEqual(['GB 2312', 'Big5', 'JIS X 0208', 'KS X 1001']);
    expect(hanLevels(0)).toEqual([3755, 3008]);
    // Big5's page writes "仝", which its less frequent block holds too, at ETen's C6DF.
    expect(hanLevels(1)[1]).toBe(7652 + 7 - 1);
    expect(hanLevels(2)).toEqual([2965 + 1, 3390]);
    expect(hanLevels(3)).toEqual([0, 4888]);
    let hangul = 0;
    for (let cp = 0xac00; cp <= 0xd7a3; cp++) if (levelIn(cp, 3) === 0) hangul++;
    expect(hangul).toBe(2350);
    // Kana are JIS X 0208's (and GB 2312's rows 4-5), halfwidth katakana JIS X 0201's only.
    expect([0, 1, 2, 3].map((s) => levelIn(0x30a2, s))).toEqual([0, 2, 0, 0]);
    expect([0, 1, 2, 3].map((s) => levelIn(0xff71, s))).toEqual([2, 2, 0, 2]);
  });

  it('scores a field in the standard that suits it best', () => {
    expect(standardFit('臺中')).toEqual({ cost: 0, whole: true }); // Big5
    expect(standardFit('鑷轰腑')).toEqual({ cost: 2, whole: false }); // traditional beside simplified
    expect(standardFit('髯ｳ鄒守軸')).toEqual({ cost: 2, whole: true }); // two of JIS's level 2
    expect(standardFit('陳美玲')).toEqual({ cost: 0, whole: true });
    expect(standardFit('蟒晁涛')).toEqual({ cost: 2, whole: true }); // two of GB 2312's level 2
    expect(standardFit('서울 12')).toEqual({ cost: 0, whole: true }); // ASCII costs nothing
    expect(standardFit('東京 さくら')).toEqual({ cost: 0, whole: true });
    expect(standardFit('乌鲁木齐')).toEqual({ cost: 0, whole: true });
  });
});
