import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { mojibake } from './mojibake.js';
import { SIMPLIFIED_ONLY } from './ownScript.js';
import { repairText } from './repairText.js';

// Armenian through GBK (ownScript.ts): a message comes back whole or not at all. Its long words,
// whose rare Han outweigh their letters, were repaired and its short words left as common Han:
// half a message in two scripts, which a reader can neither read nor search.

const LOWER = [...'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև'];
const word = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...LOWER), { minLength: 1, maxLength: 14 }))
  .map(
    ([capital, a]) => (capital ? (a[0] ?? '').toUpperCase() : (a[0] ?? '')) + a.slice(1).join(''),
  );
const message = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 12 }),
    fc.array(fc.constantFrom(' ', ', ', ' ', '։ '), { minLength: 12, maxLength: 12 }),
  )
  .map(([words, gaps]) => words.map((w, k) => (k === 0 ? w : `${gaps[k] ?? ' '}${w}`)).join(''));

describe('Armenian through GBK', () => {
  test.prop([message, fc.constantFrom('gbk', 'gb18030')], { numRuns: 150 })(
    'comes back whole or stays as it was',
    (text, page) => {
      const r = repairText(mojibake(text, page));
      if (r.changed) expect(r.text).toBe(text);
    },
  );

  // Letters GBK writes with its additions outside GB 2312 (UTF-8 D5 80-A0, D6 80-8A): the
  // capitals from "Հ", the signs, and "ր ց ւ փ ք օ ֆ և ։" (wholeOwnScript's evidence).
  const rare = (t: string): number =>
    Array.from(t).filter(
      (c) => (c >= '\u0540' && c <= '\u0560') || (c >= '\u0580' && c <= '\u058a'),
    ).length;
  test.prop([message, fc.constantFrom('gbk', 'gb18030')], { numRuns: 150 })(
    'comes back whole when it holds two letters GBK writes outside GB 2312 and no standard writes it, its words short or long',
    (text, page) => {
      // ... and a letter GBK writes as a simplified form Big5 lacks (no standard writes it whole).
      fc.pre(rare(text) >= 2 && [...mojibake(text, page)].some((c) => SIMPLIFIED_ONLY.includes(c)));
      expect(repairText(mojibake(text, page)).text).toBe(text);
    },
  );
});
