import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect } from 'vitest';
import { brokenText, LINE_WORDS, mixedThread } from '../../test/text/arbitraries.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type MemoEntry, readString } from './engine.js';
import { INNER_ONCE } from './innerLayer.js';
import { mojibake } from './mojibake.js';
import { repairText, SHARED_UP_TO } from './repairText.js';

// An inner layer met again in a call whose reading the call paid for costs its key (a quarter of a
// unit a character) instead of what the reading did (innerLayer.ts, budget.ts; V53e): it skips a
// charge, never a reading. Oracles: the old charge (INNER_ONCE off: every hit what its reading
// did) gives the same answer; the charge never exceeds it; a call without the paid set (a text
// that shares the memo: SHARED_UP_TO units or fewer) pays it exactly; and the units a memo keeps
// are the readings' own, never a call's savings: a call that finds every reading in the memo pays
// the old charge (why repairText keeps the set only for a text with a memo of its own).

afterEach(() => {
  INNER_ONCE.on = true;
});

/** repairText with the old charge. */
function repairedOld(text: string) {
  INNER_ONCE.on = false;
  try {
    return repairText(text);
  } finally {
    INNER_ONCE.on = true;
  }
}

const encoders = DEFAULT_PAGES.map(encoderFor);

/** The units one engine pass spends on `text` with `memo` (a call's budget, the paid set as repairText keeps it). */
function spent(text: string, memo: Map<string, MemoEntry>, once = true): number {
  INNER_ONCE.on = once;
  try {
    const budget = {
      left: 1e9,
      inner: text.length > SHARED_UP_TO ? new Set<string>() : undefined,
    };
    readString(text, { encoders, maxChain: 3, minGain: 3, preferCommon: true, memo, budget }, 0);
    return 1e9 - budget.left;
  } finally {
    INNER_ONCE.on = true;
  }
}

// Texts as issue #11's thread is made (mixedTwice: each word broken twice, lossy or not), then
// lines of words broken once or twice: longer than SHARED_UP_TO, short enough that nothing runs out.
const thread = mixedThread(SHARED_UP_TO + 1, 12_000);
const lines = fc
  .array(
    fc.oneof(
      brokenText(LINE_WORDS, ['windows-1252', 'windows-1251', 'gbk'], {
        maxWords: 4,
        minLayers: 1,
      }),
      fc.constantFrom(...LINE_WORDS),
      fc
        .constantFrom('Σήμερα', 'Привет', 'ありがとう', 'Wrocław')
        .map((w) => mojibake(mojibake(w, 'windows-1252'), 'windows-1252')),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(' '));

describe('an inner layer met again in a call costs its key', () => {
  test.prop([thread, fc.option(lines, { nil: '' })], { numRuns: 6 })(
    'repairText gives what the old charge gives: text, repairs, confidences, complete',
    (head, tail) => {
      const text = `${head}\n${tail}`;
      const now = repairText(text);
      expect(now.complete).toBe(true);
      expect(now).toEqual(repairedOld(text));
    },
  );

  test.prop([thread, lines], { numRuns: 6 })(
    'charges no more than the old charge, a call without the paid set exactly that, and a memo keeps what readings did',
    (head, tail) => {
      const text = `${head}\n${tail}`;
      const fresh = (): Map<string, MemoEntry> => new Map();
      const now = spent(text, fresh());
      const old = spent(text, fresh(), false);
      expect(now).toBeLessThanOrEqual(old);
      // A short text keeps no paid set: every hit pays what its reading did.
      expect(spent(tail, fresh())).toBe(spent(tail, fresh(), false));
      // One memo for two calls: the first spends what a fresh call does, the second finds every
      // run's reading made and pays what each did (the old charge), spared nothing.
      const shared = fresh();
      expect(spent(text, shared)).toBe(now);
      expect(spent(text, shared)).toBe(old);
    },
  );
});
