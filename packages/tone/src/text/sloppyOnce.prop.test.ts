import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect } from 'vitest';
import { brokenLines, LINE_WORDS, mixedThread } from '../../test/text/arbitraries.js';
import { RUN_UNITS } from './budget.js';
import { DEFAULT_PAGES, encoderFor } from './codePages.js';
import { type Proposal, readString } from './engine.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';
import { toCps } from './runParts.js';
import { maySloppyIn } from './sloppyScan.js';
import { MET_FROM, SLOPPY_ONCE, type SloppyBudget, withSloppyStretches } from './sloppyStretch.js';

// The lossy pass charges a short stretch met again in the call, with the same characters and
// context, a use instead of its length (sloppyStretch.ts chargeOf): it skips a charge, never a
// reading. Oracles: the old sweep (SLOPPY_ONCE off: every stretch its length at every meeting)
// gives the same answer, and the charge is computed here from the stretches' definition alone.

afterEach(() => {
  SLOPPY_ONCE.on = true;
});

/** repairText with the old charge (every stretch its length, every pass). */
function repairedOld(text: string) {
  SLOPPY_ONCE.on = false;
  try {
    return repairText(text);
  } finally {
    SLOPPY_ONCE.on = true;
  }
}

// Texts as issue #11's thread is made (mixedTwice: nine languages, each word broken twice, lossy or
// not), and lines of words broken once or twice through two pages, joined with clean words and
// lossy ones, after a thread: longer than MET_FROM (repairText keeps the charged stretches of such
// a text only) and short enough that the budget never runs out.
const thread = mixedThread(MET_FROM + 1, 6_000);
const TWICE = ['Σήμερα', 'Привет', 'ありがとう', 'Ελληνικά', 'Wrocław'];
const lines = brokenLines(TWICE, 'strict', [' ', ' ', '\n', ' ok ']);

describe('the lossy pass charges a stretch met again a use', () => {
  test.prop([thread, fc.option(lines, { nil: '' })], { numRuns: 16 })(
    'repairText gives what the old charge gives: text, repairs, confidences, complete',
    (head, tail) => {
      const text = `${head}${tail}`;
      const now = repairText(text);
      const old = repairedOld(text);
      expect(now.complete).toBe(true);
      expect(now).toEqual(old);
    },
  );

  const encoders = DEFAULT_PAGES.map(encoderFor);
  /** The engine's proposals, then the sweep's, on `text` with `budget` (one pass of repairText). */
  function sweep(text: string, budget: SloppyBudget): readonly Proposal[] {
    const options = { encoders, maxChain: 3, minGain: 3, preferCommon: true };
    const { cps, proposals } = readString(text, options, 0);
    return withSloppyStretches(cps, proposals, { ...options, budget });
  }

  /**
   * What the sweeps of `passes` (one call) cost, from the definition: each stretch (a non-ASCII
   * character, then non-ASCII characters and single spaces or '?' between them, and a space after)
   * that may read (maySloppyIn) costs its length, unless it is of 3 to 256 characters and the call
   * met it before with the same characters and the same two characters on each side: then a use.
   */
  function charged(passes: readonly string[]): number {
    const met = new Set<string>();
    let units = 0;
    for (const text of passes) {
      const cps = toCps(text);
      for (const m of text.matchAll(/[^\0-\x7f](?:[^\0-\x7f]|[ ?](?=[^\0-\x7f]))*( )?/gu)) {
        const s = toCps(text.slice(0, m.index)).length;
        const e = s + toCps(m[0]).length;
        if (maySloppyIn(cps, s, e) === 0) continue;
        const length = e - s;
        const key = JSON.stringify([
          cps.slice(Math.max(0, s - 2), s),
          cps.slice(s, e),
          cps.slice(e, e + 2),
        ]);
        if (length > 2 && length <= 256 && met.has(key)) units += RUN_UNITS;
        else units += length;
        met.add(key);
      }
    }
    return units;
  }

  // A pass and the next: the same words, some of them changed (a neighbour repaired).
  const twoPasses = fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom(...LINE_WORDS, 'Σήμερα', 'Привет', 'naïve'),
          fc.constantFrom(0, 1, 2),
          fc.boolean(),
        ),
        { minLength: 1, maxLength: 12 },
      ),
      fc.constantFrom(' ', '\n', ' x '),
    )
    .map(([words, gap]) => {
      const broken = (w: string, layers: number) =>
        layers === 0
          ? w
          : layers === 1
            ? mojibake(w, 'windows-1252', 'strict')
            : mojibake(mojibake(w, 'windows-1252', 'strict'), 'windows-1252', 'strict');
      const first = words.map(([w, layers]) => broken(w, layers)).join(gap);
      const second = words
        .map(([w, layers, repaired]) => broken(w, repaired ? Math.max(0, layers - 1) : layers))
        .join(gap);
      return [first, second] as const;
    });

  test.prop([twoPasses], { numRuns: 200 })(
    'each stretch of a call is charged its length once and a use each time it is met again, and read every time',
    ([first, second]) => {
      const once: SloppyBudget = { left: 1e9, stretches: new Set() };
      const a = sweep(first, once);
      const b = sweep(second, once);
      // The same proposals as a sweep that charges every meeting (a fresh, old-style budget).
      expect(a).toEqual(sweep(first, { left: 1e9 }));
      expect(b).toEqual(sweep(second, { left: 1e9 }));
      expect(1e9 - once.left).toBe(charged([first, second]));
      // A call of its own pays its stretches again: the set is the call's.
      const again: SloppyBudget = { left: 1e9, stretches: new Set() };
      sweep(second, again);
      expect(1e9 - again.left).toBe(charged([second]));
    },
  );
});
