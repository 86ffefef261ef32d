import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { brokenText, LINE_WORDS } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, decodeWith, encoderFor } from './codePages.js';
import type { EngineOptions, MemoEntry, PageReading } from './engine.js';
import { readRun, tally } from './readRun.js';
import { toCps } from './runParts.js';

// innerLayer.ts replays an inner reading made before, with the work it did, from a map kept
// beside the memo. Oracle: the same run read without a memo, every inner layer read afresh by
// repairString. The memo is shared by every case, so that later cases meet texts earlier ones
// left there (the same decoded text beside other neighbours, and beside the same ones).

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const PAGES: CodePage[] = ['windows-1252', 'iso-8859-15', 'windows-1250', 'windows-1251', 'gbk'];
const WORDS = [...LINE_WORDS, 'réception', 'vérifié', 'четиринадесет', 'Благодарим', '“quoted”'];

// Mostly two layers deep (what the inner layers are for), some three, beside any neighbours.
const twice = brokenText(WORDS, PAGES, { maxWords: 3, minLayers: 2 });
const thrice = twice.map((t) => decodeWith(new TextEncoder().encode(t), 'windows-1252'));
const text = fc
  .array(fc.oneof(twice, thrice, fc.constantFrom(...WORDS, 'Ã', 'Â ', '?', 'a')), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.join(''));

function runsOf(cps: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < cps.length; ) {
    if ((cps[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && (cps[j] ?? 0) >= 0x80) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** A run's readings and the work they were charged (tally units). */
function read(cps: readonly number[], start: number, end: number, options: EngineOptions) {
  const before = tally.units;
  const readings = readRun(cps, start, end, options, 0);
  const plain = readings.map((r: PageReading) => ({ ...r, page: r.page.page }));
  return { readings: plain, units: tally.units - before };
}

const memo = new Map<string, MemoEntry>();
const options = (withMemo: boolean): EngineOptions => ({
  encoders,
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
  ...(withMemo ? { memo } : {}),
});

test.prop([text], { numRuns: 120 })(
  'an inner reading replayed is the reading made afresh, charged the same work',
  (t) => {
    const cps = toCps(t);
    for (const [start, end] of runsOf(cps)) {
      const fresh = read(cps, start, end, options(false));
      // Twice: the second time every inner layer of the run is replayed.
      expect(read(cps, start, end, options(true))).toEqual(fresh);
      expect(read(cps, start, end, options(true))).toEqual(fresh);
    }
  },
);
