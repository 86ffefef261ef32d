import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { brokenText, LINE_WORDS, runsOf } from '../../test/text/arbitraries.js';
import { SENTENCES } from '../../test/text/sentences.js';
import { CHECK_UNITS } from './budget.js';
import type { CodePage } from './codePageList.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { readString } from './engine.js';
import { mojibake } from './mojibake.js';
import { possiblePages } from './pageMasks.js';
import { readRun, tally } from './readRun.js';
import { toCps } from './runParts.js';
import { withSecondPass } from './secondPass.js';
import { withSloppyStretches } from './sloppyStretch.js';

// repairText's `complete` is the budget's `short`, unset: it must never say "read whole" of a
// reading the budget cut short. Oracle: the same reading with a budget that never runs out.
const encoders = DEFAULT_PAGES.map(encoderFor);
const PAGES: readonly CodePage[] = ['windows-1252', 'windows-1251', 'gbk', 'shift_jis', 'koi8-r'];

/** repairText's three passes with `budget`. */
function pipeline(text: string, budget: { left: number; short?: boolean }) {
  const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true, budget };
  const first = readString(text, options, 0);
  const second = withSecondPass(first.cps, first.proposals, options);
  return withSloppyStretches(first.cps, second, options);
}

const part = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.values(SENTENCES).flat()), fc.constantFrom(...PAGES))
    .map(([s, page]) => mojibake(s, page)),
  fc.constantFrom(...Object.values(SENTENCES).flat()),
  fc.constantFrom('Ã', 'Ã© Ã¨', 'Â ', 'â€œ', '?'),
);

test.prop([fc.array(part, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 4_000 })])(
  'a reading the budget did not cut short is the reading without a budget',
  (parts, left) => {
    const text = parts.join(' ');
    const budget: { left: number; short?: boolean } = { left };
    const proposals = pipeline(text, budget);
    if (budget.short) return;
    expect(proposals).toEqual(pipeline(text, { left: Number.POSITIVE_INFINITY }));
  },
);

// The charge of a run's reading (budget.ts): each page the masks let read it is charged its
// characters when it reads the run's groups, CHECK_UNITS of them when it only compares the run with
// another page's reading. One layer (maxChain 1: no inner layer, no page left alike or far behind):
// between a quarter and a whole unit a character for each such page, and at least one page reads.
const one = { encoders, maxChain: 1, minGain: 3, preferCommon: true };
test.prop([
  brokenText(LINE_WORDS, [...PAGES, 'iso-8859-1', 'euc-kr'], { maxWords: 4, minLayers: 1 }),
])(
  "a run's reading is charged a whole unit a character for a page that reads it, a quarter for one that compares",
  (text) => {
    const cps = toCps(text);
    for (const [start, end] of runsOf(cps)) {
      const pages = possiblePages(cps, start, end, encoders);
      let n = 0;
      for (let i = 0; i < encoders.length; i++) if (pages & (1 << i)) n++;
      const before = tally.units;
      readRun(cps, start, end, one, 0);
      const units = tally.units - before;
      const length = end - start;
      expect(units).toBeLessThanOrEqual(length * n);
      expect(units).toBeGreaterThanOrEqual(length * n * CHECK_UNITS);
      if (n > 0) expect(units).toBeGreaterThanOrEqual(length);
    }
  },
);
