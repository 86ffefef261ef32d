import { describe, expect, it } from 'vitest';
import { charInfo, FINAL, INITIAL } from './charClass.js';

// The cost model's two lists of punctuation (cost.ts pairCost), as it states them: what may follow
// a letter and what may precede one in clean text. charInfo carries them as two bits of a class.
const FINAL_OK = '’”»›…–—‐‑‒·•‧¹²³%‰′″׳״،؛؟٪۔։՝՞՜՛';
const INITIAL_OK = '‘’“„‚«‹¿¡–—‐‑·•…£€¥₹₽₺₩₪₫¢$#@';

describe('charInfo', () => {
  it('marks exactly the listed characters FINAL and INITIAL, over the whole BMP', () => {
    const finals = new Set([...FINAL_OK].map((c) => c.codePointAt(0)));
    const initials = new Set([...INITIAL_OK].map((c) => c.codePointAt(0)));
    const wrong: number[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      const info = charInfo(cp);
      if (
        ((info & FINAL) !== 0) !== finals.has(cp) ||
        ((info & INITIAL) !== 0) !== initials.has(cp)
      )
        wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });
});
