import { describe, expect, test } from 'vitest';
import { cannotHoldMojibake } from './cleanScan.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { fill, masksFor } from './pageMasks.js';
import { textReadsNothing } from './quietRun.js';
import { toCps } from './runParts.js';

// The proof's per-page gate (quietRun.ts mayStart) must read a U+FFFD as the lossy reading does,
// a byte that continues any sequence, whatever the page masks hold for it: no scan fills its
// entry today, but fill takes any BMP character. Filled here on purpose, then emptied again (the
// masks are shared by every test of the module).

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true };

describe('mayStart with U+FFFD filled in the page masks', () => {
  test('"Ã" before a lost byte may still hold mojibake', () => {
    const texts = [
      'Ã\ufffd',
      'Ã\ufffd ok',
      'ok Ã\ufffd\ufffd',
      'Ð\ufffd ok',
      'â€\ufffd',
      '感\ufffd谢',
    ];
    const proved = (s: string) => textReadsNothing(toCps(s), options);
    const before = texts.map((s) => [cannotHoldMojibake(s, options, true), proved(s)]);
    expect(before[0]).toEqual([false, false]);
    const m = masksFor(encoders);
    const saved = [m.self[0xfffd], m.open[0xfffd], m.cont[0xfffd], m.open2[0xfffd]] as number[];
    fill(m, 0xfffd);
    try {
      expect(m.cont[0xfffd]).not.toBe(0);
      expect(texts.map((s) => [cannotHoldMojibake(s, options, true), proved(s)])).toEqual(before);
    } finally {
      [m.self[0xfffd], m.open[0xfffd], m.cont[0xfffd], m.open2[0xfffd]] = saved as [
        number,
        number,
        number,
        number,
      ];
    }
  });
});
