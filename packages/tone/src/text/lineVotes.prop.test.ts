import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { SENTENCES } from '../../test/text/sentences.js';
import type { CodePage } from './codePageList.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

// A line that its own reading surely repairs to what was written is repaired so inside any text of
// such lines: what the other lines went through is no evidence about it (lineVotes.ts). Oracle: each
// line read alone.
const SENTENCE = Object.values(SENTENCES).flat();
const PAGES: readonly CodePage[] = [
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1256',
  'iso-8859-7',
  'koi8-r',
  'macintosh',
  'gbk',
  'shift_jis',
  'big5',
  'euc-kr',
];
const line = fc.record({
  sentence: fc.constantFrom(...SENTENCE),
  // undefined: the line stays clean.
  page: fc.option(fc.constantFrom(...PAGES), { nil: undefined, freq: 5 }),
});

test.prop([fc.array(line, { minLength: 2, maxLength: 6 }), fc.constantFrom('\n', '\r\n')], {
  numRuns: 500,
})(
  'each line that its own reading repairs is repaired so among other lines',
  (lines, newline) => {
    const broken: string[] = [];
    const written: string[] = [];
    for (const { sentence, page } of lines) {
      const b = page === undefined ? sentence : mojibake(sentence, page);
      // Only lines their own reading restores exactly and surely: no tie between pages, which
      // the line leaves to the text's other lines (lossy pages and ties: the engine's other
      // properties).
      const alone = repairText(b);
      if (alone.text !== sentence.normalize('NFC')) return;
      if (alone.repairs.some((r) => !r.applied || r.confidence <= 0.6)) return;
      broken.push(b);
      written.push(sentence.normalize('NFC'));
    }
    expect(repairText(broken.join(newline)).text).toBe(written.join(newline));
    // 500 runs take 4-5 s on a loaded 2-core machine: past vitest's default of 5 s now and then.
  },
  60_000,
);
