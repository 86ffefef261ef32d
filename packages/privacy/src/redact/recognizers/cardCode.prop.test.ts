// mayEndLabel asks whether a word's last unit is one a label's last word ends with (LAST_UNITS)
// before it cuts and lowers the word (T68b): it must answer as the reading it stands for, the
// word lowered and looked up whatever its script (the ASCII test alone, as before).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LAST_ENDINGS, LAST_UNITS, LAST_WORDS, mayEndLabel } from './cardCode.js';

/** Whether `c` is a separator between a label and its digits (cardCode.ts labelGap). */
function gap(c: string): boolean {
  return ' \t:：=#-.'.includes(c);
}

/** Whether `c` is part of a word (cardCode.ts wordUnit). */
function wordChar(c: string): boolean {
  const u = c.charCodeAt(0);
  return /[0-9A-Za-z]/.test(c) || (u >= 0x80 && c !== '：');
}

/** The plain reading: the word before `start` (past its gap) lowered, looked up. */
function plainMayEnd(s: string, start: number): boolean {
  let end = start;
  while (end > 0 && start - end < 6 && gap(s.charAt(end - 1))) end--;
  let from = end;
  while (from > 0 && end - from < 24 && wordChar(s.charAt(from - 1))) from--;
  if (from === end) return false;
  const word = s.slice(from, end).toLowerCase();
  return LAST_WORDS.has(word) || LAST_ENDINGS.test(word);
}

// The label words, their endings, and near misses, in any case, with units of other scripts.
const word = fc.oneof(
  fc.constantFrom(...LAST_WORDS, 'CVV', 'Nr', 'КОД', 'НОМЕР', 'İS', 'NÚMERO', 'ÈST', 'İ', 'Σ'),
  fc.constantFrom(
    '安全码',
    'CVV码',
    'セキュリティコード',
    '보안코드',
    'CVC번호',
    '番号',
    'コード',
    'in',
    'of',
  ),
  fc
    .array(fc.constantFrom(...'cvdeoisntmaкодنمتيةوèé码ドィ호드ΣİKİ2x9'), {
      minLength: 1,
      maxLength: 8,
    })
    .map((u) => u.join('')),
);
const text = fc
  .tuple(
    fc.constantFrom('', 'my ', 'Your card ', '카드 ', 'البطاقة '),
    word,
    fc.constantFrom('', ' ', ': ', '：', ' = ', ' #', '-'),
  )
  .map(([a, w, g]) => `${a}${w}${g}`);

describe('mayEndLabel reads the last unit first, as the lowered word reads', () => {
  test.prop([text])('generated words before a run', (t) => {
    expect(mayEndLabel(`${t}123`, t.length)).toBe(plainMayEnd(`${t}123`, t.length));
  });

  it('every unit: none outside LAST_UNITS ends a word that lowers to a label word', () => {
    const heads = [...LAST_WORDS, '安全', 'CVV', 'セキュリティコー', '보안코', 'CVC번'].map((w) =>
      LAST_WORDS.has(w) ? w.slice(0, -1) : w,
    );
    const missed: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      // (A gap's unit is read past, to the word before it: not a word's last.)
      const c = String.fromCharCode(u);
      if (LAST_UNITS.has(u) || (u >= 0xd800 && u <= 0xdfff) || gap(c)) continue;
      for (const head of heads) {
        const s = `${head}${c}`;
        if (plainMayEnd(s, s.length)) missed.push(s);
      }
    }
    expect(missed).toEqual([]);
  });

  it('a word of another script that ends no label is not cut (the bench: Japanese, Arabic, Hindi)', () => {
    expect(LAST_UNITS.has('号'.charCodeAt(0))).toBe(false);
    expect(mayEndLabel('番号 123', 3)).toBe(false);
    expect(mayEndLabel('安全码 741', 4)).toBe(true);
    expect(mayEndLabel('КОД 741', 4)).toBe(true);
  });
});
