// numericIdRecognizer asks pieceStarts whether a run may be read as a list of ids before it splits
// the run (T69c: its digit count added group by group, the walk ended past the longest shape).
// Held to the plain reading, from the run's parts as the property wrote them: some first groups,
// fewer than all and five at most, with a space after them and a shape of the id's.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { scanRuns } from '../runs.js';
import { pieceStarts, shapeGroupCounts } from './numericId.js';

const digits = (n: number) => '7'.repeat(n);

/** A run's groups (digit counts) and the separator after each but the last. */
const run = fc
  .array(fc.integer({ min: 1, max: 13 }), { minLength: 2, maxLength: 8 })
  .chain((groups) =>
    fc
      .array(fc.constantFrom(' ', '-', '.', ' - '), {
        minLength: groups.length - 1,
        maxLength: groups.length - 1,
      })
      .map((seps) => ({ groups, seps })),
  );

/** The shape of the first `b` groups as a spec writes it (`' - '` is a dash). */
function shapeOf(groups: readonly number[], seps: readonly string[], b: number): string {
  let shape = '';
  for (let k = 0; k < b; k++) {
    const sep = k > 0 ? (seps[k - 1] as string) : '';
    shape += (sep === ' - ' ? '-' : sep) + (groups[k] as number);
  }
  return shape;
}

describe('pieceStarts reads what the shapes say', () => {
  test.prop([
    run,
    fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
    fc.array(
      fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 3 }).chain((g) =>
        fc
          .array(fc.constantFrom(' ', '-', '.'), {
            minLength: g.length - 1,
            maxLength: g.length - 1,
          })
          .map((s) => shapeOf(g, s, g.length)),
      ),
      { maxLength: 3 },
    ),
  ])("a run's own first groups and other shapes", ({ groups, seps }, prefixes, others) => {
    // Shapes of some of the run's own first groups (so that some hold), and others.
    const keys = [
      ...prefixes.map((b) => shapeOf(groups, seps, Math.min(b, groups.length))),
      ...others,
    ];
    const digitCount = (shape: string) =>
      shape.split(/[ .-]/).reduce((sum, part) => sum + Number(part), 0);
    let lengths = 0;
    for (const key of keys) lengths |= 1 << digitCount(key);
    const most = keys.length === 0 ? 0 : Math.max(...keys.map(digitCount));
    const shapes = new Map(keys.map((k) => [k, 'bare']));
    const [read] = scanRuns(groups.map((g, k) => (k > 0 ? seps[k - 1] : '') + digits(g)).join(''));
    if (read === undefined || read.groupCount !== groups.length) throw new Error('not one run');
    let plain = false;
    for (let b = 1; b < groups.length && b <= 5; b++)
      plain ||= (seps[b - 1] as string).startsWith(' ') && shapes.has(shapeOf(groups, seps, b));
    expect(pieceStarts(read, shapes, lengths, most)).toBe(plain);
  });
});

// numericIdRecognizer asks shapeGroupCounts's bit for a run's digit and group counts before it
// builds the run's shape string and looks it up (T69c): a run whose shape is one of the shapes
// must have its bit (the look-up, the full reading, its oracle).
describe('shapeGroupCounts never rejects a run whose shape is one of the shapes', () => {
  test.prop([run, fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 3 })])(
    "a run's own shape among others",
    ({ groups, seps }, cuts) => {
      const printed = groups.map((g, k) => (k > 0 ? seps[k - 1] : '') + digits(g)).join('');
      const [read] = scanRuns(printed);
      if (read === undefined) throw new Error('no run');
      // The run's own shape, and the shapes of its first groups (other counts).
      const keys = [
        shapeOf(groups, seps, groups.length),
        ...cuts.map((b) => shapeOf(groups, seps, Math.min(b, groups.length))),
      ];
      const counts = shapeGroupCounts(keys);
      if (read.digitCount < 32 && read.groupCount <= 5 && new Set(keys).has(read.shape))
        expect(((counts[read.digitCount] as number) >>> read.groupCount) & 1).toBe(1);
      // And none of the shapes' counts is left out.
      for (const key of keys) {
        const parts = key.split(/[ .-]/);
        const n = parts.reduce((sum, part) => sum + Number(part), 0);
        if (parts.length <= 5 && n < 32)
          expect(((counts[n] as number) >>> parts.length) & 1).toBe(1);
      }
    },
  );
});
