import { fc, test } from '@fast-check/vitest';
import { toEpochMillis } from '@meridian-cx/core';
import { checkSurveyResponse } from '@meridian-cx/metrics';
import { describe, expect } from 'vitest';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
// Canonical-looking timestamps, including impossible dates and times (30 February, 24:00, :60).
const stamp = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    ms: fc.option(fc.integer({ min: 0, max: 999 })),
    z: fc.constantFrom('Z', 'z', '+00:00'),
  })
  .map(
    ({ y, mo, d, h, mi, s, ms, z }) =>
      `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${ms === null ? '' : `.${pad(ms, 3)}`}${z}`,
  );

const outcome = (f: () => number): number | 'invalid' => {
  try {
    return f();
  } catch {
    return 'invalid';
  }
};

describe('the fast timestamp path', () => {
  test.prop([stamp], { numRuns: 1000 })(
    'accepts and reads exactly what core toEpochMillis does',
    (respondedAt) => {
      const checked = checkSurveyResponse({ survey: 'csat', score: 4, respondedAt });
      const core = outcome(() => toEpochMillis(respondedAt));
      expect(checked.ok ? checked.epochMillis : 'invalid').toBe(core);
    },
  );
});
