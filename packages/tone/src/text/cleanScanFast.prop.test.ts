import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { SENTENCES } from '../../test/text/sentences.js';
import { cannotHoldMojibake, type Made } from './cleanScan.js';
import { cannotHoldMojibakeOracle } from './cleanScanOracle.js';
import { CODE_PAGES, DEFAULT_PAGES, encoderFor } from './codePages.js';
import type { MemoEntry } from './engine.js';
import { mojibake } from './mojibake.js';
import { fill, masksFor } from './pageMasks.js';

// The scan's walk over a text (a run's ordinary characters in a loop of their own, each character
// read once) against the walk it replaced (cleanScanOracle.ts): the same answer, the same code
// points handed on, the same `through`, on clean text of every script of the corpus, random code
// units (C1 controls, U+FFFD, surrogate pairs and lone halves, characters the masks have not met
// yet) and the mojibake generator's output, as a text and as a pass's output.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const sentenceWords = Object.values(SENTENCES)
  .flat()
  .flatMap((s) => s.split(' '));
const word = fc.constantFrom(...sentenceWords);
const unit = fc.oneof(
  fc.constantFrom(' ', ' ', '\n', 'a', '.', '?', '\ufffd', '\u0085', '\u00a0', 'Ã', 'Â', '€', '├'),
  fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', '\uffff', '\ufffe', 'ё', 'ж', '中', 'ア'),
  fc.integer({ min: 0x80, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const fragment = fc.oneof(
  word,
  unit,
  fc.tuple(word, fc.constantFrom(...CODE_PAGES)).map(([w, p]) => mojibake(w, p)),
  fc
    .tuple(word, fc.constantFrom(...CODE_PAGES), fc.constantFrom(...CODE_PAGES))
    .map(([w, p, q]) => mojibake(mojibake(w, p), q)),
);
const text = fc
  .array(fc.tuple(fragment, fc.constantFrom('', ' ', ' ', '\n', ', ')), { maxLength: 12 })
  .map((parts) => parts.map(([f, gap]) => f + gap).join(''));

/** Both walks' answers on `s`, each with a memo of its own that lives as long as the test. */
function both(
  s: string,
  output: boolean,
  memos: readonly [Map<string, MemoEntry> | undefined, Map<string, MemoEntry> | undefined],
) {
  const base = { encoders, maxChain: 3, minGain: 3, preferCommon: true };
  // The scan first: characters the masks have not met yet take its general step.
  const made: Made = {};
  const fast = cannotHoldMojibake(s, memos[0] ? { ...base, memo: memos[0] } : base, output, made);
  const oracleMade: Made = {};
  const oracle = cannotHoldMojibakeOracle(
    s,
    memos[1] ? { ...base, memo: memos[1] } : base,
    output,
    oracleMade,
  );
  return {
    fast: [fast, made.through, made.cps],
    oracle: [oracle, oracleMade.through, oracleMade.cps],
  };
}

describe('cannotHoldMojibake walks a text as its oracle does', () => {
  const memos = [new Map<string, MemoEntry>(), new Map<string, MemoEntry>()] as const;
  // The tables hold whatever character another reader asked about (cjkField.ts, latinField.ts
  // fill any): U+FFFD, the last two BMP code points and surrogate halves filled too, so that the
  // run loop must leave them to the general step by their code, not by an empty entry.
  beforeAll(() => {
    const m = masksFor(encoders);
    for (const cp of [0xfffd, 0xfffe, 0xffff, 0xd83d, 0xde00, 0xd800, 0xdfff])
      if (m.cont[cp] === 0) fill(m, cp);
  });

  test.prop([text, fc.boolean(), fc.boolean()], { numRuns: 1500 })(
    'the same answer, code points and through, with or without a memo',
    (s, output, memo) => {
      const { fast, oracle } = both(s, output, memo ? memos : [undefined, undefined]);
      expect(fast).toEqual(oracle);
    },
  );

  test.each([
    ['Спасибо за заказ', false],
    ['感谢您的订单 ok', false],
    ['Ã  la', false],
    ['dní through GBK: dn铆. r谩no', false],
    ['a\u0085b', false],
    ['é\ufffd', true],
    ['😀 Größe', false],
    ['\ud83d lone', false],
  ])('%s (output %s)', (s, output) => {
    const { fast, oracle } = both(s, output, memos);
    expect(fast).toEqual(oracle);
  });
});
