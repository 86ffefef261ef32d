// The flat, lazy digit runs against the plain scan they replaced (a tuple per group, every string
// built up front): the same runs, groups, separators, digits and shapes on any text.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type NumberRun, numberRuns, scanRuns, splitRun } from './runs.js';
import type { RecognizerContext } from './types.js';

type PlainRun = {
  start: number;
  end: number;
  groups: [number, number][];
  seps: string;
  digits: string;
  shape: string;
};

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The scan of the previous tree, as it was: the oracle. */
function plainRuns(shadow: string): PlainRun[] {
  const runs: PlainRun[] = [];
  let i = 0;
  while (i < shadow.length) {
    if (!isDigitAt(shadow, i)) {
      i++;
      continue;
    }
    const start = i;
    const groups: [number, number][] = [];
    let seps = '';
    let shape = '';
    for (;;) {
      const g = i;
      while (isDigitAt(shadow, i)) i++;
      groups.push([g, i]);
      shape += String(i - g);
      const c = shadow.charAt(i);
      if ((c === ' ' || c === '-' || c === '.') && isDigitAt(shadow, i + 1)) {
        seps += c;
        shape += c;
        i++;
        continue;
      }
      // Since session 22: a dash with a space either side joins groups, a space between pieces of
      // a list and a dash in a shape.
      if (shadow.startsWith(' - ', i) && isDigitAt(shadow, i + 3)) {
        seps += ' ';
        shape += '-';
        i += 3;
        continue;
      }
      break;
    }
    const digits = groups.map(([s, e]) => shadow.slice(s, e)).join('');
    runs.push({ start, end: i, groups, seps, digits, shape });
  }
  return runs;
}

const text = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^[0-9]{1,6}$/),
      fc.constantFrom(' ', '-', '.', '  ', '-.', ',', 'a', '\n', '+', '(', '١', ' - ', ' -', '- '),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

function readRuns(runs: readonly NumberRun[]) {
  return runs.map((run) => ({
    start: run.start,
    end: run.end,
    groups: Array.from({ length: run.groupCount }, (_, k) => [run.groupStart(k), run.groupEnd(k)]),
    seps: Array.from({ length: run.groupCount - 1 }, (_, k) =>
      String.fromCharCode(run.sepAt(k)),
    ).join(''),
    digits: run.digits,
    shape: run.shape,
    counts: [run.digitCount, run.dots],
  }));
}

describe('digit runs', () => {
  test.prop([text])('the same runs as the plain scan', (t) => {
    const plain = plainRuns(t).map((run) => ({
      ...run,
      counts: [run.digits.length, [...run.seps].filter((c) => c === '.').length],
    }));
    expect(readRuns(scanRuns(t))).toEqual(plain);
  });

  test.prop([text, fc.integer({ min: 1, max: 4 })])(
    'with a least digit count: the same runs, the shorter ones left out',
    (t, least) => {
      const all = readRuns(scanRuns(t)).filter((run) => run.digits.length >= least);
      expect(readRuns(scanRuns(t, least))).toEqual(all);
    },
  );

  // numberRuns writes every context's group bounds over one array: the runs of each context of a
  // sequence (long, short, long again…) read as a fresh scan's, and their table ends with the pair
  // past the text that the phone spans stop at.
  test.prop([fc.array(text, { minLength: 1, maxLength: 6 })])(
    'successive contexts: the same runs as a fresh scan, and the pair past the text',
    (texts) => {
      for (const t of texts) {
        const context = { text: t, shadow: t } as RecognizerContext;
        const runs = numberRuns(context);
        expect(readRuns(runs)).toEqual(readRuns(scanRuns(t, 2)));
        const last = runs[runs.length - 1];
        if (last !== undefined) {
          const past = last.first + 2 * last.groupCount;
          expect([last.table[past], last.table[past + 1]]).toEqual([t.length, t.length]);
        }
      }
    },
  );

  it('reads groups and shapes (the property is not vacuous)', () => {
    const [run] = scanRuns('CPF 123.456.789-09');
    expect([run?.shape, run?.digits, run?.groupCount, run?.dots]).toEqual([
      '3.3.3-2',
      '12345678909',
      4,
      2,
    ]);
  });

  it('reads a dash with a space either side as a space between pieces, a dash in a shape', () => {
    const [run] = scanRuns('SSN 536 - 22 - 1234 ok');
    expect([run?.shape, run?.digits, run?.start, run?.end, run?.sepAt(0)]).toEqual([
      '3-2-4',
      '536221234',
      4,
      19,
      32,
    ]);
  });
});

/** Every way to split groups 0..g-1 into pieces `fits` accepts (at most `most` groups each). */
function allSplits(g: number, most: number, fits: (a: number, b: number) => boolean): number[][] {
  if (g === 0) return [[]];
  const out: number[][] = [];
  const walk = (a: number, acc: number[]): void => {
    if (a === g) out.push(acc);
    for (let b = a + 1; b <= g && b - a <= most; b++) if (fits(a, b)) walk(b, [...acc, a, b]);
  };
  walk(0, []);
  return out;
}

describe('splitRun', () => {
  test.prop([
    fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }),
    fc.integer({ min: 1, max: 4 }),
    fc.func(fc.boolean()),
  ])('splits a run exactly when some split exists, into pieces that fit', (sizes, most, fit) => {
    const shadow = sizes.map((n) => '7'.repeat(n)).join(' ');
    const [run] = scanRuns(shadow);
    const fits = (a: number, b: number): boolean => fit(a, b);
    const pieces = splitRun(run as NumberRun, most, (a, b) => +fits(a, b));
    const splits = allSplits(sizes.length, most, fits).filter((s) => s.length > 2);
    expect(pieces === undefined).toBe(splits.length === 0);
    if (pieces) expect(splits.map((s) => s.join())).toContain(pieces.join());
  });
});

describe('a no-break space written as an HTML reference', () => {
  test.prop([
    fc.array(fc.stringMatching(/^[0-9]{2,5}$/), { minLength: 1, maxLength: 6 }),
    fc.array(fc.constantFrom(' ', '&nbsp;', '&#160;', '&#xA0;', '&NBSP;'), {
      minLength: 5,
      maxLength: 5,
    }),
  ])('joins digit groups as one space does', (groups, seps) => {
    const text = groups.map((g, k) => (k > 0 ? (seps[k - 1] as string) : '') + g).join('');
    // The shadow reads each reference as spaces, as many as its units (digits.ts).
    const shadow = text.replace(/&(?:nbsp|#0*160|#x0*a0);/gi, (e) => ' '.repeat(e.length));
    const [run] = scanRuns(shadow, 1, undefined, text);
    const [plain] = scanRuns(groups.join(' '));
    expect([run?.digits, run?.groupCount, run?.start, run?.end]).toEqual([
      plain?.digits,
      plain?.groupCount,
      0,
      text.length,
    ]);
  });
});
