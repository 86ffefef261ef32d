// letterAt keeps, for each code unit past ASCII, the letter expression's answer once asked
// (V63f): every unit asked twice, the first answer filling the table and the second read from
// it, is what /\p{L}/u and the marks a letter takes (U+0300-U+036F, kana's voicing marks) say.
import { describe, expect, it } from 'vitest';
import { letterAt } from './context.js';

function letterByExpression(unit: string): boolean {
  const c = unit.charCodeAt(0);
  return /\p{L}/u.test(unit) || (c >= 0x300 && c <= 0x36f) || c === 0x3099 || c === 0x309a;
}

describe('letterAt', () => {
  it('answers as the expression for every code unit, asked twice', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}`;
      const want = letterByExpression(s.charAt(1));
      if (letterAt(s, 1) !== want || letterAt(s, 1) !== want) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('reads no letter past the text', () => {
    expect(letterAt('ab', 2)).toBe(false);
    expect(letterAt('ab', -1)).toBe(false);
  });
});
