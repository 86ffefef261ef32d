// A candidate repair that a later pass proposes again over the same unrepaired text is listed
// once (repairText.ts composed): the lossy twice-broken thread of issue #11 listed each of its 225
// refused candidates three times, once a pass (V52f found it; 700 units of the thread showed two).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mixedTwice } from '../../test/text/twiceBroken.js';
import { mojibake } from './mojibake.js';
import { repairText } from './repairText.js';

const keyOf = (r: { start: number; end: number; after: string; applied: boolean }) =>
  `${r.start}:${r.end}:${r.applied}:${r.after}`;

/** The repairs of `text`, checked: each listed once, each span the input's own `before`. */
function listedOnce(text: string): number {
  const { repairs } = repairText(text);
  const keys = repairs.map(keyOf);
  expect(new Set(keys).size).toBe(keys.length);
  for (const r of repairs) expect(text.slice(r.start, r.end)).toBe(r.before);
  return repairs.filter((r) => !r.applied).length;
}

describe('a candidate proposed again by a later pass', () => {
  it('is listed once in the thread that listed it once a pass', () => {
    // 2,000 units of the lossy thread: ten candidates had been listed twice or more. Its five
    // refused candidates, words whose lead bytes a layer lost, are read since V54e (lossy.ts
    // leadLost): a line of Big5 mojibake that lost bytes (two refused) follows it. The thread now
    // takes one pass (its output is proved clean), so nothing here is proposed again: the row
    // below is the one whose later pass re-proposes a candidate.
    expect(listedOnce(`${mixedTwice(2_000, 'strict').broken}\n苭訄��郕��赲`)).toBeGreaterThan(0);
  });

  it('is listed once, as the later pass proposes it, and a line that pass reads otherwise keeps its own', () => {
    // "Σας ευχαριστούμε" as UTF-8 read through Mac Roman, then twice through Windows-1252. The
    // first pass undoes both Windows-1252 layers of "Σας" (to Mac Roman's "Œ£Œ±œÇ"), the second
    // its Mac Roman layer. Both passes read the long word the same way and refuse it (0.5): the
    // second proposes it again over the same unrepaired text, and composed lists it once. A Big5
    // line that lost bytes follows: the first pass repairs "苭訄" and refuses "郕" and "赲"; the
    // second reads "Ха��郕��赲" and proposes nothing there, so those two are the first pass's.
    // Fails where composed lists a candidate proposed again twice (no `again`: the long word twice,
    // which only a second proposal can make), or drops the first pass's candidates that no later
    // repair covers (Big5's two). A later pass that stopped proposing the word again would pass:
    // composed keeps the first pass's candidate then, the same span, text, chain and confidence.
    const macRoman = 'ŒµœÖœáŒ±œÅŒπœÉœÑŒøœçŒºŒµ'; // "ευχαριστούμε" as UTF-8 read through Mac Roman
    const word = mojibake(mojibake(macRoman, 'windows-1252'), 'windows-1252');
    const greek = `${mojibake(mojibake('Œ£Œ±œÇ', 'windows-1252'), 'windows-1252')} ${word}`;
    const text = `${greek}\n苭訄��郕��赲`;
    const { repairs } = repairText(text);
    const at = greek.length + 1;
    expect(listedOnce(text)).toBe(3);
    expect(repairText(text).text).toBe(`Σας ${word}\nХа��郕��赲`);
    expect(repairs.map((r) => [r.start, r.end, r.after, r.applied, r.chain.join(' ')])).toEqual([
      [0, 28, 'Σας', true, 'windows-1252 windows-1252 macintosh'],
      [29, 29 + word.length, macRoman, false, 'windows-1252 windows-1252'],
      [at, at + 2, 'Ха', true, 'big5'],
      [at + 4, at + 5, 'к', false, 'big5'],
      [at + 7, at + 8, 'в', false, 'big5'],
    ]);
  });

  test.prop([fc.integer({ min: 1, max: 0x7fffffff }), fc.integer({ min: 600, max: 2_500 })], {
    numRuns: 15,
  })('is listed once in lossy threads of any seed', (seed, length) => {
    listedOnce(mixedTwice(length, 'strict', seed).broken);
  });
});
