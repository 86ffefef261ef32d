import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { brokenText, LINE_WORDS } from '../../test/text/arbitraries.js';
import { type CodePage, DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type MemoEntry, repairCodePoints } from './engine.js';
import { repairText } from './repairText.js';
import { toCps } from './runParts.js';

// A memo entry holds what a hit reads on itself (engine.ts MemoEntry: the best reading, its gain
// and proposals, whether it applies any), so that a hit loads one object, not the chain from the
// entry to its readings' proposals. Those fields restate `readings[0]`: they must say what it
// says, for every entry any text leaves in the memo.

const encoders = DEFAULT_PAGES.map((p) => encoderFor(p));
const PAGES: CodePage[] = ['windows-1252', 'gbk', 'windows-1251', 'shift_jis', 'euc-kr', 'koi8-r'];
// Mojibake, clean text and mojibake beside clean words, a few to a text, one text per line.
const piece = fc.oneof(
  brokenText(LINE_WORDS, PAGES, { maxWords: 4, minLayers: 1 }),
  fc.constantFrom('Größe 42 — €5', 'Спасибо за заказ', '感谢您的耐心', 'Ã', 'â€', 'Ã© Ã', 'cafÃ©'),
);
const text = fc
  .array(piece, { minLength: 1, maxLength: 5 })
  .map((ps) => ps.join(ps.length % 2 ? ' ' : '\n'));

describe('a memo entry', () => {
  test.prop([fc.array(text, { minLength: 1, maxLength: 4 })], { numRuns: 150 })(
    'says what its best reading says, on itself',
    (texts) => {
      const memo = new Map<string, MemoEntry>();
      const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true, memo };
      for (const t of texts) repairCodePoints(toCps(t), options, 0, t);
      for (const e of memo.values()) {
        const best = e.readings[0];
        expect(e.best).toBe(best);
        expect(e.gain).toBe(best?.gain ?? 0);
        expect(e.proposals).toEqual(best?.proposals ?? []);
        if (best) expect(e.proposals).toBe(best.proposals);
        expect(e.one).toBe(e.proposals.length === 1 ? e.proposals[0] : undefined);
        expect(e.applies).toBe(best?.proposals.some((p) => p.applied) ?? false);
        for (const r of e.rivals) expect(e.readings).toContain(r);
      }
    },
    60_000,
  );

  test.prop([text], { numRuns: 100 })(
    'hands out frozen chains',
    (t) => {
      // The engine's own arrays, frozen where they are made, are returned as they are (a chain
      // that two passes composed is a frozen array of the call's own): a caller cannot change
      // the engine's chains through a repair.
      const first = repairText(t).repairs;
      for (const r of first) expect(Object.isFrozen(r.chain)).toBe(true);
      expect(repairText(t).repairs.map((r) => r.chain)).toEqual(first.map((r) => r.chain));
    },
    60_000,
  );

  test.prop([fc.array(text, { minLength: 1, maxLength: 4 }), text], { numRuns: 150 })(
    'reads a text with a memo other texts warmed as with an empty one',
    (texts, last) => {
      // A hit is read without the page masks (engine.ts memoRun), sound only where every run the
      // memo holds is one the masks let through with the character after it, which its key holds:
      // the texts share words, runs and their neighbours ("Ã© Ã", "cafÃ©" beside clean words).
      const memo = new Map<string, MemoEntry>();
      const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true, memo };
      for (const t of texts) repairCodePoints(toCps(t), options, 0, t);
      const fresh = { ...options, memo: new Map<string, MemoEntry>() };
      const cps = toCps(last);
      expect(repairCodePoints(cps, options, 0, last)).toEqual(
        repairCodePoints(cps, fresh, 0, last),
      );
    },
    60_000,
  );
});
