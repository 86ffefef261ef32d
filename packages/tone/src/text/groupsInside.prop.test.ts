import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { brokenText, LINE_WORDS } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { EngineOptions } from './engine.js';
import { innerLayer } from './innerLayer.js';
import { groupsInside } from './readRun.js';
import { toCps } from './runParts.js';

// readDeeper does not read an inner layer of a decoded text in which no page finds a group
// (groupsInside): the layer would repair nothing there. Oracle: innerLayer itself, read afresh
// (no memo) between any neighbours, at depth 1 and 2 with readDeeper's minimum gain of 1.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const PAGES: CodePage[] = ['windows-1252', 'iso-8859-1', 'windows-1250', 'windows-1251', 'gbk'];
const WORDS = [
  ...LINE_WORDS,
  'дос',
  'авка',
  'réception',
  'четиринадесет',
  '“quoted”',
  'çš',
  '訂單',
];
const options: EngineOptions = { encoders, maxChain: 3, minGain: 1, preferCommon: true };

// Decoded texts as readers make them: clean words, mojibake once or twice, pieces of it, signs.
const piece = fc.oneof(
  fc.constantFrom(...WORDS, 'Ñ', 'Ð', 'Ã', 'Â ', ' ', '‚', '€', 'x', '?'),
  brokenText(WORDS, PAGES, { maxWords: 2, minLayers: 1 }),
  brokenText(WORDS, PAGES, { maxWords: 2, minLayers: 1 }).map((t) => [...t].slice(1).join('')),
);
const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

test.prop([text, text, text, fc.constantFrom(1, 2)], { numRuns: 400 })(
  'where no page finds a group in a decoded text, its inner layer repairs nothing',
  (decoded, before, after, depth) => {
    fc.pre([...decoded].some((c) => (c.codePointAt(0) ?? 0) > 0x7f));
    fc.pre(!groupsInside(decoded, encoders));
    const b = toCps(before).slice(-2);
    const a = toCps(after).slice(0, 2);
    const cps = [...b, ...toCps(decoded), ...a];
    const inner = innerLayer(cps, b.length, cps.length - a.length, decoded, options, depth);
    expect(inner.chain).toEqual([]);
  },
);
