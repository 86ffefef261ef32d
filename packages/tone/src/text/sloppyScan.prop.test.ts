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
    // Broken once through Windows-1252: a sequence, and no piece that needs a step (charged).
    ['Ã¶ÃŸ', MAY.charge],
    ['Ã©Ã© ', MAY.charge],
    ['â€™', MAY.charge],
    ['Ã¼ber Ã©tÃ©', MAY.charge],
    // Twice ("Ã" and a continuation before "Â"), a 0xA0 after a longer lead's continuation, '?'.
    ['ÃƒÂ©', MAY.read],
    ['Ã¢â‚¬', MAY.read],
    ['â€ ', MAY.read],
    ['Ã©?Ã', MAY.read],
  ])('%s answers %s', (s, may) => {
    const cps = toCps(s);
    expect(maySloppyIn(cps, 0, cps.length)).toBe(may);
  });
});

describe('maySloppyIn, a stretch charged and not read', () => {
  // The brute force: withSloppyStretches reading every stretch and every piece (a counted call),
  // with no gain asked (every reading kept), finds nothing in a text whose scan answers 0 or 1.
  // Texts: leads, continuations (1252's signs of 0x80-0x9F among them), the first characters of
  // a continuation one layer down, "Ã", spaces, '?', U+FFFD and words broken once or twice.
  const CHARS = Array.from('ÃÂÅÆËâÐÑÙØÏð©®°±²³´µ¶·¸¹º»¼½¾¿€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ  ??\ufffdxé');
  const stretchy = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...CHARS) },
        // Near the proof's edges: a sequence cut by '?', a layer down, a 0xA0 typed as a space.
        { weight: 2, arbitrary: fc.constantFrom('Ã?', 'â€?', 'Ã©', 'ÃƒÂ', 'Ã¢â‚', 'â€ ', 'Ã ') },
        { weight: 1, arbitrary: fragment },
      ),
      { maxLength: 12 },
    )
    .map((a) => a.join(''));
  test.prop([stretchy], { numRuns: 2000 })('reads nothing, every piece read', (s) => {
    const cps = toCps(s);
    fc.pre(maySloppyIn(cps, 0, cps.length) !== MAY.read);
    const counted = { minGain: -1e9, maxChain: 3, counter: { steps: 0 } };
    expect(withSloppyStretches(cps, [], counted)).toEqual([]);
  });
});
