// The card recognizer reads its groups without an array of their lengths (runGrouping) and asks
// its two expressions only where a cheap scan says they may hold (gapChars, breakAt; T37c): each
// must answer as the reading it stands for, the lengths' array and the expressions alone.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scanRuns } from '../runs.js';
import { breakAt, GROUP_GAP, gapChars, LONE, runGrouping } from './card.js';

/** The previous reading: the lengths in an array (card.ts cardGrouping). */
function grouping(sizes: readonly number[]): boolean {
  if (sizes.length === 1) return true;
  const key = sizes.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true;
  return sizes.every((s, k) => (k < sizes.length - 1 ? s === 4 : s >= 1 && s <= 4));
}

// Groups of the lengths cards are printed in, and others.
const groups = fc.array(fc.constantFrom(1, 2, 3, 4, 4, 4, 5, 6, 7), { minLength: 1, maxLength: 7 });

describe('runGrouping reads the lengths as cardGrouping reads their array', () => {
  test.prop([groups, fc.constantFrom(' ', '-', '.'), fc.nat(), fc.nat()])(
    'every window of a run',
    (lengths, sep, x, y) => {
      const text = lengths.map((l) => '7'.repeat(l)).join(sep);
      const [run] = scanRuns(text);
      if (run === undefined) throw new Error('no run');
      const a = x % lengths.length;
      const b = a + 1 + (y % (lengths.length - a));
      expect(runGrouping(run, a, b)).toBe(grouping(lengths.slice(a, b)));
    },
  );
});

// The units GROUP_GAP and LONE are written with, and others.
const unit = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\r',
  '<',
  'b',
  'B',
  'r',
  'R',
  '/',
  '>',
  '-',
  '_',
  'x',
  '.',
  '1',
  '\u00a0',
);
const gap = fc.array(unit, { minLength: 1, maxLength: 9 }).map((u) => u.join(''));

describe('the expressions are asked only where they may hold', () => {
  test.prop([gap])('GROUP_GAP holds only where gapChars does', (g) => {
    if (GROUP_GAP.test(g)) expect(gapChars(`1${g}2`, 1, 1 + g.length)).toBe(true);
  });

  test.prop([gap, fc.constantFrom('1', '2.', '3 ok', '')])(
    'LONE holds only where breakAt does',
    (g, tail) => {
      const after = (g + tail).slice(0, 12);
      if (LONE.exec(after) !== null) expect(breakAt(`12${after}`, 2)).toBe(true);
    },
  );

  test.prop([fc.constantFrom('\n', ' \n', '\r\n', '<br>', ' <BR/>\n', '\n> ')])(
    'not vacuous: the breaks card.test.ts prints are read',
    (br) => {
      expect(LONE.exec(`${br}7`)).not.toBeNull();
      expect(breakAt(`12${br}7`, 2)).toBe(true);
      expect(gapChars(`1${br}2`, 1, 1 + br.length)).toBe(true);
    },
  );
});
