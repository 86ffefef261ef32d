import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { brokenText, LINE_WORDS, runsOf } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, decodeWith, encoderFor } from './codePages.js';
import { type EngineOptions, type MemoEntry, type PageReading, repairString } from './engine.js';
import { innerLayer, leavesAlphabet } from './innerLayer.js';
import { readRun, tally } from './readRun.js';
import { ctxOf, toCps } from './runParts.js';

// innerLayer.ts reads an inner layer in place without its proposals, and replays a reading made
// before, with the work it did, from a map kept beside the memo. Oracle: repairString with the
// span's context, read afresh. The memo is shared by every case, so that later cases meet texts
// earlier ones left there (the same decoded text beside other neighbours, and beside the same ones).

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

/** A run's readings and the work they were charged (tally units). */
function read(cps: readonly number[], start: number, end: number, options: EngineOptions) {
  const before = tally.units;
  const readings = readRun(cps, start, end, options, 0);
  const plain = readings.map((r: PageReading) => ({ ...r, page: r.page.page }));
  return { readings: plain, units: tally.units - before };
}

const memo = new Map<string, MemoEntry>();
const options = (withMemo: boolean, minGain = 3): EngineOptions => ({
  encoders,
  maxChain: 3,
  minGain,
  preferCommon: true,
  ...(withMemo ? { memo } : {}),
});

test.prop([text, text, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 2 })], { numRuns: 200 })(
  'an inner layer reads its text as repairString does between the same neighbours',
  (outer, decoded, a, b, depth) => {
    const cps = toCps(outer);
    const start = a % (cps.length + 1);
    const end = start + (b % (cps.length - start + 1));
    const before = tally.units;
    const ctx = ctxOf(cps, start, end);
    const simple = repairString(decoded, options(false, 1), depth, ctx);
    const units = tally.units - before;
    // Less the readings that take a word of a page's alphabet out of it (leavesAlphabet).
    const all = [...ctx.before, ...simple.cps, ...ctx.after];
    const at = ctx.before.length;
    let text = '';
    let k = 0;
    let chain: readonly string[] = [];
    for (const p of simple.proposals) {
      const page = encoders.find((e) => e.page === p.chain[0]);
      if (!p.applied || leavesAlphabet(all, p.start + at, p.end + at, p.after, page)) continue;
      text += String.fromCodePoint(...simple.cps.slice(k, p.start)) + p.after;
      k = p.end;
      if (chain.length === 0) chain = p.chain;
    }
    const kept = k === 0 ? decoded : text + String.fromCodePoint(...simple.cps.slice(k));
    const expected = { text: kept, chain, units };
    expect(innerLayer(cps, start, end, decoded, options(false, 1), depth)).toEqual(expected);
    // Made, then replayed from the memo's map.
    expect(innerLayer(cps, start, end, decoded, options(true, 1), depth)).toEqual(expected);
    const again = tally.units;
    expect(innerLayer(cps, start, end, decoded, options(true, 1), depth)).toEqual(expected);
    expect(tally.units - again).toBe(units);
  },
);

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
