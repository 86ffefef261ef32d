import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { loneSigns } from './loneSign.js';
import { loneSignsOracle } from './loneSignOracle.js';

// loneSigns against its oracle (loneSignOracle.ts), on texts of ASCII digits, letters, spaces,
// line and field ends, the Han and Hangul characters that are signs through some page ("掳" is
// "°" through GBK, "翻" "½" through Big5, "息" "©" through EUC-JP, "째" "°" through EUC-KR, "첨"
// "÷", "짤" "©", "쨉" "µ"), brackets, others
// that are not ("毛", "第", "号"), kana and an astral Han; with spans of applied repairs.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const pieces = fc.constantFrom(
  ...'0123456789 aCn_.,:;\n\t：，'.split(''),
  ...'掳卤脳陆楼瞿簣簞翻息促째짹첨짤쨉梅漏碌毛第号区の𠀋(['.split(/(?:)/u),
);
const text = fc.array(pieces, { maxLength: 24 }).map((p) => p.join(''));
const spans = fc.array(
  fc.tuple(
    fc.nat(24),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: -1, max: encoders.length - 1 }),
  ),
  { maxLength: 3 },
);

/** Spans in order without overlaps, as a pass's applied repairs are. */
const ordered = (s: [number, number, number][]): number[] => {
  const out: number[] = [];
  for (const [at, len, page] of [...s].sort((a, b) => a[0] - b[0]))
    if (out.length === 0 || at >= (out[out.length - 2] as number)) out.push(at, at + len, page);
  return out;
};

test.prop([text, spans], { numRuns: 2000 })('loneSigns agrees with its oracle', (t, s) => {
  const applied = ordered(s);
  expect(loneSigns(t, encoders, () => applied)).toEqual(loneSignsOracle(t, encoders, applied));
});

test.prop([text])('a sign is read only where the text held one lone CJK character', (t) => {
  for (const s of loneSigns(t, encoders)) {
    expect(t.charCodeAt(s.at)).toBeGreaterThanOrEqual(0x1100);
    expect(s.sign.charCodeAt(0)).toBeLessThan(0x100);
  }
});
