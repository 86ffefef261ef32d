import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { encoderFor } from './codePages.js';
import { japaneseKanaRun, plausibleWord } from './kanaWord.js';
import { japaneseKanaRunOracle } from './kanaWordOracle.js';
import { repairText } from './repairText.js';

// japaneseKanaRun against its oracle (kanaWordOracle.ts) on runs of halfwidth katakana before a
// full-width mark, and repairText over the family of issue #11 with five kana (T67a).

const kanaOf = (b: number): string => String.fromCharCode(0xff61 + b - 0xa1);
const anyKana = fc.integer({ min: 0xa6, max: 0xdf }).map(kanaOf);
const lead = fc.integer({ min: 0xc2, max: 0xdf }).map(kanaOf);
const cont = fc.integer({ min: 0xa6, max: 0xbf }).map(kanaOf);
const marks = [...'（）「」『』【】、。・：！？［］｛｝〈〉《》〔〕＿＼〝〟〜｟'];
const mark = fc.constantFrom(...marks);

describe('japaneseKanaRun (T67a)', () => {
  test.prop([fc.array(fc.oneof(anyKana, lead, cont), { minLength: 1, maxLength: 9 }), mark], {
    numRuns: 400,
  })('agrees with its oracle', (run, m) => {
    const c = [...(run.join('') + m)].map((x) => x.codePointAt(0) ?? 0);
    expect(japaneseKanaRun(c, 0, c.length - 1)).toBe(japaneseKanaRunOracle(run.join(''), m));
  });

  // Five kana: lead, continuation, lead, continuation, lead, then a mark the last lead's UTF-8
  // reading takes the first byte of. Changed only where the reading is a word of one language.
  test.prop(
    [
      lead,
      cont,
      lead,
      cont,
      lead,
      fc.constantFrom('（', '「', '、'),
      fc.constantFrom('', 'test）'),
    ],
    { numRuns: 300 },
  )(
    'a word of five kana before a mark changes only into a plausible word',
    (a, b, c, d, e, m, s) => {
      const t = a + b + c + d + e + m + s;
      if (!repairText(t).changed) return;
      const cps = [...(a + b + c + d + e)].map((x) => (x.codePointAt(0) ?? 0) - 0xff61 + 0xa1);
      const read = [0, 2].map(
        (k) => (((cps[k] as number) & 0x1f) << 6) | ((cps[k + 1] as number) & 0x3f),
      );
      read.push((((cps[4] as number) & 0x1f) << 6) | 1);
      expect(plausibleWord(read, encoderFor('shift_jis').encode(m.charCodeAt(0))?.[1])).toBe(true);
    },
  );
});
