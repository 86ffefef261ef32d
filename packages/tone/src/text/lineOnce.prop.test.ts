import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText, LINE_WORDS } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type EngineOptions, type MemoEntry, repairCodePoints } from './engine.js';
import { toCps } from './runParts.js';

// repairCodePoints reads a line met again once per call (engine.ts's SeenLine): its votes, budget
// charges and repairs are those of its first reading, copied. The engine given no source text
// (a text with surrogate pairs) reads every line, so it is the oracle: the same proposals, the
// same budget left, the same verdict on it, whatever lines repeat, however the budget ends.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const PAGES: CodePage[] = [
  'windows-1252',
  'gbk',
  'windows-1251',
  'shift_jis',
  'euc-kr',
  'macintosh',
  'koi8-r',
];
// A line: mojibake, clean text, mojibake beside clean text, or nothing, with ASCII around it.
const line = fc.oneof(
  brokenText(LINE_WORDS, PAGES, { maxWords: 3, minLayers: 1 }),
  fc.constantFrom('', 'ok', 'Größe 42 — €5', 'Спасибо за заказ', '感谢您的耐心', 'Ã', 'â€', 'Ã© Ã'),
  fc
    .tuple(
      brokenText(LINE_WORDS, PAGES, { maxWords: 2, minLayers: 1 }),
      fc.constantFrom(...LINE_WORDS),
    )
    .map(([a, b]) => `${b}: ${a}.`),
);
// Texts of a few distinct lines, each repeated, joined by any break.
const text = fc
  .tuple(
    fc.array(line, { minLength: 1, maxLength: 4 }),
    fc.array(fc.nat(), { minLength: 2, maxLength: 14 }),
    fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n'), { minLength: 14, maxLength: 14 }),
  )
  .map(([lines, picks, breaks]) =>
    picks.map((k, i) => (lines[k % lines.length] ?? '') + (breaks[i] ?? '\n')).join(''),
  );

function read(t: string, left: number, source: string | undefined) {
  const budget = { left, short: false };
  const options: EngineOptions = {
    encoders,
    maxChain: 3,
    minGain: 3,
    preferCommon: true,
    memo: new Map<string, MemoEntry>(),
    budget,
  };
  const proposals = repairCodePoints(toCps(t), options, 0, source);
  return { proposals, left: budget.left, short: budget.short };
}

describe('a line met again in one call', () => {
  test.prop([text, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 40 })], {
    numRuns: 300,
  })(
    'reads as it did the first time, budget included',
    (t, left, short) => {
      const whole = read(t, 1e9, t);
      expect(whole).toEqual(read(t, 1e9, undefined));
      expect(read(t, left, t)).toEqual(read(t, left, undefined));
      // A budget that runs out in the last lines read, where lines repeat most.
      const end = 1e9 - whole.left - short;
      expect(read(t, end, t)).toEqual(read(t, end, undefined));
    },
    60_000,
  );

  test('a repeated line is read once', () => {
    const t = `${'obsÅ‚ugi Ã© Спасибо\n'.repeat(50)}end`;
    const memo = new Map<string, MemoEntry>();
    const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true, memo };
    const lookups = { n: 0 };
    const get = memo.get.bind(memo);
    memo.get = (k: string) => {
      lookups.n++;
      return get(k);
    };
    repairCodePoints(toCps(t), options, 0, t);
    // The first two lines' runs (the first line has no break before it), then none.
    expect(lookups.n).toBeLessThan(10);
  });
});
