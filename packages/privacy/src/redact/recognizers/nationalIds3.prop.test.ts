// The prints of the CPR, the kennitala and the fødselsnummer read from a run's groups (T39a)
// against the run's shape in the shapes they were read by before, the oracle.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { shadowOf } from '../digits.js';
import { scanRuns } from '../runs.js';
import { sixThenRest } from './nationalIds3.js';

// The shapes each digit count was read in: DK and IS ten digits, NO eleven.
const SHAPES: Readonly<Record<number, ReadonlySet<string>>> = {
  10: new Set(['6-4', '10', '6 4']),
  11: new Set(['11', '6 5', '6-5']),
};

// Digit groups joined by every separator a run reads through: a space, a dash, " - ", a dot, a
// soft hyphen, an "&nbsp;", and what ends a run.
const group = fc.stringMatching(/^\d{1,7}$/);
const sep = fc.constantFrom(' ', '-', ' - ', '.', '\u00ad', '&nbsp;', '\u00ad ', 'x', ', ', '  ');
const text = fc
  .array(fc.tuple(group, sep), { maxLength: 8 })
  .map((parts) => parts.map(([g, s]) => g + s).join(''));

describe('sixThenRest', () => {
  test.prop([text])('reads the shapes the ids were read in, from the groups', (t) => {
    const shadow = shadowOf(t);
    for (const run of scanRuns(shadow, 2, undefined, t)) {
      const shapes = SHAPES[run.digitCount];
      if (shapes === undefined || run.groupCount > 2) continue;
      expect(run.groupCount === 1 || sixThenRest(run)).toBe(shapes.has(run.shape));
    }
  });

  test.prop([fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^\d{4,5}$/), sep])(
    'of six digits and four or five after any separator',
    (six, rest, s) => {
      const t = six + s + rest;
      const runs = scanRuns(shadowOf(t), 2, undefined, t).filter((r) => r.groupCount === 2);
      for (const run of runs)
        expect(sixThenRest(run)).toBe(SHAPES[run.digitCount]?.has(run.shape) === true);
    },
  );
});
