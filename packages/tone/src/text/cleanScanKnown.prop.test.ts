import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cannotHoldMojibake, type Made } from './cleanScan.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { MemoEntry } from './engine.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import { toCps } from './runParts.js';

// The clean scan looks a run it must prove up in its memo of runs proved quiet on the text itself,
// before it makes the text's code points (cleanScan.ts knownQuiet): a text whose runs were all
// proved before makes none, and says that the masks let a run through (`through`), which
// repairText asks for the word-end capitals. Held here to the scan with no memo at all.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const options = (memo?: Map<string, MemoEntry>) => ({
  encoders,
  maxChain: 3,
  minGain: 3,
  preferCommon: true,
  ...(memo ? { memo } : {}),
});

// Clean words the masks let through (CJK, Cyrillic, Greek), words they do not, mojibake of them,
// box characters, spaces, line breaks, U+FFFD, and astral characters (a surrogate pair before a run
// makes the scan read its code points).
const word = fc.constantFrom(
  '感谢您的订单',
  '您好',
  'ありがとう',
  'Спасибо',
  'обращение',
  'ευχαριστούμε',
  'été',
  'Größe',
  '├┤a',
  '\ufffd',
  '😀',
  'ok',
);
const piece = fc.oneof(
  word,
  word.map((w) => mojibake(w, 'gbk') ?? w),
  word.map((w) => mojibake(w, 'windows-1251') ?? w),
  word.map((w) => mojibake(w, 'windows-1252') ?? w),
  fc.constantFrom(' ', '  ', '\n', '. ', ', '),
);
const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));

describe('cannotHoldMojibake with runs proved before', () => {
  test('a clean text whose runs were proved before makes no code points, and says a run was let through', () => {
    const memo = new Map<string, MemoEntry>();
    const s = 'ok 感谢您的订单, обращение ok';
    const first: Made = {};
    expect(cannotHoldMojibake(s, options(memo), false, first)).toBe(true);
    expect(first.through).toBe(true);
    const again: Made = {};
    expect(cannotHoldMojibake(s, options(memo), false, again)).toBe(true);
    expect(again.through).toBe(true);
    expect(again.cps).toBeUndefined();
    // The same runs in another text (the key is a run and the context its reading sees).
    const other: Made = {};
    expect(cannotHoldMojibake('hi 感谢您的订单, обращение', options(memo), false, other)).toBe(
      true,
    );
    expect(other.cps).toBeUndefined();
  });

  test('a run after a surrogate pair is proved on the code points', () => {
    const memo = new Map<string, MemoEntry>();
    const s = '😀 感谢您的订单';
    cannotHoldMojibake(s, options(memo), false);
    const again: Made = {};
    expect(cannotHoldMojibake(s, options(memo), false, again)).toBe(true);
    expect(again.cps).toEqual(toCps(s));
  });

  test.prop([fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 8 })])(
    'answers as the scan with no memo, text after text, and says a run was let through alike',
    (stream) => {
      const memo = new Map<string, MemoEntry>();
      // Twice over: the second round meets every run proved in the first.
      for (const [s, output] of [...stream, ...stream]) {
        const withMemo: Made = {};
        const without: Made = {};
        const a = cannotHoldMojibake(s, options(memo), output, withMemo);
        expect(a).toBe(cannotHoldMojibake(s, options(), output, without));
        expect(withMemo.through === true).toBe(without.cps !== undefined);
        if (withMemo.cps) expect(withMemo.cps).toEqual(toCps(s));
      }
    },
  );

  test('repairText reads a text met again as it read it the first time', () => {
    // Clean runs the masks let through (proved, then memo hits), and "OÙ" through Windows-1250
    // read as a word-end capital (wordEndCapital.ts), which repairText asks where a run was let
    // through.
    for (const s of ['ok 感谢您的订单, обращение', "C'EST OĂ™ OK", 'Il est OĂ™ 感谢您的订单']) {
      const first = repairText(s);
      expect(repairText(s)).toEqual(first);
    }
    expect(repairText("C'EST OĂ™ OK").text).toBe("C'EST OÙ OK");
  });
});
