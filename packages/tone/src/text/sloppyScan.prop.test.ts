import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CODE_PAGES, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { repairString } from './engine.js';
import { mojibake } from './mojibake.js';
import { toCps } from './runParts.js';
import { mayReadSloppy, maySloppyIn } from './sloppyScan.js';

/** maySloppyIn's answers: nothing to read; a lost byte only (charged, not read); may read. */
const MAY = { no: 0, charge: 1, read: 2 } as const;

import { withSloppyStretches } from './sloppyStretch.js';

// The scan only rules the sloppy reading out; withSloppyStretches (read every stretch, restore
// 0xA0, decode) decides. Whenever the scan says no, the reading must add nothing to the engine's.

const words = [
  'Größe',
  'été à',
  'où',
  'Спасибо',
  'υπομονή',
  '感谢',
  'ありがとう',
  '€ 5',
  '⚠ ok',
  '⠀',
  'Ø',
];
const fragment = fc.oneof(
  fc.constantFrom(...words),
  fc
    .tuple(fc.constantFrom(...words), fc.constantFrom(...CODE_PAGES))
    .map(([w, p]) => mojibake(w, p)),
  fc
    .tuple(fc.constantFrom(...words), fc.constantFrom('windows-1252', 'iso-8859-1'))
    .map(([w, p]) => mojibake(mojibake(w, p), p)),
  fc.constantFrom('â €', 'Ã ', 'Â ', 'âš ', 'ï¸', 'â€?', 'Ã?', 'Ð ', 'ð Ÿ', 'Ã  la', 'Ã©'),
  fc.string({
    unit: fc.integer({ min: 0x80, max: 0x2200 }).map((c) => String.fromCharCode(c)),
    maxLength: 3,
  }),
);
const text = fc
  .tuple(fc.array(fragment, { maxLength: 6 }), fc.constantFrom(' ', '', '?', ' ? ', '  '))
  .map(([parts, gap]) => parts.join(gap));
const engine = {
  encoders: DEFAULT_PAGES.map((p) => encoderFor(p)),
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
};

describe('mayReadSloppy', () => {
  test.prop([text], { numRuns: 400 })(
    'is true wherever the sloppy reading adds a proposal',
    (s) => {
      if (mayReadSloppy(s)) return;
      const first = repairString(s, engine, 0);
      expect(withSloppyStretches(first.cps, first.proposals, engine)).toEqual(first.proposals);
    },
  );

  test.prop([fc.constantFrom('â €', 'Ã ', 'âš ', 'Ã©', 'â€œ')])(
    'sees the shapes it is for',
    (s) => {
      expect(mayReadSloppy(`x ${s} y`)).toBe(true);
    },
  );
});

describe('maySloppyIn', () => {
  // The same rule over code points (a stretch of sloppyStretch.ts): characters above U+FFFF, read
  // as one code point instead of two surrogates, change nothing.
  test.prop(
    [
      fc.oneof(
        text,
        text.map((s) => s.replaceAll('Ø', '😀')),
      ),
    ],
    { numRuns: 400 },
  )("answers over a text's code points what mayReadSloppy answers over its string", (s) => {
    const cps = toCps(s);
    expect(maySloppyIn(cps, 0, cps.length) !== MAY.no).toBe(mayReadSloppy(s));
  });
});

describe('maySloppyIn, a lost byte', () => {
  // U+FFFD is the sloppy page's LOST_BYTE, no lead and no continuation byte: alone it makes a
  // stretch charged, not read; beside a lead and a continuation byte the stretch is read.
  test.each([
    ['鎰熻阿\ufffd', MAY.charge],
    ['\ufffd', MAY.charge],
    ['Ã\ufffd', MAY.charge],
    ['\ufffd©', MAY.charge],
    ['Ã©\ufffd', MAY.read],
    ['Ã \ufffd', MAY.read],
    ['\u0081\ufffd', MAY.read],
    ['鎰熻阿', MAY.no],
  ])('%s answers %s', (s, may) => {
    const cps = toCps(s);
    expect(maySloppyIn(cps, 0, cps.length)).toBe(may);
  });
});
